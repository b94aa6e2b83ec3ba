import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Link } from 'react-router';
import { annualTradeQuery, eventsQuery, metaQuery } from '../../api/queries.ts';
import type { AnnualRow } from '../../api/schemas.ts';
import { QueryErrors, QueryStatus } from '../../components/query-status.tsx';
import { Placeholder } from '../../components/deferred.tsx';
import { pickSources, SourceLine } from '../../components/source-line.tsx';
import { formatBalance, formatMusd } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { eagerLazy } from '../../components/eager-lazy.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PAGE_HEADS } from '../../lib/page-heads.ts';

const BalanceOverviewCard = eagerLazy(import('./balance-overview-card.tsx').then((m) => m.BalanceOverviewCard));

function latestComplete(rows: AnnualRow[]): AnnualRow | undefined {
  return rows.findLast((r) => r.exports !== null && r.imports !== null && r.balance !== null);
}

export function OverviewPage() {
  usePageTitle(PAGE_HEADS['/'].title);
  const goods = useQuery(annualTradeQuery({ category: 'goods' }));
  const meta = useQuery(metaQuery());
  const events = useQuery(eventsQuery());
  return (
    <div className="page">
      <PageHeader head={PAGE_HEADS['/']} />
      <QueryErrors
        items={[
          { query: meta, label: 'the data description and sources' },
          { query: events, label: 'the KORUS timeline' },
        ]}
      />
      <section aria-labelledby="headline-title" className="card">
        <h2 id="headline-title">Goods trade, latest year</h2>
        <QueryStatus
          query={goods}
          label="goods trade figures"
          skeleton={<Placeholder height={111} narrowHeight={275} />}
        >
          {(data) => {
            const latest = latestComplete(data.rows);
            const base = data.rows.find((r) => r.year === 2011);
            if (!latest) return <p>No complete year of goods trade data.</p>;
            return (
              <>
                <dl className="kpi-grid">
                  <div className="kpi">
                    <dt>US exports to South Korea, {latest.year}</dt>
                    <dd className="kpi__value kpi__value--exports">{formatMusd(latest.exports)}</dd>
                  </div>
                  <div className="kpi">
                    <dt>US imports from South Korea, {latest.year}</dt>
                    <dd className="kpi__value kpi__value--imports">{formatMusd(latest.imports)}</dd>
                  </div>
                  <div className="kpi">
                    <dt>Goods balance, {latest.year}</dt>
                    <dd className="kpi__value kpi__value--balance">{formatBalance(latest.balance)}</dd>
                  </div>
                  {base && (
                    <div className="kpi">
                      <dt>Goods balance, 2011 (before KORUS)</dt>
                      <dd className="kpi__value kpi__value--balance">{formatBalance(base.balance)}</dd>
                    </div>
                  )}
                </dl>
                {meta.data && <SourceLine sources={pickSources(meta.data.sources, latest.sourceIds)} />}
              </>
            );
          }}
        </QueryStatus>
      </section>
      {/* Skeletons of the final sizes: the links below do not jump when the figures arrive. */}
      <QueryStatus query={goods} label="the goods balance" skeleton={<Placeholder height={475} narrowHeight={574} />}>
        {(data) => (
          <Suspense fallback={<Placeholder height={491} narrowHeight={590} />}>
            <BalanceOverviewCard rows={data.rows} meta={meta.data} events={events.data?.events ?? []} />
          </Suspense>
        )}
      </QueryStatus>
      <nav aria-label="Pages" className="link-cards">
        <Link to="/trends" className="link-card">
          <span className="link-card__title">Trade trends</span>
          <span>Exports, imports and the balance in goods and services since 1985, with the KORUS milestones.</span>
        </Link>
        <Link to="/sectors" className="link-card">
          <span className="link-card__title">Sector breakdowns</span>
          <span>Which products make up the trade: USITC sectors, HS chapters, agriculture and beef, tariffs.</span>
        </Link>
        <Link to="/viewpoints" className="link-card">
          <span className="link-card__title">Expert viewpoints</span>
          <span>What experts claimed about KORUS, each claim next to the figures it can be checked against.</span>
        </Link>
      </nav>
    </div>
  );
}
