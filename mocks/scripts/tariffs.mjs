// KORUS tariff staging (korus-tariff-staging.csv): the commitments on cars, trucks, electric cars and beef, with
// the source's own wording for timing ("in the fifth year" stays as such: no source gives a calendar date).
// A calendar date is served only where the CSV's date cell is one (YYYY-MM-DD); otherwise `date` is null and
// `dateAsStated` carries the cell's text. Rates are the source's text ("2.5% (maintained)").
import { check } from './csv.mjs';
import { sourceIdFor } from './sources.mjs';

const PRODUCTS = [
  { prefix: 'Passenger cars', id: 'cars', label: 'Passenger cars', chapters: ['hs-87'] },
  { prefix: 'Trucks', id: 'trucks', label: 'Trucks', chapters: ['hs-87'] },
  { prefix: 'Electric cars', id: 'electric-cars', label: 'Electric cars', chapters: ['hs-87'] },
  { prefix: 'Beef', id: 'beef', label: 'Beef', chapters: ['hs-02'] },
  { prefix: 'Autos and auto parts', id: 'autos-and-parts', label: 'Autos and auto parts', chapters: ['hs-87'] },
];

export function buildTariffs(readCsv) {
  const rows = readCsv('korus-tariff-staging.csv');
  return rows.map((r, i) => {
    const product = PRODUCTS.find((p) => r.item.startsWith(p.prefix));
    check(product, `Tariff row ${i + 2}: unknown item ${r.item}`);
    check(r.side === 'Korea' || r.side === 'United States', `Tariff row ${i + 2}: side ${r.side}`);
    const isDay = /^\d{4}-\d{2}-\d{2}$/.test(r.date);
    const korus = !/NOT a KORUS staging item/.test(r.item);
    return {
      id: `tc-${String(i + 1).padStart(2, '0')}`,
      product: product.id,
      productLabel: product.label,
      item: r.item,
      hsChapterIds: product.chapters,
      /** Who levies the tariff: "Korea" (on U.S. goods) or "United States" (on Korean goods). */
      side: r.side,
      date: isDay ? r.date : null,
      dateAsStated: r.date,
      rateBefore: r.rate_before,
      rateAfter: r.rate_after,
      timingAsStated: r.timing_as_stated,
      quote: r.quote,
      korus,
      superseded: /SUPERSEDED/.test(r.date),
      sourceIds: sourceIdFor(r.source),
    };
  });
}
