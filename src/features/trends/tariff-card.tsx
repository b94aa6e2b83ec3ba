import type { Meta, Source, TariffCommitment, TradeEvent } from '../../api/schemas.ts';
import { DataTable } from '../../components/data-table.tsx';
import { pickSources, SourceLine } from '../../components/source-line.tsx';
import { formatDate } from '../../lib/format.ts';

/** Commitments with a calendar date, as events for the timeline (minor markers at their date). */
export function commitmentEvents(rows: readonly TariffCommitment[]): TradeEvent[] {
  return rows
    .filter((r) => r.date !== null && !r.superseded)
    .map((r) => ({
      id: `tariff-${r.id}`,
      date: r.date ?? '',
      precision: 'day' as const,
      title: `Tariff: ${r.productLabel}, ${r.side === 'Korea' ? 'Korea' : 'US'} ${r.rateBefore} → ${r.rateAfter}`,
      description: `${r.item}. ${r.timingAsStated}.`,
      milestone: false,
      sourceIds: r.sourceIds,
    }));
}

function SourceLinks({ ids, sources }: { ids: string[]; sources: Source[] }) {
  const picked = pickSources(sources, ids);
  if (!picked.length) return <>{ids.join(', ')}</>;
  return (
    <>
      {picked.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.publisher}
            </a>
          ) : (
            s.publisher
          )}
        </span>
      ))}
    </>
  );
}

const PRODUCTS: readonly TariffCommitment['product'][] = ['cars', 'trucks', 'electric-cars', 'beef', 'autos-and-parts'];

/** The tariff staging for cars, trucks, electric cars and beef, in the source's own words for timing. */
export function TariffCard({ rows, meta }: { rows: TariffCommitment[]; meta: Meta | undefined }) {
  const sources = meta?.sources ?? [];
  const sorted = [...rows].sort((a, b) => PRODUCTS.indexOf(a.product) - PRODUCTS.indexOf(b.product));
  return (
    <>
      <DataTable<TariffCommitment>
        caption="KORUS tariff staging for cars, trucks, electric cars and beef: who levies the tariff, the rates and the timing as the source words it"
        columns={[
          { key: 'product', header: 'Product', rowHeader: true, cell: (r) => r.productLabel },
          {
            key: 'item',
            header: 'Tariff',
            cell: (r) => `${r.side === 'Korea' ? 'Korea on US goods' : 'US on Korean goods'}: ${r.item}`,
          },
          { key: 'rate', header: 'Rate', cell: (r) => `${r.rateBefore} → ${r.rateAfter}` },
          {
            key: 'timing',
            header: 'Timing (source’s wording)',
            cell: (r) => (
              <>
                {r.timingAsStated}
                {r.superseded && <em> — superseded by the 2018 amendments</em>}
                {!r.korus && <em> — not a KORUS commitment (Section 232)</em>}
              </>
            ),
          },
          { key: 'date', header: 'Date', cell: (r) => (r.date ? formatDate(r.date) : r.dateAsStated) },
          { key: 'source', header: 'Source', cell: (r) => <SourceLinks ids={r.sourceIds} sources={sources} /> },
        ]}
        rows={sorted}
        rowKey={(r) => r.id}
      />
      <p className="chart-card__note">
        A date is given only where the source states a calendar day; otherwise the timing is the source’s own wording
        (e.g. “in the fifth year”). Dated commitments appear on the charts’ timelines with “Show all events”.
      </p>
      <SourceLine sources={pickSources(sources, [...new Set(rows.flatMap((r) => r.sourceIds))])} />
    </>
  );
}
