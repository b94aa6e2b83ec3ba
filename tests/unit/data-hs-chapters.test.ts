// Invariants of the HS-chapter data set (mocks/data/hs-chapters.json, hs-chapter-values.json): the chapter
// sums against the Census totals, the CIF gap, one row per key, labels, and the USTR 2016 cross-check.
import { describe, it, expect } from 'vitest';
import { hsChapterValueSchema, hsChaptersMetaSchema } from '../../src/api/schemas.ts';
import type { AnnualRow, HsChapterValue, HsChaptersMeta, Sector, SectorValue } from '../../src/api/schemas.ts';
import hsMetaJson from '../../mocks/data/hs-chapters.json';
import hsValuesJson from '../../mocks/data/hs-chapter-values.json';
import goodsJson from '../../mocks/data/goods-annual.json';
import sectorsJson from '../../mocks/data/sectors.json';
import sectorValuesJson from '../../mocks/data/sector-values.json';
import metaJson from '../../mocks/data/meta.json';

const hsMeta = hsMetaJson as HsChaptersMeta;
const rows = hsValuesJson as HsChapterValue[];
const goods = new Map((goodsJson as AnnualRow[]).map((r) => [r.year, r]));
const comtradeYears = Array.from({ length: 13 }, (_, i) => 2007 + i);

/** Plain sum of the chapter values of one year and basis. */
const chapterSum = (year: number, basis: string, measure: string) =>
  rows
    .filter((r) => r.year === year && r.basis === basis && r.measure === measure)
    .reduce((acc, r) => acc + (r.value ?? 0), 0);

describe('HS-chapter data: contract', () => {
  it('the meta and every row parse with the contract', () => {
    expect(hsChaptersMetaSchema.safeParse(hsMetaJson).success).toBe(true);
    expect(rows.length).toBeGreaterThan(3000);
    const bad = rows.filter((r) => !hsChapterValueSchema.safeParse(r).success);
    expect(bad).toEqual([]);
  });

  it('no duplicate year/chapter/flow/measure/basis row', () => {
    const seen = new Set<string>();
    const dup: string[] = [];
    for (const r of rows) {
      const key = `${r.year}|${r.sectorId}|${r.flow}|${r.measure}|${r.basis}`;
      if (seen.has(key)) dup.push(key);
      seen.add(key);
    }
    expect(dup).toEqual([]);
  });

  it('every chapter label resolves, and matches the hs-chapters classification where it exists there', () => {
    const chapters = new Map(hsMeta.chapters.map((c) => [c.id, c]));
    expect(rows.filter((r) => !chapters.has(r.sectorId)).map((r) => r.sectorId)).toEqual([]);
    const sectors = new Map((sectorsJson as Sector[]).map((s) => [s.id, s]));
    const differing = hsMeta.chapters
      .filter((c) => sectors.has(c.id) && sectors.get(c.id)?.label !== c.label)
      .map((c) => c.id);
    expect(differing).toEqual([]);
    expect(chapters.get('hs-87')?.label).toBe('HS 87 Vehicles and parts');
    expect(chapters.get('hs-02')?.label).toBe('HS 02 Meat and edible meat offal');
    // Labels read "HS nn …" with the chapter's own code.
    expect(hsMeta.chapters.filter((c) => !c.label.startsWith(`HS ${c.code} `)).map((c) => c.id)).toEqual([]);
  });

  it('every basis, vintage and source of a row is described', () => {
    const bases = new Set(hsMeta.bases.map((b) => b.id));
    const vintages = new Set(hsMeta.vintages.map((v) => v.id));
    const sources = new Set(metaJson.sources.map((s) => s.id));
    const measures = new Set(hsMeta.measures.map((m) => m.id));
    expect(
      rows.filter(
        (r) => !bases.has(r.basis) || !vintages.has(r.vintage) || !sources.has(r.sourceId) || !measures.has(r.measure),
      ),
    ).toEqual([]);
    // Each basis holds one flow only.
    const flowOf = new Map(hsMeta.bases.map((b) => [b.id, b.flow]));
    expect(rows.filter((r) => flowOf.get(r.basis) !== r.flow)).toEqual([]);
  });

  it('coverage lists exactly the years each basis and measure holds, with the 2020–2022 gap empty', () => {
    for (const c of hsMeta.coverage) {
      const years = [
        ...new Set(rows.filter((r) => r.basis === c.basis && r.measure === c.measure).map((r) => r.year)),
      ].sort();
      expect(c.years, `${c.basis} ${c.measure}`).toEqual(years);
    }
    expect(rows.filter((r) => r.year >= 2020 && r.year <= 2022)).toEqual([]);
    const cif = hsMeta.coverage.find((c) => c.basis === 'comtrade-general-cif');
    expect(cif?.years).toEqual(comtradeYears);
    const usitc = hsMeta.coverage.find((c) => c.basis === 'usitc-consumption' && c.measure === 'cif-value');
    expect(usitc?.periods).toEqual([
      { year: 2023, period: 'Jan–Dec', partial: false },
      { year: 2024, period: 'Jan–Dec', partial: false },
      { year: 2025, period: 'Jan–Aug', partial: true },
    ]);
  });

  it('leaves re-exports out: one export measure only', () => {
    expect([...new Set(rows.filter((r) => r.flow === 'exports').map((r) => `${r.basis}/${r.measure}`))]).toEqual([
      'comtrade-fas/fas-value',
    ]);
  });

  it('has the 21 HS sections, each chapter in at most one section', () => {
    expect(hsMeta.sections).toHaveLength(21);
    expect(hsMeta.sections.find((s) => s.id === 'S16')).toMatchObject({ roman: 'XVI', chapterIds: ['hs-84', 'hs-85'] });
    expect(hsMeta.sections.find((s) => s.id === 'S06')?.chapterRange).toBe('28–38');
    expect(hsMeta.sections.find((s) => s.id === 'S17')?.chapterIds).toEqual(['hs-86', 'hs-87', 'hs-88', 'hs-89']);
    const all = hsMeta.sections.flatMap((s) => s.chapterIds);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(96); // 01–97 without the reserved 77
  });
});

