import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Suspense, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  hsBalanceQuery,
  hsCatalogueQuery,
  hsChapterValuesQuery,
  hsSectionsQuery,
  metaQuery,
} from '../../api/queries.ts';
import type { HsChaptersMeta, Meta, Sector } from '../../api/schemas.ts';
import { DeferUpdates, Deferred, Placeholder } from '../../components/deferred.tsx';
import { eagerLazy, idleLazy, lazyFirstIf, openedWith } from '../../components/eager-lazy.ts';
import { FilterBar, MultiSelectFilter, SegmentedFilter, SelectFilter } from '../../components/filter-bar.tsx';
import { QueryErrors, QueryStatus, Skeleton } from '../../components/query-status.tsx';
import { pickSources } from '../../components/source-line.tsx';
import { UrlNotice } from '../../components/url-notice.tsx';
import { SERIES_COLORS } from '../../lib/colors.ts';
import {
  BASIS_SHORT,
  basisBreaks,
  contributions,
  fromBalanceRows,
  fromChapterRows,
  fromSectionRows,
  hsRanking,
  hsSeries,
  hsYears,
  isCensusBasis,
  sentence,
  seriesValues,
  type HsItemValue,
  type HsRanking,
} from './hs-math.ts';
import type { Ranking } from './sector-math.ts';
import { useSectorColors } from './sector-colors.ts';
import { useHsFilters, type HsFlow, type HsKind, hsCoverage, hsPeriods, defaultYear } from './use-hs-filters.ts';

const HsBalanceCard = eagerLazy(import('./hs-balance-card.tsx').then((m) => m.HsBalanceCard));
const HsChangeCard = idleLazy(() => import('./hs-change-card.tsx').then((m) => m.HsChangeCard));
const HsSeriesCard = idleLazy(() => import('./hs-series-card.tsx').then((m) => m.HsSeriesCard));
const HsDetail = idleLazy(() => import('./hs-detail.tsx').then((m) => m.HsDetail));
// The ranking is the first chart of the exports and imports views (a Flow in the URL).
const RankingCard = lazyFirstIf(openedWith('flow') !== null, () =>
  import('./ranking-card.tsx').then((m) => m.RankingCard),
);

export const HS_LABELS: Record<HsKind, string> = { 'hs-chapters': 'HS chapters', 'hs-sections': 'HS sections' };
const FLOW_LABEL: Record<HsFlow, string> = { exports: 'US exports', imports: 'US imports', balance: 'Balance' };
const FLOW_COLOR: Record<HsFlow, string> = {
  exports: SERIES_COLORS.exports,
  imports: SERIES_COLORS.imports,
  balance: SERIES_COLORS.balance,
};

/** A view's items: from the answers in the cache when they are all there, or fetched (and put together). */
const itemsFrom = <A,>(
  cached: (client: QueryClient) => ReadonlyArray<A | undefined>,
  fetch: (client: QueryClient) => Promise<A[]>,
  combine: (answers: A[]) => HsItemValue[],
) => ({
  cached: (client: QueryClient) => {
    const answers = cached(client);
    return answers.every((a): a is A => a !== undefined) ? combine([...answers]) : undefined;
  },
  fetch: async (client: QueryClient) => combine(await fetch(client)),
});

