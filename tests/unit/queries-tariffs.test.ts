// The tariff-commitment query (mocks/queries/tariffs.ts).
import { describe, it, expect } from 'vitest';
import { tariffCommitments } from '../../mocks/queries/tariffs.ts';
import { QueryError } from '../../mocks/queries/errors.ts';
import type { TariffCommitment } from '../../src/api/schemas.ts';
import tariffsJson from '../../mocks/data/tariff-commitments.json';

const rows = tariffsJson as TariffCommitment[];

describe('tariffCommitments', () => {
  it('returns all rows in file order, or those of a product or chapter', () => {
    expect(tariffCommitments(rows).map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(tariffCommitments(rows, { product: 'beef' }).map((r) => r.rateAfter)).toEqual(['37.3%', '21.3%', '0%']);
    expect(tariffCommitments(rows, { chapter: 'hs-02' })).toEqual(tariffCommitments(rows, { product: 'beef' }));
    expect(tariffCommitments(rows, { chapter: 'hs-84' })).toEqual([]);
  });

  it('rejects an unknown product or a malformed chapter', () => {
    expect(() => tariffCommitments(rows, { product: 'rice' })).toThrow(QueryError);
    expect(() => tariffCommitments(rows, { chapter: '87' })).toThrow(/not a chapter id/);
  });
});
