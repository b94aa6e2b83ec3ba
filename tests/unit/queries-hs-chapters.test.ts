// The HS-chapter queries (mocks/queries/hs-chapters.ts) over the served data and over small changed data sets.
import { describe, it, expect } from 'vitest';
import { hsBalance, hsChapterValues, hsSections, hsTotal } from '../../mocks/queries/hs-chapters.ts';
import type { HsData } from '../../mocks/queries/hs-chapters.ts';
import { QueryError } from '../../mocks/queries/errors.ts';
import type { HsChaptersMeta, HsChapterValue } from '../../src/api/schemas.ts';
import hsMetaJson from '../../mocks/data/hs-chapters.json';
import hsValuesJson from '../../mocks/data/hs-chapter-values.json';

const data: HsData = { meta: hsMetaJson as HsChaptersMeta, rows: hsValuesJson as HsChapterValue[] };

function invalid(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof QueryError) return e.invalidParams.map((p) => p.name);
    throw e;
  }
  return [];
}

const value = (year: number, id: string, basis: string, measure?: string) =>
  data.rows.find(
    (r) =>
      r.year === year && r.sectorId === id && r.basis === basis && (measure === undefined || r.measure === measure),
  )?.value;

describe('hsChapterValues', () => {
  it('filters by year, flow, basis and chapters', () => {
    const rows = hsChapterValues(data, {
      year: 2015,
      flow: 'imports',
      basis: 'comtrade-general-cif',
      chapters: ['hs-87'],
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      sectorId: 'hs-87',
      basis: 'comtrade-general-cif',
      measure: 'cif-value',
      period: 'Jan–Dec',
    });
    expect(rows[0]?.value).toBe(value(2015, 'hs-87', 'comtrade-general-cif'));
  });

  it('imports of one chapter over time keep both bases apart, with nothing for 2020–2022', () => {
    const rows = hsChapterValues(data, { flow: 'imports', chapters: ['hs-87'], measure: 'cif-value' });
    const bases = new Map<string, number[]>();
    for (const r of rows) bases.set(r.basis, [...(bases.get(r.basis) ?? []), r.year]);
    expect(bases.get('comtrade-general-cif')).toEqual(Array.from({ length: 13 }, (_, i) => 2007 + i));
    expect(bases.get('usitc-consumption')).toEqual([2023, 2024, 2025]);
    expect(rows.find((r) => r.year === 2025)).toMatchObject({ partial: true, period: 'Jan–Aug' });
  });

  it('years and from/to select years', () => {
    const rows = hsChapterValues(data, { years: [2011, 2016], basis: 'comtrade-fas', chapters: ['hs-02'] });
    expect(rows.map((r) => r.year)).toEqual([2011, 2016]);
    expect(
      hsChapterValues(data, { from: 2018, to: 2019, basis: 'comtrade-fas', chapters: ['hs-02'] }).map((r) => r.year),
    ).toEqual([2018, 2019]);
  });

  it.each([
    [{ basis: 'census' }, ['basis']],
    [{ flow: 'exports', basis: 'comtrade-general-cif' }, ['basis']],
    [{ chapters: ['hs-77', 'HS 87'] }, ['chapters']],
    [{ from: 2019, to: 2010 }, ['from']],
    [{ basis: 'comtrade-fas', measure: 'duties' }, ['measure']],
  ])('rejects %j with invalid %j', (q, names) => {
    expect(invalid(() => hsChapterValues(data, q as Parameters<typeof hsChapterValues>[1]))).toEqual(names);
  });
});

describe('hsBalance', () => {
  it('HS 87 in 2016: exports f.a.s. − imports CIF', () => {
    const [row] = hsBalance(data, { year: 2016, chapters: ['hs-87'] });
    const e = value(2016, 'hs-87', 'comtrade-fas') ?? NaN;
    const i = value(2016, 'hs-87', 'comtrade-general-cif') ?? NaN;
    expect(row).toMatchObject({
      year: 2016,
      sectorId: 'hs-87',
      balanceBasis: 'comtrade-fas-minus-cif',
      exports: e,
      imports: i,
    });
    expect(row?.balance).toBeCloseTo(e - i, 9);
    // Issue 12: exports $2.2 bn, imports $21.5 bn, balance −$19.3 bn.
    expect(Math.round(e / 100) / 10).toBe(2.2);
    expect(Math.round(i / 100) / 10).toBe(21.5);
    expect(Math.round((row?.balance ?? 0) / 100) / 10).toBe(-19.3);
  });

  it('HS 87 ranks first among the 2016 deficits', () => {
    const rows = hsBalance(data, { year: 2016 }).sort((a, b) => a.balance - b.balance);
    expect(rows[0]?.sectorId).toBe('hs-87');
  });

  it('exists only where both flows exist in the same year: never for the USITC years, not for HS 02 imports gaps', () => {
    const years = new Set(hsBalance(data, {}).map((r) => r.year));
    expect([...years].sort()).toEqual(Array.from({ length: 13 }, (_, i) => 2007 + i));
    // HS 02 has no Comtrade imports in 2016: no balance row.
    expect(value(2016, 'hs-02', 'comtrade-general-cif')).toBeUndefined();
    expect(hsBalance(data, { year: 2016, chapters: ['hs-02'] })).toEqual([]);
  });

  it('drops a chapter whose import figure is removed', () => {
    const changed: HsData = {
      ...data,
      rows: data.rows.filter((r) => !(r.year === 2016 && r.sectorId === 'hs-87' && r.flow === 'imports')),
    };
    expect(hsBalance(changed, { year: 2016, chapters: ['hs-87'] })).toEqual([]);
  });

  it('rejects an unknown balance', () => {
    expect(invalid(() => hsBalance(data, { balance: 'usitc' }))).toEqual(['balance']);
  });
});

