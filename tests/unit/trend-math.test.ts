// Trend arithmetic on reported figures: a value that needs a missing figure is null, never filled in.
import { describe, it, expect } from 'vitest';
import goodsJson from '../../mocks/data/goods-annual.json';
import type { AnnualRow } from '../../src/api/schemas.ts';
import {
  BASELINE_YEAR,
  balanceComparison,
  cagr,
  change,
  computedBalanceIfDifferent,
  headlines,
  latestCompleteYear,
  measureValue,
  missingFiguresNote,
  missingYears,
  yearOverYear,
  yoyNote,
} from '../../src/features/trends/trend-math.ts';
import type { Headline, Measure } from '../../src/features/trends/trend-math.ts';

const goods = goodsJson as AnnualRow[];

const row = (year: number, exports: number | null, imports: number | null, balance?: number | null): AnnualRow => ({
  year,
  exports,
  imports,
  balance: balance !== undefined ? balance : exports !== null && imports !== null ? exports - imports : null,
  sourceIds: ['test'],
});

/** Services as the API serves them: one row per year of the coverage, null where nothing was published. */
const services: AnnualRow[] = [
  row(2011, 17000, 8000, 8000),
  row(2012, 18000, 9000, 9000),
  row(2013, null, null, null),
  row(2014, null, null, null),
  row(2015, null, null, null),
  row(2016, 21600, 10900, 10700),
  row(2017, 24200, 10900, 13300),
  row(2018, 24500, null, null),
];

const goodsYear = (year: number) => goods.find((r) => r.year === year)!;
const byMeasure = (items: Headline[], measure: Measure) => items.find((h) => h.measure === measure)!;

describe('change', () => {
  it('gives the difference and the percent change', () => {
    const c = change(200, 250);
    expect(c.absolute).toBe(50);
    expect(c.percent).toBeCloseTo(25, 10);
  });

  it('measures the percent against the size of the earlier value, so its sign follows the difference', () => {
    // A deficit growing from 100 to 150: the balance fell by 50, i.e. by 50 % of its earlier size.
    const c = change(-100, -150);
    expect(c.absolute).toBe(-50);
    expect(c.percent).toBeCloseTo(-50, 10);
    const shrinking = change(-150, -100);
    expect(shrinking.absolute).toBe(50);
    expect(shrinking.percent).toBeCloseTo(33.333, 2);
  });

  it('has no percent change from zero', () => {
    expect(change(0, 10)).toEqual({ absolute: 10, percent: null });
  });

  it('is null when either value is missing', () => {
    expect(change(null, 10)).toEqual({ absolute: null, percent: null });
    expect(change(10, null)).toEqual({ absolute: null, percent: null });
  });
});

describe('cagr', () => {
  it('is the compound annual growth rate in percent', () => {
    expect(cagr(100, 121, 2)).toBeCloseTo(10, 10);
    expect(cagr(100, 100, 5)).toBeCloseTo(0, 10);
    expect(cagr(200, 100, 1)).toBeCloseTo(-50, 10);
  });

  it('is null for a missing or non-positive value or an empty span', () => {
    expect(cagr(null, 100, 3)).toBeNull();
    expect(cagr(100, null, 3)).toBeNull();
    expect(cagr(0, 100, 3)).toBeNull();
    expect(cagr(-100, -50, 3)).toBeNull();
    expect(cagr(100, -50, 3)).toBeNull();
    expect(cagr(100, 200, 0)).toBeNull();
    expect(cagr(100, 200, -1)).toBeNull();
  });
});

describe('measureValue', () => {
  it('reads a measure and computes total trade only when both flows exist', () => {
    expect(measureValue(row(2020, 10, 4), 'exports')).toBe(10);
    expect(measureValue(row(2020, 10, 4), 'balance')).toBe(6);
    expect(measureValue(row(2020, 10, 4), 'total')).toBe(14);
    expect(measureValue(row(2020, 10, null), 'total')).toBeNull();
    expect(measureValue(undefined, 'exports')).toBeNull();
  });
});

describe('latestCompleteYear', () => {
  it('skips trailing years with a missing figure', () => {
    expect(latestCompleteYear(services)).toBe(2017);
    expect(latestCompleteYear(goods)).toBe(2025);
    expect(latestCompleteYear(services.filter((r) => r.year >= 2013 && r.year <= 2015))).toBeNull();
  });
});

