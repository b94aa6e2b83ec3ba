import { useQuery } from '@tanstack/react-query';
import { memo, Suspense, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { metaQuery, sectorsQuery, sectorValuesQuery } from '../../api/queries.ts';
import type { Meta, Sector } from '../../api/schemas.ts';
import { FilterBar, MultiSelectFilter, SegmentedFilter, SelectFilter } from '../../components/filter-bar.tsx';
import { QueryErrors, QueryStatus, Skeleton } from '../../components/query-status.tsx';
import { pickSources } from '../../components/source-line.tsx';
import { UrlNotice } from '../../components/url-notice.tsx';
import { sectorColor } from '../../lib/colors.ts';
import { useSectorColors } from './sector-colors.ts';
import { formatMusd } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { idleLazy, lazyFirstIf, openedWith, useLazyCodeReady } from '../../components/eager-lazy.ts';
import { DeferUpdates, Deferred, Placeholder } from '../../components/deferred.tsx';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { movers, ranking, sameYearFigures, seriesByYear, tariffRows, topSectorIds } from './sector-math.ts';
import { useSectorsFilters } from './use-sectors-filters.ts';
import { HS_LABELS, HsView } from './hs-view.tsx';
import { isShowAs } from '../../lib/show-as.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PAGE_HEADS } from '../../lib/page-heads.ts';
import './sectors.css';

// A sector classification's cards (its ranking is that view's first chart) load at once when the page opens there.
const opensOnSectors = !(openedWith('classification') ?? 'hs-').startsWith('hs-');
const RankingCard = lazyFirstIf(opensOnSectors, () => import('./ranking-card.tsx').then((m) => m.RankingCard));
const SectorSeriesCard = lazyFirstIf(opensOnSectors, () =>
  import('./sector-series-card.tsx').then((m) => m.SectorSeriesCard),
);
const MoversCard = lazyFirstIf(opensOnSectors, () => import('./movers-card.tsx').then((m) => m.MoversCard));
const SectorDetail = lazyFirstIf(opensOnSectors, () => import('./sector-detail.tsx').then((m) => m.SectorDetail));
const TariffsCard = idleLazy(() => import('./tariffs-card.tsx').then((m) => m.TariffsCard));
const ContextCard = idleLazy(() => import('./context-card.tsx').then((m) => m.ContextCard));
const FLOW_COLOR = { exports: SERIES_COLORS.exports, imports: SERIES_COLORS.imports } as const;

const FLOW_WORD = { exports: 'exports', imports: 'imports' } as const;

/** Classifications whose name reads as a kind of product ("US exports of agricultural products to …"). */
const PRODUCT_PHRASE: Record<string, string> = {
  agriculture: 'agricultural products',
  'agency-products': 'products quoted by US agencies',
};

const USITC_AGRICULTURE = 'usitc-agricultural-products';
// The series and movers cards' block in one column (390 px), by classification: their legends and notes differ
// (tests/tools/placeholder-heights.mjs). Its placeholder keeps that height until the block is drawn.
const SERIES_BLOCK_NARROW: Record<string, number> = { 'usitc-sectors': 1413, agriculture: 1598 };
const USTR_AGRICULTURE = 'ag-total';

/** Two figures named "agricultural exports" in the same year: USITC's sector and USTR's total. */
function agricultureScopeNote(
  pairs: ReturnType<typeof sameYearFigures>,
  where: 'ranking' | 'card',
): string | undefined {
  const last = pairs.at(-1);
  if (!last) return undefined;
  const usitc = `USITC's sector "Agricultural products" (${formatMusd(last.a)} in ${last.year})`;
  const ustr = `USTR's agricultural total${where === 'ranking' ? ' in the card below' : ''} (${formatMusd(last.b)} in ${last.year})`;
  const [first, second] = where === 'ranking' ? [usitc, ustr] : [ustr, usitc];
  return `Different scopes: ${first} and ${second} each count their own list of products, so the two are not compared or combined.`;
}

/**
 * Keeps the height of a block while its content is replaced by a skeleton (a new classification loading),
 * so that the page below does not move up and the scroll position holds.
 */
function useReservedHeight(pending: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const last = useRef(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (pending) {
      if (last.current > 0) el.style.minHeight = `${last.current}px`;
    } else {
      el.style.minHeight = '';
      last.current = el.offsetHeight;
    }
  });
  return ref;
}