/** How the items of one kind, flow and measure are asked for and put together. */
function itemsSource(catalogue: HsChaptersMeta, kind: HsKind, flow: HsFlow, measure: string) {
  // The Census basis (served only after a data update) is asked for by its own bases: a request without a
  // basis answers the snapshot's rows only.
  const census = catalogue.bases.filter(
    (b) =>
      isCensusBasis(b.id) && (flow === 'balance' || (b.flow === flow && (flow === 'exports' || b.measure === measure))),
  );
  const censusBalances = catalogue.balances.filter((b) => isCensusBasis(b.id));
  if (kind === 'hs-chapters') {
    if (flow === 'balance') {
      // A balance row has no period of its own: it is its bases' (a partial Census year is labelled).
      const periods = new Map(hsCoverage(catalogue, 'balance', 'balance').map((p) => [`${p.year}|${p.basis}`, p]));
      const queries = [hsBalanceQuery(), ...censusBalances.map((b) => hsBalanceQuery({ basis: b.id }))];
      return itemsFrom(
        (client) => queries.map((q) => client.getQueryData(q.queryKey)),
        (client) => Promise.all(queries.map((q) => client.fetchQuery(q))),
        (answers) =>
          answers
            .flatMap((a) => fromBalanceRows(a.rows))
            .map((v) => {
              const p = periods.get(`${v.year}|${v.basis}`);
              return p ? { ...v, period: p.period, partial: p.partial } : v;
            }),
      );
    }
    const queries = [
      hsChapterValuesQuery(flow === 'exports' ? { flow } : { flow, measure }),
      ...census.map((b) => hsChapterValuesQuery({ flow, basis: b.id })),
    ];
    return itemsFrom(
      (client) => queries.map((q) => client.getQueryData(q.queryKey)),
      (client) => Promise.all(queries.map((q) => client.fetchQuery(q))),
      (answers) => answers.flatMap((a) => fromChapterRows(a.rows)),
    );
  }
  const chapterLabel = (id: string) =>
    catalogue.chapters.find((c) => c.id === id)?.label.replace(/^(HS \d\d).*$/, '$1') ?? id;
  const range = (id: string) => catalogue.sections.find((s) => s.id === id)?.chapterRange ?? '';
  const coverage = new Map(hsCoverage(catalogue, flow, measure).map((p) => [`${p.year}|${p.basis}`, p]));
  const requests =
    flow === 'imports'
      ? [
          ...(measure === 'cif-value' ? [hsSectionsQuery({ flow })] : []),
          hsSectionsQuery({ flow, basis: 'usitc-consumption', measure }),
        ]
      : [hsSectionsQuery({ flow })];
  if (flow === 'balance') requests.push(...censusBalances.map((b) => hsSectionsQuery({ flow, basis: b.id })));
  else requests.push(...census.map((b) => hsSectionsQuery({ flow, basis: b.id })));
  // A section sum has the sources of its basis (or, for a balance, of both bases).
  const sourcesOf = (basis: string) => {
    const def = catalogue.balances.find((b) => b.id === basis);
    return catalogue.coverage
      .filter((c) => c.basis === basis || (def && (c.basis === def.exportsBasis || c.basis === def.importsBasis)))
      .flatMap((c) => c.sourceIds);
  };
  return itemsFrom(
    (client) => requests.map((q) => client.getQueryData(q.queryKey)),
    (client) => Promise.all(requests.map((q) => client.fetchQuery(q))),
    (answers) =>
      answers.flatMap((a) =>
        fromSectionRows(
          a.rows,
          new Map(
            a.rows.map((r) => [r.year, coverage.get(`${r.year}|${r.basis}`) ?? { period: 'Jan–Dec', partial: false }]),
          ),
          chapterLabel,
          range,
        ).map((v) => ({ ...v, sourceIds: [...new Set(sourcesOf(v.basis))] })),
      ),
  );
}

/**
 * Chapter or section rows of one flow (and measure), as items; sections name their missing chapters. When the
 * answers are in the cache already (the page's loader asked for them), the items are there at the first render,
 * not one render later.
 */
function useHsItems(catalogue: HsChaptersMeta | undefined, kind: HsKind, flow: HsFlow, measure: string) {
  const client = useQueryClient();
  const source = catalogue ? itemsSource(catalogue, kind, flow, measure) : undefined;
  return useQuery({
    queryKey: ['hs-items', kind, flow, measure],
    enabled: source !== undefined,
    queryFn: () => source?.fetch(client) ?? Promise.resolve([]),
    initialData: () => source?.cached(client),
  });
}

/**
 * The all-chapter totals of a balance per year, as the API gives them with the balance (the same answer the
 * chapters' balances come from): the total balance of the year also counts the chapters reported in one flow
 * only (no balance of their own).
 */
function useBalanceTotals(enabled: boolean, def: { id: string } | undefined) {
  const totals = useQuery({
    ...hsBalanceQuery(def && isCensusBasis(def.id) ? { basis: def.id } : {}),
    enabled: enabled && def !== undefined,
  }).data?.totals;
  return useMemo(() => (totals ? new Map(totals.map((t) => [t.year, t])) : undefined), [totals]);
}

interface Props {
  meta: Meta | undefined;
  /** The other classifications (USITC sectors, agricultural products, agency figures): options of the select. */
  others: ReadonlyArray<{ id: string; label: string }>;
  /** Content below the figures (tariffs and context). */
  footer: ReactNode;
}