describe('headlines', () => {
  it('reports the latest complete year of the range with the figures from the data', () => {
    const items = headlines(goods, { from: 2012, to: 2025 });
    expect(items.map((h) => h.measure)).toEqual(['exports', 'imports', 'balance', 'total']);
    expect(items.every((h) => h.year === 2025)).toBe(true);
    const y2025 = goodsYear(2025);
    expect(byMeasure(items, 'exports').value).toBe(y2025.exports);
    expect(byMeasure(items, 'imports').value).toBe(y2025.imports);
    expect(byMeasure(items, 'balance').value).toBe(y2025.balance);
    expect(byMeasure(items, 'total').value).toBeCloseTo(y2025.exports! + y2025.imports!, 6);
  });

  it('compares with 2011 even when the range starts later', () => {
    expect(BASELINE_YEAR).toBe(2011);
    const items = headlines(goods, { from: 2015, to: 2019 });
    const exports = byMeasure(items, 'exports');
    expect(exports.year).toBe(2019);
    const base = goodsYear(2011).exports!;
    const latest = goodsYear(2019).exports!;
    expect(exports.vsBaseline!.absolute).toBeCloseTo(latest - base, 6);
    expect(exports.vsBaseline!.percent).toBeCloseTo(((latest - base) / base) * 100, 6);
    const balance = byMeasure(items, 'balance');
    expect(balance.vsBaseline!.absolute).toBeCloseTo(goodsYear(2019).balance! - goodsYear(2011).balance!, 6);
  });

  it('never compares with 2011 when it is not before the headline year (no comparison with a later year)', () => {
    const nineties = headlines(goods, { from: 1990, to: 2000 });
    expect(nineties.every((h) => h.year === 2000 && h.vsBaseline === null)).toBe(true);
    expect(headlines(goods, { from: 2005, to: 2011 }).every((h) => h.vsBaseline === null)).toBe(true);
    expect(headlines(goods, { from: 2005, to: 2012 }).every((h) => h.vsBaseline !== null)).toBe(true);
  });

  it('compares with the previous year', () => {
    const imports = byMeasure(headlines(goods, { from: 2012, to: 2025 }), 'imports');
    expect(imports.vsPrevious.absolute).toBeCloseTo(goodsYear(2025).imports! - goodsYear(2024).imports!, 6);
    expect(imports.vsPrevious.percent).toBeCloseTo(
      ((goodsYear(2025).imports! - goodsYear(2024).imports!) / goodsYear(2024).imports!) * 100,
      6,
    );
  });

  it('gives the growth rate from the first year of the range, but none for the balance', () => {
    const items = headlines(goods, { from: 2012, to: 2025 });
    const expected = ((goodsYear(2025).exports! / goodsYear(2012).exports!) ** (1 / 13) - 1) * 100;
    expect(byMeasure(items, 'exports').cagr).toBeCloseTo(expected, 8);
    expect(byMeasure(items, 'total').cagr).not.toBeNull();
    expect(byMeasure(items, 'balance').cagr).toBeNull();
  });

  it('gives each measure at the latest year of the range that has it: 2018 exports, 2017 imports', () => {
    const items = headlines(services, { from: 2011, to: 2018 });
    const exports = byMeasure(items, 'exports');
    expect(exports.year).toBe(2018);
    expect(exports.value).toBe(24500);
    expect(exports.vsBaseline).toEqual({ absolute: 7500, percent: (7500 / 17000) * 100 });
    expect(exports.vsPrevious.absolute).toBe(300);
    expect(exports.cagr).toBeCloseTo(((24500 / 17000) ** (1 / 7) - 1) * 100, 8);
    for (const m of ['imports', 'balance', 'total'] as const) expect(byMeasure(items, m).year).toBe(2017);
    expect(byMeasure(items, 'balance').value).toBe(13300);
  });

  it('shows the 2018 export figure even when the range is 2018 alone, and no year for the others', () => {
    const items = headlines(services, { from: 2018, to: 2018 });
    expect(byMeasure(items, 'exports')).toMatchObject({ year: 2018, value: 24500 });
    for (const m of ['imports', 'balance', 'total'] as const)
      expect(byMeasure(items, m)).toMatchObject({ year: null, value: null });
  });

  it('cannot compare with a previous year that has no figure', () => {
    const items = headlines(services, { from: 2011, to: 2016 });
    expect(items[0]!.year).toBe(2016);
    expect(items.every((h) => h.vsPrevious.absolute === null && h.vsPrevious.percent === null)).toBe(true);
    expect(byMeasure(items, 'exports').vsBaseline!.absolute).toBe(21600 - 17000);
  });

  it('has no growth rate when the first year of the range lacks the figure', () => {
    const items = headlines(services, { from: 2013, to: 2017 });
    expect(items[0]!.year).toBe(2017);
    expect(items.every((h) => h.cagr === null)).toBe(true);
  });

  it('has no growth rate for a one-year range', () => {
    const items = headlines(goods, { from: 2019, to: 2019 });
    expect(items[0]!.year).toBe(2019);
    expect(items.every((h) => h.cagr === null)).toBe(true);
  });

  it('is empty when no year of the range is complete', () => {
    expect(headlines(services, { from: 2013, to: 2015 })).toEqual([]);
    expect(headlines(goods, { from: 1900, to: 1950 })).toEqual([]);
  });

  it('has no baseline comparison when 2011 is not in the data', () => {
    const items = headlines(
      goods.filter((r) => r.year >= 2015),
      { from: 2015, to: 2020 },
    );
    expect(items.every((h) => h.vsBaseline?.absolute === null)).toBe(true);
  });
});