function sourcesFor(meta: Meta | undefined, ids: Iterable<string>) {
  return meta ? pickSources(meta.sources, [...new Set(ids)]) : [];
}

/**
 * Tariffs and context figures do not depend on the page's filters; memo keeps filter changes from
 * recomputing and redrawing them.
 */
const TariffsAndContext = memo(function TariffsAndContext({ meta }: { meta: Meta | undefined }) {
  // Its own queries, asked for when the block renders (further down, after the page's first chart).
  const sectors = useQuery(sectorsQuery());
  const catalogue = sectors.data?.sectors;
  const agriculture = useQuery(sectorValuesQuery({ classification: 'agriculture', flow: 'exports' }));
  const tariffs = useQuery(sectorValuesQuery({ classification: 'hs-chapters', flow: 'imports' }));
  const usitcExports = useQuery(
    sectorValuesQuery({ classification: 'usitc-sectors', flow: 'exports', measure: 'value' }),
  );
  const agPairs = useMemo(
    () =>
      usitcExports.data && agriculture.data
        ? sameYearFigures(usitcExports.data.rows, USITC_AGRICULTURE, agriculture.data.rows, USTR_AGRICULTURE)
        : [],
    [usitcExports.data, agriculture.data],
  );
  const scopeNote = agricultureScopeNote(agPairs, 'card');
  // The block keeps its place at its final size until its figures (or their errors) are in: card by card, the
  // skeletons' heights would move what is on screen.
  // Its cards' code too: they load late (idleLazy), and a card's skeleton is not the card's size.
  const codeReady = useLazyCodeReady(TariffsCard, ContextCard);
  if (!codeReady || [sectors, agriculture, tariffs, usitcExports].some((q) => q.isPending))
    return <Placeholder height={1768} narrowHeight={2966} />;
  // Each card its own Suspense boundary: a lazy card's first render would otherwise hide its drawn sibling
  // (hidden charts measure 0 × 0: recharts' "width(0) and height(0)" warning).
  return (
    <>
      <Suspense fallback={<Skeleton height={560} />}>
        <QueryStatus query={tariffs} label="tariff figures" skeleton={<Skeleton height={560} />}>
          {(data) => {
            const hs = (catalogue ?? []).filter((s) => s.classification === 'hs-chapters');
            const periods =
              meta?.classifications.find((c) => c.id === 'hs-chapters')?.flows.find((x) => x.flow === 'imports')
                ?.periods ?? [];
            return (
              <TariffsCard
                rows={tariffRows(
                  data.rows,
                  hs,
                  periods.map((p) => p.year),
                )}
                periods={periods}
                sources={sourcesFor(
                  meta,
                  data.rows.map((r) => r.sourceId),
                )}
              />
            );
          }}
        </QueryStatus>
      </Suspense>
      <Suspense fallback={<Skeleton height={380} />}>
        <QueryStatus query={agriculture} label="agricultural figures" skeleton={<Skeleton height={380} />}>
          {(data) => {
            const ag = (catalogue ?? []).filter((s) => s.classification === 'agriculture');
            const agItems = ag.filter((s) => s.kind === 'item');
            const pick = (ids: string[]) => ag.filter((s) => ids.includes(s.id));
            // Items keep the colour they have when Agricultural products is the classification; totals take the
            // palette slots after the items.
            const agColor = (id: string) => {
              const item = agItems.findIndex((s) => s.id === id);
              return sectorColor(
                item >= 0 ? item : agItems.length + ag.filter((s) => s.kind === 'total').findIndex((s) => s.id === id),
              );
            };
            const src = (ids: string[]) =>
              sourcesFor(
                meta,
                data.rows.filter((r) => ids.includes(r.sectorId)).map((r) => r.sourceId),
              );
            return (
              <div className="card-grid">
                <ContextCard
                  name="agricultural-exports"
                  title="US agricultural exports to South Korea"
                  sectors={pick([USTR_AGRICULTURE, 'ag-related-total'])}
                  values={data.rows}
                  colorOf={agColor}
                  sources={src([USTR_AGRICULTURE, 'ag-related-total'])}
                  lead={scopeNote}
                />
                <ContextCard
                  name="beef-exports"
                  title="US beef exports to South Korea"
                  sectors={pick(['ag-beef'])}
                  values={data.rows}
                  colorOf={agColor}
                  sources={src(['ag-beef'])}
                />
              </div>
            );
          }}
        </QueryStatus>
      </Suspense>
    </>
  );
});

