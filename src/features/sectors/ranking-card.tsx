import { useCallback, useState } from 'react';
import { valueXAxis } from '../../components/chart-axes.ts';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Source } from '../../api/schemas.ts';
import { NARROW_SCREEN, useMediaQuery } from '../../lib/use-media-query.ts';
import { ActiveLabelTracker } from '../../components/active-label-tracker.tsx';
import { ChartCard } from '../../components/chart-card.tsx';
import { SegmentedFilter } from '../../components/filter-bar.tsx';
import { chooseUnit, formatIn, formatMusd, formatPercent, truncateText } from '../../lib/format.ts';
import type { Ranking, RankedRow } from './sector-math.ts';

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
  onOpen: (sectorId: string) => void;
  sources: Source[];
  note?: string;
}

/** All items of the classification for one year, largest first; the total is stated, never a bar. */
export function RankingCard({ ranking, title, subtitle, fileParts, flowColor, flowWord, view, onViewChange, selected, onOpen, sources, note }: Props) {
  const narrow = useMediaQuery(NARROW_SCREEN);
  const labelChars = narrow ? 16 : 34;
  const [showAll, setShowAll] = useState(false);
  const shareAvailable = ranking.total !== null && ranking.total.note === null;
  const byShare = view === 'share' && shareAvailable;
  const unit = chooseUnit(ranking.rows.map((r) => r.value));
  const bars = showAll ? ranking.rows : ranking.rows.slice(0, MAX_BARS);
  const [activeLabel, setActiveLabel] = useState<string | null>(null);
  const onActiveLabel = useCallback((label: string | null) => setActiveLabel(label), []);
  const data = bars.map((r) => ({ ...r, plotted: byShare ? r.share : r.value, short: truncateText(r.label, labelChars) }));
  const totalText = !ranking.total
    ? 'No total is reported for this selection, so shares cannot be computed.'
    : ranking.total.note
      ? `Total ${formatMusd(ranking.total.value)} as reported (${ranking.total.note}); no shares are computed from it.`
      : `Total ${formatMusd(ranking.total.value)}${
          ranking.total.kind === 'sum'
            ? ' (sum of all items)'
            : ranking.total.description?.startsWith('Sum of')
              ? ' (sum of all chapters in the source file)'
              : ' (as reported)'
        }`;
  const top = ranking.rows[0];
  return (
    <ChartCard<RankedRow>
      name="sector-ranking"
      title={title}
      subtitle={`${subtitle}, ${byShare ? '% of total' : `$ ${unit}`}`}
      fileParts={[...fileParts, byShare ? 'share' : undefined]}
      legend={[{ label: `US ${flowWord}${byShare ? ', share of total' : ''}`, color: flowColor, shape: 'rect' }]}
      sources={sources}
      note={[totalText, note, ranking.rows.length > bars.length ? `Chart shows the ${bars.length} largest of ${ranking.rows.length}; the table and CSV hold all.` : undefined]
        .filter(Boolean)
        .join(' ')}
      summary={top ? `Ranked bar chart of ${ranking.rows.length} items. The largest is ${top.label} with ${formatMusd(top.value)}${top.share !== null ? ` (${formatPercent(top.share, { signed: false })} of the total)` : ''}.` : 'No items.'}
      columns={[
        { key: 'rank', header: 'Rank', value: (r) => ranking.rows.indexOf(r) + 1 },
        {
          key: 'sector',
          header: 'Sector',
          rowHeader: true,
          value: (r) => r.label,
          render: (r) => (
            <button type="button" className="link-button" onClick={() => onOpen(r.sectorId)} aria-label={`${r.label}: show details`}>
              {r.label}
            </button>
          ),
        },
        { key: 'value', header: `Value ($ ${unit})`, csvHeader: 'Value ($ m)', numeric: true, color: flowColor, value: (r) => r.value, format: (r) => formatIn(unit, r.value) },
        { key: 'share', header: 'Share of total (%)', numeric: true, value: (r) => (r.share === null ? null : Number(r.share.toFixed(2))), format: (r) => (r.share === null ? '—' : formatPercent(r.share, { signed: false })) },
        { key: 'note', header: 'Note', value: (r) => r.note ?? '' },
      ]}
      rows={ranking.rows}
      rowKey={(r) => r.sectorId}
      height={Math.max(220, data.length * 26 + 60)}
      actions={
        <>
          <SegmentedFilter
            label="View"
            value={byShare ? 'share' : 'value'}
            options={[
              { value: 'value', label: 'Value' },
              { value: 'share', label: 'Share of total', disabled: !shareAvailable },
            ]}
            onChange={(v) => onViewChange(v === 'share' ? 'share' : 'value')}
          />
          {ranking.rows.length > MAX_BARS && (
            <button type="button" className="button button--ghost button--small" onClick={() => setShowAll((s) => !s)}>
              {showAll ? `Show top ${MAX_BARS}` : `Show all ${ranking.rows.length}`}
            </button>
          )}
        </>
      }
    >
      {data.length === 0 ? (
        <p className="empty-state">No figures for this selection.</p>
      ) : (
        <div
          className="chart-frame"
          onKeyDown={(e) => {
            const row = data.find((d) => d.short === activeLabel);
            if (e.key === 'Enter' && row) onOpen(row.sectorId);
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
                const row = state?.isTooltipActive && index !== null && index !== undefined ? data[Number(index)] : undefined;
                if (row) onOpen(row.sectorId);
              }}
            >
              <ActiveLabelTracker onChange={onActiveLabel} />
              <CartesianGrid stroke="#e3e7ec" horizontal={false} />
              <XAxis
                {...valueXAxis(data.map((d) => d.plotted), { divisor: byShare || unit === 'm' ? 1 : 1000 })}
                label={{ value: byShare ? '% of total' : `$ ${unit}`, position: 'insideBottomRight', offset: -2, fontSize: 12, fill: '#444444' }}
              />
              <YAxis type="category" dataKey="short" width={narrow ? 112 : 230} tick={{ fontSize: 12, fill: '#333333' }} interval={0} />
              <Tooltip
                cursor={{ fill: '#0b395414' }}
                content={({ active: on, payload }) => {
                  const row = payload?.[0]?.payload as (typeof data)[number] | undefined;
                  if (!on || !row) return null;
                  return (
                    <div className="chart-tooltip">
                      <p className="chart-tooltip__label">{row.label}</p>
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
              <Bar dataKey="plotted" name={byShare ? 'Share of total' : 'Value'} isAnimationActive={false} maxBarSize={20}>
                {data.map((d) => (
                  <Cell key={d.sectorId} fill={flowColor} fillOpacity={selected.length === 0 || selected.includes(d.sectorId) ? 1 : 0.55} />
                ))}
                <LabelList
                  dataKey="plotted"
                  position="right"
                  fontSize={11}
                  fill="#333333"
                  formatter={(v: unknown) => (typeof v === 'number' ? (byShare ? `${v.toFixed(1)}%` : formatIn(unit, v)) : '')}
                />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </ChartCard>
  );
}