describe('HS-chapter data: against the Census totals (goods-annual, FRED)', () => {
  it.each(comtradeYears)('%i: export chapter sums match Census total exports within 1%', (year) => {
    const census = goods.get(year)?.exports;
    expect(census).toEqual(expect.any(Number));
    const ratio = chapterSum(year, 'comtrade-fas', 'fas-value') / (census ?? 1);
    expect(Math.abs(ratio - 1)).toBeLessThanOrEqual(0.01);
  });

  it.each(comtradeYears)('%i: import (CIF) chapter sums lie 2–4% above the customs-value totals', (year) => {
    const census = goods.get(year)?.imports;
    expect(census).toEqual(expect.any(Number));
    const ratio = chapterSum(year, 'comtrade-general-cif', 'cif-value') / (census ?? 1);
    expect(ratio).toBeGreaterThanOrEqual(1.02);
    expect(ratio).toBeLessThanOrEqual(1.04);
  });

  it('spot values of SOURCES.md: 2019 HS 87 imports CIF, 2019 HS 02 exports, 2011 HS 87 imports', () => {
    const value = (year: number, id: string, basis: string) =>
      rows.find((r) => r.year === year && r.sectorId === id && r.basis === basis)?.value;
    expect(value(2019, 'hs-87', 'comtrade-general-cif')).toBeCloseTo(21476.071192, 6);
    expect(value(2019, 'hs-02', 'comtrade-fas')).toBeCloseTo(2414.342072, 6);
    expect(value(2011, 'hs-87', 'comtrade-general-cif')).toBeCloseTo(12375.522008, 6);
  });
});

describe('HS-chapter data: the USTR 2016 top five agree with the Comtrade 2016 chapters', () => {
  // USTR Trade Facts 2016 (korea-sectors.csv), in $ billion rounded to 0.1: 84 6.1, 85 5.3, 88 5.2, 90 2.9, 87 2.2.
  const ustr = (sectorValuesJson as SectorValue[]).filter(
    (r) => r.year === 2016 && r.flow === 'exports' && r.sectorId.startsWith('hs-'),
  );

  it.each([
    ['hs-84', 6100],
    ['hs-85', 5300],
    ['hs-88', 5200],
    ['hs-90', 2900],
    ['hs-87', 2200],
  ])('%s: USTR %i agrees to $0.05 bn', (id, stated) => {
    expect(ustr.find((r) => r.sectorId === id)?.value).toBe(stated);
    const comtrade = rows.find((r) => r.year === 2016 && r.sectorId === id && r.basis === 'comtrade-fas')?.value ?? NaN;
    expect(Math.abs(comtrade - stated)).toBeLessThanOrEqual(50);
  });

  it('the five are the five largest Comtrade export chapters of 2016', () => {
    const top = rows
      .filter((r) => r.year === 2016 && r.basis === 'comtrade-fas')
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
      .slice(0, 5)
      .map((r) => r.sectorId);
    expect(top).toEqual(['hs-84', 'hs-85', 'hs-88', 'hs-90', 'hs-87']);
  });
});
