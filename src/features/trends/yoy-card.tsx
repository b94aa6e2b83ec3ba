import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnnualRow, Meta, TradeEvent } from '../../api/schemas.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { bnYAxis, seriesValues, GRID, YEAR_X_AXIS, ZERO_LINE } from '../../components/chart-axes.ts';
import { ChartTooltip } from '../../components/chart-tooltip.tsx';
import { MilestoneDetail, milestoneLines } from '../../components/milestones.tsx';
import { pickSources } from '../../components/source-line.tsx';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { formatBn, formatYearList } from '../../lib/format.ts';
import { yearOverYear, type YoyRow } from './trend-math.ts';

interface Props {
  rows: AnnualRow[];
  range: { from: number; to: number };
  category: string;
  meta: Meta | undefined;
  events: TradeEvent[];
}

/** Change from the previous year in exports, imports and balance. */
export function YoyCard({ rows, range, category, meta, events }: Props) {
  const [activeEvent, setActiveEvent] = useState<TradeEvent | null>(null);
  const yoy = yearOverYear(rows, range);
  const gaps = yoy.filter((r) => r.exports === null && r.imports === null && r.balance === null).map((r) => r.year);
  const sourceIds = [...new Set(rows.filter((r) => r.year >= range.from - 1 && r.year <= range.to).flatMap((r) => r.sourceIds))];
  const signed = (v: number | null) => (v === null ? '—' : `${v > 0 ? '+' : ''}${formatBn(v)}`);
  return (
    <ChartCard<YoyRow>
      name={`${category}-change`}
      title="Change from the previous year"
      subtitle={`US ${category} trade with South Korea, ${range.from}–${range.to}, change in $ bn`}
      fileParts={[range.from, range.to]}
      legend={[
        { label: 'US exports', color: SERIES_COLORS.exports, shape: 'rect' },
        { label: 'US imports', color: SERIES_COLORS.imports, shape: 'rect' },
        { label: 'Balance', color: SERIES_COLORS.balance, shape: 'rect' },
      ]}
      sources={meta ? pickSources(meta.sources, sourceIds) : []}
      note={gaps.length ? `No change can be computed for ${formatYearList(gaps)} (a figure is missing in that year or the year before).` : undefined}
      summary={`Bar chart of the yearly change in US ${category} exports, imports and balance with South Korea, ${range.from} to ${range.to}.`}
      columns={[
        { key: 'year', header: 'Year', rowHeader: true, value: (r) => r.year },
        { key: 'exports', header: 'Change in exports ($ bn)', csvHeader: 'Change in exports ($ m)', numeric: true, color: SERIES_COLORS.exports, value: (r) => r.exports, format: (r) => signed(r.exports) },
        { key: 'imports', header: 'Change in imports ($ bn)', csvHeader: 'Change in imports ($ m)', numeric: true, color: SERIES_COLORS.imports, value: (r) => r.imports, format: (r) => signed(r.imports) },
        { key: 'balance', header: 'Change in balance ($ bn)', csvHeader: 'Change in balance ($ m)', numeric: true, color: SERIES_COLORS.balance, value: (r) => r.balance, format: (r) => signed(r.balance) },
      ]}
      rows={yoy}
      rowKey={(r) => String(r.year)}
    >
      <div className="chart-frame">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 500, height: 300 }}>
          <BarChart data={yoy} margin={{ top: 24, right: 12, bottom: 4, left: 8 }} accessibilityLayer>
            <CartesianGrid {...GRID} />
            <XAxis {...YEAR_X_AXIS} />
            <YAxis {...bnYAxis(seriesValues(yoy, ['exports', 'imports', 'balance']), { includeZero: true })} />
            <ReferenceLine {...ZERO_LINE} />
            <Tooltip content={(props) => <ChartTooltip {...props} signed />} />
            <Bar dataKey="exports" name="Change in exports" fill={SERIES_COLORS.exports} isAnimationActive={false} />
            <Bar dataKey="imports" name="Change in imports" fill={SERIES_COLORS.imports} isAnimationActive={false} />
            <Bar dataKey="balance" name="Change in balance" fill={SERIES_COLORS.balance} isAnimationActive={false} />
            {milestoneLines(events, yoy.map((r) => r.year), setActiveEvent)}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <MilestoneDetail event={activeEvent} />
    </ChartCard>
  );
}
