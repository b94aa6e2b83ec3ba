// Invariants of the KORUS tariff commitments (mocks/data/tariff-commitments.json): the source's wording for
// timing, dates only where the source gives one, chapters and sources that resolve.
import { describe, it, expect } from 'vitest';
import { tariffCommitmentSchema } from '../../src/api/schemas.ts';
import type { HsChaptersMeta, TariffCommitment } from '../../src/api/schemas.ts';
import tariffsJson from '../../mocks/data/tariff-commitments.json';
import hsMetaJson from '../../mocks/data/hs-chapters.json';
import metaJson from '../../mocks/data/meta.json';

const tariffs = tariffsJson as TariffCommitment[];

describe('tariff commitments', () => {
  it('has the 13 rows of the file, each parsing with the contract, ids unique', () => {
    expect(tariffs).toHaveLength(13);
    expect(tariffs.filter((t) => !tariffCommitmentSchema.safeParse(t).success)).toEqual([]);
    expect(new Set(tariffs.map((t) => t.id)).size).toBe(tariffs.length);
  });

  it('keeps the source wording for timing and gives no date where the source has none', () => {
    const carsZero = tariffs.find((t) => t.product === 'cars' && t.side === 'Korea' && t.rateAfter === '0%');
    expect(carsZero).toMatchObject({ date: null, timingAsStated: '"in the fifth year"' });
    expect(carsZero?.dateAsStated).toMatch(/no calendar date in source/);
    // A date is served exactly where the date cell is a calendar day.
    expect(tariffs.filter((t) => (t.date !== null) !== /^\d{4}-\d{2}-\d{2}$/.test(t.dateAsStated))).toEqual([]);
    expect(tariffs.filter((t) => t.date !== null).map((t) => t.date)).toEqual([
      '2012-03-15',
      '2041-01-01',
      '2012-03-15',
      '2012-03-15',
      '2012-03-15',
      '2025-11-01',
    ]);
  });

  it('covers cars, trucks, electric cars and beef, each with its HS chapter', () => {
    const chapters = new Set((hsMetaJson as HsChaptersMeta).chapters.map((c) => c.id));
    expect([...new Set(tariffs.map((t) => t.product))]).toEqual([
      'cars',
      'trucks',
      'electric-cars',
      'beef',
      'autos-and-parts',
    ]);
    expect(tariffs.filter((t) => t.product === 'beef').every((t) => t.hsChapterIds.join() === 'hs-02')).toBe(true);
    expect(tariffs.filter((t) => t.product !== 'beef').every((t) => t.hsChapterIds.join() === 'hs-87')).toBe(true);
    expect(tariffs.flatMap((t) => t.hsChapterIds).filter((id) => !chapters.has(id))).toEqual([]);
  });

  it('marks the 2025 Section 232 rate as not KORUS and the 2021 truck schedule as superseded', () => {
    expect(tariffs.filter((t) => !t.korus).map((t) => [t.product, t.date, t.rateAfter])).toEqual([
      ['autos-and-parts', '2025-11-01', '15%'],
    ]);
    expect(tariffs.filter((t) => t.superseded).map((t) => [t.product, t.rateAfter])).toEqual([['trucks', '0%']]);
    expect(tariffs.find((t) => t.date === '2041-01-01')).toMatchObject({
      product: 'trucks',
      rateBefore: '25%',
      superseded: false,
    });
  });

  it('every row names a source with a link', () => {
    const sources = new Map(metaJson.sources.map((s) => [s.id, s]));
    expect(tariffs.filter((t) => t.sourceIds.length === 0)).toEqual([]);
    expect(
      tariffs.flatMap((t) => t.sourceIds).filter((id) => !/^https?:\/\//.test(sources.get(id)?.url ?? '')),
    ).toEqual([]);
  });
});
