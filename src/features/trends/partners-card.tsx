import { useQueries, useQuery } from '@tanstack/react-query';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { partnerAnnualQuery, partnersQuery } from '../../api/queries.ts';
import type { Meta, Partner, Vintage } from '../../api/schemas.ts';
import { ChartCard, type ChartColumn } from '../../components/chart-card.tsx';
import { bnYAxis, GRID, unitYAxis, YEAR_X_AXIS, ZERO_LINE } from '../../components/chart-axes.ts';
import { MultiSelectFilter, SegmentedFilter } from '../../components/filter-bar.tsx';
import { ErrorNotice } from '../../components/query-status.tsx';
import { Placeholder } from '../../components/deferred.tsx';
import { PARTNERS_CARD_SIZE } from './partners-card-size.ts';
import { pickSources } from '../../components/source-line.tsx';
import { formatBalance, formatBn } from '../../lib/format.ts';
import { PARTNER_IDS, type PartnerMode } from './partner-ids.ts';
import { coverageNote, partnerComparison, partnerIndex, type PartnerSeries } from './monthly-math.ts';

const KOREA = 'south-korea';
const CURRENT_VINTAGE = 'fred-2026-06-10';

/** A segment drawn paler: figures from a download that later revisions superseded. */
const isOlder = (l: { vintages: readonly string[] }) =>
  l.vintages.some((v) => v !== CURRENT_VINTAGE && v !== 'fred-early-2026' && v !== 'fred-2026-02-28');

// One colour and one dash per partner, apart from the colours of meaning (exports, imports, balance).
const PARTNER_STYLE: Record<string, { color: string; dash?: string }> = {
  'south-korea': { color: '#000000' },
  japan: { color: '#882255', dash: '7 3' },
  china: { color: '#AD494A', dash: '2 3' },
  mexico: { color: '#3B6E3B', dash: '10 3 2 3' },
  canada: { color: '#999933', dash: '4 4' },
  germany: { color: '#2F4F4F', dash: '12 4' },
  'united-kingdom': { color: '#8C6D31', dash: '1 2' },
  vietnam: { color: '#DB7093', dash: '6 2 1 2' },
  india: { color: '#CE6DBD', dash: '3 6' },
};
const styleOf = (id: string) => PARTNER_STYLE[id] ?? { color: '#333333' };

interface TableRow {
  partner: string;
  year: number;
  balance: number | null;
  index: number | null;
  vintages: string;
}

interface Props {
  meta: Meta | undefined;
  chosen: readonly string[];
  mode: PartnerMode;
  onChosenChange: (ids: string[]) => void;
  onModeChange: (mode: PartnerMode) => void;
}

