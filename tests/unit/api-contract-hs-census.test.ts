// Contract of the Census basis of the HS-chapter endpoints (issue 16). The served snapshot has no Census files:
// the loaders give no Census rows and every answer is the snapshot's. With a Census data set (CONSTRUCTED, built
// by the real build module from synthetic rows, served through setDataset only), the catalogue lists its bases,
// balance and coverage, and its rows come only when their basis is asked for: never in a default answer.
import { describe, it, expect, beforeEach } from 'vitest';
import {
  hsBalanceResponseSchema,
  hsChaptersMetaSchema,
  hsChapterValuesResponseSchema,
  hsChapterValueSchema,
  hsSectionsResponseSchema,
  problemSchema,
} from '../../src/api/schemas.ts';
import { realDataset, setDataset } from '../../mocks/db.ts';
import { constructedCensusHs } from '../fixtures/census-hs-dataset.mjs';
import { get, getOk } from './contract-helpers.ts';

const M = 1e6;
// CONSTRUCTED, not real data: constant monthly values, 2018-01 … 2021-06 (2021 partial); HS 02 has no imports.
const census = constructedCensusHs(
  {
    from: '2018-01',
    to: '2021-06',
    chapters: [
      { hs2: '87', description: 'VEHICLES', exports: 300 * M, imports: 2000 * M },
      { hs2: '84', description: 'MACHINERY', exports: 1000 * M, imports: 800 * M },
      { hs2: '02', description: 'MEAT', exports: 150 * M, imports: null },
    ],
  },
  realDataset.hsChapters,
);
const withCensus = () =>
  setDataset({
    ...realDataset,
    hsCensus: census.hsCensus,
    hsCensusValues: census.hsCensusValues,
    meta: { ...realDataset.meta, sources: [...realDataset.meta.sources, census.source] },
  });

describe('without Census files (the served snapshot)', () => {
  it('loads no Census data set: null and no rows, not an error', () => {
    expect(realDataset.hsCensus).toBeNull();
    expect(realDataset.hsCensusValues).toEqual([]);
  });

  it('serves the catalogue of the three snapshot bases and one balance', async () => {
    const meta = await getOk('/api/v1/hs-chapters', hsChaptersMetaSchema);
    expect(meta.bases.map((b) => b.id)).toEqual(['comtrade-fas', 'comtrade-general-cif', 'usitc-consumption']);
    expect(meta.balances.map((b) => b.id)).toEqual(['comtrade-fas-minus-cif']);
    expect(meta).toEqual(realDataset.hsChapters);
  });

  it('answers a Census basis with 400 naming the parameter', async () => {
    const answer = await get('/api/v1/trade/hs-chapters?flow=exports&basis=census-fas');
    expect(answer.status).toBe(400);
    const problem = problemSchema.parse(answer.body);
    expect(problem.invalidParams?.map((p) => p.name)).toEqual(['basis']);
  });
});

