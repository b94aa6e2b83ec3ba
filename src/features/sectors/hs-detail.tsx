import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { hsBalanceQuery, hsChapterValuesQuery, tariffCommitmentsQuery } from '../../api/queries.ts';
import type { HsBasis, HsChapter, HsChapterValue, Source } from '../../api/schemas.ts';
import { amountYAxis, GRID, TICK } from '../../components/chart-axes.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { ChartTooltip } from '../../components/chart-tooltip.tsx';
import { QueryStatus, Skeleton } from '../../components/query-status.tsx';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { chooseUnit, formatIn, formatMusd, formatPercent } from '../../lib/format.ts';
import { BASIS_SHORT, hsYears, periodLabel } from './hs-math.ts';

interface Props {
  chapter: HsChapter;
  sourcesOf: (ids: Iterable<string>) => Source[];
  balanceLabel: string;
  gap: { from: number; to: number } | undefined;
  onClose: () => void;
  reveal?: boolean;
  /** The Census basis, where it is served: its exports and general-imports bases and their balance. */
  census?: { exportsBasis: HsBasis; importsBasis: HsBasis; balance: string; label: string };
}

interface DetailRow {
  year: number;
  label: string;
  basis: string | null;
  exports: number | null;
  importsComtrade: number | null;
  importsUsitc: number | null;
  balance: number | null;
  exportShare: number | null;
  importShare: number | null;
  censusExports: number | null;
  censusImports: number | null;
  censusBalance: number | null;
}

/** The sum of every chapter per year and basis: the base of a chapter's share of the total. */
function totals(rows: HsChapterValue[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows)
    if (r.value !== null) out.set(`${r.year}|${r.basis}`, (out.get(`${r.year}|${r.basis}`) ?? 0) + r.value);
  return out;
}

/**
 * One HS chapter: US exports, US imports (each basis its own line) and the balance over 2007–2025, its share of
 * the totals, the duties of 2023–2025 and the KORUS tariff commitments that concern it.
 */