/** The US goods balance with South Korea and chosen partners per calendar year: values, or an index. */
export function PartnersCard({ meta, chosen, mode, onChosenChange, onModeChange }: Props) {
  const partners = useQuery(partnersQuery());
  const ids = [KOREA, ...chosen.filter((id) => id !== KOREA)];
  const annual = useQueries({ queries: ids.map((id) => partnerAnnualQuery(id)) });
  const failed = [partners, ...annual].find((q) => q.isError);
  if (failed?.error) {
    return (
      <section className="card">
        <h2>Korea among US trading partners</h2>
        <ErrorNotice
          error={failed.error}
          label="the partner figures"
          onRetry={() => void Promise.all([partners.refetch(), ...annual.map((q) => q.refetch())])}
        />
      </section>
    );
  }
  // A partner added later joins when its figures arrive; the card does not blank out meanwhile.
  if (!partners.data || !annual[0]?.data) return <Placeholder {...PARTNERS_CARD_SIZE} />;
  const byId = new Map<string, Partner>(partners.data.partners.map((p) => [p.id, p]));
  const series: PartnerSeries[] = ids.flatMap((id, i) => {
    const rows = annual[i]?.data?.rows;
    const partner = byId.get(id);
    return rows && partner ? [{ id, name: partner.name, rows }] : [];
  });
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  // The chart starts at the first full year of a chosen partner, so Korea's longer history does not squeeze theirs.
  const others = series
    .filter((x) => x.id !== KOREA)
    .flatMap((x) => x.rows.filter((r) => r.balance !== null).map((r) => r.year));
  const startYear = others.length ? Math.min(...others) : undefined;
  const koreaFirst = series.find((x) => x.id === KOREA)?.rows.find((r) => r.balance !== null)?.year;
  const shown =
    startYear === undefined ? series : series.map((x) => ({ ...x, rows: x.rows.filter((r) => r.year >= startYear) }));
  const { points, lines, base } = partnerComparison(shown, mode);
  const vintages: Vintage[] = partners.data.vintages;
  const tableRows: TableRow[] = shown.flatMap((s) =>
    s.rows
      .filter((r) => r.balance !== null)
      .map((r) => {
        const index = partnerIndex(r, base === null ? undefined : s.rows.find((x) => x.year === base));
        return { partner: s.name, year: r.year, balance: r.balance, index, vintages: r.vintages.join(', ') };
      }),
  );
  const coverage = series.map((s) => ({ s, ...coverageNote(s, vintages, CURRENT_VINTAGE) }));
  const olderNotes = [...new Set(coverage.flatMap((c) => c.notes))];
  const sourceIds = [...new Set(ids.flatMap((id) => byId.get(id)?.sourceIds ?? []))];
  const index = mode === 'index';
  const years = points.map((p) => p.year);
  const from = years[0];
  const to = years.at(-1);
  const noteParts = [
    'A year is shown only where all 12 of its months exist for that partner (the sum of the 12 months); other years are gaps.',
    index
      ? base === null
        ? 'No year has full figures for every partner chosen, so no index can be drawn.'
        : `Index: each partner's balance in ${base} = 100 (the first year all partners chosen have); 200 = a balance twice that size. No index where the balance changes sign, nor for years from another download than the base year's (one download is never divided by another).`
      : null,
    'A change of download vintage starts a new line segment: vintages are never joined.',
    startYear !== undefined && koreaFirst !== undefined && koreaFirst < startYear
      ? `South Korea is shown from ${startYear}, the first full year of a partner chosen (its figures go back to ${koreaFirst}).`
      : null,
    ...olderNotes.map((n) => `Earlier download — ${n}`),
  ].filter(Boolean);
  const columns: ChartColumn<TableRow>[] = [
    { key: 'partner', header: 'Partner', rowHeader: true, value: (r) => r.partner },
    { key: 'year', header: 'Year', value: (r) => r.year },
    {
      key: 'balance',
      header: 'US goods balance ($ bn)',
      csvHeader: 'US goods balance ($ m)',
      numeric: true,
      value: (r) => r.balance,
      format: (r) => formatBn(r.balance),
    },
    {
      key: 'index',
      header: `Index (${base ?? '—'} = 100)`,
      numeric: true,
      value: (r) => (r.index === null ? null : Math.round(r.index * 10) / 10),
      format: (r) => (r.index === null ? '' : r.index.toFixed(1)),
    },
    { key: 'vintage', header: 'Vintage', value: (r) => r.vintages },
  ];
  const options = PARTNER_IDS.filter((id) => byId.has(id)).map((id) => ({ value: id, label: nameOf(id) }));
  // Round ticks on the figures shown, in $ bn or as the index (the same scale as every other chart).
  const plotted = points.flatMap((p) => lines.map((l) => p[l.key]));
  const yAxis = index ? unitYAxis(`index, ${base ?? ''} = 100`, plotted) : bnYAxis(plotted, { includeZero: true });
  const anyOlder = lines.some(isOlder);
  return (
    <ChartCard<TableRow>
      name={`partners-balance-${mode}`}
      title="Korea among US trading partners"
      subtitle={`US goods balance with South Korea, ${chosen.map(nameOf).join(', ')}, per calendar year${from !== undefined ? `, ${from}–${to}` : ''}, ${index ? `index, ${base ?? '—'} = 100` : '$ bn; negative = US deficit'}`}
      fileParts={[ids.join('-')]}
      legend={[
        ...series.map((s) => ({
          label: s.name,
          color: styleOf(s.id).color,
          shape: s.id === KOREA ? ('line' as const) : ('dashed' as const),
        })),
        // The paler segments are a download superseded by later revisions (never joined to the current one).
        ...(anyOlder
          ? [{ label: 'Paler: an older download (vintage)', color: '#b5bcc4', shape: 'line' as const }]
          : []),
      ]}
      sources={meta ? pickSources(meta.sources, sourceIds) : []}
      note={noteParts.join(' ')}
      summary={`Line chart of the US goods balance per year with ${series.map((s) => s.name).join(', ')}${index ? ` as an index, ${base ?? ''} = 100` : ''}.`}
      columns={columns}
      rows={tableRows}
      rowKey={(r) => `${r.partner}-${r.year}`}
      height={400}
      actions={
        <>
          <MultiSelectFilter
            label="Partners"
            selected={[...chosen]}
            options={options}
            emptyLabel="Japan, China, Mexico"
            onChange={onChosenChange}
            swatch={(id) => styleOf(id).color}
          />
          <SegmentedFilter
            label="Show"
            value={mode}
            options={[
              { value: 'values', label: '$ bn' },
              {
                value: 'index',
                label: 'Index',
                disabled: base === null,
                reason: 'no year common to every partner chosen',
              },
            ]}
            onChange={(v) => onModeChange(v === 'index' ? 'index' : 'values')}
          />
        </>
      }
    >
      <div className="chart-frame">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 300 }}>
          <LineChart data={points} margin={{ top: 12, right: 16, bottom: 4, left: 8 }} accessibilityLayer>
            <CartesianGrid {...GRID} />
            <XAxis {...YEAR_X_AXIS} />
            <YAxis {...yAxis} />
            {index ? <ReferenceLine y={100} stroke="#8a939e" /> : <ReferenceLine {...ZERO_LINE} />}
            <Tooltip
              content={({ active, payload, label }) =>
                active && payload?.length ? (
                  <div className="chart-tooltip">
                    <p className="chart-tooltip__label">{String(label)}</p>
                    <ul>
                      {payload
                        .filter((item) => typeof item.value === 'number')
                        .map((item) => (
                          <li key={String(item.dataKey)}>
                            <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
                            {String(item.name)}:{' '}
                            <strong>{index ? Number(item.value).toFixed(1) : formatBalance(Number(item.value))}</strong>
                          </li>
                        ))}
                    </ul>
                  </div>
                ) : null
              }
            />
            {lines.map((l) => {
              const style = styleOf(l.partnerId);
              const older = isOlder(l);
              return (
                <Line
                  key={l.key}
                  dataKey={l.key}
                  name={`${nameOf(l.partnerId)}${older ? ' (older vintage)' : ''}`}
                  stroke={style.color}
                  strokeWidth={l.partnerId === KOREA ? 2.75 : 1.75}
                  strokeDasharray={style.dash}
                  strokeOpacity={older ? 0.6 : 1}
                  dot={{ r: 2 }}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              );
            })}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ul className="coverage-list" aria-label="Coverage per partner">
        {coverage.map(({ s, fullYears }) => {
          const p = byId.get(s.id);
          return (
            <li key={s.id} className="coverage-list__item">
              <span className="swatch" style={{ background: styleOf(s.id).color }} aria-hidden="true" />
              <strong>{s.name}</strong>: full years {fullYears}
              {p && (
                <span className="coverage-list__months">
                  {' '}
                  · months: exports {p.coverage.exports.map(([a, b]) => `${a}…${b}`).join(', ') || 'none'}; imports{' '}
                  {p.coverage.imports.map(([a, b]) => `${a}…${b}`).join(', ') || 'none'}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </ChartCard>
  );
}
