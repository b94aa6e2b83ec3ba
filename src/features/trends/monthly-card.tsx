import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import type { Meta, MonthlyResponse, TradeEvent } from '../../api/schemas.ts';
import { ChartCard, type ChartColumn } from '../../components/chart-card.tsx';
import { MINOR_EVENT_LEGEND } from '../../components/milestones.tsx';
import { MILESTONE_LEGEND_ITEM } from './monthly-legend.ts';
import { Skeleton } from '../../components/query-status.tsx';
import { pickSources } from '../../components/source-line.tsx';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { formatBn, formatPercent } from '../../lib/format.ts';
import {
  monthLabel,
  monthlySeries,
  monthRangeLabel,
  monthSpanLabel,
  type MonthlyPoint,
  type MonthlyView,
} from './monthly-math.ts';

const MonthlyChart = lazy(() => import('./monthly-chart.tsx').then((m) => ({ default: m.MonthlyChart })));

export const VIEW_LABEL: Record<MonthlyView, string> = {
  values: 'Monthly values',
  rolling: '12-month total',
  yoy: 'Change on a year earlier (%)',
};

interface Props {
  data: MonthlyResponse;
  meta: Meta | undefined;
  view: MonthlyView;
  from: string;
  to: string;
  events: TradeEvent[];
  onRangeChange: (range: { from: string; to: string }) => void;
  actions: ReactNode;
  minorRail: boolean;
}

/** US goods trade with South Korea by month, as values, 12-month totals or changes on a year earlier. */
export function MonthlyCard({ data, meta, view, from, to, events, onRangeChange, actions, minorRail }: Props) {
  const points = useMemo(() => monthlySeries(data.rows, view), [data.rows, view]);
  const visible = points.filter((p) => p.month >= from && p.month <= to);
  const percent = view === 'yoy';
  const cell = (v: number | null) => (percent ? formatPercent(v) : formatBn(v));
  const unit = percent ? '%' : '$ bn';
  const csvUnit = percent ? '%' : '$ m';
  const columns: ChartColumn<MonthlyPoint>[] = [
    {
      key: 'month',
      header: view === 'rolling' ? '12 months to' : 'Month',
      rowHeader: true,
      value: (r) => r.month,
      format: (r) => monthLabel(r.month),
    },
    {
      key: 'exports',
      header: `US exports (${unit})`,
      csvHeader: `US exports (${csvUnit})`,
      numeric: true,
      color: SERIES_COLORS.exports,
      value: (r) => r.exports,
      format: (r) => cell(r.exports),
    },
    {
      key: 'imports',
      header: `US imports (${unit})`,
      csvHeader: `US imports (${csvUnit})`,
      numeric: true,
      color: SERIES_COLORS.imports,
      value: (r) => r.imports,
      format: (r) => cell(r.imports),
    },
    ...(percent
      ? []
      : [
          {
            key: 'balance',
            header: `Balance (${unit})`,
            csvHeader: `Balance (${csvUnit})`,
            numeric: true,
            color: SERIES_COLORS.balance,
            value: (r: MonthlyPoint) => r.balance,
            format: (r: MonthlyPoint) => cell(r.balance),
          },
        ]),
  ];
  const sourceIds = [...new Set(data.rows.filter((r) => r.month >= from && r.month <= to).flatMap((r) => r.sourceIds))];
  const missing = visible.filter((p) => p.exports === null || p.imports === null).length;
  const latest = data.rows.findLast((r) => r.exports !== null);
  const notes = [
    'Census goods, not seasonally adjusted (months of the year differ by season: compare a month with the same month of another year).',
    latest && !latest.month.endsWith('-12')
      ? `${latest.month.slice(0, 4)} so far: ${monthSpanLabel(Number(latest.month.slice(5, 7)))}, preliminary.`
      : null,
    view === 'rolling'
      ? 'Each point is the sum of the 12 months to that month; none where a month of them is missing.'
      : null,
    percent
      ? 'Each point is the change on the same month a year earlier. The balance is left out: a percentage change of a balance means little.'
      : null,
    missing ? `${missing} month(s) in this range have no figure (shown as gaps, not estimated).` : null,
  ].filter(Boolean);
  const subtitle = `US goods exports${percent ? ' and imports' : ', imports and balance'} by month, ${monthRangeLabel(from, to)}, ${VIEW_LABEL[view].toLowerCase()}${percent ? '' : ', $ bn; negative balance = US deficit'}`;
  return (
    <ChartCard
      name={`goods-monthly-${view}`}
      title="US goods trade with South Korea, monthly"
      subtitle={subtitle}
      fileParts={[from, to]}
      legend={[
        {
          label: view === 'rolling' ? 'US exports, 12-month total' : 'US exports',
          color: SERIES_COLORS.exports,
          shape: 'line',
        },
        {
          label: view === 'rolling' ? 'US imports, 12-month total' : 'US imports',
          color: SERIES_COLORS.imports,
          shape: 'dashed',
        },
        ...(percent
          ? []
          : [{ label: 'Balance (below zero = US deficit)', color: SERIES_COLORS.balance, shape: 'rect' as const }]),
        MILESTONE_LEGEND_ITEM,
        ...(minorRail ? [MINOR_EVENT_LEGEND] : []),
      ]}
      sources={meta ? pickSources(meta.sources, sourceIds) : []}
      note={notes.join(' ')}
      summary={`Monthly chart of US goods trade with South Korea, ${VIEW_LABEL[view]}, ${monthLabel(from)} to ${monthLabel(to)}.`}
      columns={columns}
      rows={visible}
      rowKey={(r) => r.month}
      height={400}
      actions={actions}
    >
      <Suspense fallback={<Skeleton height={380} />}>
        <MonthlyChart
          key={view}
          points={points}
          view={view}
          from={from}
          to={to}
          events={events}
          onRangeChange={onRangeChange}
          minorRail={minorRail}
        />
      </Suspense>
    </ChartCard>
  );
}
