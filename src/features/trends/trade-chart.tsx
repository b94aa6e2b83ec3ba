import { useEffect, useRef, useState } from 'react';
import {
  Bar,
  Brush,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AnnualRow, TradeEvent } from '../../api/schemas.ts';
import { bnYAxis, seriesValues, unitYAxis, GRID, YEAR_X_AXIS, ZERO_LINE } from '../../components/chart-axes.ts';
import { ActiveLabelTracker } from '../../components/active-label-tracker.tsx';
import { ChartTooltip } from '../../components/chart-tooltip.tsx';
import {
  MILESTONE_MARGIN_TOP,
  MINOR_RAIL_SPACE,
  MilestoneDetail,
  milestoneLines,
  yearTicks,
} from '../../components/milestones.tsx';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { NARROW_SCREEN, useMediaQuery } from '../../lib/use-media-query.ts';
import { formatPercent } from '../../lib/format.ts';
import type { ShowAs } from '../../lib/show-as.ts';
import { labelBrushHandles } from './brush-labels.ts';

interface TradeChartProps {
  rows: AnnualRow[];
  from: number;
  to: number;
  events: TradeEvent[];
  onRangeChange: (range: { from: number; to: number }) => void;
  onYearActivate: (year: number) => void;
  yearHint: (year: number) => string | null;
  /** Minor events are shown: give them their rail under the year axis. */
  minorRail?: boolean;
  /** Remarks on a year's balance as published (marked * on the chart and in the tooltip). */
  balanceNotes?: ReadonlyMap<number, string>;
  /** Show as (rows already rebased) and log scale, from the chart card's controls. */
  showAs?: ShowAs;
  log?: boolean;
}

const X_AXIS_HEIGHT = 30;

const YEAR_HANDLES = ['Start year', 'End year'] as const;

/**
 * Exports and imports as lines, the balance as bars (below zero for a deficit), KORUS milestones, and a
 * brush over the whole series that selects the range. Missing years are gaps: lines are never joined.
 */
