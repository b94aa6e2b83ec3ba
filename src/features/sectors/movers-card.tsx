import { valueXAxis, VERTICAL_GRID } from '../../components/chart-axes.ts';
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
import { NARROW_SCREEN, useMediaQuery } from '../../lib/use-media-query.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { chooseUnit, formatIn, formatMusd, formatPercent } from '../../lib/format.ts';
import { ListChartFrame, WrappedTick } from './list-chart.tsx';
import type { MoverRow } from './sector-math.ts';

// Bars keep the flow's colour (one meaning, one colour); a fall is lighter and points left, with a minus sign.
const FALL_OPACITY = 0.5;
const MAX_BARS = 15;

interface Props {
  rows: MoverRow[];
  compareYear: number;
  year: number;
  compareLabel: string;
  yearLabel: string;
  warning?: string;
  flowWord: string;
  flowColor: string;
  fileParts: ReadonlyArray<string | number | undefined>;
  sources: Source[];
}

/** Change per sector between two years as diverging bars, largest absolute change first. */
export function MoversCard({
  rows,
  compareYear,
  year,
  compareLabel,
  yearLabel,
  warning,
  flowWord,
  flowColor,
  fileParts,
  sources,
}: Props) {
  const narrow = useMediaQuery(NARROW_SCREEN);
  const labelChars = narrow ? 19 : 34;
  const withChange = rows.filter((r) => r.change !== null);
  const data = withChange.slice(0, MAX_BARS);
  const unit = chooseUnit(withChange.map((r) => r.change));
  const missing = rows.filter((r) => r.change === null).map((r) => r.label);
  const first = withChange[0];
  return (
    <ChartCard<MoverRow>
      name="sector-movers"
      title={`Top movers, ${compareLabel} to ${yearLabel}`}
      subtitle={`Change in US ${flowWord} by sector, $ ${unit}; sorted by the size of the change`}
      fileParts={fileParts}
      legend={[
        { label: 'Rise (+)', color: flowColor, shape: 'rect' },
        { label: 'Fall (−), lighter', color: `${flowColor}80`, shape: 'rect' },
      ]}
      sources={sources}
      note={
        [
          warning ?? '',
          rows.some((r) => r.notes.length)
            ? 'Some figures carry notes (lower bounds, differing source labels): see the table; no percentage is given from a lower bound.'
            : '',
          withChange.length > data.length
            ? `Chart shows the ${data.length} largest changes of ${withChange.length}.`
            : '',
          missing.length
            ? `No change can be computed for ${missing.length} item(s) missing a figure in one of the years: ${missing.slice(0, 6).join(', ')}${missing.length > 6 ? ', …' : ''}.`
            : '',
        ]
          .filter(Boolean)
          .join(' ') || undefined
      }
      summary={
        first
          ? `Diverging bar chart. The largest change from ${compareYear} to ${year} is ${first.label}: ${formatMusd(first.change, { signed: true })} (${formatPercent(first.percent)}).`
          : 'No changes can be computed.'
      }
      columns={[
        { key: 'sector', header: 'Sector', rowHeader: true, value: (r) => r.label },
        {
          key: 'before',
          header: `${compareLabel} ($ ${unit})`,
          csvHeader: `${compareLabel} ($ m)`,
          numeric: true,
          value: (r) => r.before,
          format: (r) => formatIn(unit, r.before),
        },
        {
          key: 'after',
          header: `${yearLabel} ($ ${unit})`,
          csvHeader: `${yearLabel} ($ m)`,
          numeric: true,
          value: (r) => r.after,
          format: (r) => formatIn(unit, r.after),
        },
        {
          key: 'change',
          header: `Change ($ ${unit})`,
          csvHeader: 'Change ($ m)',
          numeric: true,
          value: (r) => r.change,
          format: (r) => (r.change === null ? '—' : `${r.change > 0 ? '+' : ''}${formatIn(unit, r.change)}`),
        },
        {
          key: 'percent',
          header: 'Change (%)',
          numeric: true,
          value: (r) => (r.percent === null ? null : Number(r.percent.toFixed(2))),
          format: (r) => formatPercent(r.percent),
        },
        { key: 'notes', header: 'Notes', value: (r) => r.notes.join(' ') },
      ]}
      rows={rows}
      rowKey={(r) => r.sectorId}
      height={Math.max(200, data.length * 32 + 60)}
    >
      {data.length === 0 ? (
        <p className="empty-state">
          No sector has figures in both {compareYear} and {year}.
        </p>
      ) : (
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
                {...valueXAxis(
                  data.map((d) => d.change),
                  { divisor: unit === 'bn' ? 1000 : 1 },
                )}
                label={{ value: `$ ${unit}`, position: 'insideBottomRight', offset: -2, fontSize: 12, fill: '#444444' }}
              />
              <YAxis
                type="category"
                dataKey="label"
                width={narrow ? 132 : 240}
                tick={<WrappedTick chars={labelChars} fontSize={narrow ? 11 : 12} />}
                interval={0}
              />
              <ReferenceLine x={0} stroke="#8a939e" />
              <Tooltip
                cursor={{ fill: '#0b395414' }}
                content={({ active, payload }) => {
                  const row = payload?.[0]?.payload as (typeof data)[number] | undefined;
                  if (!active || !row) return null;
                  return (
                    <div className="chart-tooltip">
                      <p className="chart-tooltip__label">{row.label}</p>
                      <p>
                        {compareLabel}: {formatMusd(row.before)} → {yearLabel}: {formatMusd(row.after)}
                      </p>
                      <p>
                        Change: <strong>{formatMusd(row.change, { signed: true })}</strong> (
                        {formatPercent(row.percent)})
                      </p>
                      {row.notes.length > 0 && <p className="chart-tooltip__hint">{row.notes.join(' ')}</p>}
                    </div>
                  );
                }}
              />
              <Bar dataKey="change" name="Change" isAnimationActive={false} maxBarSize={18}>
                {data.map((d) => (
                  <Cell key={d.sectorId} fill={flowColor} fillOpacity={(d.change ?? 0) >= 0 ? 1 : FALL_OPACITY} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </ListChartFrame>
      )}
    </ChartCard>
  );
}
