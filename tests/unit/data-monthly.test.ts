// Invariants of the monthly goods data (mocks/data/goods-monthly.json, partner-monthly.json, partners.json):
// every month once, the 12 months of a year add up to the annual series, coverage and vintages as held.
import { describe, it, expect } from 'vitest';
import { monthlyRowSchema, partnerMonthlyRowSchema, partnersMetaSchema } from '../../src/api/schemas.ts';
import type { AnnualRow, MonthlyRow, PartnerMonthlyRow, PartnersMeta } from '../../src/api/schemas.ts';
import koreaJson from '../../mocks/data/goods-monthly.json';
import peersJson from '../../mocks/data/partner-monthly.json';
import partnersJson from '../../mocks/data/partners.json';
import goodsJson from '../../mocks/data/goods-annual.json';
import metaJson from '../../mocks/data/meta.json';

const korea = koreaJson as MonthlyRow[];
const peers = peersJson as PartnerMonthlyRow[];
const partnersMeta = partnersJson as PartnersMeta;
const goods = goodsJson as AnnualRow[];

const duplicates = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);

describe('monthly data: contract', () => {
  it('every row and the partners meta parse with the contract', () => {
    expect(korea.filter((r) => !monthlyRowSchema.safeParse(r).success)).toEqual([]);
    expect(peers.filter((r) => !partnerMonthlyRowSchema.safeParse(r).success)).toEqual([]);
    expect(partnersMetaSchema.safeParse(partnersJson).success).toBe(true);
  });

  it('every source id and vintage resolves', () => {
    const sources = new Set(metaJson.sources.map((s) => s.id));
    const vintages = new Set(partnersMeta.vintages.map((v) => v.id));
    const all = [...korea, ...peers];
    expect(all.flatMap((r) => r.sourceIds).filter((id) => !sources.has(id))).toEqual([]);
    expect(partnersMeta.partners.flatMap((p) => p.sourceIds).filter((id) => !sources.has(id))).toEqual([]);
    const used = all.flatMap((r) => [r.vintage.exports, r.vintage.imports]).filter((v): v is string => v !== null);
    expect(used.filter((v) => !vintages.has(v))).toEqual([]);
    // A flow has a vintage exactly when it has a figure.
    expect(
      all.filter(
        (r) =>
          (r.exports === null) !== (r.vintage.exports === null) ||
          (r.imports === null) !== (r.vintage.imports === null),
      ),
    ).toEqual([]);
  });
});