describe('hsSections', () => {
  it('XVI (84–85) exports 2016 = HS 84 + HS 85, labelled with its chapter count', () => {
    const sections = hsSections(data, { year: 2016, flow: 'exports' });
    expect(sections).toHaveLength(21);
    const s16 = sections.find((s) => s.sectionId === 'S16');
    expect(s16).toMatchObject({ basis: 'comtrade-fas', measure: 'fas-value', chapterCount: 2, missingChapterIds: [] });
    expect(s16?.value).toBeCloseTo(
      (value(2016, 'hs-84', 'comtrade-fas') ?? 0) + (value(2016, 'hs-85', 'comtrade-fas') ?? 0),
      6,
    );
  });

  it('the sections of a year with every chapter add up to the chapter total', () => {
    const sections = hsSections(data, { year: 2016, flow: 'exports' });
    expect(sections.every((s) => s.value !== null)).toBe(true);
    const total = hsTotal(data, { year: 2016, basis: 'comtrade-fas' }).value ?? NaN;
    const hs99 = value(2016, 'hs-99', 'comtrade-fas') ?? 0; // outside the 21 sections
    expect(sections.reduce((a, s) => a + (s.value ?? 0), 0) + hs99).toBeCloseTo(total, 4);
  });

  it('a section with a missing chapter is null and names it (Section I imports 2016: no HS 02 row)', () => {
    const s01 = hsSections(data, { year: 2016, flow: 'imports' }).find((s) => s.sectionId === 'S01');
    expect(s01).toMatchObject({ value: null, missingChapterIds: ['hs-02'], basis: 'comtrade-general-cif' });
  });

  it('USITC imports use the chosen measure and never the Comtrade rows', () => {
    const s17 = hsSections(data, {
      year: 2024,
      flow: 'imports',
      basis: 'usitc-consumption',
      measure: 'cif-value',
    }).find((s) => s.sectionId === 'S17');
    const sum = ['hs-86', 'hs-87', 'hs-88', 'hs-89'].reduce(
      (a, id) => a + (value(2024, id, 'usitc-consumption', 'cif-value') ?? NaN),
      0,
    );
    expect(s17?.value).toBeCloseTo(sum, 6);
    // Comtrade has no 2024: every section is null, never filled from another basis.
    expect(hsSections(data, { year: 2024, flow: 'imports' }).every((s) => s.value === null)).toBe(true);
  });

  it('balance = exports section − imports section, null where either misses a chapter', () => {
    const sections = hsSections(data, { year: 2016, flow: 'balance' });
    const ex = hsSections(data, { year: 2016, flow: 'exports' });
    const im = hsSections(data, { year: 2016, flow: 'imports' });
    const s17 = sections.find((s) => s.sectionId === 'S17');
    expect(s17?.basis).toBe('comtrade-fas-minus-cif');
    expect(s17?.value).toBeCloseTo(
      (ex.find((s) => s.sectionId === 'S17')?.value ?? 0) - (im.find((s) => s.sectionId === 'S17')?.value ?? 0),
      6,
    );
    expect(sections.find((s) => s.sectionId === 'S01')).toMatchObject({ value: null, missingChapterIds: ['hs-02'] });
  });

  it.each([
    [{ year: 2016, flow: 'exports', basis: 'comtrade-general-cif' }, ['basis']],
    [{ year: 2016, flow: 'imports', basis: 'nope' }, ['basis']],
    [{ year: 2016, flow: 'balance', basis: 'comtrade-fas' }, ['balance']],
  ])('rejects %j', (q, names) => {
    expect(invalid(() => hsSections(data, q as Parameters<typeof hsSections>[1]))).toEqual(names);
  });
});
