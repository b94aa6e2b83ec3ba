import { useQuery } from '@tanstack/react-query';
import { metaQuery, sectorsQuery, sectorValuesQuery } from '../../api/queries.ts';
import type { SectorValue } from '../../api/schemas.ts';
import { DataTable, type Column } from '../../components/data-table.tsx';
import { QueryStatus, Skeleton } from '../../components/query-status.tsx';
import { pickSources, SourceLine } from '../../components/source-line.tsx';
import { formatBn } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

const CLASSIFICATION = 'usitc-sectors';
const YEAR = 2017;

export function SectorsPage() {
  usePageTitle('Sectors');
  const values = useQuery(sectorValuesQuery({ classification: CLASSIFICATION, year: YEAR, flow: 'exports' }));
  const sectors = useQuery(sectorsQuery(CLASSIFICATION));
  const meta = useQuery(metaQuery());
  const labelOf = (id: string) => sectors.data?.sectors.find((s) => s.id === id)?.label ?? id;
  const kindOf = (id: string) => sectors.data?.sectors.find((s) => s.id === id)?.kind;
  const columns: Column<SectorValue>[] = [
    { key: 'sector', header: 'Sector', rowHeader: true, cell: (r) => labelOf(r.sectorId) },
    { key: 'value', header: 'US exports ($ bn)', numeric: true, cell: (r) => formatBn(r.value) },
  ];
  return (
    <div className="page">
      <header className="page-header">
        <h1>Sector breakdowns</h1>
        <p className="lede">US exports to South Korea by USITC sector, {YEAR}.</p>
      </header>
      <section className="card" aria-labelledby="sector-table-title">
        <h2 id="sector-table-title">US exports to South Korea by USITC sector, {YEAR}, $ bn</h2>
        <QueryStatus query={values} label="sector figures" skeleton={<Skeleton lines={8} />}>
          {(data) => {
            const ranked = data.rows
              .filter((r) => kindOf(r.sectorId) === 'item')
              .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
            const total = data.rows.find((r) => kindOf(r.sectorId) === 'total');
            return (
              <>
                <DataTable
                  caption={`US exports to South Korea by USITC sector, ${YEAR}, $ bn${total ? `; total ${formatBn(total.value)}` : ''}`}
                  columns={columns}
                  rows={ranked}
                  rowKey={(r) => r.sectorId}
                />
                {meta.data && <SourceLine sources={pickSources(meta.data.sources, [...new Set(data.rows.map((r) => r.sourceId))])} />}
              </>
            );
          }}
        </QueryStatus>
      </section>
    </div>
  );
}