describe('with a Census data set (constructed)', () => {
  beforeEach(withCensus);

  it('the annual file has the served row shape', () => {
    expect(census.hsCensusValues.filter((r) => !hsChapterValueSchema.safeParse(r).success)).toEqual([]);
  });

  it('lists the Census bases, balance and coverage after the snapshot’s (every default stays the snapshot’s)', async () => {
    const meta = await getOk('/api/v1/hs-chapters', hsChaptersMetaSchema);
    expect(meta.bases.map((b) => b.id)).toEqual([
      'comtrade-fas',
      'comtrade-general-cif',
      'usitc-consumption',
      'census-fas',
      'census-general-customs',
      'census-consumption-customs',
    ]);
    expect(meta.balances.map((b) => [b.id, b.exportsBasis, b.importsBasis])).toEqual([
      ['comtrade-fas-minus-cif', 'comtrade-fas', 'comtrade-general-cif'],
      ['census-fas-minus-general-customs', 'census-fas', 'census-general-customs'],
    ]);
    const fas = meta.coverage.find((c) => c.basis === 'census-fas');
    expect(fas?.years).toEqual([2018, 2019, 2020, 2021]);
    expect(fas?.periods.at(-1)).toEqual({ year: 2021, period: 'Jan–Jun', partial: true });
    expect(fas?.sourceIds).toEqual(['census-intltrade-hs']);
    expect(meta.vintages.map((v) => v.id)).toContain('census-2026-12-01');
    expect(meta.gaps[0]?.note).toMatch(/Census basis has these years as a series of its own/);
  });

  it('keeps a request without basis on the snapshot rows: no Census row is added', async () => {
    const res = await getOk('/api/v1/trade/hs-chapters?flow=exports&year=2019', hsChapterValuesResponseSchema);
    expect(res.rows.map((r) => r.basis)).toEqual(res.rows.map(() => 'comtrade-fas'));
    expect(res.rows).toEqual(
      realDataset.hsChapterValues.filter((r) => r.year === 2019 && r.flow === 'exports' && r.basis === 'comtrade-fas'),
    );
  });

  it('answers basis=census-fas with the Census rows only: the sum of the released months, partial years labelled', async () => {
    const res = await getOk('/api/v1/trade/hs-chapters?flow=exports&basis=census-fas', hsChapterValuesResponseSchema);
    expect(new Set(res.rows.map((r) => r.basis))).toEqual(new Set(['census-fas']));
    const hs87 = res.rows.filter((r) => r.sectorId === 'hs-87');
    // 12 × $300 m a full year, 6 × $300 m for Jan–Jun 2021.
    expect(hs87.map((r) => [r.year, r.period, r.partial, r.value])).toEqual([
      [2018, 'Jan–Dec', false, 3600],
      [2019, 'Jan–Dec', false, 3600],
      [2020, 'Jan–Dec', false, 3600],
      [2021, 'Jan–Jun', true, 1800],
    ]);
    const imports = await getOk(
      '/api/v1/trade/hs-chapters?flow=imports&basis=census-consumption-customs&year=2020',
      hsChapterValuesResponseSchema,
    );
    // Imports for consumption (constructed: general − $1 m a month), never general imports.
    expect(imports.rows.map((r) => [r.sectorId, r.value])).toEqual([
      ['hs-84', 12 * 799],
      ['hs-87', 12 * 1999],
    ]);
  });

  it('balances exports f.a.s. − general imports of the Census basis, only where both flows exist', async () => {
    const res = await getOk(
      '/api/v1/trade/hs-chapters?flow=balance&basis=census-fas-minus-general-customs&year=2020',
      hsBalanceResponseSchema,
    );
    expect(res.balance).toBe('census-fas-minus-general-customs');
    expect(res.rows.map((r) => [r.sectorId, r.exports, r.imports, r.balance])).toEqual([
      ['hs-84', 12000, 9600, 2400],
      ['hs-87', 3600, 24000, -20400],
    ]);
    // The default balance is still the Comtrade one, and has no 2020.
    const snapshot = await getOk('/api/v1/trade/hs-chapters?flow=balance&year=2020', hsBalanceResponseSchema);
    expect(snapshot.balance).toBe('comtrade-fas-minus-cif');
    expect(snapshot.rows).toEqual([]);
  });

  it('sums sections of the Census basis per year, null where a chapter has no figure', async () => {
    const res = await getOk('/api/v1/trade/hs-sections?flow=exports&basis=census-fas', hsSectionsResponseSchema);
    expect([...new Set(res.rows.map((r) => r.year))]).toEqual([2018, 2019, 2020, 2021]);
    const s16 = res.rows.find((r) => r.year === 2020 && r.sectionId === 'S16');
    expect(s16).toMatchObject({ basis: 'census-fas', value: null });
    expect(s16?.missingChapterIds).toEqual(['hs-85']);
  });

  it('rejects a Census basis of the other flow', async () => {
    const answer = await get('/api/v1/trade/hs-chapters?flow=imports&basis=census-fas');
    expect(answer.status).toBe(400);
    expect(problemSchema.parse(answer.body).invalidParams?.map((p) => p.name)).toEqual(['basis']);
  });
});
