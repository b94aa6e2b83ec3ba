// The monthly queries (mocks/queries/monthly.ts) over the served data and over small changed data sets.
import { describe, it, expect } from 'vitest';
import {
  monthlyTrade,
  monthsBetween,
  partnerAnnual,
  partnerAnnualTrade,
  partnersList,
  yearToDate,
} from '../../mocks/queries/monthly.ts';
import type { MonthlyData } from '../../mocks/queries/monthly.ts';
import { QueryError } from '../../mocks/queries/errors.ts';
import type { AnnualRow, MonthlyRow, PartnerMonthlyRow, PartnersMeta } from '../../src/api/schemas.ts';
import koreaJson from '../../mocks/data/goods-monthly.json';
import peersJson from '../../mocks/data/partner-monthly.json';
import partnersJson from '../../mocks/data/partners.json';
import goodsJson from '../../mocks/data/goods-annual.json';

const data: MonthlyData = {
  korea: koreaJson as MonthlyRow[],
  partnerRows: peersJson as PartnerMonthlyRow[],
  meta: partnersJson as PartnersMeta,
};

/** The invalid parameters of a failing query, or [] if it did not fail. */
function invalid(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof QueryError) return e.invalidParams.map((p) => p.name);
    throw e;
  }
  return [];
}

describe('monthlyTrade', () => {
  it('defaults to South Korea over its whole coverage, ending April 2026', () => {
    const res = monthlyTrade(data);
    expect(res).toMatchObject({ partner: 'south-korea', from: '1985-01', to: '2026-04' });
    expect(res.rows).toHaveLength(496);
    expect(res.rows.at(-1)).toMatchObject({ month: '2026-04', exports: data.korea.at(-1)?.exports });
  });

  it('returns the months of the range, inclusive', () => {
    const res = monthlyTrade(data, { from: '2025-11', to: '2026-02' });
    expect(res.rows.map((r) => r.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    const nov = data.korea.find((r) => r.month === '2025-11');
    expect(res.rows[0]).toEqual(nov);
  });

  it('clips the range to the coverage and serves missing months as nulls', () => {
    const res = monthlyTrade(data, { partner: 'germany', from: '2016-11', to: '2020-02' });
    expect(res.from).toBe('2016-11');
    expect(res.rows).toHaveLength(40);
    const gap = res.rows.find((r) => r.month === '2018-06');
    expect(gap).toEqual({
      month: '2018-06',
      exports: null,
      imports: null,
      balance: null,
      sourceIds: [],
      vintage: { exports: null, imports: null },
      note: null,
    });
    expect(res.rows.at(-1)?.exports).toEqual(expect.any(Number));
    const early = monthlyTrade(data, { partner: 'japan', from: '2000-01', to: '2020-03' });
    expect(early.from).toBe('2020-01');
    expect(early.rows.map((r) => r.month)).toEqual(['2020-01', '2020-02', '2020-03']);
  });

  it('answers a range wholly outside the coverage with no rows and the range as asked', () => {
    expect(monthlyTrade(data, { partner: 'japan', from: '2010-01', to: '2015-12' })).toEqual({
      partner: 'japan',
      from: '2010-01',
      to: '2015-12',
      rows: [],
    });
  });

  it('serves one flow where the other is missing (China exports 2017–2019)', () => {
    const res = monthlyTrade(data, { partner: 'china', from: '2018-01', to: '2018-01' });
    expect(res.rows[0]).toMatchObject({ exports: null, balance: null, imports: expect.any(Number) });
  });

  it.each([
    [{ from: '2025-13' }, ['from']],
    [{ to: '2025-1' }, ['to']],
    [{ from: 'abc', to: '2025-00' }, ['from', 'to']],
    [{ from: '2025-06', to: '2025-05' }, ['from']],
    [{ partner: 'taiwan' }, ['partner']],
    [{ partner: 'South Korea' }, ['partner']],
  ])('rejects %j with invalid %j', (q, names) => {
    expect(invalid(() => monthlyTrade(data, q))).toEqual(names);
  });

  it('the error message names the reason', () => {
    expect(() => monthlyTrade(data, { from: '2025-06', to: '2025-05' })).toThrow(
      'from (2025-06) is after to (2025-05).',
    );
  });
});

describe('partnersList', () => {
  it('lists every partner with coverage and the vintages they use', () => {
    const res = partnersList(data.meta);
    expect(res.partners.map((p) => p.id)).toContain('japan');
    expect(res.partners.find((p) => p.id === 'india')?.coverage.exports).toEqual([]);
    const used = new Set(res.partners.flatMap((p) => p.vintages));
    expect(res.vintages.map((v) => v.id).sort()).toEqual([...used].sort());
  });
});

describe('partnerAnnual', () => {
  it('South Korea: each year is the sum of its 12 months, matching the annual series within 0.2', () => {
    const annual = partnerAnnual(data.korea);
    const goods = new Map((goodsJson as AnnualRow[]).map((g) => [g.year, g]));
    for (const row of annual.filter((r) => r.year <= 2025)) {
      expect(
        Math.abs((row.exports ?? NaN) - (goods.get(row.year)?.exports ?? NaN)),
        String(row.year),
      ).toBeLessThanOrEqual(0.2);
    }
    // 2026 has four months: no annual figure.
    expect(annual.at(-1)).toMatchObject({
      year: 2026,
      exports: null,
      imports: null,
      balance: null,
      months: { exports: 4, imports: 4 },
    });
  });

  it('a year with a missing month is null for that flow; the balance needs both', () => {
    const china = monthlyTrade(data, { partner: 'china' }).rows;
    const annual = new Map(partnerAnnual(china).map((r) => [r.year, r]));
    // China exports start 2006-12: 2006 has one export month.
    expect(annual.get(2006)).toMatchObject({ exports: null, months: { exports: 1, imports: 12 }, balance: null });
    expect(annual.get(2006)?.imports).toEqual(expect.any(Number));
    expect(annual.get(2018)).toMatchObject({ exports: null, balance: null });
    expect(annual.get(2015)?.balance).toEqual(expect.any(Number));
    expect(annual.get(2015)?.vintages).toEqual(['fred-2017-03-03', 'fred-2026-02-28']);
  });

  it('sums what it is given: change a month and the year changes', () => {
    const rows = data.korea
      .filter((r) => r.month.startsWith('2016-'))
      .map((r) => (r.month === '2016-05' ? { ...r, exports: (r.exports ?? 0) + 1000 } : r));
    const before = partnerAnnual(data.korea).find((r) => r.year === 2016)?.exports ?? NaN;
    expect(partnerAnnual(rows)[0]?.exports).toBeCloseTo(before + 1000, 1);
    expect(
      partnerAnnual(rows.map((r) => (r.month === '2016-07' ? { ...r, imports: null } : r)))[0]?.imports,
    ).toBeNull();
  });
});

describe('partnerAnnualTrade', () => {
  it('Japan: full years 2020–2025 only, each the sum of its 12 months', () => {
    const res = partnerAnnualTrade(data, { partner: 'japan' });
    expect(res.rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    const months2022 = data.partnerRows.filter((r) => r.partner === 'japan' && r.month.startsWith('2022-'));
    expect(res.rows[2]?.imports).toBeCloseTo(
      months2022.reduce((a, r) => a + (r.imports ?? 0), 0),
      1,
    );
    expect(partnerAnnualTrade(data, { partner: 'japan', from: 2024, to: 2030 }).rows.map((r) => r.year)).toEqual([
      2024, 2025,
    ]);
  });

  it('rejects an unknown partner and a reversed range', () => {
    expect(invalid(() => partnerAnnualTrade(data, { partner: 'taiwan' }))).toEqual(['partner']);
    expect(invalid(() => partnerAnnualTrade(data, { from: 2020, to: 2019 }))).toEqual(['from']);
  });
});

describe('yearToDate', () => {
  it('Jan–Apr 2026 against Jan–Apr 2025, each from its own four months', () => {
    const ytd2026 = yearToDate(data.korea, 2026, 4);
    const ytd2025 = yearToDate(data.korea, 2025, 4);
    const sum = (year: number) =>
      data.korea
        .filter((r) => r.month >= `${year}-01` && r.month <= `${year}-04`)
        .reduce((a, r) => a + (r.exports ?? 0), 0);
    expect(ytd2026.exports).toBeCloseTo(sum(2026), 1);
    expect(ytd2025.exports).toBeCloseTo(sum(2025), 1);
    expect(yearToDate(data.korea, 2026, 5).exports).toBeNull();
    expect(() => yearToDate(data.korea, 2026, 0)).toThrow(RangeError);
  });
});

describe('monthsBetween', () => {
  it('crosses year ends and is empty for a reversed range', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2025-11')).toEqual([]);
  });
});
