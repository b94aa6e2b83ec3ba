import { useEffect, useRef, useState } from 'react';
import {
  Bar,
  Brush,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TradeEvent } from '../../api/schemas.ts';
import { BN_Y_AXIS, GRID, TICK, ZERO_LINE } from '../../components/chart-axes.ts';
import {
  MILESTONE_MARGIN_TOP,
  MINOR_RAIL_SPACE,
  MilestoneDetail,
  milestoneLines,
} from '../../components/milestones.tsx';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { formatBalance, formatMusd, formatPercent } from '../../lib/format.ts';
import { useMediaQuery } from '../../lib/use-media-query.ts';
import {
  monthFromIndex,
  monthIndex,
  monthLabel,
  monthTicks,
  type MonthlyPoint,
  type MonthlyView,
} from './monthly-math.ts';
import { useBrushHandleLabels, type BrushHandleLabels } from './brush-labels.ts';

interface MonthlyChartProps {
  points: MonthlyPoint[];
  view: MonthlyView;
  /** The visible range, months YYYY-MM. */
  from: string;
  to: string;
  events: TradeEvent[];
  onRangeChange: (range: { from: string; to: string }) => void;
  /** Minor events on a rail under the axis ("Show all events"). */
  minorRail?: boolean;
}

const X_AXIS_HEIGHT = 30;

/** Where an event sits on a monthly axis: its month (a year-precision event at January of its year). */
export const eventMonth = (e: TradeEvent): number =>
  monthIndex(e.date.length >= 7 ? e.date.slice(0, 7) : `${e.date.slice(0, 4)}-01`);

const PERCENT_AXIS = {
  ...BN_Y_AXIS,
  tickFormatter: (v: number) => `${v < 0 ? '\u2212' : ''}${Math.abs(v)}`,
  label: { ...BN_Y_AXIS.label, value: '% on a year earlier' },
  width: 56,
} as const;

interface TooltipEntry {
  value?: unknown;
  name?: unknown;
  dataKey?: unknown;
  color?: string;
}

function MonthlyTooltip({
  active,
  payload,
  label,
  view,
}: {
  active?: boolean;
  payload?: ReadonlyArray<TooltipEntry>;
  label?: unknown;
  view: MonthlyView;
}) {
  if (!active || !payload?.length || typeof label !== 'number') return null;
  const month = monthFromIndex(label);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__label">
        {view === 'rolling' ? `12 months to ${monthLabel(month)}` : monthLabel(month)}
      </p>
      <ul>
        {payload.map((item) => {
          const value = typeof item.value === 'number' ? item.value : null;
          const key = String(item.dataKey);
          // A balance in the one form used everywhere: minus sign and the word ("−$5.4 bn deficit").
          const text =
            value === null
              ? 'no data'
              : view === 'yoy'
                ? formatPercent(value)
                : key === 'balance'
                  ? formatBalance(value)
                  : formatMusd(value);
          return (
            <li key={key}>
              <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
              {String(item.name)}: <strong>{text}</strong>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

const MONTH_HANDLES = ['Start month', 'End month'] as const;

/**
 * Monthly exports and imports as lines, the balance as bars, milestones at their month, and a brush over the
 * whole series that selects the range in months. Missing months are gaps: lines are never joined over them.
 */
export function MonthlyChart({ points, view, from, to, events, onRangeChange, minorRail = false }: MonthlyChartProps) {
  const [activeEvent, setActiveEvent] = useState<TradeEvent | null>(null);
  const narrow = useMediaQuery('(max-width: 600px)');
  const startIndex = Math.max(
    0,
    points.findIndex((p) => p.month === from),
  );
  const foundEnd = points.findIndex((p) => p.month === to);
  const endIndex = Math.max(startIndex, foundEnd < 0 ? points.length - 1 : foundEnd);
  const visible = points.slice(startIndex, endIndex + 1);
  const visibleYears = [...new Set(visible.map((p) => Math.floor(p.t / 12)))];
  const ticks = monthTicks(visible, narrow ? 4 : 9);
  const commitTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(commitTimer.current), []);
  const percent = view === 'yoy';
  // The handles say which month they hold ("Start month, Jan 2011"), not a pixel offset.
  const frameRef = useRef<HTMLDivElement>(null);
  const handleText = (t: number) => monthLabel(monthFromIndex(t));
  const handles = useRef<BrushHandleLabels>({
    names: MONTH_HANDLES,
    range: { from: points[startIndex]?.t ?? 0, to: points[endIndex]?.t ?? 0 },
    bounds: { min: points[0]?.t ?? 0, max: points.at(-1)?.t ?? 0 },
    text: handleText,
  });
  useEffect(() => {
    handles.current = {
      ...handles.current,
      range: { from: points[startIndex]?.t ?? 0, to: points[endIndex]?.t ?? 0 },
      bounds: { min: points[0]?.t ?? 0, max: points.at(-1)?.t ?? 0 },
    };
  }, [points, startIndex, endIndex]);
  useBrushHandleLabels(frameRef, handles, `${points[0]?.t}-${points.at(-1)?.t}`);

  return (
    <>
      <div className="chart-frame" ref={frameRef}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 360 }}>
          <ComposedChart
            data={points}
            margin={{ top: MILESTONE_MARGIN_TOP, right: 34, bottom: 4, left: 8 }}
            accessibilityLayer
          >
            <CartesianGrid {...GRID} />
            <XAxis
              dataKey="t"
              type="category"
              ticks={ticks}
              tickFormatter={(t: number) => String(Math.floor(t / 12))}
              tick={TICK}
              tickMargin={6}
              interval={0}
              height={X_AXIS_HEIGHT + (minorRail ? MINOR_RAIL_SPACE : 0)}
            />
            <YAxis {...(percent ? PERCENT_AXIS : BN_Y_AXIS)} />
            <ReferenceLine {...ZERO_LINE} />
            <Tooltip content={(props) => <MonthlyTooltip {...props} view={view} />} />
            {!percent && (
              <Bar
                dataKey="balance"
                name="Balance"
                fill={SERIES_COLORS.balance}
                fillOpacity={0.75}
                maxBarSize={10}
                isAnimationActive={false}
              />
            )}
            <Line
              dataKey="exports"
              name="US exports"
              stroke={SERIES_COLORS.exports}
              strokeWidth={1.75}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
            <Line
              dataKey="imports"
              name="US imports"
              stroke={SERIES_COLORS.imports}
              strokeWidth={1.75}
              strokeDasharray="6 3"
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
            {milestoneLines(
              events,
              visibleYears,
              setActiveEvent,
              eventMonth,
              minorRail ? { minorRailOffset: X_AXIS_HEIGHT + 8 } : {},
            )}
            <Brush
              dataKey="t"
              height={26}
              stroke="#0b3954"
              travellerWidth={10}
              startIndex={startIndex}
              endIndex={endIndex}
              ariaLabel="Month range"
              tickFormatter={(t: number) => monthLabel(monthFromIndex(t))}
              onChange={(range) => {
                const f = points[range.startIndex ?? startIndex]?.month;
                const t = points[range.endIndex ?? endIndex]?.month;
                if (f !== undefined && t !== undefined)
                  handles.current = { ...handles.current, range: { from: monthIndex(f), to: monthIndex(t) } };
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