export function TradeChart({
  rows,
  from,
  to,
  events,
  onRangeChange,
  onYearActivate,
  yearHint,
  minorRail = false,
  balanceNotes,
  showAs = 'values',
  log = false,
}: TradeChartProps) {
  const shownValues = seriesValues(
    rows.slice(
      Math.max(
        0,
        rows.findIndex((r) => r.year === from),
      ),
      Math.max(
        0,
        rows.findIndex((r) => r.year === to),
      ) + 1,
    ),
    ['exports', 'imports', 'balance'],
  );
  const yAxis =
    showAs === 'values'
      ? bnYAxis(shownValues, { includeZero: !log, log })
      : unitYAxis(showAs === 'index' ? 'Index' : '%', shownValues, { log });
  const tooltipFormat =
    showAs === 'index'
      ? (v: number) => v.toFixed(1)
      : showAs === 'change'
        ? (v: number) => formatPercent(v)
        : undefined;
  const [activeEvent, setActiveEvent] = useState<TradeEvent | null>(null);
  const activeLabel = useRef<string | null>(null);
  // While the brush is dragged (or pointed at) the plot's tooltip stays hidden.
  const [onBrush, setOnBrush] = useState(false);
  const narrow = useMediaQuery(NARROW_SCREEN);
  const startIndex = Math.max(
    0,
    rows.findIndex((r) => r.year === from),
  );
  const endIndex = Math.max(
    startIndex,
    rows.findIndex((r) => r.year === to),
  );
  const visibleYears = rows.slice(startIndex, endIndex + 1).map((r) => r.year);
  // The brush reports every step of a drag; the URL gets one history entry once it settles.
  const commitTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(commitTimer.current), []);

  // The range the brush shows right now (during a drag it runs ahead of the URL).
  const frameRef = useRef<HTMLDivElement>(null);
  const brushRange = useRef({ from, to });
  useEffect(() => {
    brushRange.current = { from, to };
  }, [from, to]);
  const bounds = { min: rows[0]?.year ?? from, max: rows.at(-1)?.year ?? to };
  const boundsKey = `${bounds.min}-${bounds.max}`;
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const [min, max] = boundsKey.split('-').map(Number) as [number, number];
    const apply = () =>
      labelBrushHandles(frame, { names: YEAR_HANDLES, range: brushRange.current, bounds: { min, max }, text: String });
    apply();
    // recharts rewrites the attributes as the handles move: put the years back each time.
    const observer = new MutationObserver(apply);
    observer.observe(frame, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-valuenow', 'aria-label', 'x'],
    });
    return () => observer.disconnect();
  }, [boundsKey]);
  useEffect(() => {
    if (frameRef.current)
      labelBrushHandles(frameRef.current, { names: YEAR_HANDLES, range: brushRange.current, bounds, text: String });
  });
  useEffect(() => {
    if (!onBrush) return;
    const end = () => setOnBrush(false);
    window.addEventListener('pointerup', end);
    return () => window.removeEventListener('pointerup', end);
  }, [onBrush]);

  const ticks = yearTicks(visibleYears, narrow ? 6 : 14);
  const railSpace = minorRail ? MINOR_RAIL_SPACE : 0;

  return (
    <>
      <div
        ref={frameRef}
        className="chart-frame"
        onKeyDown={(e) => {
          if (
            e.key === 'Enter' &&
            activeLabel.current !== null &&
            !(e.target instanceof Element && e.target.closest('.milestone, .recharts-brush'))
          ) {
            onYearActivate(Number(activeLabel.current));
          }
        }}
        onPointerOver={(e) =>
          setOnBrush((now) => now || (e.target instanceof Element && e.target.closest('.recharts-brush') !== null))
        }
        onPointerOut={(e) => {
          // Leaving the brush (not while a button is held down on it) brings the tooltip back.
          if (e.buttons === 0 && e.target instanceof Element && e.target.closest('.recharts-brush')) setOnBrush(false);
        }}
      >
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 360 }}>
          <ComposedChart
            data={rows}
            // Room on the right for the brush's end-year label.
            margin={{ top: MILESTONE_MARGIN_TOP, right: 34, bottom: 4, left: 8 }}
            accessibilityLayer
            onClick={(state, event) => {
              // Only a click on a year of the plot counts (not on the brush, a milestone, the axis labels or the margins).
              if (event?.target instanceof Element && event.target.closest('.recharts-brush, .milestone')) return;
              const label = state?.activeLabel ?? activeLabel.current;
              const year = label === null || label === undefined ? NaN : Number(label);
              if (state?.isTooltipActive && rows.some((r) => r.year === year)) onYearActivate(year);
            }}
          >
            <ActiveLabelTracker labelRef={activeLabel} />
            <CartesianGrid {...GRID} />
            <XAxis {...YEAR_X_AXIS} ticks={ticks} interval={0} height={X_AXIS_HEIGHT + railSpace} />
            <YAxis {...yAxis} />
            {!log && <ReferenceLine {...ZERO_LINE} />}
            <Tooltip
              {...(onBrush ? { active: false } : {})}
              content={(props) => (
                <ChartTooltip
                  {...props}
                  balanceKeys={['balance']}
                  format={tooltipFormat}
                  hint={(label) => yearHint(Number(label))}
                  note={(key, label) => (key === 'balance' ? (balanceNotes?.get(Number(label)) ?? null) : null)}
                />
              )}
            />
            <Bar
              dataKey="balance"
              name="Balance"
              fill={SERIES_COLORS.balance}
              fillOpacity={0.75}
              maxBarSize={28}
              isAnimationActive={false}
            >
              {balanceNotes && balanceNotes.size > 0 && (
                <LabelList
                  dataKey="year"
                  position="top"
                  fontSize={13}
                  fill="#333333"
                  formatter={(year: unknown) => (balanceNotes.has(Number(year)) ? '*' : '')}
                />
              )}
            </Bar>
            <Line
              dataKey="exports"
              name="US exports"
              stroke={SERIES_COLORS.exports}
              strokeWidth={2.25}
              dot={{ r: 2.5 }}
              connectNulls={false}
              isAnimationActive={false}
            />
            <Line
              dataKey="imports"
              name="US imports"
              stroke={SERIES_COLORS.imports}
              strokeWidth={2.25}
              strokeDasharray="6 3"
              dot={{ r: 2.5 }}
              connectNulls={false}
              isAnimationActive={false}
            />
            {milestoneLines(
              events,
              visibleYears,
              setActiveEvent,
              undefined,
              minorRail ? { minorRailOffset: X_AXIS_HEIGHT + 8 } : {},
            )}
            <Brush
              dataKey="year"
              height={26}
              stroke="#0b3954"
              travellerWidth={10}
              startIndex={startIndex}
              endIndex={endIndex}
              ariaLabel="Year range"
              onChange={(range) => {
                const f = rows[range.startIndex ?? startIndex]?.year;
                const t = rows[range.endIndex ?? endIndex]?.year;
                if (f !== undefined && t !== undefined) brushRange.current = { from: f, to: t };
                clearTimeout(commitTimer.current);
                if (f === undefined || t === undefined || (f === from && t === to)) return;
                commitTimer.current = setTimeout(() => onRangeChange({ from: f, to: t }), 350);
              }}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <MilestoneDetail event={activeEvent} />
    </>
  );
}