describe('monthly data: South Korea', () => {
  it('has every month from 1985-01 to 2026-04 once, in order', () => {
    expect(duplicates(korea.map((r) => r.month))).toEqual([]);
    expect(korea).toHaveLength(41 * 12 + 4);
    expect(korea[0]?.month).toBe('1985-01');
    expect(korea.at(-1)?.month).toBe('2026-04');
    expect(korea.map((r) => r.month)).toEqual(korea.map((r) => r.month).sort());
    expect(korea.filter((r) => r.exports === null || r.imports === null || r.balance === null)).toEqual([]);
  });

  it('balance = exports − imports rounded to 0.1', () => {
    expect(
      korea
        .filter((r) => Math.abs((r.exports ?? 0) - (r.imports ?? 0) - (r.balance ?? 0)) > 0.05 + 1e-9)
        .map((r) => r.month),
    ).toEqual([]);
  });

  it.each(goods.map((g) => g.year))('%i: the 12 months sum to the annual series within 0.2', (year) => {
    const months = korea.filter((r) => r.month.startsWith(`${year}-`));
    expect(months).toHaveLength(12);
    const annual = goods.find((g) => g.year === year);
    const sum = (key: 'exports' | 'imports') => months.reduce((acc, r) => acc + (r[key] ?? 0), 0);
    expect(Math.abs(sum('exports') - (annual?.exports ?? NaN))).toBeLessThanOrEqual(0.2);
    expect(Math.abs(sum('imports') - (annual?.imports ?? NaN))).toBeLessThanOrEqual(0.2);
  });

  it('2026 is a partial year of four months (Jan–Apr), and 2016 matches SOURCES.md', () => {
    expect(korea.filter((r) => r.month.startsWith('2026-')).map((r) => r.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
    const y2016 = korea.filter((r) => r.month.startsWith('2016-'));
    expect(y2016.reduce((a, r) => a + (r.exports ?? 0), 0)).toBeCloseTo(42262.186687, 5);
    expect(y2016.reduce((a, r) => a + (r.imports ?? 0), 0)).toBeCloseTo(69886.778026, 5);
  });
});

describe('monthly data: partners', () => {
  it('lists South Korea first and the eight partners of the file', () => {
    expect(partnersMeta.defaultPartner).toBe('south-korea');
    expect(partnersMeta.partners.map((p) => p.name)).toEqual([
      'South Korea',
      'Canada',
      'China',
      'Germany',
      'India',
      'Japan',
      'Mexico',
      'United Kingdom',
      'Vietnam',
    ]);
  });

  it('no partner month twice', () => {
    expect(duplicates(peers.map((r) => `${r.partner}|${r.month}`))).toEqual([]);
    // Korea is served from its own file only.
    expect(peers.filter((r) => r.partner === 'south-korea')).toEqual([]);
  });

  it('coverage is what the file holds (SOURCES.md, third pass §2)', () => {
    const coverage = Object.fromEntries(partnersMeta.partners.map((p) => [p.id, p.coverage]));
    const recent: [string, string] = ['2020-01', '2025-12'];
    const early: [string, string] = ['2006-12', '2016-12'];
    expect(coverage['south-korea']).toEqual({ exports: [['1985-01', '2026-04']], imports: [['1985-01', '2026-04']] });
    expect(coverage.china).toEqual({ exports: [early, recent], imports: [['1985-01', '2025-12']] });
    expect(coverage.japan).toEqual({ exports: [recent], imports: [recent] });
    expect(coverage.mexico).toEqual({ exports: [early, recent], imports: [early, recent] });
    expect(coverage.germany).toEqual({ exports: [early, recent], imports: [early, recent] });
    for (const id of ['canada', 'united-kingdom', 'vietnam'])
      expect(coverage[id], id).toEqual({ exports: [recent], imports: [recent] });
    expect(coverage.india).toEqual({ exports: [], imports: [recent] });
  });

  it('coverage agrees with the served rows, month by month', () => {
    const expand = (ranges: [string, string][]) => {
      const out: string[] = [];
      for (const [from, to] of ranges) {
        let [y, m] = from.split('-').map(Number) as [number, number];
        for (;;) {
          const key = `${y}-${String(m).padStart(2, '0')}`;
          out.push(key);
          if (key === to) break;
          [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
        }
      }
      return out;
    };
    for (const p of partnersMeta.partners.filter((x) => x.id !== 'south-korea')) {
      const rows = peers.filter((r) => r.partner === p.id);
      expect(expand(p.coverage.exports), `${p.id} exports`).toEqual(
        rows.filter((r) => r.exports !== null).map((r) => r.month),
      );
      expect(expand(p.coverage.imports), `${p.id} imports`).toEqual(
        rows.filter((r) => r.imports !== null).map((r) => r.month),
      );
    }
  });

  it('flags the superseded 2014–2016 vintage and the pre-revision 2023–2025 values', () => {
    const mexico2015 = peers.find((r) => r.partner === 'mexico' && r.month === '2015-06');
    expect(mexico2015?.vintage).toEqual({ exports: 'fred-2017-03-03', imports: 'fred-2017-03-03' });
    expect(mexico2015?.note).toMatch(/superseded vintage/);
    const japan2024 = peers.find((r) => r.partner === 'japan' && r.month === '2024-03');
    expect(japan2024?.vintage).toEqual({ exports: 'fred-early-2026', imports: 'fred-early-2026' });
    expect(japan2024?.note).toMatch(/pre-June-2026 annual revision/);
    // China mixes copies: exports of 2007 from the 2017 download, imports from the 2026 one.
    expect(peers.find((r) => r.partner === 'china' && r.month === '2007-01')?.vintage).toEqual({
      exports: 'fred-2017-03-03',
      imports: 'fred-2026-02-28',
    });
  });

  it('balance exists only where both flows do, and equals exports − imports rounded to 0.1', () => {
    expect(peers.filter((r) => (r.balance === null) !== (r.exports === null || r.imports === null))).toEqual([]);
    const off = peers.filter(
      (r) => r.balance !== null && Math.abs((r.exports ?? 0) - (r.imports ?? 0) - r.balance) > 0.05 + 1e-9,
    );
    expect(off).toEqual([]);
  });
});
