import { TICK, VERTICAL_GRID } from '../../components/chart-axes.ts';
import { useRef } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Source } from '../../api/schemas.ts';
import { ActiveLabelTracker } from '../../components/active-label-tracker.tsx';
import { ChartCard } from '../../components/chart-card.tsx';
import { exportIgnore } from '../../lib/export-ignore.ts';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { chooseUnit, describeBalance, formatAxisIn, formatIn, formatMusd, formatPercent } from '../../lib/format.ts';
import { NARROW_SCREEN, useMediaQuery } from '../../lib/use-media-query.ts';
import { ListChartFrame, WrappedTick } from './list-chart.tsx';
import { balanceExtremes, sentence, type HsRanking, type HsRankRow } from './hs-math.ts';

const PER_SIDE = 8;

/** Round ticks through zero (steps of 1, 2 or 5 × 10^k), with room beyond the longest bars for their labels. */
function niceAxis(values: number[]): { ticks: number[] } {
  const lo = Math.min(0, ...values) * 1.15;
  const hi = Math.max(0, ...values) * 1.15;
  const raw = (hi - lo) / 6 || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let t = Math.floor(lo / step) * step; t <= Math.ceil(hi / step) * step + step / 2; t += step)
    ticks.push(Math.round(t));
  return { ticks };
}
const COLOR = SERIES_COLORS.balance;

interface Props {
  ranking: HsRanking;
  title: string;
  subtitle: string;
  /** "Chapter" or "Section": the table's item column. */
  itemWord: string;
  yearLabel: string;
  balanceLabel: string;
  fileParts: ReadonlyArray<string | number | undefined>;
  sources: Source[];
  onOpen?: (itemId: string, via: 'pointer' | 'keyboard') => void;
  openLabel?: string;
  note?: string;
  /** Exports and imports of every chapter of the year: the total balance, shares are of it. */
  allChapters?: { exports: number; imports: number; balance: number };
}

/**
 * The balance of one year per item as diverging bars: the largest deficits to the left, the largest surpluses
 * to the right; the table and the CSV list every item, largest deficit first.
 */