/** Classifications served by the HS views (the HS-chapter data set in both directions). */
const HS_VIEW = new Set(['hs-chapters', 'hs-sections']);

export function SectorsPage() {
  usePageTitle(PAGE_HEADS['/sectors'].title);
  const meta = useQuery(metaQuery());
  const [searchParams] = useSearchParams();
  const raw = searchParams.get('classification');
  // HS chapters (the default) and HS sections have their own view; the other classifications keep theirs.
  const others = useMemo(
    () =>
      (meta.data?.classifications ?? []).filter((c) => !HS_VIEW.has(c.id)).map((c) => ({ id: c.id, label: c.label })),
    [meta.data],
  );
  // Until the data catalogue is in, an address naming another classification is taken at its word: the HS view
  // would otherwise validate it (its own catalogue can come first) without knowing the other classifications.
  const legacy = raw !== null && !HS_VIEW.has(raw) && (meta.data === undefined || others.some((c) => c.id === raw));
  const footer = (
    <>
      <h2 className="section-title">Tariffs and context figures</h2>
      <TariffsAndContext meta={meta.data} />
    </>
  );
  return (
    <div className="page">
      <PageHeader head={PAGE_HEADS['/sectors']} />
      <Suspense fallback={<Skeleton height={420} />}>
        {legacy ? (
          <OtherSectors footer={footer} others={others} />
        ) : (
          <HsView meta={meta.data} others={others} footer={footer} />
        )}
      </Suspense>
    </div>
  );
}

