import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnnualRow, Meta, TradeEvent } from '../../api/schemas.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { bnYAxis, seriesValues, GRID, YEAR_X_AXIS, ZERO_LINE } from '../../components/chart-axes.ts';
import { ChartTooltip } from '../../components/chart-tooltip.tsx';
import {
  MILESTONE_LEGEND,
  MILESTONE_MARGIN_TOP,
  MilestoneDetail,
  milestoneLines,
  yearTicks,
} from '../../components/milestones.tsx';
import { NARROW_SCREEN, useMediaQuery } from '../../lib/use-media-query.ts';
import { pickSources } from '../../components/source-line.tsx';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { formatBalance, formatBn } from '../../lib/format.ts';

/** The goods balance over the whole series with the KORUS milestones: the story in one chart. */
export function BalanceOverviewCard({
  rows,
  meta,
  events,
}: {
  rows: AnnualRow[];
  meta: Meta | undefined;
  events: TradeEvent[];
}) {
  const [activeEvent, setActiveEvent] = useState<TradeEvent | null>(null);
  const narrow = useMediaQuery(NARROW_SCREEN);
  const first = rows[0]?.year;
  const last = rows.at(-1)?.year;
  const milestones = events.filter((e) => e.milestone);
  const byYear = new Map(rows.map((r) => [r.year, r.balance]));
  return (
    <ChartCard<AnnualRow>
      name="goods-balance"
      title="US goods balance with South Korea"
      subtitle={`${first}–${last}, $ bn; negative = US deficit`}
      fileParts={[first, last]}
      legend={[
        { label: 'Goods balance (below zero = US deficit)', color: SERIES_COLORS.balance, shape: 'rect' },
        MILESTONE_LEGEND,
      ]}
      sources={meta ? pickSources(meta.sources, [...new Set(rows.flatMap((r) => r.sourceIds))]) : []}
      summary={`Bar chart of the US goods balance with South Korea from ${first} to ${last}: ${formatBalance(byYear.get(2011))} in 2011, the year before KORUS took effect, and ${formatBalance(last === undefined ? null : byYear.get(last))} in ${last}.`}
      columns={[
        { key: 'year', header: 'Year', rowHeader: true, value: (r) => r.year },
        {
          key: 'balance',
          header: 'Goods balance ($ bn)',
          csvHeader: 'Goods balance ($ m)',
          numeric: true,
          color: SERIES_COLORS.balance,
          value: (r) => r.balance,
          format: (r) => formatBn(r.balance),
        },
      ]}
      rows={rows}
      rowKey={(r) => String(r.year)}
      height={300}
    >
      <div className="chart-frame">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 260 }}>
          <BarChart
            data={rows}
            margin={{ top: MILESTONE_MARGIN_TOP, right: 12, bottom: 4, left: 8 }}
            accessibilityLayer
          >
            <CartesianGrid {...GRID} />
            <XAxis
              {...YEAR_X_AXIS}
              ticks={yearTicks(
                rows.map((r) => r.year),
                narrow ? 6 : 14,
              )}
              interval={0}
            />
            <YAxis {...bnYAxis(seriesValues(rows, ['balance']), { includeZero: true })} />
            <ReferenceLine {...ZERO_LINE} />
            <Tooltip content={(props) => <ChartTooltip {...props} balanceKeys={['balance']} />} />
            <Bar
              dataKey="balance"
              name="Goods balance"
              fill={SERIES_COLORS.balance}
              fillOpacity={0.8}
              isAnimationActive={false}
            />
            {milestoneLines(
              milestones,
              rows.map((r) => r.year),
              setActiveEvent,
            )}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <MilestoneDetail event={activeEvent} />
    </ChartCard>
  );
}