describe('yearOverYear', () => {
  it('gives the change from the previous year for each year of the range', () => {
    const yoy = yearOverYear(goods, { from: 2012, to: 2014 });
    expect(yoy.map((r) => r.year)).toEqual([2012, 2013, 2014]);
    expect(yoy[0]!.exports).toBeCloseTo(goodsYear(2012).exports! - goodsYear(2011).exports!, 6);
    expect(yoy[1]!.imports).toBeCloseTo(goodsYear(2013).imports! - goodsYear(2012).imports!, 6);
    expect(yoy[2]!.balance).toBeCloseTo(goodsYear(2014).balance! - goodsYear(2013).balance!, 6);
  });

  it('uses the year before the range when it exists', () => {
    const [first] = yearOverYear(goods, { from: 2019, to: 2019 });
    expect(first!.exports).toBeCloseTo(goodsYear(2019).exports! - goodsYear(2018).exports!, 6);
  });

  it('is null when the previous year is missing or lacks the figure', () => {
    const [first] = yearOverYear(goods, { from: 1985, to: 1985 });
    expect(first).toEqual({ year: 1985, exports: null, imports: null, balance: null });
    const yoy = yearOverYear(services, { from: 2011, to: 2018 });
    expect(yoy.find((r) => r.year === 2012)).toEqual({ year: 2012, exports: 1000, imports: 1000, balance: 1000 });
    expect(yoy.find((r) => r.year === 2013)).toEqual({ year: 2013, exports: null, imports: null, balance: null });
    expect(yoy.find((r) => r.year === 2016)).toEqual({ year: 2016, exports: null, imports: null, balance: null });
    expect(yoy.find((r) => r.year === 2018)).toEqual({ year: 2018, exports: 300, imports: null, balance: null });
  });
});

describe('balanceComparison', () => {
  it('lists the services years of the range, goods beside services, never added up (different bases)', () => {
    const rows = balanceComparison(goods, services, { from: 2011, to: 2018 });
    expect(rows.map((r) => r.year)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018]);
    const r2011 = rows[0]!;
    expect(r2011.goods).toBe(goodsYear(2011).balance);
    expect(r2011.services).toBe(8000);
    expect(Object.keys(r2011).sort()).toEqual(['goods', 'services', 'year']);
    const r2014 = rows.find((r) => r.year === 2014)!;
    expect(r2014.goods).toBe(goodsYear(2014).balance);
    expect(r2014.services).toBeNull();
  });

  it('keeps a missing goods balance missing', () => {
    const rows = balanceComparison([row(2016, null, null)], services, { from: 2016, to: 2016 });
    expect(rows).toEqual([{ year: 2016, goods: null, services: 10700 }]);
  });

  it('keeps to the range', () => {
    const rows = balanceComparison(goods, services, { from: 2016, to: 2017 });
    expect(rows.map((r) => r.year)).toEqual([2016, 2017]);
    expect(balanceComparison(goods, services, { from: 2019, to: 2025 })).toEqual([]);
  });
});

describe('missingYears', () => {
  it('lists the years whose row fails the test', () => {
    const complete = (r: AnnualRow) => r.exports !== null && r.imports !== null && r.balance !== null;
    expect(missingYears(services, complete)).toEqual([2013, 2014, 2015, 2018]);
    expect(missingYears(services, (r) => r.exports !== null)).toEqual([2013, 2014, 2015]);
    expect(missingYears(goods, complete)).toEqual([]);
  });
});

describe('computedBalanceIfDifferent', () => {
  it('flags a stated balance that is not exports − imports (services 2011: 8.0 against 9.0)', () => {
    expect(computedBalanceIfDifferent(services[0])).toBe(9000);
    expect(computedBalanceIfDifferent(services[1])).toBeNull();
    expect(computedBalanceIfDifferent(services.find((r) => r.year === 2018))).toBeNull();
    expect(computedBalanceIfDifferent(undefined)).toBeNull();
    expect(goods.every((r) => computedBalanceIfDifferent(r) === null)).toBe(true);
  });
});

describe('missingFiguresNote', () => {
  it('names exactly the missing figures: no figures at all, and 2018 with exports only', () => {
    expect(missingFiguresNote(services)).toBe(
      'No figures for 2013–2015: shown as gaps, not estimated. 2018: exports only (no imports or balance figure).',
    );
    expect(missingFiguresNote(services.filter((r) => r.year === 2018))).toBe(
      '2018: exports only (no imports or balance figure).',
    );
    expect(missingFiguresNote(goods)).toBeNull();
  });
});

describe('yoyNote', () => {
  it('says the first year of the series has no year before it, rather than a missing figure', () => {
    const note = yoyNote(goods, yearOverYear(goods, { from: 1985, to: 1990 }));
    expect(note).toBe('1985 is the first year of the series (1984 is not in it), so it has no change.');
    expect(yoyNote(goods, yearOverYear(goods, { from: 1986, to: 1990 }))).toBeNull();
  });

  it('names the years without a change and those with a change in some flows only', () => {
    const note = yoyNote(services, yearOverYear(services, { from: 2012, to: 2018 }));
    expect(note).toBe(
      'No change can be computed for 2013–2016: a figure is missing in that year or the year before. 2018: a change in exports only.',
    );
  });
});