export function HsBalanceCard({
  ranking,
  title,
  subtitle,
  itemWord,
  yearLabel,
  balanceLabel,
  fileParts,
  sources,
  onOpen,
  openLabel,
  note,
  allChapters,
}: Props) {
  const narrow = useMediaQuery(NARROW_SCREEN);
  const labelChars = narrow ? 17 : 34;
  const data = balanceExtremes(ranking.rows, PER_SIDE);
  const unit = chooseUnit(ranking.rows.map((r) => r.value));
  const activeLabel = useRef<string | null>(null);
  const deficits = ranking.rows.filter((r) => (r.value ?? 0) < 0).length;
  const surpluses = ranking.rows.filter((r) => (r.value ?? 0) > 0).length;
  const top = ranking.rows[0];
  const both = ranking.rows.filter((r) => r.value !== null);
  const bothSum = both.reduce((acc, r) => acc + (r.value ?? 0), 0);
  const totalText = allChapters
    ? `Total balance ${yearLabel}, all chapters: US exports ${formatMusd(allChapters.exports)} − US imports ${formatMusd(allChapters.imports)} = ${describeBalance(allChapters.balance)}; shares are of it. The ${both.length} chapters with both flows add up to ${describeBalance(bothSum)}; the rest is chapters reported in one flow only.`
    : ranking.total === null
      ? `The ${both.length} ${itemWord.toLowerCase()}s with a balance add up to ${describeBalance(bothSum)}; no total of all ${itemWord.toLowerCase()}s (some have no balance).`
      : `Total balance of the ${both.length} ${itemWord.toLowerCase()}s: ${describeBalance(ranking.total)}.`;
  const missingText = ranking.missing.length
    ? `No balance for ${ranking.missing.length} ${itemWord.toLowerCase()}(s) with only one flow reported: ${ranking.missing
        .slice(0, 5)
        .map((r) => r.label)
        .join(', ')}${ranking.missing.length > 5 ? ', …' : ''}.`
    : '';
  const hasFlows = ranking.rows.some((r) => r.exports !== undefined);
  const axis = niceAxis(data.map((d) => d.value ?? 0));
  return (
    <ChartCard<HsRankRow>
      name="hs-balance-ranking"
      title={title}
      subtitle={`${subtitle}, $ ${unit}`}
      fileParts={fileParts}
      legend={[
        { label: 'Deficit (−), bars to the left', color: COLOR, shape: 'rect' },
        { label: 'Surplus (+), bars to the right', color: `${COLOR}99`, shape: 'rect' },
      ]}
      sources={sources}
      note={[
        sentence(`Balance = ${balanceLabel}`),
        totalText,
        `Chart shows the ${Math.min(PER_SIDE, deficits)} largest deficits and ${Math.min(PER_SIDE, surpluses)} largest surpluses of ${deficits + surpluses}; the table and CSV hold all.`,
        missingText,
        note ?? '',
      ]
        .filter(Boolean)
        .join(' ')}
      summary={
        top
          ? `Diverging bar chart of the balance per ${itemWord.toLowerCase()} in ${yearLabel}. The largest deficit is ${top.label}: ${formatMusd(top.value)}.`
          : 'No balances.'
      }
      columns={[
        { key: 'rank', header: 'Rank', value: (r) => ranking.rows.indexOf(r) + 1 },
        {
          key: 'item',
          header: itemWord,
          rowHeader: true,
          value: (r) => r.label,
          render: onOpen
            ? (r) => (
                <button
                  type="button"
                  className="link-button"
                  onClick={(e) => onOpen(r.itemId, e.detail === 0 ? 'keyboard' : 'pointer')}
                  aria-label={`${r.label}: show details`}
                >
                  {r.label}
                </button>
              )
            : undefined,
        },
        ...(hasFlows
          ? [
              {
                key: 'exports',
                header: `US exports ($ ${unit})`,
                csvHeader: 'US exports ($ m)',
                numeric: true,
                color: SERIES_COLORS.exports,
                value: (r: HsRankRow) => r.exports ?? null,
                format: (r: HsRankRow) => formatIn(unit, r.exports),
              },
              {
                key: 'imports',
                header: `US imports ($ ${unit})`,
                csvHeader: 'US imports ($ m)',
                numeric: true,
                color: SERIES_COLORS.imports,
                value: (r: HsRankRow) => r.imports ?? null,
                format: (r: HsRankRow) => formatIn(unit, r.imports),
              },
            ]
          : []),
        {
          key: 'balance',
          header: `Balance ($ ${unit})`,
          csvHeader: 'Balance ($ m)',
          numeric: true,
          color: COLOR,
          value: (r) => r.value,
          format: (r) => formatIn(unit, r.value),
        },
        {
          key: 'share',
          header: 'Share of total balance (%)',
          numeric: true,
          value: (r) => (r.share === null ? null : Number(r.share.toFixed(2))),
          format: (r) => formatPercent(r.share, { signed: false }),
        },
        { key: 'period', header: 'Period', value: (r) => (r.partial ? `${r.year} (${r.period})` : String(r.year)) },
        {
          key: 'note',
          header: 'Note',
          value: (r) => r.note ?? (r.value === null ? 'No balance: one flow not reported.' : ''),
        },
      ]}
      rows={ranking.rows}
      rowKey={(r) => r.itemId}
      height={Math.max(240, data.length * 30 + 60)}
    >
      {data.length === 0 ? (
        <p className="empty-state">
          No {itemWord.toLowerCase()} has both flows reported in {yearLabel}, so no balance can be computed.
        </p>
      ) : (
        <ListChartFrame
          hint={`Keyboard: focus the chart, then ↑ and ↓ move through the bars${onOpen ? ` and Enter opens a ${itemWord.toLowerCase()}'s details` : ''}.`}
          onKeyDown={(key) => {
            const row = data.find((d) => d.label === activeLabel.current);
            if (key === 'Enter' && row && onOpen) onOpen(row.itemId, 'keyboard');
          }}
        >
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 400 }}>
            <BarChart
              data={data}
              layout="vertical"
              margin={{ top: 4, right: narrow ? 44 : 64, bottom: 4, left: narrow ? 44 : 64 }}
              accessibilityLayer
              onClick={(state) => {
                const index = state?.activeTooltipIndex;
                const row =
                  state?.isTooltipActive && index !== null && index !== undefined ? data[Number(index)] : undefined;
                if (row && onOpen) onOpen(row.itemId, 'pointer');
              }}
            >
              <ActiveLabelTracker labelRef={activeLabel} />
              <CartesianGrid {...VERTICAL_GRID} />
              <XAxis
                type="number"
                domain={[axis.ticks[0] ?? 0, axis.ticks.at(-1) ?? 0]}
                ticks={axis.ticks}
                tickFormatter={formatAxisIn(unit)}
                tick={TICK}
                label={{ value: `$ ${unit}`, position: 'insideBottomRight', offset: -2, fontSize: 12, fill: '#444444' }}
              />
              <YAxis
                type="category"
                dataKey="label"
                width={narrow ? 118 : 240}
                tick={<WrappedTick chars={labelChars} fontSize={narrow ? 11 : 12} />}
                interval={0}
              />
              <ReferenceLine x={0} stroke="#444444" />
              <Tooltip
                cursor={{ fill: '#0b395414' }}
                content={({ active, payload }) => {
                  const row = payload?.[0]?.payload as HsRankRow | undefined;
                  if (!active || !row) return null;
                  return (
                    <div className="chart-tooltip">
                      <p className="chart-tooltip__label">
                        {row.label}, {yearLabel}
                      </p>
                      {row.exports != null && <p>US exports {formatMusd(row.exports)}</p>}
                      {row.imports != null && <p>US imports {formatMusd(row.imports)}</p>}
                      <p>
                        Balance: <strong>{describeBalance(row.value)}</strong>
                        {row.share !== null && ` · ${formatPercent(row.share, { signed: false })} of the total balance`}
                      </p>
                      {onOpen && <p className="chart-tooltip__hint">Click or press Enter for details</p>}
                    </div>
                  );
                }}
              />
              <Bar dataKey="value" name="Balance" isAnimationActive={false} maxBarSize={18}>
                {data.map((d) => (
                  <Cell key={d.itemId} fill={COLOR} fillOpacity={(d.value ?? 0) < 0 ? 1 : 0.6} />
                ))}
                <LabelList
                  dataKey="value"
                  content={(props) => {
                    const { x, y, width, height, index } = props as {
                      x?: number | string;
                      y?: number | string;
                      width?: number | string;
                      height?: number | string;
                      index?: number;
                    };
                    const row = index === undefined ? undefined : data[index];
                    if (!row || row.value === null) return null;
                    const left = Math.min(Number(x), Number(x) + Number(width));
                    const right = Math.max(Number(x), Number(x) + Number(width));
                    const negative = row.value < 0;
                    // A long bar on a phone carries its label inside: outside it would run into the chapter names.
                    const inside = narrow && right - left > 44;
                    return (
                      <text
                        x={inside ? (negative ? left + 4 : right - 4) : negative ? left - 4 : right + 4}
                        y={Number(y) + Number(height) / 2}
                        textAnchor={inside === negative ? 'start' : 'end'}
                        dominantBaseline="central"
                        fontSize={11}
                        fill={inside && negative ? '#ffffff' : '#333333'}
                      >
                        {`${negative ? '' : '+'}${formatIn(unit, row.value)}`}
                      </text>
                    );
                  }}
                />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </ListChartFrame>
      )}
      {openLabel && (
        <p className="chart-hint chart-hint--open" role="status" {...exportIgnore}>
          ↓ Details of {openLabel} are open below this chart.
        </p>
      )}
    </ChartCard>
  );
}
