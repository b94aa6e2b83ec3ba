import { useQuery } from '@tanstack/react-query';
import { memo, Suspense } from 'react';
import { metaQuery, sectorsQuery, sectorValuesQuery } from '../../api/queries.ts';
import type { Meta, Sector } from '../../api/schemas.ts';
import { FilterBar, MultiSelectFilter, SegmentedFilter, SelectFilter } from '../../components/filter-bar.tsx';
import { QueryErrors, QueryStatus, Skeleton } from '../../components/query-status.tsx';
import { pickSources } from '../../components/source-line.tsx';
import { UrlNotice } from '../../components/url-notice.tsx';
import { SECTOR_PALETTE, sectorColor } from '../../lib/colors.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { eagerLazy } from '../../components/eager-lazy.ts';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { movers, ranking, seriesByYear, tariffRows, topSectorIds } from './sector-math.ts';
import { useSectorsFilters } from './use-sectors-filters.ts';

const RankingCard = eagerLazy(import('./ranking-card.tsx').then((m) => m.RankingCard));
const SectorSeriesCard = eagerLazy(import('./sector-series-card.tsx').then((m) => m.SectorSeriesCard));
const MoversCard = eagerLazy(import('./movers-card.tsx').then((m) => m.MoversCard));
const SectorDetail = eagerLazy(import('./sector-detail.tsx').then((m) => m.SectorDetail));
const TariffsCard = eagerLazy(import('./tariffs-card.tsx').then((m) => m.TariffsCard));
const ContextCard = eagerLazy(import('./context-card.tsx').then((m) => m.ContextCard));
const FLOW_COLOR = { exports: SERIES_COLORS.exports, imports: SERIES_COLORS.imports } as const;
import { isShowAs } from '../../lib/show-as.ts';
import './sectors.css';

const FLOW_WORD = { exports: 'exports', imports: 'imports' } as const;

function sourcesFor(meta: Meta | undefined, ids: Iterable<string>) {
  return meta ? pickSources(meta.sources, [...new Set(ids)]) : [];
}

/**
 * Tariffs and context figures do not depend on the page's filters; memo keeps filter changes from
 * recomputing and redrawing them.
 */
const TariffsAndContext = memo(function TariffsAndContext({ meta, catalogue }: { meta: Meta | undefined; catalogue: Sector[] | undefined }) {
  const agriculture = useQuery(sectorValuesQuery({ classification: 'agriculture', flow: 'exports' }));
  const tariffs = useQuery(sectorValuesQuery({ classification: 'hs-chapters', flow: 'imports' }));
  return (
    <>
      <QueryStatus query={tariffs} label="tariff figures" skeleton={<Skeleton height={400} />}>
        {(data) => {
          const hs = (catalogue ?? []).filter((s) => s.classification === 'hs-chapters');
          const periods = meta?.classifications.find((c) => c.id === 'hs-chapters')?.flows.find((x) => x.flow === 'imports')?.periods ?? [];
          return (
            <TariffsCard
              rows={tariffRows(data.rows, hs, periods.map((p) => p.year))}
              periods={periods}
              sources={sourcesFor(meta, data.rows.map((r) => r.sourceId))}
            />
          );
        }}
      </QueryStatus>
      <QueryStatus query={agriculture} label="agricultural figures" skeleton={<Skeleton height={260} />}>
        {(data) => {
          const ag = (catalogue ?? []).filter((s) => s.classification === 'agriculture');
          const pick = (ids: string[]) => ag.filter((s) => ids.includes(s.id));
          const agColor = (id: string) => sectorColor(ag.findIndex((s) => s.id === id));
          const src = (ids: string[]) => sourcesFor(meta, data.rows.filter((r) => ids.includes(r.sectorId)).map((r) => r.sourceId));
          return (
            <div className="card-grid">
              <ContextCard name="agricultural-exports" title="US agricultural exports to South Korea" sectors={pick(['ag-total', 'ag-related-total'])} values={data.rows} colorOf={agColor} sources={src(['ag-total', 'ag-related-total'])} />
              <ContextCard name="beef-exports" title="US beef exports to South Korea" sectors={pick(['ag-beef'])} values={data.rows} colorOf={agColor} sources={src(['ag-beef'])} />
            </div>
          );
        }}
      </QueryStatus>
    </>
  );
});

