// Contract tests for the HS-chapter endpoints and the tariff commitments, through real HTTP fetch against the
// msw node server. Figures are checked against mocks/data/hs-chapter-values.json; every bad parameter answers
// an RFC 9457 problem+json naming it.
import { describe, it, expect } from 'vitest';
import {
  hsBalanceResponseSchema,
  hsChaptersMetaSchema,
  hsChapterValuesResponseSchema,
  hsSectionsResponseSchema,
  tariffCommitmentsResponseSchema,
} from '../../src/api/schemas.ts';
import type { HsChaptersMeta, HsChapterValue, TariffCommitment } from '../../src/api/schemas.ts';
import hsMetaJson from '../../mocks/data/hs-chapters.json';
import hsValuesJson from '../../mocks/data/hs-chapter-values.json';
import tariffJson from '../../mocks/data/tariff-commitments.json';
import { getOk, expectBadParam } from './contract-helpers.ts';

const meta = hsMetaJson as HsChaptersMeta;
const values = hsValuesJson as HsChapterValue[];
const commitments = tariffJson as TariffCommitment[];

const fileValue = (year: number, id: string, basis: string, measure: string) =>
  values.find((r) => r.year === year && r.sectorId === id && r.basis === basis && r.measure === measure)?.value;

describe('GET /api/v1/hs-chapters', () => {
  it('serves the catalogue: chapters, 21 sections, bases, the balance, coverage and the 2020–2022 gap', async () => {
    const res = await getOk('/api/v1/hs-chapters', hsChaptersMetaSchema);
    expect(res.chapters).toHaveLength(meta.chapters.length);
    expect(res.chapters.find((c) => c.id === 'hs-87')?.label).toMatch(/^HS 87 Vehicles/);
    expect(res.sections).toHaveLength(21);
    expect(res.bases.map((b) => b.id).sort()).toEqual(['comtrade-fas', 'comtrade-general-cif', 'usitc-consumption']);
    expect(res.balances[0]?.label).toBe(
      'exports f.a.s. − imports CIF; CIF includes freight and insurance (≈3% of imports)',
    );
    expect(res.gaps).toEqual([expect.objectContaining({ from: 2020, to: 2022 })]);
    const exportsCoverage = res.coverage.find((c) => c.basis === 'comtrade-fas');
    expect(exportsCoverage?.years).toEqual([
      2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019,
    ]);
  });

  it('rejects an unknown parameter', async () => {
    await expectBadParam('/api/v1/hs-chapters?year=2016', 'year');
  });
});

describe('GET /api/v1/trade/hs-chapters', () => {
  it('serves HS 87 imports of 2015 at their Comtrade CIF value, with basis and vintage', async () => {
    const res = await getOk(
      '/api/v1/trade/hs-chapters?flow=imports&year=2015&chapter=hs-87',
      hsChapterValuesResponseSchema,
    );
    expect(res.rows).toHaveLength(1);
    expect(res.rows[0]).toMatchObject({
      basis: 'comtrade-general-cif',
      measure: 'cif-value',
      vintage: 'comtrade-2020-06',
      partial: false,
    });
    expect(res.rows[0]?.value).toBe(fileValue(2015, 'hs-87', 'comtrade-general-cif', 'cif-value'));
  });

  it('lists imports of both bases side by side, each row naming its basis, and never a 2020–2022 row', async () => {
    const res = await getOk(
      '/api/v1/trade/hs-chapters?flow=imports&measure=cif-value&chapter=hs-87',
      hsChapterValuesResponseSchema,
    );
    const byBasis = (b: string) => res.rows.filter((r) => r.basis === b).map((r) => r.year);
    expect(byBasis('comtrade-general-cif')).toEqual([
      2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019,
    ]);
    expect(byBasis('usitc-consumption')).toEqual([2023, 2024, 2025]);
    expect(res.rows.find((r) => r.year === 2025)).toMatchObject({ period: 'Jan–Aug', partial: true });
    expect(res.rows.some((r) => r.year >= 2020 && r.year <= 2022)).toBe(false);
  });

  it('filters by basis and range', async () => {
    const res = await getOk(
      '/api/v1/trade/hs-chapters?flow=exports&basis=comtrade-fas&from=2011&to=2012',
      hsChapterValuesResponseSchema,
    );
    expect(new Set(res.rows.map((r) => r.year))).toEqual(new Set([2011, 2012]));
    expect(res.rows.every((r) => r.basis === 'comtrade-fas' && r.flow === 'exports')).toBe(true);
  });

  it('serves the balance per chapter: HS 87 2016 exports 2,195.8, imports 21,517.0, balance −19,321.1', async () => {
    const res = await getOk('/api/v1/trade/hs-chapters?flow=balance&year=2016&chapter=hs-87', hsBalanceResponseSchema);
    expect(res.label).toBe('exports f.a.s. − imports CIF; CIF includes freight and insurance (≈3% of imports)');
    expect(res.rows).toHaveLength(1);
    const row = res.rows[0]!;
    expect(row.balanceBasis).toBe('comtrade-fas-minus-cif');
    expect(row.exports).toBeCloseTo(2195.8, 1);
    expect(row.imports).toBeCloseTo(21517.0, 1);
    expect(row.balance).toBeCloseTo(-19321.1, 1);
    expect(row.balance).toBeCloseTo(row.exports - row.imports, 6);
  });

  it('gives the all-chapter totals of each year, the chapters reported in one flow only included', async () => {
    const res = await getOk('/api/v1/trade/hs-chapters?flow=balance&chapter=hs-87', hsBalanceResponseSchema);
    // Summed here from the file: every chapter with a figure in each basis of the balance.
    const total = (year: number, basis: string, measure: string) =>
      values
        .filter((r) => r.year === year && r.basis === basis && r.measure === measure && r.value !== null)
        .reduce((acc, r) => acc + (r.value ?? 0), 0);
    expect(res.totals.map((t) => t.year)).toEqual([
      2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019,
    ]);
    for (const t of res.totals) {
      expect(t.exports).toBeCloseTo(total(t.year, 'comtrade-fas', 'fas-value'), 6);
      expect(t.imports).toBeCloseTo(total(t.year, 'comtrade-general-cif', 'cif-value'), 6);
      expect(t.balance).toBeCloseTo(t.exports - t.imports, 6);
    }
    // All chapters, not the one asked for: the total is larger than HS 87's own flows.
    const t2016 = res.totals.find((t) => t.year === 2016)!;
    expect(t2016.imports).toBeGreaterThan(res.rows.find((r) => r.year === 2016)!.imports * 2);
    // A year asked for narrows the totals to it.
    const one = await getOk('/api/v1/trade/hs-chapters?flow=balance&year=2016', hsBalanceResponseSchema);
    expect(one.totals).toEqual([t2016]);
  });

  it('gives balances only for the years with both flows (2007–2019)', async () => {
    const res = await getOk('/api/v1/trade/hs-chapters?flow=balance', hsBalanceResponseSchema);
    const years = [...new Set(res.rows.map((r) => r.year))].sort();
    expect(years[0]).toBe(2007);
    expect(years.at(-1)).toBe(2019);
  });

  it.each([
    ['', 'flow'],
    ['flow=both', 'flow'],
    ['flow=exports&year=16', 'year'],
    ['flow=exports&year=2016&from=2011', 'year'],
    ['flow=exports&from=2016&to=2011', 'from'],
    ['flow=exports&chapter=hs-100', 'chapter'],
    ['flow=exports&basis=census', 'basis'],
    ['flow=exports&basis=comtrade-general-cif', 'basis'],
    ['flow=imports&measure=weight', 'measure'],
    ['flow=exports&measure=duties', 'measure'],
    ['flow=balance&measure=cif-value', 'measure'],
    ['flow=balance&basis=comtrade-fas', 'basis'],
    ['flow=exports&sector=hs-87', 'sector'],
  ])('answers 400 problem+json for ?%s', async (query, param) => {
    await expectBadParam(`/api/v1/trade/hs-chapters?${query}`, param);
  });
});

