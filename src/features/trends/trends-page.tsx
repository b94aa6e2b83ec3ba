import { useQuery } from '@tanstack/react-query';
import { annualTradeQuery, metaQuery } from '../../api/queries.ts';
import type { AnnualRow } from '../../api/schemas.ts';
import { DataTable, type Column } from '../../components/data-table.tsx';
import { QueryStatus, Skeleton } from '../../components/query-status.tsx';
import { pickSources, SourceLine } from '../../components/source-line.tsx';
import { formatBn } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

const columns: Column<AnnualRow>[] = [
  { key: 'year', header: 'Year', rowHeader: true, cell: (r) => r.year },
  { key: 'exports', header: 'US exports ($ bn)', numeric: true, cell: (r) => formatBn(r.exports) },
  { key: 'imports', header: 'US imports ($ bn)', numeric: true, cell: (r) => formatBn(r.imports) },
  { key: 'balance', header: 'Balance ($ bn)', numeric: true, cell: (r) => formatBn(r.balance) },
];

export function TrendsPage() {
  usePageTitle('Trade trends');
  const goods = useQuery(annualTradeQuery({ category: 'goods' }));
  const meta = useQuery(metaQuery());
  return (
    <div className="page">
      <header className="page-header">
        <h1>Trade trends</h1>
        <p className="lede">US goods trade with South Korea, every year since 1985 (Census basis).</p>
      </header>
      <section className="card" aria-labelledby="goods-table-title">
        <h2 id="goods-table-title">US goods trade with South Korea, $ bn</h2>
        <QueryStatus query={goods} label="goods trade figures" skeleton={<Skeleton lines={8} />}>
          {(data) => (
            <>
              <DataTable
                caption={`US goods trade with South Korea, ${data.from}–${data.to}, $ bn (negative balance = US deficit)`}
                columns={columns}
                rows={data.rows}
                rowKey={(r) => String(r.year)}
              />
              {meta.data && (
                <SourceLine sources={pickSources(meta.data.sources, [...new Set(data.rows.flatMap((r) => r.sourceIds))])} />
              )}
            </>
          )}
        </QueryStatus>
      </section>
    </div>
  );
}
