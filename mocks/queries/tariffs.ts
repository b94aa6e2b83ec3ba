// Pure query over the KORUS tariff commitments (tariff-commitments.json), taking the parsed array.
import type { TariffCommitment } from '../../src/api/schemas.ts';
import { Problems } from './errors.ts';

const PRODUCTS: readonly TariffCommitment['product'][] = ['cars', 'trucks', 'electric-cars', 'beef', 'autos-and-parts'];

/** GET /api/v1/tariff-commitments[?product=&chapter=]: in file order. Throws QueryError for an unknown product. */
export function tariffCommitments(
  rows: TariffCommitment[],
  q: { product?: string; chapter?: string } = {},
): TariffCommitment[] {
  const problems = new Problems();
  if (q.product !== undefined && !(PRODUCTS as readonly string[]).includes(q.product)) {
    problems.add('product', `"${q.product}" is not one of: ${PRODUCTS.join(', ')}.`);
  }
  if (q.chapter !== undefined && !/^hs-\d{2}$/.test(q.chapter))
    problems.add('chapter', `"${q.chapter}" is not a chapter id (hs-01 … hs-99).`);
  problems.throwIfAny();
  return rows.filter(
    (r) =>
      (q.product === undefined || r.product === q.product) &&
      (q.chapter === undefined || r.hsChapterIds.includes(q.chapter)),
  );
}