describe('GET /api/v1/trade/hs-sections', () => {
  it('sums the chapters of one year, flow and basis: Section XVII (86–89) exports 2016', async () => {
    const res = await getOk('/api/v1/trade/hs-sections?flow=exports&year=2016', hsSectionsResponseSchema);
    expect(res.rows).toHaveLength(21);
    const s17 = res.rows.find((r) => r.sectionId === 'S17')!;
    const expected = ['hs-86', 'hs-87', 'hs-88', 'hs-89'].reduce(
      (acc, id) => acc + (fileValue(2016, id, 'comtrade-fas', 'fas-value') ?? NaN),
      0,
    );
    expect(s17.value).toBeCloseTo(expected, 6);
    expect(s17).toMatchObject({ basis: 'comtrade-fas', chapterCount: 4, missingChapterIds: [] });
  });

  it('is null with the missing chapter named when a chapter has no figure (Section I imports 2016: HS 02)', async () => {
    const res = await getOk('/api/v1/trade/hs-sections?flow=imports&year=2016', hsSectionsResponseSchema);
    const s1 = res.rows.find((r) => r.sectionId === 'S01')!;
    expect(s1.value).toBeNull();
    expect(s1.missingChapterIds).toContain('hs-02');
  });

  it('serves every year of the basis without a year, and the balance only for 2007–2019', async () => {
    const res = await getOk('/api/v1/trade/hs-sections?flow=balance', hsSectionsResponseSchema);
    const years = [...new Set(res.rows.map((r) => r.year))];
    expect(years).toEqual([2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    const usitc = await getOk(
      '/api/v1/trade/hs-sections?flow=imports&basis=usitc-consumption&measure=cif-value',
      hsSectionsResponseSchema,
    );
    expect([...new Set(usitc.rows.map((r) => r.year))]).toEqual([2023, 2024, 2025]);
  });

  it.each([
    ['', 'flow'],
    ['flow=exports&basis=comtrade-general-cif', 'basis'],
    ['flow=balance&measure=duties', 'measure'],
    ['flow=exports&year=2016&to=2017', 'year'],
    ['flow=exports&from=2019&to=2010', 'from'],
    ['flow=exports&chapter=hs-87', 'chapter'],
  ])('answers 400 problem+json for ?%s', async (query, param) => {
    await expectBadParam(`/api/v1/trade/hs-sections?${query}`, param);
  });
});

describe('GET /api/v1/tariff-commitments', () => {
  it('serves every commitment with the source wording for timing', async () => {
    const res = await getOk('/api/v1/tariff-commitments', tariffCommitmentsResponseSchema);
    expect(res.commitments).toHaveLength(commitments.length);
    expect(res.commitments.find((c) => c.id === 'tc-01')?.quote).toContain('in the fifth year');
  });

  it('filters by chapter: HS 02 is beef only', async () => {
    const res = await getOk('/api/v1/tariff-commitments?chapter=hs-02', tariffCommitmentsResponseSchema);
    expect(res.commitments.length).toBeGreaterThan(0);
    expect(res.commitments.every((c) => c.product === 'beef')).toBe(true);
  });

  it.each([
    ['product=pork', 'product'],
    ['chapter=87', 'chapter'],
    ['hs=87', 'hs'],
  ])('answers 400 problem+json for ?%s', async (query, param) => {
    await expectBadParam(`/api/v1/tariff-commitments?${query}`, param);
  });
});
