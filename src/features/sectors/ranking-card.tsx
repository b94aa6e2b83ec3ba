import { useId, useRef } from 'react';
import { valueXAxis, VERTICAL_GRID } from '../../components/chart-axes.ts';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Source } from '../../api/schemas.ts';
import { NARROW_SCREEN, useMediaQuery } from '../../lib/use-media-query.ts';
import { ActiveLabelTracker } from '../../components/active-label-tracker.tsx';
import { ChartCard } from '../../components/chart-card.tsx';
import { exportIgnore } from '../../lib/export-ignore.ts';
import { SegmentedFilter } from '../../components/filter-bar.tsx';
import { chooseUnit, formatIn, formatMusd, formatPercent } from '../../lib/format.ts';
import { ListChartFrame, WrappedTick } from './list-chart.tsx';
import { isLowerBound, type Ranking, type RankedRow } from './sector-math.ts';

const MAX_BARS = 15;

interface Props {
  ranking: Ranking;
  title: string;
  subtitle: string;
  fileParts: ReadonlyArray<string | number | undefined>;
  flowColor: string;
  flowWord: string;
  view: 'value' | 'share';
  onViewChange: (view: 'value' | 'share') => void;
  selected: readonly string[];
  /** Opens a sector's detail; `pointer` when a click (not a key) asked for it. */
  onOpen: (sectorId: string, via: 'pointer' | 'keyboard') => void;
  /** The sector whose detail is open below the chart. */
  openLabel?: string;
  sources: Source[];
  note?: string;
  /** All items as bars rather than the largest 15 (kept in the URL). */
  showAll: boolean;
  onShowAllChange: (all: boolean) => void;
  /** The period of the figures, named in the tooltip and in a table column ("2025 (Jan–Aug)"). */
  periodLabel?: string;
  /** The table's item column ("Chapter"); default "Sector". */
  itemHeader?: string;
}

