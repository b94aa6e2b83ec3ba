import { TICK, VERTICAL_GRID } from '../../components/chart-axes.ts';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Source } from '../../api/schemas.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { chooseUnit, formatAxisIn, formatIn, formatMusd } from '../../lib/format.ts';
import { NARROW_SCREEN, useMediaQuery } from '../../lib/use-media-query.ts';
import { ListChartFrame, WrappedTick } from './list-chart.tsx';
import type { Contribution, Contributions } from './hs-math.ts';

const MAX_BARS = 15;

interface Props {
  result: Contributions;
  title: string;
  subtitle: string;
  /** "the balance", "US exports": what the total is. */
  totalWord: string;
  itemWord: string;
  beforeLabel: string;
  afterLabel: string;
  color: string;
  fileParts: ReadonlyArray<string | number | undefined>;
  sources: Source[];
  note?: string;
}

/**
 * Each item's contribution to the change of the total between two full years, largest first, with the total
 * change; the contributions of the items with a figure in both years add up to that change exactly.
 */
export function HsChangeCard({
  result,
  title,
  subtitle,
  totalWord,
  itemWord,
  beforeLabel,
  afterLabel,
  color,
  fileParts,
  sources,
  note,
}: Props) {
  const narrow = useMediaQuery(NARROW_SCREEN);
  const data = result.rows.slice(0, MAX_BARS);
  const unit = chooseUnit([...result.rows.map((r) => r.contribution), result.totalChange]);
  const signed = (v: number | null) => (v === null ? '—' : `${v > 0 ? '+' : ''}${formatIn(unit, v)}`);
  const first = result.rows[0];
  const totalText = `Total change of ${totalWord}: ${formatMusd(result.totalChange, { signed: true })} (${formatMusd(result.totalBefore)} in ${beforeLabel} → ${formatMusd(result.totalAfter)} in ${afterLabel}), the sum of the ${result.rows.length} contributions.`;
  const unmatched = result.unmatched.length
    ? `Left out, with a figure in one of the two years only: ${result.unmatched
        .slice(0, 5)
        .map((r) => r.label)
        .join(', ')}${result.unmatched.length > 5 ? `, and ${result.unmatched.length - 5} more` : ''}.`
    : '';
  return (
    <ChartCard<Contribution>
      name="hs-change"
      title={title}
      subtitle={`${subtitle}, $ ${unit}; largest first`}
      fileParts={fileParts}
      legend={[
        { label: 'Raised the total (+)', color, shape: 'rect' },
        { label: 'Lowered the total (−), lighter', color: `${color}80`, shape: 'rect' },
      ]}
      sources={sources}
      note={[
        totalText,
        result.rows.length > data.length
          ? `Chart shows the ${data.length} largest of ${result.rows.length}; the table and CSV hold all.`
          : '',
        unmatched,
        note ?? '',
      ]
        .filter(Boolean)
        .join(' ')}
      summary={
        first
          ? `Diverging bar chart of contributions to the change of ${totalWord} from ${beforeLabel} to ${afterLabel}, total ${formatMusd(result.totalChange, { signed: true })}. The largest is ${first.label}: ${formatMusd(first.contribution, { signed: true })}.`
          : 'No contributions can be computed.'
      }
      columns={[
        { key: 'item', header: itemWord, rowHeader: true, value: (r) => r.label },
        {
          key: 'before',
          header: `${beforeLabel} ($ ${unit})`,
          csvHeader: `${beforeLabel} ($ m)`,
          numeric: true,
          value: (r) => r.before,
          format: (r) => formatIn(unit, r.before),
        },
        {
          key: 'after',
          header: `${afterLabel} ($ ${unit})`,
          csvHeader: `${afterLabel} ($ m)`,
          numeric: true,
          value: (r) => r.after,
          format: (r) => formatIn(unit, r.after),
        },
        {
          key: 'contribution',
          header: `Contribution ($ ${unit})`,
          csvHeader: 'Contribution ($ m)',
          numeric: true,
          color,
          value: (r) => r.contribution,
          format: (r) => signed(r.contribution),
        },
      ]}
      rows={result.rows}
      rowKey={(r) => r.itemId}
      height={Math.max(220, data.length * 30 + 60)}
    >
      {data.length === 0 ? (
        <p className="empty-state">
          No {itemWord.toLowerCase()} has a figure in both {beforeLabel} and {afterLabel}.
        </p>
      ) : (
        <>
          <p className="hs-total-change">
            Total change: <strong>{formatMusd(result.totalChange, { signed: true })}</strong> ({beforeLabel} →{' '}
            {afterLabel})
          </p>
          <ListChartFrame hint="Keyboard: focus the chart, then ↑ and ↓ move through the bars.">
            <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 400 }}>
              <BarChart
                data={data}
                layout="vertical"
                margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
                accessibilityLayer
              >
                <CartesianGrid {...VERTICAL_GRID} />
                <XAxis
                  type="number"
                  tickFormatter={formatAxisIn(unit)}
                  tick={TICK}
                  label={{
                    value: `$ ${unit}`,
                    position: 'insideBottomRight',
                    offset: -2,
                    fontSize: 12,
                    fill: '#444444',
                  }}
                />
                <YAxis
                  type="category"
                  dataKey="label"
                  width={narrow ? 132 : 240}
                  tick={<WrappedTick chars={narrow ? 19 : 34} fontSize={narrow ? 11 : 12} />}
                  interval={0}
                />
                <ReferenceLine x={0} stroke="#8a939e" />
                <Tooltip
                  cursor={{ fill: '#0b395414' }}
                  content={({ active, payload }) => {
                    const row = payload?.[0]?.payload as Contribution | undefined;
                    if (!active || !row) return null;
                    return (
                      <div className="chart-tooltip">
                        <p className="chart-tooltip__label">{row.label}</p>
                        <p>
                          {beforeLabel}: {formatMusd(row.before)} → {afterLabel}: {formatMusd(row.after)}
                        </p>
                        <p>
                          Contribution: <strong>{formatMusd(row.contribution, { signed: true })}</strong> of{' '}
                          {formatMusd(result.totalChange, { signed: true })}
                        </p>
                      </div>
                    );
                  }}
                />
                <Bar dataKey="contribution" name="Contribution" isAnimationActive={false} maxBarSize={18}>
                  {data.map((d) => (
                    <Cell key={d.itemId} fill={color} fillOpacity={(d.contribution ?? 0) >= 0 ? 1 : 0.5} />
                  ))}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </ListChartFrame>
        </>
      )}
    </ChartCard>
  );
}