/** USITC sectors, agricultural products and agency figures: each its own system, as before. */
function OtherSectors({ footer, others }: { footer: ReactNode; others: ReadonlyArray<{ id: string; label: string }> }) {
  const meta = useQuery(metaQuery());
  const catalogue = useQuery(sectorsQuery());
  const f = useSectorsFilters(meta.data, catalogue.data?.sectors);
  const classificationId = f.classification?.id;
  const seriesBlockNarrow = SERIES_BLOCK_NARROW[classificationId ?? ''] ?? 1279;
  const values = useQuery({
    ...sectorValuesQuery({ classification: classificationId ?? '', flow: f.flow, measure: f.measure }),
    enabled: f.ready && classificationId !== undefined,
  });
  // USITC's agricultural sector and USTR's agricultural total both appear on this page: say they differ.
  const usitcExports = useQuery(
    sectorValuesQuery({ classification: 'usitc-sectors', flow: 'exports', measure: 'value' }),
  );
  const agExports = useQuery(sectorValuesQuery({ classification: 'agriculture', flow: 'exports' }));
  const agPairs = useMemo(
    () =>
      usitcExports.data && agExports.data
        ? sameYearFigures(usitcExports.data.rows, USITC_AGRICULTURE, agExports.data.rows, USTR_AGRICULTURE)
        : [],
    [usitcExports.data, agExports.data],
  );

  const items = useMemo(() => f.sectors.filter((s) => s.kind === 'item'), [f.sectors]);
  const selectionOrder = useMemo(
    () =>
      f.values.sector.length
        ? f.values.sector
        : values.data && f.year !== undefined
          ? topSectorIds(values.data.rows, f.sectors, f.year)
          : [],
    [f.values.sector, values.data, f.sectors, f.year],
  );
  const { colorOf, dashOf, swatchOf } = useSectorColors(classificationId, items, selectionOrder);
  const flowWord = FLOW_WORD[f.flow];
  const flowColor = FLOW_COLOR[f.flow];
  const measureLabel = meta.data?.measures.find((m) => m.id === f.measure)?.label ?? 'Value';
  // Export file names say which measure they hold when it is not the plain value.
  const measurePart = f.measure === 'value' ? undefined : f.measure;
  const periodOf = (year: number | undefined) => f.flowInfo?.periods.find((p) => p.year === year);
  const yearLabel = (year: number | undefined) => {
    const p = periodOf(year);
    return p?.partial ? `${year} (${p.period})` : String(year ?? '');
  };
  // Some measures exist for some years only (customs value: 2023); such years are marked in the Year list.
  const yearsWithData = values.data ? new Set(values.data.rows.map((r) => r.year)) : undefined;
  const missingFlows = (['exports', 'imports'] as const).filter(
    (fl) => !f.classification?.flows.some((x) => x.flow === fl),
  );

  // The element that opened the detail (a bar's chart, a table button) gets the focus back when it closes.
  const opener = useRef<HTMLElement | null>(null);
  // A click keeps the page where it is (the detail opens below the chart); a key press brings it into view.
  const [revealDetail, setRevealDetail] = useState(false);
  const figuresRef = useReservedHeight(values.isPending);
  const openDetail = (id: string, via: 'pointer' | 'keyboard') => {
    const active = document.activeElement;
    if (active instanceof HTMLElement || active instanceof SVGElement) opener.current = active as HTMLElement;
    setRevealDetail(via === 'keyboard');
    f.update({ detail: id });
  };
  const closeDetail = () => {
    f.update({ detail: undefined });
    const target = opener.current?.isConnected
      ? opener.current
      : figuresRef.current?.querySelector<HTMLElement>('.recharts-wrapper > svg.recharts-surface');
    opener.current = null;
    // After the detail has left the page, so that nothing steals the focus back.
    requestAnimationFrame(() => target?.focus({ preventScroll: true }));
  };

  const detail = (() => {
    const sector = f.values.detail ? f.sectors.find((s) => s.id === f.values.detail) : undefined;
    if (!sector || !values.data) return null;
    return (
      <SectorDetail
        sector={sector}
        values={values.data.rows}
        color={flowColor}
        flowWord={flowWord}
        measureLabel={measureLabel}
        fileParts={[classificationId, flowWord, measurePart]}
        sources={sourcesFor(
          meta.data,
          values.data.rows.filter((r) => r.sectorId === sector.id).map((r) => r.sourceId),
        )}
        onClose={closeDetail}
        reveal={revealDetail}
      />
    );
  })();

  return (
    <>
      <UrlNotice issues={f.issues} onDismiss={f.dismissIssues} />
      <QueryErrors items={[{ query: catalogue, label: 'the sector catalogue' }]} />

      {/* The filters and the classification note, at their final size, until the catalogue arrives. */}
      <QueryStatus query={meta} label="the data catalogue" skeleton={<Placeholder height={121} narrowHeight={327} />}>
        {(m) => (
          <FilterBar onReset={f.reset}>
            <SelectFilter
              label="Classification"
              value={classificationId ?? ''}
              options={[
                { value: 'hs-chapters', label: HS_LABELS['hs-chapters'] },
                { value: 'hs-sections', label: HS_LABELS['hs-sections'] },
                ...(m.classifications.length ? others.map((c) => ({ value: c.id, label: c.label })) : []),
              ]}
              onChange={(v) =>
                f.update({
                  classification: v,
                  flow: undefined,
                  measure: undefined,
                  year: undefined,
                  compare: undefined,
                  sector: [],
                  detail: undefined,
                  view: undefined,
                  all: false,
                })
              }
            />
            <SegmentedFilter
              label="Flow"
              value={f.flow}
              options={(['exports', 'imports'] as const).map((fl) => ({
                value: fl,
                label: fl === 'exports' ? 'US exports' : 'US imports',
                disabled: missingFlows.includes(fl),
                reason: `${f.classification?.label ?? 'this classification'} has no ${fl} figures`,
              }))}
              onChange={(v) =>
                f.update({
                  flow: v,
                  measure: undefined,
                  year: undefined,
                  compare: undefined,
                  sector: [],
                  detail: undefined,
                  all: false,
                })
              }
            />
            {(f.flowInfo?.measures.length ?? 0) > 1 && (
              <SelectFilter
                label="Measure"
                value={f.measure}
                options={(f.flowInfo?.measures ?? []).map((id) => ({
                  value: id,
                  label: m.measures.find((x) => x.id === id)?.label ?? id,
                }))}
                onChange={(v) => f.update({ measure: v })}
              />
            )}
            <SelectFilter
              label="Year"
              value={String(f.year ?? '')}
              options={f.years.map((y) => ({
                value: String(y),
                label: `${yearLabel(y)}${yearsWithData && !yearsWithData.has(y) ? ` (no ${measureLabel.toLowerCase()})` : ''}`,
              }))}
              onChange={(v) => f.update({ year: v })}
            />
            <SelectFilter
              label="Compare with"
              value={f.compare === undefined || f.compare === f.year ? '' : String(f.compare)}
              options={[
                { value: '', label: 'None' },
                ...f.years.filter((y) => y !== f.year).map((y) => ({ value: String(y), label: yearLabel(y) })),
              ]}
              onChange={(v) => f.update({ compare: v === '' ? undefined : v })}
            />
            <MultiSelectFilter
              label="Sectors"
              emptyLabel="5 largest (default)"
              selected={f.values.sector}
              options={items.map((s) => ({ value: s.id, label: s.label }))}
              swatch={swatchOf}
              onChange={(ids) => f.update({ sector: ids })}
            />
          </FilterBar>
        )}
      </QueryStatus>

      {f.classification && (
        <p className="classification-note">
          <strong>{f.classification.label}:</strong> {f.classification.description}
          {missingFlows.length > 0 && ` No ${missingFlows.join(' or ')} figures exist for this classification.`}
        </p>
      )}

      <Suspense fallback={<Skeleton height={420} />}>
        <div ref={figuresRef} className="sector-figures">
          {catalogue.isError || meta.isError ? (
            <p className="empty-state">The sector figures need the catalogue above; retry it to show them.</p>
          ) : (
            <QueryStatus query={values} label="sector figures" skeleton={<Skeleton height={420} />}>
              {(data) => {
                const year = f.year;
                if (year === undefined) return <p className="empty-state">No years with figures for this selection.</p>;
                const rank = ranking(data.rows, f.sectors, year, f.flowInfo?.complete ?? false);
                const selectedIds = f.values.sector.length ? f.values.sector : topSectorIds(data.rows, f.sectors, year);
                const selected = selectedIds
                  .map((id) => f.sectors.find((s) => s.id === id))
                  .filter((s): s is Sector => Boolean(s));
                const sources = sourcesFor(
                  meta.data,
                  data.rows.map((r) => r.sourceId),
                );
                // Without a chosen comparison (or with the year itself), the movers compare with the first year.
                const compare =
                  f.compare !== undefined && f.compare !== year
                    ? f.compare
                    : f.years[0] !== undefined && f.years[0] !== year
                      ? f.years[0]
                      : undefined;
                const partialNote = [compare, year].filter((y) => periodOf(y)?.partial).map(yearLabel);
                const toFrom = f.flow === 'exports' ? 'to' : 'from';
                const product = classificationId ? PRODUCT_PHRASE[classificationId] : undefined;
                const title = product
                  ? `US ${flowWord} of ${product} ${toFrom} South Korea, ${yearLabel(year)}`
                  : `US ${flowWord} ${toFrom} South Korea by ${f.classification?.label ?? 'sector'}, ${yearLabel(year)}`;
                const base = `US ${flowWord} ${toFrom} South Korea`;
                const measureWords = f.measure === 'value' ? '' : `, ${measureLabel}`;
                // The pair of the year shown, else the latest one.
                const pair = agPairs.find((p) => p.year === year) ?? agPairs.at(-1);
                const scope =
                  classificationId === 'usitc-sectors' &&
                  pair &&
                  rank.rows.some((r) => r.sectorId === USITC_AGRICULTURE)
                    ? agricultureScopeNote([pair], 'ranking')
                    : undefined;
                return (
                  <>
                    <RankingCard
                      ranking={rank}
                      title={title}
                      subtitle={`${f.classification?.label}${measureWords}, ${yearLabel(year)}, ranked`}
                      fileParts={[
                        classificationId,
                        flowWord,
                        f.measure === 'value' ? undefined : f.measure,
                        yearLabel(year),
                      ]}
                      flowColor={flowColor}
                      flowWord={flowWord}
                      view={f.values.view === 'share' ? 'share' : 'value'}
                      onViewChange={(view) => f.update({ view })}
                      showAll={f.values.all}
                      onShowAllChange={(all) => f.update({ all })}
                      selected={f.values.sector}
                      onOpen={openDetail}
                      openLabel={detail ? f.sectors.find((s) => s.id === f.values.detail)?.label : undefined}
                      sources={sources}
                      note={
                        [rank.partial ? `${yearLabel(year)} is a partial year.` : '', scope ?? '']
                          .filter(Boolean)
                          .join(' ') || undefined
                      }
                    />
                    {detail}
                    <Deferred height={583} narrowHeight={seriesBlockNarrow}>
                      {/* Code not there yet (the view was chosen on the page): its place keeps its size. */}
                      <Suspense fallback={<Placeholder height={583} narrowHeight={seriesBlockNarrow} />}>
                        <DeferUpdates>
                          <div className="card-grid">
                            <SectorSeriesCard
                              showAs={isShowAs(f.values.show) ? f.values.show : 'values'}
                              log={f.values.log === true}
                              onView={(patch) => f.update(patch)}
                              rows={seriesByYear(
                                data.rows,
                                selected.map((s) => s.id),
                                f.flowInfo?.periods ?? [],
                              )}
                              sectors={selected}
                              colorOf={colorOf}
                              dashOf={dashOf}
                              title={`Selected sectors over time`}
                              subtitle={`${base}, ${f.classification?.label}${measureWords}${f.values.sector.length ? '' : `; the five largest in ${yearLabel(year)}`}`}
                              fileParts={[
                                classificationId,
                                flowWord,
                                measurePart,
                                ...selected.map((s) => s.id).slice(0, 3),
                              ]}
                              sources={sources}
                            />
                            {compare !== undefined ? (
                              <MoversCard
                                rows={movers(data.rows, f.sectors, compare, year)}
                                compareYear={compare}
                                compareLabel={yearLabel(compare)}
                                yearLabel={yearLabel(year)}
                                warning={
                                  partialNote.length
                                    ? `${partialNote.join(' and ')} is a partial year: a change against a full year is not like for like.`
                                    : undefined
                                }
                                year={year}
                                flowWord={flowWord}
                                flowColor={flowColor}
                                fileParts={[
                                  classificationId,
                                  flowWord,
                                  measurePart,
                                  compare === undefined ? undefined : yearLabel(compare),
                                  yearLabel(year),
                                ]}
                                sources={sources}
                              />
                            ) : (
                              <section className="card" aria-labelledby="movers-empty-title">
                                <h2 id="movers-empty-title">Top movers</h2>
                                {f.years.length > 1 ? (
                                  <>
                                    <p>Compare {yearLabel(year)} with another year to see which sectors moved most.</p>
                                    <p className="notice__actions">
                                      {f.years
                                        .filter((y) => y !== year)
                                        .slice(0, 4)
                                        .map((y) => (
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
                                    This classification has figures for one year only, so no change can be computed.
                                  </p>
                                )}
                              </section>
                            )}
                          </div>
                        </DeferUpdates>
                      </Suspense>
                    </Deferred>
                  </>
                );
              }}
            </QueryStatus>
          )}
        </div>

        {/* Drawn after the ranking (at idle time or when scrolled near), in a place of its final size. */}
        <Deferred after={!values.isPending || meta.isError || catalogue.isError} height={1768} narrowHeight={2966}>
          {footer}
        </Deferred>
      </Suspense>
    </>
  );
}
