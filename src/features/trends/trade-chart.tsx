import { useCallback, useEffect, useRef, useState } from 'react';
import { Bar, Brush, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnnualRow, TradeEvent } from '../../api/schemas.ts';
import { bnYAxis, seriesValues, unitYAxis, GRID, YEAR_X_AXIS, ZERO_LINE } from '../../components/chart-axes.ts';
import { ActiveLabelTracker } from '../../components/active-label-tracker.tsx';
import { ChartTooltip } from '../../components/chart-tooltip.tsx';
import { MilestoneDetail, milestoneLines } from '../../components/milestones.tsx';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { formatPercent } from '../../lib/format.ts';
import type { ShowAs } from '../../lib/show-as.ts';

interface TradeChartProps {
  rows: AnnualRow[];
  from: number;
  to: number;
  events: TradeEvent[];
  onRangeChange: (range: { from: number; to: number }) => void;
  onYearActivate: (year: number) => void;
  yearHint: (year: number) => string | null;
  /** Show as (rows already rebased) and log scale, from the chart card's controls. */
  showAs?: ShowAs;
  log?: boolean;
}

/**
 * Exports and imports as lines, the balance as bars (below zero for a deficit), KORUS milestones, and a
 * brush over the whole series that selects the range. Missing years are gaps: lines are never joined.
 */
export function TradeChart({ rows, from, to, events, onRangeChange, onYearActivate, yearHint, showAs = 'values', log = false }: TradeChartProps) {
  const shownValues = seriesValues(rows.slice(Math.max(0, rows.findIndex((r) => r.year === from)), Math.max(0, rows.findIndex((r) => r.year === to)) + 1), ['exports', 'imports', 'balance']);
  const yAxis =
    showAs === 'values'
      ? bnYAxis(shownValues, { includeZero: !log, log })
      : unitYAxis(showAs === 'index' ? 'Index' : '%', shownValues, { log });
  const tooltipFormat = showAs === 'index' ? (v: number) => v.toFixed(1) : showAs === 'change' ? (v: number) => formatPercent(v) : undefined;
  const [activeEvent, setActiveEvent] = useState<TradeEvent | null>(null);
  const [activeYear, setActiveYear] = useState<number | null>(null);
  const onActiveLabel = useCallback((label: string | null) => setActiveYear(label === null ? null : Number(label)), []);
  const startIndex = Math.max(0, rows.findIndex((r) => r.year === from));
  const endIndex = Math.max(startIndex, rows.findIndex((r) => r.year === to));
  const visibleYears = rows.slice(startIndex, endIndex + 1).map((r) => r.year);
  // The brush reports every step of a drag; the URL gets one history entry once it settles.
  const commitTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(commitTimer.current), []);

  return (
    <>
      <div
        className="chart-frame"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && activeYear !== null) onYearActivate(activeYear);
        }}
      >
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 360 }}>
          <ComposedChart
            data={rows}
            margin={{ top: 24, right: 16, bottom: 4, left: 8 }}
            accessibilityLayer
            onClick={(state, event) => {
              // Only a click on a year of the plot counts (not on the brush, the axis labels or the margins).
              if (event?.target instanceof Element && event.target.closest('.recharts-brush')) return;
              const label = state?.activeLabel ?? activeYear;
              const year = label === null || label === undefined ? NaN : Number(label);
              if (state?.isTooltipActive && rows.some((r) => r.year === year)) onYearActivate(year);
            }}
          >
            <ActiveLabelTracker onChange={onActiveLabel} />
            <CartesianGrid {...GRID} />
            <XAxis {...YEAR_X_AXIS} />
            <YAxis {...yAxis} />
            {!log && <ReferenceLine {...ZERO_LINE} />}
            <Tooltip
              content={(props) => (
                <ChartTooltip {...props} balanceKeys={['balance']} format={tooltipFormat} hint={(label) => yearHint(Number(label))} />
              )}
            />
            <Bar dataKey="balance" name="Balance" fill={SERIES_COLORS.balance} fillOpacity={0.75} maxBarSize={28} isAnimationActive={false} />
            <Line dataKey="exports" name="US exports" stroke={SERIES_COLORS.exports} strokeWidth={2.25} dot={{ r: 2.5 }} connectNulls={false} isAnimationActive={false} />
            <Line dataKey="imports" name="US imports" stroke={SERIES_COLORS.imports} strokeWidth={2.25} strokeDasharray="6 3" dot={{ r: 2.5 }} connectNulls={false} isAnimationActive={false} />
            {milestoneLines(events, visibleYears, setActiveEvent)}
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