/** All items of the classification for one year, largest first; the total is stated, never a bar. */
export function RankingCard({
  ranking,
  title,
  subtitle,
  fileParts,
  flowColor,
  flowWord,
  view,
  onViewChange,
  selected,
  onOpen,
  openLabel,
  sources,
  note,
  showAll,
  onShowAllChange,
  periodLabel,
  itemHeader = 'Sector',
}: Props) {
  const narrow = useMediaQuery(NARROW_SCREEN);
  const labelChars = narrow ? 19 : 34;
  const hatchId = `rank-hatch${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const shareAvailable = ranking.total !== null && ranking.total.note === null;
  const byShare = view === 'share' && shareAvailable;
  const unit = chooseUnit(ranking.rows.map((r) => r.value));
  const bars = showAll ? ranking.rows : ranking.rows.slice(0, MAX_BARS);
  const activeLabel = useRef<string | null>(null);
  const data = bars.map((r) => ({ ...r, plotted: byShare ? r.share : r.value, bound: isLowerBound(r.note) }));
  const totalText = !ranking.total
    ? 'No total is reported for this selection, so shares cannot be computed.'
    : ranking.total.note
      ? `Total ${isLowerBound(ranking.total.note) ? '≥ ' : ''}${formatMusd(ranking.total.value)} as reported (${ranking.total.note.replace(/\.$/, '')}); no shares are computed from it.`
      : `Total ${formatMusd(ranking.total.value)}${
          ranking.total.kind === 'sum'
            ? ' (sum of all items)'
            : ranking.total.description?.startsWith('Sum of')
              ? ' (sum of all chapters in the source file)'
              : ' (as reported)'
        }.`;
  const top = ranking.rows[0];
  return (
    <ChartCard<RankedRow>
      name="sector-ranking"
      title={title}
      subtitle={`${subtitle}, ${byShare ? '% of total' : `$ ${unit}`}`}
      fileParts={[...fileParts, byShare ? 'share' : undefined]}
      legend={[
        { label: `US ${flowWord}${byShare ? ', share of total' : ''}`, color: flowColor, shape: 'rect' },
        ...(data.some((d) => d.bound)
          ? [{ label: 'Hatched, ≥: lower bound ("more than")', color: '#8a939e', shape: 'rect' as const }]
          : []),
      ]}
      sources={sources}
      note={[
        totalText,
        note,
        ranking.rows.length > bars.length
          ? `Chart shows the ${bars.length} largest of ${ranking.rows.length}; the table and CSV hold all.`
          : undefined,
      ]
        .filter(Boolean)
        .join(' ')}
      summary={
        top
          ? `Ranked bar chart of ${ranking.rows.length} items. The largest is ${top.label} with ${formatMusd(top.value)}${top.share !== null ? ` (${formatPercent(top.share, { signed: false })} of the total)` : ''}.`
          : 'No items.'
      }
      columns={[
        { key: 'rank', header: 'Rank', value: (r) => ranking.rows.indexOf(r) + 1 },
        {
          key: 'sector',
          header: itemHeader,
          rowHeader: true,
          value: (r) => r.label,
          render: (r) => (
            <button
              type="button"
              className="link-button"
              onClick={(e) => onOpen(r.sectorId, e.detail === 0 ? 'keyboard' : 'pointer')}
              aria-label={`${r.label}: show details`}
            >
              {r.label}
            </button>
          ),
        },
        {
          key: 'value',
          header: `Value ($ ${unit})`,
          csvHeader: 'Value ($ m)',
          numeric: true,
          color: flowColor,
          value: (r) => r.value,
          format: (r) => `${isLowerBound(r.note) ? '≥ ' : ''}${formatIn(unit, r.value)}`,
        },
        {
          key: 'share',
          header: 'Share of total (%)',
          numeric: true,
          value: (r) => (r.share === null ? null : Number(r.share.toFixed(2))),
          format: (r) => (r.share === null ? '—' : formatPercent(r.share, { signed: false })),
        },
        ...(periodLabel ? [{ key: 'period', header: 'Period', value: () => periodLabel }] : []),
        { key: 'note', header: 'Note', value: (r) => r.note ?? '' },
      ]}
      rows={ranking.rows}
      rowKey={(r) => r.sectorId}
      height={Math.max(220, data.length * 32 + 60)}
      actions={
        <>
          <SegmentedFilter
            label="View"
            value={byShare ? 'share' : 'value'}
            options={[
              { value: 'value', label: 'Value' },
              {
                value: 'share',
                label: 'Share of total',
                disabled: !shareAvailable,
                reason: ranking.total
                  ? 'the total carries a note, so no shares are computed from it'
                  : 'no total is reported for this selection',
              },
            ]}
            onChange={(v) => onViewChange(v === 'share' ? 'share' : 'value')}
          />
          {ranking.rows.length > MAX_BARS && (
            <button
              type="button"
              className="button button--ghost button--small"
              aria-pressed={showAll}
              onClick={() => onShowAllChange(!showAll)}
            >
              {showAll ? `Show top ${MAX_BARS}` : `Show all ${ranking.rows.length}`}
            </button>
          )}
        </>
      }
    >
      {data.length === 0 ? (
        <p className="empty-state">No figures for this selection.</p>
      ) : (
        <ListChartFrame
          hint="Keyboard: focus the chart, then ↑ and ↓ move through the bars and Enter opens a sector's details."
          onKeyDown={(key) => {
            const row = data.find((d) => d.label === activeLabel.current);
            if (key === 'Enter' && row) onOpen(row.sectorId, 'keyboard');
          }}
        >
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 400 }}>
            <BarChart
              data={data}
              layout="vertical"
              margin={{ top: 4, right: 56, bottom: 4, left: 8 }}
              accessibilityLayer
              onClick={(state) => {
                const index = state?.activeTooltipIndex;
                const row =
                  state?.isTooltipActive && index !== null && index !== undefined ? data[Number(index)] : undefined;
                if (row) onOpen(row.sectorId, 'pointer');
              }}
            >
              <defs>
                <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <rect width="6" height="6" fill="#ffffff" />
                  <line x1="0" y1="0" x2="0" y2="6" stroke={flowColor} strokeWidth="3" />
                </pattern>
              </defs>
              <ActiveLabelTracker labelRef={activeLabel} />
              <CartesianGrid {...VERTICAL_GRID} />
              <XAxis
                {...valueXAxis(
                  data.map((d) => d.plotted),
                  { divisor: byShare || unit === 'm' ? 1 : 1000 },
                )}
                label={{
                  value: byShare ? '% of total' : `$ ${unit}`,
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
                tick={<WrappedTick chars={labelChars} fontSize={narrow ? 11 : 12} />}
                interval={0}
              />
              <Tooltip
                cursor={{ fill: '#0b395414' }}
                content={({ active: on, payload }) => {
                  const row = payload?.[0]?.payload as (typeof data)[number] | undefined;
                  if (!on || !row) return null;
                  return (
                    <div className="chart-tooltip">
                      <p className="chart-tooltip__label">
                        {row.label}
                        {periodLabel ? `, ${periodLabel}` : ''}
                      </p>
                      <p>
                        {formatMusd(row.value)}
                        {row.share !== null && ` · ${formatPercent(row.share, { signed: false })} of total`}
                      </p>
                      {row.note && <p className="chart-tooltip__hint">{row.note}</p>}
                      <p className="chart-tooltip__hint">Click or press Enter for details</p>
                    </div>
                  );
                }}
              />
              <Bar
                dataKey="plotted"
                name={byShare ? 'Share of total' : 'Value'}
                isAnimationActive={false}
                maxBarSize={20}
              >
                {data.map((d) => (
                  <Cell
                    key={d.sectorId}
                    fill={d.bound ? `url(#${hatchId})` : flowColor}
                    stroke={d.bound ? flowColor : undefined}
                    fillOpacity={selected.length === 0 || selected.includes(d.sectorId) ? 1 : 0.55}
                  />
                ))}
                <LabelList
                  dataKey="plotted"
                  position="right"
                  fontSize={11}
                  fill="#333333"
                  content={(props) => {
                    const { x, y, width, height, index } = props as {
                      x?: number | string;
                      y?: number | string;
                      width?: number | string;
                      height?: number | string;
                      index?: number;
                    };
                    const row = index === undefined ? undefined : data[index];
                    if (!row || row.plotted === null) return null;
                    const text = `${row.bound ? '≥ ' : ''}${byShare ? `${row.plotted.toFixed(1)}%` : formatIn(unit, row.plotted)}`;
                    return (
                      <text
                        x={Number(x) + Math.max(0, Number(width)) + 4}
                        y={Number(y) + Number(height) / 2}
                        dominantBaseline="central"
                        fontSize={11}
                        fill="#333333"
                      >
                        {text}
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