export function SectorsPage() {
  usePageTitle('Sectors');
  const meta = useQuery(metaQuery());
  const catalogue = useQuery(sectorsQuery());
  const f = useSectorsFilters(meta.data, catalogue.data?.sectors);
  const classificationId = f.classification?.id;
  const values = useQuery({
    ...sectorValuesQuery({ classification: classificationId ?? '', flow: f.flow, measure: f.measure }),
    enabled: f.ready && classificationId !== undefined,
  });

  const items = f.sectors.filter((s) => s.kind === 'item');
  // A sector keeps its colour on every chart of the page: by catalogue position where the palette covers the
  // catalogue, else (HS chapters) by position in the selection, so that selected sectors never share a colour.
  const selectionOrder = f.values.sector.length ? f.values.sector : values.data && f.year !== undefined ? topSectorIds(values.data.rows, f.sectors, f.year) : [];
  const colorOf = (id: string) =>
    sectorColor(items.length <= SECTOR_PALETTE.length ? items.findIndex((s) => s.id === id) : selectionOrder.indexOf(id));
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
  const missingFlows = (['exports', 'imports'] as const).filter((fl) => !f.classification?.flows.some((x) => x.flow === fl));

  const openDetail = (id: string) => f.update({ detail: id });

  return (
    <div className="page">
      <header className="page-header">
        <h1>Sector breakdowns</h1>
        <p className="lede">
          Which products make up US trade with South Korea, how they shifted after KORUS, and which moved most. Each
          classification is its own system: figures of different classifications are never added together.
        </p>
      </header>

      <UrlNotice issues={f.issues} onDismiss={f.dismissIssues} />
      <QueryErrors items={[{ query: catalogue, label: 'the sector catalogue' }]} />

      <QueryStatus query={meta} label="the data catalogue" skeleton={<Skeleton lines={2} />}>
        {(m) => (
          <FilterBar onReset={f.reset}>
            <SelectFilter
              label="Classification"
              value={classificationId ?? ''}
              options={m.classifications.map((c) => ({ value: c.id, label: c.label }))}
              onChange={(v) => f.update({ classification: v, flow: undefined, measure: undefined, year: undefined, compare: undefined, sector: [], detail: undefined, view: undefined })}
            />
            <SegmentedFilter
              label="Flow"
              value={f.flow}
              options={(['exports', 'imports'] as const).map((fl) => ({
                value: fl,
                label: fl === 'exports' ? 'US exports' : 'US imports',
                disabled: missingFlows.includes(fl),
              }))}
              onChange={(v) => f.update({ flow: v, measure: undefined, year: undefined, compare: undefined, sector: [], detail: undefined })}
            />
            {(f.flowInfo?.measures.length ?? 0) > 1 && (
              <SelectFilter
                label="Measure"
                value={f.measure}
                options={(f.flowInfo?.measures ?? []).map((id) => ({ value: id, label: m.measures.find((x) => x.id === id)?.label ?? id }))}
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
              options={[{ value: '', label: 'None' }, ...f.years.filter((y) => y !== f.year).map((y) => ({ value: String(y), label: yearLabel(y) }))]}
              onChange={(v) => f.update({ compare: v === '' ? undefined : v })}
            />
            <MultiSelectFilter
              label="Sectors"
              emptyLabel="5 largest (default)"
              selected={f.values.sector}
              options={items.map((s) => ({ value: s.id, label: s.label }))}
              swatch={colorOf}
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
        {f.values.detail && (() => {
          const sector = f.sectors.find((s) => s.id === f.values.detail);
          if (!sector || !values.data) return null;
          return (
            <SectorDetail
              sector={sector}
              values={values.data.rows}
              color={flowColor}
              flowWord={flowWord}
              measureLabel={measureLabel}
              fileParts={[classificationId, flowWord, measurePart]}
              sources={sourcesFor(meta.data, values.data.rows.filter((r) => r.sectorId === sector.id).map((r) => r.sourceId))}
              onClose={() => f.update({ detail: undefined })}
            />
          );
        })()}

        {catalogue.isError || meta.isError ? (
          <p className="empty-state">The sector figures need the catalogue above; retry it to show them.</p>
        ) : (
          <QueryStatus query={values} label="sector figures" skeleton={<Skeleton height={420} />}>
            {(data) => {
              const year = f.year;
              if (year === undefined) return <p className="empty-state">No years with figures for this selection.</p>;
              const rank = ranking(data.rows, f.sectors, year, f.flowInfo?.complete ?? false);
              const selectedIds = f.values.sector.length ? f.values.sector : topSectorIds(data.rows, f.sectors, year);
              const selected = selectedIds.map((id) => f.sectors.find((s) => s.id === id)).filter((s): s is Sector => Boolean(s));
              const sources = sourcesFor(meta.data, data.rows.map((r) => r.sourceId));
              // Without a chosen comparison (or with the year itself), the movers compare with the first year.
              const compare =
                f.compare !== undefined && f.compare !== year ? f.compare : f.years[0] !== undefined && f.years[0] !== year ? f.years[0] : undefined;
              const partialNote = [compare, year].filter((y) => periodOf(y)?.partial).map(yearLabel);
              const base = `US ${flowWord} to/from South Korea`.replace('to/from', f.flow === 'exports' ? 'to' : 'from');
              const measureWords = f.measure === 'value' ? '' : `, ${measureLabel}`;
              return (
                <>
                  <RankingCard
                    ranking={rank}
                    title={`${base} by ${f.classification?.label ?? 'sector'}, ${yearLabel(year)}`}
                    subtitle={`${f.classification?.label}${measureWords}, ${yearLabel(year)}, ranked`}
                    fileParts={[classificationId, flowWord, f.measure === 'value' ? undefined : f.measure, yearLabel(year)]}
                    flowColor={flowColor}
                    flowWord={flowWord}
                    view={f.values.view === 'share' ? 'share' : 'value'}
                    onViewChange={(view) => f.update({ view })}
                    selected={f.values.sector}
                    onOpen={openDetail}
                    sources={sources}
                    note={rank.partial ? `${yearLabel(year)} is a partial year.` : undefined}
                  />
                  <div className="card-grid">
                    <SectorSeriesCard
                      showAs={isShowAs(f.values.show) ? f.values.show : 'values'}
                      log={f.values.log === true}
                      onView={(patch) => f.update(patch)}
                      rows={seriesByYear(data.rows, selected.map((s) => s.id), f.flowInfo?.periods ?? [])}
                      sectors={selected}
                      colorOf={colorOf}
                      title={`Selected sectors over time`}
                      subtitle={`${base}, ${f.classification?.label}${measureWords}${f.values.sector.length ? '' : `; the five largest in ${yearLabel(year)}`}`}
                      fileParts={[classificationId, flowWord, measurePart, ...selected.map((s) => s.id).slice(0, 3)]}
                      sources={sources}
                    />
                    {compare !== undefined ? (
                      <MoversCard
                        rows={movers(data.rows, f.sectors, compare, year)}
                        compareYear={compare}
                        compareLabel={yearLabel(compare)}
                        yearLabel={yearLabel(year)}
                        warning={partialNote.length ? `${partialNote.join(' and ')} is a partial year: a change against a full year is not like for like.` : undefined}
                        year={year}
                        flowWord={flowWord}
                        flowColor={flowColor}
                        fileParts={[classificationId, flowWord, measurePart, compare === undefined ? undefined : yearLabel(compare), yearLabel(year)]}
                        sources={sources}
                      />
                    ) : (
                      <section className="card" aria-labelledby="movers-empty-title">
                        <h2 id="movers-empty-title">Top movers</h2>
                        {f.years.length > 1 ? (
                          <>
                            <p>Compare {yearLabel(year)} with another year to see which sectors moved most.</p>
                            <p className="notice__actions">
                              {f.years.filter((y) => y !== year).slice(0, 4).map((y) => (
                                <button key={y} type="button" className="button button--ghost button--small" onClick={() => f.update({ compare: String(y) })}>
                                  Compare with {yearLabel(y)}
                                </button>
                              ))}
                            </p>
                          </>
                        ) : (
                          <p className="empty-state">This classification has figures for one year only, so no change can be computed.</p>
                        )}
                      </section>
                    )}
                  </div>
                </>
              );
            }}
          </QueryStatus>
        )}

        <h2 className="section-title">Tariffs and context figures</h2>
        <TariffsAndContext meta={meta.data} catalogue={catalogue.data?.sectors} />
      </Suspense>
    </div>
  );
}
