import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AnnualResponse, Meta, TradeEvent } from '../../api/schemas.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { bnYAxis, seriesValues, GRID, YEAR_X_AXIS, ZERO_LINE } from '../../components/chart-axes.ts';
import { ChartTooltip } from '../../components/chart-tooltip.tsx';
import {
  MILESTONE_LEGEND,
  MILESTONE_MARGIN_TOP,
  MINOR_EVENT_LEGEND,
  MINOR_RAIL_SPACE,
  MilestoneDetail,
  milestoneLines,
  yearTicks,
} from '../../components/milestones.tsx';
import { ErrorNotice, Skeleton } from '../../components/query-status.tsx';
import { pickSources } from '../../components/source-line.tsx';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { NARROW_SCREEN, useMediaQuery } from '../../lib/use-media-query.ts';
import { formatBn, formatMusd, formatYearList, formatYearRange } from '../../lib/format.ts';
import { balanceComparison, computedBalanceIfDifferent, type BalanceRow } from './trend-math.ts';

interface Props {
  goods: UseQueryResult<AnnualResponse>;
  services: UseQueryResult<AnnualResponse>;
  meta: Meta | undefined;
  range: { from: number; to: number };
  events: TradeEvent[];
  /** Minor events are among `events`: draw them on a rail under the year axis. */
  minorRail?: boolean;
}

/** Goods balance next to services balance (and their sum where both exist), so the services surplus shows. */
export function BalanceComparisonCard({ goods, services, meta, range, events, minorRail = false }: Props) {
  const [activeEvent, setActiveEvent] = useState<TradeEvent | null>(null);
  const narrow = useMediaQuery(NARROW_SCREEN);
  if (goods.isPending || services.isPending)
    return (
      <div className="card">
        <Skeleton height={320} />
      </div>
    );
  if (goods.isError || services.isError) {
    return (
      <div className="card">
        <ErrorNotice
          label="goods and services balances"
          error={goods.error ?? services.error}
          onRetry={() => {
            if (goods.isError) void goods.refetch();
            if (services.isError) void services.refetch();
          }}
        />
      </div>
    );
  }
  const rows = balanceComparison(goods.data.rows, services.data.rows, range);
  const servicesYears = services.data.rows.filter((r) => r.balance !== null).map((r) => r.year);
  const gaps = rows.filter((r) => r.services === null).map((r) => r.year);
  const sourceIds = [
    ...new Set(
      [...goods.data.rows, ...services.data.rows]
        .filter((r) => r.year >= range.from && r.year <= range.to)
        .flatMap((r) => r.sourceIds),
    ),
  ];
  // A services balance as published that differs from exports − imports is marked (*) and explained.
  const mismatch = new Map(
    services.data.rows.flatMap((r) => {
      const computed = computedBalanceIfDifferent(r);
      return computed === null || r.year < range.from || r.year > range.to
        ? []
        : [[r.year, `as published; exports − imports = ${formatMusd(computed)} by rounding`] as const];
    }),
  );
  const first = rows[0]?.year ?? range.from;
  const last = rows.at(-1)?.year ?? range.to;
  return (
    <ChartCard<BalanceRow>
      name="goods-services-balance"
      title="Balance in goods and in services"
      subtitle={`US balance with South Korea, ${formatYearRange(first, last)}, $ bn; negative = US deficit, positive = US surplus`}
      fileParts={[first, last]}
      headingLevel={2}
      legend={[
        { label: 'Goods balance', color: SERIES_COLORS.balance, shape: 'rect' },
        { label: 'Services balance', color: SERIES_COLORS.services, shape: 'rect' },
        MILESTONE_LEGEND,
        ...(minorRail ? [MINOR_EVENT_LEGEND] : []),
      ]}
      sources={meta ? pickSources(meta.sources, sourceIds) : []}
      note={
        rows.length === 0
          ? undefined
          : `Services figures exist only for ${formatYearList(servicesYears)}${gaps.length ? `; ${formatYearList(gaps)} shown as gaps` : ''}. Services are rounded to $0.1–1 bn by their sources. Goods (Census basis) and services (BEA, as published by USTR and KEI) are different bases: side by side, never added up.${[...mismatch].map(([y, t]) => ` * ${y} services balance ${t}.`).join('')}`
      }
      summary={`Bar chart comparing the US goods balance (a deficit every year) with the services balance (a surplus where reported), ${first} to ${last}.`}
      columns={[
        { key: 'year', header: 'Year', rowHeader: true, value: (r) => r.year },
        {
          key: 'goods',
          header: 'Goods balance ($ bn)',
          csvHeader: 'Goods balance ($ m)',
          numeric: true,
          color: SERIES_COLORS.balance,
          value: (r) => r.goods,
          format: (r) => formatBn(r.goods),
        },
        {
          key: 'services',
          header: 'Services balance ($ bn)',
          csvHeader: 'Services balance ($ m)',
          numeric: true,
          color: SERIES_COLORS.services,
          value: (r) => r.services,
          format: (r) => `${formatBn(r.services)}${mismatch.has(r.year) ? ' *' : ''}`,
        },
      ]}
      rows={rows}
      rowKey={(r) => String(r.year)}
    >
      {rows.length === 0 ? (
        <p className="empty-state">
          No services figures in {formatYearRange(range.from, range.to)}. Services data exists for{' '}
          {formatYearList(servicesYears)}.
        </p>
      ) : (
        <>
          <div className="chart-frame">
            <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 500, height: 300 }}>
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
                    narrow ? 5 : 8,
                  )}
                  interval={0}
                  height={30 + (minorRail ? MINOR_RAIL_SPACE : 0)}
                />
                <YAxis {...bnYAxis(seriesValues(rows, ['goods', 'services']), { includeZero: true })} />
                <ReferenceLine {...ZERO_LINE} />
                <Tooltip
                  content={(props) => (
                    <ChartTooltip
                      {...props}
                      balanceKeys={['goods', 'services']}
                      note={(key, label) => (key === 'services' ? (mismatch.get(Number(label)) ?? null) : null)}
                    />
                  )}
                />
                <Bar
                  dataKey="goods"
                  name="Goods balance"
                  fill={SERIES_COLORS.balance}
                  fillOpacity={0.75}
                  isAnimationActive={false}
                />
                <Bar dataKey="services" name="Services balance" fill={SERIES_COLORS.services} isAnimationActive={false}>
                  {mismatch.size > 0 && (
                    <LabelList
                      dataKey="year"
                      position="top"
                      fontSize={13}
                      fill="#333333"
                      formatter={(year: unknown) => (mismatch.has(Number(year)) ? '*' : '')}
                    />
                  )}
                </Bar>
                {milestoneLines(
                  events,
                  rows.map((r) => r.year),
                  setActiveEvent,
                  undefined,
                  minorRail ? { minorRailOffset: 38 } : {},
                )}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <MilestoneDetail event={activeEvent} />
        </>
      )}
    </ChartCard>
  );
}