export function HsDetail({ chapter, sourcesOf, balanceLabel, gap, onClose, reveal = true, census }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const heading = headingRef.current;
    if (!heading) return;
    heading.focus({ preventScroll: true });
    if (reveal) heading.scrollIntoView?.({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chapter.id]);
  const exportsQ = useQuery(hsChapterValuesQuery({ flow: 'exports' }));
  const importsQ = useQuery(hsChapterValuesQuery({ flow: 'imports', measure: 'cif-value' }));
  const balanceQ = useQuery(hsBalanceQuery());
  const dutiesQ = useQuery(
    hsChapterValuesQuery({ flow: 'imports', basis: 'usitc-consumption', measure: 'duties', chapter: [chapter.id] }),
  );
  const tariffsQ = useQuery(tariffCommitmentsQuery({ chapter: chapter.id }));
  const censusExQ = useQuery({
    ...hsChapterValuesQuery({ flow: 'exports', basis: census?.exportsBasis, chapter: [chapter.id] }),
    enabled: census !== undefined,
  });
  const censusImQ = useQuery({
    ...hsChapterValuesQuery({ flow: 'imports', basis: census?.importsBasis, chapter: [chapter.id] }),
    enabled: census !== undefined,
  });
  const censusBalQ = useQuery({
    ...hsBalanceQuery({ basis: census?.balance, chapter: [chapter.id] }),
    enabled: census !== undefined,
  });
  const censusReady = census === undefined || (censusExQ.data && censusImQ.data && censusBalQ.data);

  const detail = useMemo(() => {
    if (!exportsQ.data || !importsQ.data || !balanceQ.data || !censusReady) return null;
    const byYear = <T extends { year: number }>(rows: readonly T[] | undefined) =>
      new Map((rows ?? []).map((r) => [r.year, r]));
    const cEx = byYear(censusExQ.data?.rows);
    const cIm = byYear(censusImQ.data?.rows);
    const cBal = byYear(censusBalQ.data?.rows);
    const censusLast = Math.max(0, ...[...cEx.keys(), ...cIm.keys()]);
    const ex = exportsQ.data.rows;
    const im = importsQ.data.rows;
    const exTotal = totals(ex);
    const imTotal = totals(im);
    const mineEx = new Map(ex.filter((r) => r.sectorId === chapter.id).map((r) => [r.year, r]));
    const mineIm = im.filter((r) => r.sectorId === chapter.id);
    const bal = new Map(balanceQ.data.rows.filter((r) => r.sectorId === chapter.id).map((r) => [r.year, r]));
    const last = Math.max(censusLast, ...[...ex, ...im].map((r) => r.year));
    const rows: DetailRow[] = hsYears(2007, last).map((year) => {
      const e = mineEx.get(year);
      const i = mineIm.find((r) => r.year === year);
      const p = e ?? i ?? cEx.get(year) ?? cIm.get(year);
      const share = (v: HsChapterValue | undefined, t: Map<string, number>) => {
        const total = v ? t.get(`${v.year}|${v.basis}`) : undefined;
        return v?.value != null && total ? (v.value / total) * 100 : null;
      };
      // A year whose Census period differs from the other bases' (e.g. Jan–Aug and Jan–Oct) names both.
      const c = cEx.get(year) ?? cIm.get(year);
      const label = p ? periodLabel(p) : String(year);
      return {
        year,
        label:
          c && p && p !== c && (c.period !== p.period || c.partial !== p.partial)
            ? `${year} (${p.period}; Census ${c.period})`
            : label,
        basis: i?.basis ?? e?.basis ?? null,
        exports: e?.value ?? null,
        importsComtrade: i?.basis === 'comtrade-general-cif' ? i.value : null,
        importsUsitc: i?.basis === 'usitc-consumption' ? i.value : null,
        balance: bal.get(year)?.balance ?? null,
        exportShare: share(e, exTotal),
        importShare: share(i, imTotal),
        censusExports: cEx.get(year)?.value ?? null,
        censusImports: cIm.get(year)?.value ?? null,
        censusBalance: cBal.get(year)?.balance ?? null,
      };
    });
    const sourceIds = [...mineEx.values(), ...mineIm, ...cEx.values(), ...cIm.values()].map((r) => r.sourceId);
    return { rows, sourceIds };
  }, [
    exportsQ.data,
    importsQ.data,
    balanceQ.data,
    censusReady,
    censusExQ.data,
    censusImQ.data,
    censusBalQ.data,
    chapter.id,
  ]);
  const hasCensus = (detail?.rows ?? []).some(
    (r) => r.censusExports !== null || r.censusImports !== null || r.censusBalance !== null,
  );
  const censusYears = (detail?.rows ?? []).filter((r) => r.censusExports !== null || r.censusImports !== null);

  const figures = (detail?.rows ?? []).flatMap((r) => [
    r.exports,
    r.importsComtrade,
    r.importsUsitc,
    r.balance,
    r.censusExports,
    r.censusImports,
    r.censusBalance,
  ]);
  const unit = chooseUnit(figures);
  const usitcFrom = detail?.rows.find((r) => r.importsUsitc !== null);
  // A chapter whose imports are reported in a few years only (HS 02: 2014, 2015, 2017, at most $0.4 m).
  const importYears = (detail?.rows ?? []).filter(
    (r) => r.importsComtrade !== null || r.importsUsitc !== null || r.censusImports !== null,
  );
  const exportYears = (detail?.rows ?? []).filter((r) => r.exports !== null || r.censusExports !== null);
  const fewImports =
    importYears.length > 0 && importYears.length <= exportYears.length / 2 ? importYears.map((r) => r.label) : null;
  const noImports = detail
    ? detail.rows.every((r) => r.importsComtrade === null && r.importsUsitc === null && r.censusImports === null)
    : false;
  return (
    <section
      className="card sector-detail"
      aria-labelledby="hs-detail-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="sector-detail__head">
        <div>
          <p className="sector-detail__kicker">Chapter detail</p>
          <h2 id="hs-detail-title" ref={headingRef} tabIndex={-1}>
            {chapter.label}
          </h2>
        </div>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={onClose}
          aria-keyshortcuts="Escape"
        >
          Close detail
        </button>
      </div>
      <p className="sector-detail__description">{chapter.description}</p>
      {detail === null ? (
        <Skeleton height={320} />
      ) : (
        <ChartCard<DetailRow>
          name={`hs-chapter-${chapter.code}`}
          title={`${chapter.label}: US exports, US imports and balance`}
          subtitle={`Every year 2007–${detail.rows.at(-1)?.label ?? ''}, $ ${unit}`}
          fileParts={[chapter.id]}
          headingLevel={3}
          legend={[
            { label: 'US exports', color: SERIES_COLORS.exports, shape: 'line' },
            { label: 'US imports', color: SERIES_COLORS.imports, shape: 'line' },
            { label: 'Balance', color: SERIES_COLORS.balance, shape: 'line' },
            ...(hasCensus
              ? [{ label: 'Census basis: dotted, hollow points', color: '#444444', shape: 'dashed' as const }]
              : []),
          ]}
          sources={sourcesOf(detail.sourceIds)}
          note={[
            `Balance = ${balanceLabel}; only for years with both flows (2007–2019).`,
            `Imports: ${BASIS_SHORT['comtrade-general-cif']} 2007–2019; ${BASIS_SHORT['usitc-consumption']} (CIF value)${usitcFrom ? ` from ${usitcFrom.label}` : ''}: two bases, never joined.`,
            gap && !hasCensus ? `${gap.from}–${gap.to}: no source (a gap). No export figures after 2019.` : '',
            hasCensus && census
              ? `Census basis ${censusYears[0]?.label ?? ''}–${censusYears.at(-1)?.label ?? ''} (dotted): exports f.a.s., general imports at customs value and their balance (${census.label}); a basis of its own, never joined with the UN Comtrade or USITC lines.${gap ? ` ${gap.from}–${gap.to}: Census basis only.` : ''}`
              : '',
            noImports ? `No imports of ${chapter.label} are reported in any year, so no balance exists.` : '',
            fewImports
              ? `US imports of ${chapter.label.split(' ').slice(0, 2).join(' ')} are reported for ${fewImports.join(', ')} only, so a balance exists for those years only (no import figure is never read as zero).`
              : '',
            'Shares: of the sum of all chapters of the same year and basis.',
          ]
            .filter(Boolean)
            .join(' ')}
          summary={`Line chart of ${chapter.label}: exports, imports and balance over ${detail.rows.length} years.`}
          columns={[
            { key: 'year', header: 'Year', rowHeader: true, value: (r) => r.label },
            {
              key: 'exports',
              header: `US exports ($ ${unit})`,
              csvHeader: 'US exports ($ m)',
              numeric: true,
              color: SERIES_COLORS.exports,
              value: (r) => r.exports,
              format: (r) => formatIn(unit, r.exports),
            },
            {
              key: 'imports',
              header: `US imports ($ ${unit})`,
              csvHeader: 'US imports ($ m)',
              numeric: true,
              color: SERIES_COLORS.imports,
              value: (r) => r.importsComtrade ?? r.importsUsitc,
              format: (r) => formatIn(unit, r.importsComtrade ?? r.importsUsitc),
            },
            {
              key: 'balance',
              header: `Balance ($ ${unit})`,
              csvHeader: 'Balance ($ m)',
              numeric: true,
              color: SERIES_COLORS.balance,
              value: (r) => r.balance,
              format: (r) => formatIn(unit, r.balance),
            },
            ...(hasCensus
              ? [
                  {
                    key: 'censusExports',
                    header: `US exports, Census basis ($ ${unit})`,
                    csvHeader: 'US exports, Census basis ($ m)',
                    numeric: true,
                    color: SERIES_COLORS.exports,
                    value: (r: DetailRow) => r.censusExports,
                    format: (r: DetailRow) => formatIn(unit, r.censusExports),
                  },
                  {
                    key: 'censusImports',
                    header: `US general imports, Census basis ($ ${unit})`,
                    csvHeader: 'US general imports, Census basis ($ m)',
                    numeric: true,
                    color: SERIES_COLORS.imports,
                    value: (r: DetailRow) => r.censusImports,
                    format: (r: DetailRow) => formatIn(unit, r.censusImports),
                  },
                  {
                    key: 'censusBalance',
                    header: `Balance, Census basis ($ ${unit})`,
                    csvHeader: 'Balance, Census basis ($ m)',
                    numeric: true,
                    color: SERIES_COLORS.balance,
                    value: (r: DetailRow) => r.censusBalance,
                    format: (r: DetailRow) => formatIn(unit, r.censusBalance),
                  },
                ]
              : []),
            {
              key: 'exportShare',
              header: 'Share of US exports (%)',
              numeric: true,
              value: (r) => (r.exportShare === null ? null : Number(r.exportShare.toFixed(2))),
              format: (r) => formatPercent(r.exportShare, { signed: false }),
            },
            {
              key: 'importShare',
              header: 'Share of US imports (%)',
              numeric: true,
              value: (r) => (r.importShare === null ? null : Number(r.importShare.toFixed(2))),
              format: (r) => formatPercent(r.importShare, { signed: false }),
            },
            {
              key: 'basis',
              header: 'Imports basis',
              value: (r) => (r.basis ? (BASIS_SHORT[r.basis] ?? r.basis) : 'no source'),
            },
          ]}
          rows={detail.rows}
          rowKey={(r) => String(r.year)}
          height={260}
        >
          <div className="chart-frame">
            <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 240 }}>
              <LineChart data={detail.rows} margin={{ top: 16, right: 16, bottom: 4, left: 8 }} accessibilityLayer>
                <CartesianGrid {...GRID} />
                <XAxis
                  dataKey="label"
                  // "2025 (Jan–Aug; Census Jan–Oct)" is too long for a tick: the table and subtitle keep it whole.
                  tickFormatter={(label: string) => label.replace(/; Census [^)]*\)$/, ')')}
                  tick={TICK}
                  tickMargin={6}
                  interval="preserveStartEnd"
                />
                <YAxis {...amountYAxis(unit, [0, ...figures])} />
                <ReferenceLine y={0} stroke="#8a939e" />
                {gap && !hasCensus && (
                  <ReferenceArea
                    x1={String(gap.from)}
                    x2={String(gap.to)}
                    fill="#8a939e"
                    fillOpacity={0.15}
                    label={{ value: 'no data', position: 'insideBottom', fontSize: 11, fill: '#444444' }}
                  />
                )}
                {usitcFrom && (
                  <ReferenceLine
                    x={usitcFrom.label}
                    stroke="#444444"
                    strokeDasharray="3 3"
                    label={{ value: 'new basis', position: 'insideTopRight', fontSize: 11, fill: '#444444' }}
                  />
                )}
                <Tooltip content={(props) => <ChartTooltip {...props} balanceKeys={['balance']} />} />
                <Line
                  dataKey="exports"
                  name="US exports (Comtrade f.a.s.)"
                  stroke={SERIES_COLORS.exports}
                  strokeWidth={2}
                  dot={{ r: 3 }}
                  connectNulls={false}
                  isAnimationActive={false}
                />
                <Line
                  dataKey="importsComtrade"
                  name="US imports (Comtrade general CIF)"
                  stroke={SERIES_COLORS.imports}
                  strokeWidth={2}
                  dot={{ r: 3 }}
                  connectNulls={false}
                  isAnimationActive={false}
                />
                <Line
                  dataKey="importsUsitc"
                  name="US imports (USITC consumption CIF)"
                  stroke={SERIES_COLORS.imports}
                  strokeWidth={2}
                  strokeDasharray="6 3"
                  dot={{ r: 3 }}
                  connectNulls={false}
                  isAnimationActive={false}
                />
                <Line
                  dataKey="balance"
                  name="Balance"
                  stroke={SERIES_COLORS.balance}
                  strokeWidth={2}
                  dot={{ r: 3 }}
                  connectNulls={false}
                  isAnimationActive={false}
                />
                {hasCensus &&
                  (
                    [
                      ['censusExports', 'US exports (Census f.a.s.)', SERIES_COLORS.exports],
                      ['censusImports', 'US general imports (Census customs value)', SERIES_COLORS.imports],
                      ['censusBalance', 'Balance (Census basis)', SERIES_COLORS.balance],
                    ] as const
                  ).map(([key, name, color]) => (
                    <Line
                      key={key}
                      dataKey={key}
                      name={name}
                      stroke={color}
                      strokeWidth={2}
                      strokeDasharray="2 3"
                      dot={{ r: 3, fill: '#ffffff', strokeWidth: 1.5 }}
                      connectNulls={false}
                      isAnimationActive={false}
                    />
                  ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
        </ChartCard>
      )}
      <QueryStatus query={dutiesQ} label="duties" skeleton={<Skeleton height={80} />}>
        {(d) => (
          <div className="hs-detail__block">
            <h3>Duties on US imports, 2023–2025</h3>
            {d.rows.length === 0 ? (
              <p className="empty-state">
                No duty figures for {chapter.label}: the USITC DataWeb rows (2023–2025) do not list this chapter.
              </p>
            ) : (
              <table className="data-table">
                <caption className="visually-hidden">Calculated duties on US imports of {chapter.label}</caption>
                <thead>
                  <tr>
                    <th scope="col">Period</th>
                    <th scope="col" className="is-numeric">
                      Calculated duties
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.rows.map((r) => (
                    <tr key={r.year}>
                      <th scope="row">{periodLabel(r)}</th>
                      <td className="is-numeric">{formatMusd(r.value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        )}
      </QueryStatus>
      <QueryStatus query={tariffsQ} label="tariff commitments" skeleton={<Skeleton height={80} />}>
        {(t) => (
          <div className="hs-detail__block">
            <h3>KORUS tariff commitments that concern {chapter.label.split(' ').slice(0, 2).join(' ')}</h3>
            {t.commitments.length === 0 ? (
              <p className="empty-state">
                The collected tariff commitments name no item of this chapter (they cover cars, trucks and beef).
              </p>
            ) : (
              <ul className="hs-commitments">
                {t.commitments.map((c) => (
                  <li key={c.id}>
                    <strong>{c.item}</strong> ({c.side} tariff{c.korus ? '' : ', not a KORUS commitment'}
                    {c.superseded ? ', superseded by the 2018 amendments' : ''}): {c.rateBefore} → {c.rateAfter},{' '}
                    {c.timingAsStated}
                    {c.date ? ` (${c.date})` : ` (${c.dateAsStated})`}.
                    <br />
                    <q>{c.quote}</q>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </QueryStatus>
    </section>
  );
}