/** The HS views: every chapter (or section) in both directions, the balance, what changed it, and a chapter's detail. */
export function HsView({ meta, others, footer }: Props) {
  const catalogue = useQuery(hsCatalogueQuery());
  // The source register (every chart's source line): its failure is named with a Retry.
  const metaQ = useQuery(metaQuery());
  const cat = catalogue.data;
  const f = useHsFilters(
    cat,
    useMemo(() => others.map((o) => o.id), [others]),
  );
  const items = useHsItems(cat, f.kind, f.flow, f.measure);
  const kindLabel = HS_LABELS[f.kind];
  const itemWord = f.kind === 'hs-sections' ? 'Section' : 'Chapter';
  // The balance of the chosen basis (the snapshot's unless the Census basis is chosen or is the only one).
  const balanceDef =
    f.flow === 'balance' ? (cat?.balances.find((b) => b.id === f.basis) ?? cat?.balances[0]) : cat?.balances[0];
  const balanceLabel = balanceDef?.label ?? '';
  const hasCensus = cat?.bases.some((b) => isCensusBasis(b.id)) ?? false;
  // The Census basis's years (served only after `npm run data:update`), for the classification note.
  const censusText = useMemo(() => {
    const periods = (cat?.coverage ?? []).filter((c) => isCensusBasis(c.basis)).flatMap((c) => c.periods);
    if (!periods.length) return '';
    const sorted = [...periods].sort((a, b) => a.year - b.year);
    const first = sorted[0];
    const last = sorted.at(-1);
    const label = (p: typeof first) => (p ? (p.partial ? `${p.year} (${p.period})` : String(p.year)) : '');
    return `Census basis ${label(first)}–${label(last)}: total exports f.a.s., general imports and imports for consumption at customs value, a basis of its own (choose it under Basis), never joined with the others.`;
  }, [cat]);
  const gap = cat?.gaps[0];

  const catalogueItems: Sector[] = useMemo(
    () =>
      f.kind === 'hs-sections'
        ? (cat?.sections ?? []).map((s) => ({
            id: s.id,
            label: `${s.label} (HS ${s.chapterRange})`,
            classification: 'hs-sections',
            description: '',
            kind: 'item' as const,
          }))
        : (cat?.chapters ?? []).map((c) => ({
            id: c.id,
            label: c.label,
            classification: 'hs-chapters',
            description: c.description,
            kind: 'item' as const,
          })),
    [cat, f.kind],
  );
  const labelOf = useMemo(() => {
    const map = new Map(catalogueItems.map((s) => [s.id, s.label]));
    return (id: string) => map.get(id) ?? id;
  }, [catalogueItems]);

  const period = (year: number | undefined) => f.periods.find((p) => p.year === year);
  const yearLabel = (year: number | undefined) => {
    const p = period(year);
    return p?.partial ? `${year} (${p.period})` : String(year ?? '');
  };

  const balanceTotals = useBalanceTotals(f.flow === 'balance' && f.kind === 'hs-chapters', balanceDef);
  const allChapters = f.year === undefined ? undefined : balanceTotals?.get(f.year);
  // The rows of the chosen basis: a ranking, a balance and a change are of one basis.
  const basisValues = useMemo(
    () => (items.data ? items.data.filter((v) => v.basis === f.basis) : undefined),
    [items.data, f.basis],
  );
  const rank: HsRanking | null = useMemo(
    () =>
      basisValues && f.year !== undefined
        ? hsRanking(basisValues, f.year, labelOf, f.flow === 'balance' ? 'balance' : 'value', allChapters?.balance)
        : null,
    [basisValues, f.year, labelOf, f.flow, allChapters],
  );
  // The default selection: the five largest (for a balance: the largest deficits and surpluses by size).
  const defaultSelection = useMemo(
    () =>
      rank
        ? [...rank.rows]
            .filter((r) => r.value !== null)
            .sort((a, b) => Math.abs(b.value ?? 0) - Math.abs(a.value ?? 0))
            .slice(0, 5)
            .map((r) => r.itemId)
        : [],
    [rank],
  );
  const selectionOrder = f.values.sector.length ? f.values.sector : defaultSelection;
  const { colorOf, dashOf, swatchOf } = useSectorColors(f.kind, catalogueItems, selectionOrder);

  const opener = useRef<HTMLElement | null>(null);
  const [revealDetail, setRevealDetail] = useState(false);
  const openDetail = (id: string, via: 'pointer' | 'keyboard') => {
    if (f.kind !== 'hs-chapters') return;
    const active = document.activeElement;
    if (active instanceof HTMLElement) opener.current = active;
    setRevealDetail(via === 'keyboard');
    f.update({ detail: id });
  };
  const closeDetail = () => {
    f.update({ detail: undefined });
    const target = opener.current?.isConnected ? opener.current : null;
    opener.current = null;
    requestAnimationFrame(() => target?.focus({ preventScroll: true }));
  };

  const sourcesOf = (ids: Iterable<string>) => (meta ? pickSources(meta.sources, [...new Set(ids)]) : []);
  const flowLabel = FLOW_LABEL[f.flow];
  const measureLabel =
    f.flow === 'imports' ? (cat?.measures.find((m) => m.id === f.measure)?.label ?? f.measure) : undefined;
  const measurePart = f.flow === 'imports' && f.measure !== 'cif-value' ? f.measure : undefined;

  /** A flow change keeps the year where the new flow has it, else lands on its latest full year. */
  const changeFlow = (next: string) => {
    const flow = next as HsFlow;
    const periods = hsPeriods(cat, flow, 'cif-value');
    const keep = periods.some((p) => p.year === f.year && !p.partial);
    f.update({
      flow,
      measure: undefined,
      year: keep ? String(f.year) : String(defaultYear(periods) ?? ''),
      basis: undefined,
      compare: undefined,
      view: undefined,
    });
  };
  const changeMeasure = (measure: string) => {
    const periods = hsPeriods(cat, 'imports', measure);
    const keep = periods.some((p) => p.year === f.year);
    f.update({
      measure,
      year: keep ? String(f.year) : String(defaultYear(periods) ?? ''),
      basis: undefined,
      compare: undefined,
    });
  };

  const censusBalance = cat?.balances.find((b) => isCensusBasis(b.id));
  const censusDetail = censusBalance
    ? {
        exportsBasis: censusBalance.exportsBasis,
        importsBasis: censusBalance.importsBasis,
        balance: censusBalance.id,
        label: censusBalance.label,
      }
    : undefined;
  const detailChapter =
    f.kind === 'hs-chapters' && f.values.detail ? cat?.chapters.find((c) => c.id === f.values.detail) : undefined;
  const detail = detailChapter ? (
    <HsDetail
      chapter={detailChapter}
      sourcesOf={sourcesOf}
      balanceLabel={cat?.balances[0]?.label ?? ''}
      gap={gap}
      onClose={closeDetail}
      reveal={revealDetail}
      census={censusDetail}
    />
  ) : null;

  return (
    <>
      <UrlNotice issues={f.issues} onDismiss={f.dismissIssues} />
      <QueryErrors
        items={[
          { query: catalogue, label: 'the HS-chapter catalogue' },
          { query: metaQ, label: 'the data catalogue' },
        ]}
      />
      {cat ? (
        <FilterBar onReset={f.reset}>
          <SelectFilter
            label="Classification"
            value={f.kind}
            options={[
              { value: 'hs-chapters', label: HS_LABELS['hs-chapters'] },
              { value: 'hs-sections', label: HS_LABELS['hs-sections'] },
              ...others.map((o) => ({ value: o.id, label: o.label })),
            ]}
            onChange={(v) =>
              f.update(
                v === 'hs-chapters' || v === 'hs-sections'
                  ? { classification: v, sector: [], detail: undefined }
                  : {
                      classification: v,
                      flow: undefined,
                      measure: undefined,
                      year: undefined,
                      compare: undefined,
                      sector: [],
                      detail: undefined,
                      view: undefined,
                    },
              )
            }
          />
          <SegmentedFilter
            label="Flow"
            value={f.flow}
            options={(['exports', 'imports', 'balance'] as const).map((fl) => ({ value: fl, label: FLOW_LABEL[fl] }))}
            onChange={changeFlow}
          />
          {f.flow === 'imports' && (
            <SelectFilter
              label="Measure"
              value={f.measure}
              options={f.measures.map((id) => {
                const years = hsPeriods(cat, 'imports', id);
                return {
                  value: id,
                  label: `${cat.measures.find((m) => m.id === id)?.label ?? id} (${years
                    .map((p) => (p.partial ? `${p.year} ${p.period}` : p.year))
                    .join(', ')
                    .replace(/(\d{4}), (?:\d{4}, )+(\d{4})/, '$1–$2')})`,
                };
              })}
              onChange={changeMeasure}
            />
          )}
          <SelectFilter
            label="Year"
            value={String(f.year ?? '')}
            options={f.periods.map((p) => ({ value: String(p.year), label: yearLabel(p.year) }))}
            onChange={(v) =>
              f.update({
                year: v,
                basis: f.coverage.some((p) => p.year === Number(v) && p.basis === f.basis) ? f.basis : undefined,
                compare: undefined,
              })
            }
          />
          {hasCensus && f.basis !== undefined && (
            <SelectFilter
              label="Basis"
              value={f.basis}
              options={f.yearBases.map((b) => ({ value: b, label: BASIS_SHORT[b] ?? b }))}
              onChange={(v) => f.update({ basis: v, compare: undefined })}
            />
          )}
          <SelectFilter
            label="Compare with"
            value={f.compare === undefined ? f.compareNone : String(f.compare)}
            options={[
              ...f.compareOptions.map((y) => ({ value: String(y), label: yearLabel(y) })),
              { value: f.compareNone, label: 'None' },
            ]}
            onChange={(v) => f.update({ compare: v })}
          />
          <MultiSelectFilter
            label={f.kind === 'hs-sections' ? 'Sections' : 'Chapters'}
            emptyLabel="5 largest (default)"
            selected={f.values.sector}
            options={catalogueItems.map((s) => ({ value: s.id, label: s.label }))}
            swatch={swatchOf}
            onChange={(ids) => f.update({ sector: ids })}
          />
        </FilterBar>
      ) : catalogue.isError ? null : (
        // The filters at their final size until the catalogue arrives.
        <div role="status" aria-live="polite" className="loading-block">
          <span className="visually-hidden">Loading the data catalogue…</span>
          <Placeholder height={65} narrowHeight={257} />
        </div>
      )}

      {/* What the figures are, shown with the page (the balance's definition and the years without a source
          follow from the catalogue). Two blocks: the first is there before the catalogue, and the page's largest
          text painted at first stays the heading's lede, which the HTML shows at once (static-shell.ts). */}
      {!catalogue.isError && (
        <div className={cat ? 'classification-note' : 'classification-note classification-note--pending'}>
          <p>
            <strong>{kindLabel}:</strong>{' '}
            {f.kind === 'hs-sections'
              ? 'the 21 sections of the Harmonized System; each value is the sum of the section’s chapters of one year, flow and basis, never across bases or years, and no sum where a chapter has no figure.'
              : 'every 2-digit chapter of the Harmonized System, US exports and imports as the US reported them.'}{' '}
            Exports 2007–2019: {sentence(BASIS_SHORT['comtrade-fas'] ?? '')} Imports 2007–2019:{' '}
            {BASIS_SHORT['comtrade-general-cif']}; 2023–2025 (Jan–Aug): {BASIS_SHORT['usitc-consumption']}.
          </p>
          {cat && (
            <p>
              Balance = {sentence(cat.balances[0]?.label ?? '')} {censusText ? `${censusText} ` : ''}
              {gap
                ? censusText
                  ? `${gap.from}–${gap.to}: Census basis only.`
                  : `${gap.from}–${gap.to}: no source.`
                : ''}
            </p>
          )}
        </div>
      )}

      <div className="sector-figures">
        {catalogue.isError ? (
          <p className="empty-state">The HS figures need the catalogue above; retry it to show them.</p>
        ) : (
          <QueryStatus query={items} label="HS figures" skeleton={<Skeleton height={520} />}>
            {(values) => {
              const year = f.year;
              if (year === undefined || !rank) {
                return (
                  <p className="empty-state">
                    {measureLabel
                      ? `No year has ${measureLabel.toLowerCase()} figures.`
                      : 'No years with figures for this flow.'}
                  </p>
                );
              }
              // Over time: the chosen basis, and another basis only in the years it has none (its own segment).
              const preference = [f.basis ?? '', ...f.coverage.map((p) => p.basis)];
              const shown = seriesValues(values, preference);
              const sources = sourcesOf((basisValues ?? []).flatMap((v) => v.sourceIds));
              const seriesSources = sourcesOf(shown.flatMap((v) => v.sourceIds));
              const toFrom = f.flow === 'exports' ? 'to' : f.flow === 'imports' ? 'from' : 'with';
              const flowPhrase = f.flow === 'balance' ? 'Balance of US trade' : `${flowLabel}`;
              const title = `${flowLabel} ${f.flow === 'balance' ? 'with South Korea' : `${toFrom} South Korea`} by ${kindLabel.replace(/^HS/, 'HS')}, ${yearLabel(year)}`;
              const titleFlowFirst =
                f.flow === 'balance'
                  ? `Balance by ${kindLabel}, ${yearLabel(year)}: US exports − US imports, South Korea`
                  : title;
              const basis = f.basis;
              const basisText = basis ? (BASIS_SHORT[basis] ?? basis) : '';
              const subtitle = `${kindLabel}, ${basisText}${measureLabel && !isCensusBasis(basis ?? '') ? `, ${measureLabel}` : ''}, ${yearLabel(year)}`;
              const fileParts = [f.kind, f.flow, measurePart, yearLabel(year)];
              const partial = period(year)?.partial ?? false;
              const selectedIds = f.values.sector.length ? f.values.sector : defaultSelection;
              const last = Math.max(...shown.map((v) => v.year));
              const first = Math.min(2007, ...shown.map((v) => v.year));
              const axis = hsYears(first, last);
              const series = hsSeries(shown, selectedIds, axis);
              const basisByYear = new Map(shown.map((v) => [v.year, v.basis]));
              // The gap of the snapshot bases is shaded only where no basis of the series has those years.
              const seriesGap =
                gap && gap.from <= last && !shown.some((v) => v.year >= gap.from && v.year <= gap.to) ? gap : undefined;
              const newDownload =
                basisByYear.get(2009) === 'comtrade-fas' || basisByYear.get(2009) === 'comtrade-fas-minus-cif'
                  ? basisByYear.get(2010) === basisByYear.get(2009)
                  : false;
              const compare = f.compare;
              const changeTitle =
                compare === undefined
                  ? ''
                  : f.flow === 'balance'
                    ? `What changed the balance, ${yearLabel(Math.min(compare, year))} → ${yearLabel(Math.max(compare, year))}`
                    : `What changed ${flowLabel}, ${yearLabel(Math.min(compare, year))} → ${yearLabel(Math.max(compare, year))}`;
              const [before, after] =
                compare === undefined ? [year, year] : [Math.min(compare, year), Math.max(compare, year)];
              const ranking: Ranking = {
                rows: rank.rows.map((r) => ({
                  sectorId: r.itemId,
                  label: r.label,
                  value: r.value,
                  share: r.share,
                  note: r.note,
                  sourceId: r.sourceIds[0] ?? '',
                })),
                total: rank.total === null ? null : { value: rank.total, kind: 'sum', note: null },
                period: rank.period,
                partial: rank.partial,
              };
              return (
                <>
                  {/* Each part its own boundary: a lazy card's first render (a moment of suspense) hides only
                      its own part, never charts already drawn elsewhere (hidden charts measure 0 × 0 and warn). */}
                  <Suspense fallback={<Skeleton height={520} />}>
                    {f.flow === 'balance' ? (
                      <HsBalanceCard
                        ranking={rank}
                        title={titleFlowFirst}
                        subtitle={subtitle}
                        itemWord={itemWord}
                        yearLabel={yearLabel(year)}
                        balanceLabel={balanceLabel}
                        fileParts={fileParts}
                        sources={sources}
                        onOpen={f.kind === 'hs-chapters' ? openDetail : undefined}
                        openLabel={detailChapter?.label}
                        allChapters={allChapters}
                        note={
                          f.kind === 'hs-sections'
                            ? 'Each section balance is the sum of its chapters’ exports minus the sum of their imports, one year and basis.'
                            : undefined
                        }
                      />
                    ) : (
                      <RankingCard
                        ranking={ranking}
                        title={`${flowPhrase} by ${kindLabel}, ${toFrom} South Korea, ${yearLabel(year)}`}
                        subtitle={`${subtitle}, ranked`}
                        fileParts={fileParts}
                        flowColor={FLOW_COLOR[f.flow]}
                        flowWord={f.flow}
                        periodLabel={yearLabel(year)}
                        itemHeader={itemWord}
                        view={f.values.view === 'share' ? 'share' : 'value'}
                        onViewChange={(view) => f.update({ view })}
                        showAll={f.values.all}
                        onShowAllChange={(all) => f.update({ all })}
                        selected={f.values.sector}
                        onOpen={f.kind === 'hs-chapters' ? openDetail : () => undefined}
                        openLabel={detailChapter?.label}
                        sources={sources}
                        note={
                          [
                            partial ? `${yearLabel(year)} is a partial year: not comparable with full years.` : '',
                            rank.missing.length
                              ? `${rank.missing.length} ${itemWord.toLowerCase()}(s) without a sum: see the table.`
                              : '',
                          ]
                            .filter(Boolean)
                            .join(' ') || undefined
                        }
                      />
                    )}
                  </Suspense>
                  <Suspense fallback={<Skeleton height={420} />}>{detail}</Suspense>
                  <Deferred height={583} narrowHeight={1786}>
                    <DeferUpdates>
                      <Suspense fallback={<Placeholder height={583} narrowHeight={1786} />}>
                        <div className="card-grid">
                          <HsSeriesCard
                            rows={series.rows}
                            segments={series.segments}
                            items={selectedIds.map((id) => ({
                              id,
                              label: labelOf(id),
                              color: colorOf(id),
                              dash: dashOf(id),
                            }))}
                            basisOf={(y) => basisByYear.get(y)}
                            breaks={basisBreaks(shown).filter((y) => !seriesGap || y > seriesGap.to)}
                            gap={seriesGap}
                            title={`${flowLabel} by ${kindLabel}: selected over time`}
                            subtitle={`${f.flow === 'balance' ? 'US exports − US imports' : flowLabel}, ${kindLabel}${measureLabel ? `, ${measureLabel}` : ''}, ${first}–${series.rows.at(-1)?.label ?? last}${f.values.sector.length ? '' : `; the five largest in ${yearLabel(year)}`}`}
                            fileParts={[f.kind, f.flow, measurePart, ...selectedIds.slice(0, 3)]}
                            sources={seriesSources}
                            balance={f.flow === 'balance'}
                            note={newDownload ? '2009 → 2010: a newer download of the same basis.' : undefined}
                          />
                          {compare !== undefined ? (
                            <HsChangeCard
                              result={contributions(basisValues ?? [], before, after, labelOf)}
                              title={changeTitle}
                              subtitle={`${f.flow === 'balance' ? 'Contribution of each' : 'Change of each'} ${itemWord.toLowerCase()} to the change of the total, ${basisText}`}
                              totalWord={f.flow === 'balance' ? 'the balance' : flowLabel}
                              itemWord={itemWord}
                              beforeLabel={yearLabel(before)}
                              afterLabel={yearLabel(after)}
                              color={FLOW_COLOR[f.flow]}
                              fileParts={[f.kind, f.flow, 'change', measurePart, before, after]}
                              sources={sources}
                            />
                          ) : (
                            <section className="card" aria-labelledby="hs-change-empty-title">
                              <h2 id="hs-change-empty-title">
                                {f.flow === 'balance' ? 'What changed the balance' : `What changed ${flowLabel}`}
                              </h2>
                              {partial ? (
                                <p className="empty-state">
                                  {yearLabel(year)} is a partial year and no other year has the same months, so no
                                  change is computed: a partial period is never compared with a full year.
                                </p>
                              ) : f.compareOptions.length ? (
                                <>
                                  <p>
                                    Compare {yearLabel(year)} with another full year of the same basis to see what
                                    changed the total.
                                  </p>
                                  <p className="notice__actions">
                                    {f.compareOptions.slice(0, 4).map((y) => (
                                      <button
                                        key={y}
                                        type="button"
                                        className="button button--ghost button--small"
                                        onClick={() => f.update({ compare: String(y) })}
                                      >
                                        Compare with {yearLabel(y)}
                                      </button>
                                    ))}
                                  </p>
                                </>
                              ) : (
                                <p className="empty-state">
                                  No other full year of the same basis has{' '}
                                  {measureLabel ? measureLabel.toLowerCase() : 'figures'}, so no change can be computed.
                                </p>
                              )}
                            </section>
                          )}
                        </div>
                      </Suspense>
                    </DeferUpdates>
                  </Deferred>
                </>
              );
            }}
          </QueryStatus>
        )}
      </div>
      <Deferred after={!items.isPending || catalogue.isError} height={1768} narrowHeight={2966}>
        <Suspense fallback={<Placeholder height={1768} narrowHeight={2966} />}>{footer}</Suspense>
      </Deferred>
    </>
  );
}
