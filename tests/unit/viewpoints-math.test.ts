// The viewpoints page's pure helpers: time positions, quotes, facet counts, lane layout, and the
// "check against the data" reading (figures from the data, missing ones named, never estimated).
import { describe, expect, it } from 'vitest';
import goodsJson from '../../mocks/data/goods-annual.json';
import servicesJson from '../../mocks/data/services-annual.json';
import viewpointsJson from '../../mocks/data/viewpoints.json';
import type { AnnualRow, Viewpoint } from '../../src/api/schemas.ts';
import {
  describeFilters,
  evidenceReading,
  fractionalYear,
  lanePoints,
  parseEvidenceSeries,
  quoteBody,
  shortName,
  tally,
  yearSpan,
  zeroBasedTicks,
  type SeriesPoint,
} from '../../src/features/viewpoints/viewpoint-math.ts';
import { formatMusd, formatPercent } from '../../src/lib/format.ts';

const goods = goodsJson as AnnualRow[];
const services = servicesJson as AnnualRow[];
const viewpoints = viewpointsJson as Viewpoint[];

const series = (rows: AnnualRow[], measure: 'exports' | 'balance'): SeriesPoint[] =>
  rows.map((r) => ({ year: r.year, value: r[measure], partialPeriod: null }));
const goodsBalance = (year: number) => goods.find((r) => r.year === year)!.balance!;
const goodsExports = (year: number) => goods.find((r) => r.year === year)!.exports!;

describe('fractionalYear', () => {
  it('places a day at its fraction of the year (leap years included)', () => {
    expect(fractionalYear('2018-01-04')).toBeCloseTo(2018 + 3.5 / 365, 6);
    expect(fractionalYear('2012-03-15')).toBeCloseTo(2012 + (31 + 29 + 14.5) / 366, 6);
    expect(fractionalYear('2019-01-01')).toBeCloseTo(2019 + 0.5 / 365, 6);
  });

  it('places a month-precision date in the middle of its month and a year in the middle of the year', () => {
    expect(fractionalYear('2019-04')).toBeCloseTo(2019 + (90 + 15) / 365, 6);
    expect(fractionalYear('2018-11')).toBeCloseTo(2018 + (304 + 15) / 365, 6);
    expect(fractionalYear('2041')).toBe(2041.5);
  });

  it('orders statements by date', () => {
    expect(fractionalYear('2019-04')).toBeGreaterThan(fractionalYear('2019-01-01'));
    expect(fractionalYear('2019-04')).toBeLessThan(fractionalYear('2019-04-30'));
  });
});

describe('quoteBody', () => {
  it('removes the quotation marks a verbatim quote carries in the data, once', () => {
    expect(quoteBody('"On balance, the modest revisions will restrict, not enlarge, bilateral trade."')).toBe(
      'On balance, the modest revisions will restrict, not enlarge, bilateral trade.',
    );
    expect(quoteBody('“A quote”')).toBe('A quote');
    expect(quoteBody('No marks at all')).toBe('No marks at all');
    expect(quoteBody('He said "this" and "that"')).toBe('He said "this" and "that"');
  });

  it('leaves every quote of the data without outer marks', () => {
    for (const v of viewpoints.filter((x) => x.statementKind === 'quote')) {
      expect(quoteBody(v.statement), v.id).not.toMatch(/^["“”]|["“”]$/);
    }
  });
});

describe('shortName', () => {
  it('uses a surname for a person and the organisation for an organisation', () => {
    expect(shortName({ name: 'Troy Stangarone', organisation: 'Korea Economic Institute of America (KEI)' })).toBe(
      'Stangarone',
    );
    expect(shortName({ name: 'Jeffrey J. Schott', organisation: 'PIIE' })).toBe('Schott');
    expect(
      shortName({
        name: 'Capital Economics (client note; author not named in the source seen)',
        organisation: 'Capital Economics',
      }),
    ).toBe('Capital Economics');
  });
});

describe('tally and lanePoints', () => {
  it('counts a statement once for each of its topics', () => {
    const counts = tally(viewpoints, (v) => v.topics);
    expect(counts.get('autos')).toBe(viewpoints.filter((v) => v.topics.includes('autos')).length);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(viewpoints.reduce((sum, v) => sum + new Set(v.topics).size, 0));
  });

  it('gives every statement its own position, spreading those of one expert on one day within the lane', () => {
    const lanes = ['stangarone', 'eskeland'];
    const points = lanePoints(viewpoints, lanes);
    const mine = viewpoints.filter((v) => lanes.includes(v.expertId));
    expect(points.map((p) => p.id).sort()).toEqual(mine.map((v) => v.id).sort());
    const keys = new Set(points.map((p) => `${p.x}|${p.y}`));
    expect(keys.size).toBe(points.length);
    for (const p of points) {
      const v = mine.find((x) => x.id === p.id)!;
      const lane = lanes.indexOf(v.expertId);
      expect(Math.abs(p.y - lane), p.id).toBeLessThan(0.5);
      expect(p.x).toBeCloseTo(fractionalYear(v.date), 9);
    }
  });
});

describe('parseEvidenceSeries', () => {
  it('reads the annual series and the HS series', () => {
    expect(parseEvidenceSeries('goods-balance')).toEqual({
      kind: 'annual',
      id: 'goods-balance',
      category: 'goods',
      measure: 'balance',
    });
    expect(parseEvidenceSeries('services-exports')).toMatchObject({
      kind: 'annual',
      category: 'services',
      measure: 'exports',
    });
    expect(parseEvidenceSeries('hs-exports:87')).toEqual({
      kind: 'hs',
      id: 'hs-exports:87',
      flow: 'exports',
      code: '87',
      section: false,
    });
    expect(parseEvidenceSeries('hs-balance:S16')).toMatchObject({
      kind: 'hs',
      flow: 'balance',
      code: 'S16',
      section: true,
    });
    expect(parseEvidenceSeries('hs-duties:TOTAL')).toEqual({ kind: 'duties', id: 'hs-duties:TOTAL' });
    expect(parseEvidenceSeries('gdp')).toEqual({ kind: 'unknown', id: 'gdp' });
    expect(parseEvidenceSeries('sector:usitc-machinery')).toEqual({ kind: 'unknown', id: 'sector:usitc-machinery' });
    expect(parseEvidenceSeries('hs-exports:8')).toEqual({ kind: 'unknown', id: 'hs-exports:8' });
  });

  it('knows every series the data refers to', () => {
    for (const v of viewpoints) {
      for (const e of v.evidence) expect(parseEvidenceSeries(e.series).kind, `${v.id} ${e.series}`).not.toBe('unknown');
    }
  });
});

describe('evidenceReading', () => {
  it('reads a goods deficit as a positive amount in words, with the change of its size and the latest year', () => {
    const r = evidenceReading({ kind: 'balance', label: 'US goods' }, series(goods, 'balance'), {
      from: 2015,
      to: 2017,
    });
    const [a, b, latest] = [goodsBalance(2015), goodsBalance(2017), goods.at(-1)!];
    const pct = ((Math.abs(b) - Math.abs(a)) / Math.abs(a)) * 100;
    expect(r.text).toBe(
      `US goods deficit with South Korea: ${formatMusd(-a)} in 2015 → ${formatMusd(-b)} in 2017 (${formatPercent(pct)}); ${formatMusd(-latest.balance!)} in ${latest.year}`,
    );
    expect(r.text).toBe(
      'US goods deficit with South Korea: $28.3 bn in 2015 → $23.1 bn in 2017 (−18.5%); $56.5 bn in 2025',
    );
    expect(r.start.value).toBe(a);
    expect(r.end?.value).toBe(b);
    expect(r.latest).toMatchObject({ year: 2025, value: latest.balance });
    expect(r.points.map((p) => p.year)).toEqual(yearSpan(2015, 2025));
    expect(r.gaps).toEqual([]);
    expect(r.coverageNote).toBeNull();
  });

  it('reads exports as they are, with their percentage change', () => {
    const r = evidenceReading({ kind: 'flow', label: 'US goods exports to South Korea' }, series(goods, 'exports'), {
      from: 2011,
      to: 2018,
    });
    const pct = ((goodsExports(2018) - goodsExports(2011)) / goodsExports(2011)) * 100;
    // Exports dipped below both ends inside the period: the reading names that trough.
    const years = yearSpan(2012, 2017);
    const low = years.reduce((m, y) => (goodsExports(y) < goodsExports(m) ? y : m), 2012);
    expect(goodsExports(low)).toBeLessThan(Math.min(goodsExports(2011), goodsExports(2018)));
    const fromLow = ((goodsExports(2018) - goodsExports(low)) / goodsExports(low)) * 100;
    expect(r.text).toBe(
      `US goods exports to South Korea: ${formatMusd(goodsExports(2011))} in 2011 → trough ${formatMusd(goodsExports(low))} in ${low} → ${formatMusd(goodsExports(2018))} in 2018 (${formatPercent(pct)} over the period; ${formatPercent(fromLow)} from the trough); ${formatMusd(goodsExports(2025))} in 2025`,
    );
    expect(r.percent).toBeCloseTo(pct, 9);
  });

  it('names a missing figure and never fills it in', () => {
    const rows = series(goods, 'balance').map((p) => (p.year === 2013 ? { ...p, value: null } : p));
    const r = evidenceReading({ kind: 'balance', label: 'US goods' }, rows, { from: 2011, to: 2013 });
    expect(r.text).toMatch(
      /^US goods deficit with South Korea: \$13\.2 bn in 2011 → no figure for 2013; \$56\.5 bn in 2025$/,
    );
    expect(r.percent).toBeNull();
    expect(r.gaps).toEqual([2013]);
  });

  it('does not compute a percentage across a change from deficit to surplus', () => {
    const rows: SeriesPoint[] = [
      { year: 2000, value: -1000, partialPeriod: null },
      { year: 2001, value: 500, partialPeriod: null },
    ];
    const r = evidenceReading({ kind: 'balance', label: 'US goods' }, rows, { from: 2000, to: 2001 });
    expect(r.text).toBe('US goods balance with South Korea: deficit $1.0 bn in 2000 → surplus $500 m in 2001');
    expect(r.percent).toBeNull();
  });

  it('reads a one-year claim on the sparse services series, gaps named', () => {
    const r = evidenceReading({ kind: 'balance', label: 'US services' }, series(services, 'balance'), {
      from: 2012,
      to: 2012,
    });
    expect(r.text).toBe('US services surplus with South Korea: $9.0 bn in 2012; $13.3 bn in 2017');
    expect(r.end).toBeNull();
    expect(r.gaps).toEqual([2013, 2014, 2015]);
  });

  it('names the missing years of the claim period instead of reading other years', () => {
    const rows: SeriesPoint[] = [2013, 2014, 2015, 2016, 2017].map((year, i) => ({
      year,
      value: 5000 + i * 1000,
      partialPeriod: null,
    }));
    const r = evidenceReading(
      { kind: 'flow', label: 'Machinery exports' },
      rows,
      { from: 2011, to: 2018 },
      { coverageLabel: 'Machinery exports' },
    );
    expect(r.text).toBe('Machinery exports: no figure for 2011 → no figure for 2018; latest figure: $9.0 bn in 2017');
    expect(r.missing).toEqual([2011, 2012, 2018]);
    expect(r.coverageNote).toBe(
      'Machinery exports: figures for 2013–2017; the claim period (2011–2018) has none for 2011–2012, 2018. No change is computed from other years in their place.',
    );
    expect(r.coverageNote).not.toContain('%');
    expect(r.points.map((p) => p.year)).toEqual(yearSpan(2011, 2018));
    expect(r.gaps).toEqual([2011, 2012, 2018]);
  });

  it('names the peak inside the period when the series turns (vp-003: 2011 → peak 2015 → 2017)', () => {
    const r = evidenceReading({ kind: 'balance', label: 'US goods' }, series(goods, 'balance'), {
      from: 2011,
      to: 2017,
    });
    const sizes = yearSpan(2011, 2017).map((y) => Math.abs(goodsBalance(y)));
    const peakYear = 2011 + sizes.indexOf(Math.max(...sizes));
    expect(peakYear).toBe(2015);
    const [a, p, b] = [goodsBalance(2011), goodsBalance(2015), goodsBalance(2017)].map(Math.abs) as [
      number,
      number,
      number,
    ];
    expect(r.turns).toHaveLength(1);
    expect(r.turns[0]).toMatchObject({ kind: 'peak', figure: { year: 2015, value: goodsBalance(2015) } });
    expect(r.text).toBe(
      `US goods deficit with South Korea: ${formatMusd(a)} in 2011 → peak ${formatMusd(p)} in 2015 → ${formatMusd(b)} in 2017 (${formatPercent(((b - a) / a) * 100)} over the period; ${formatPercent(((b - p) / p) * 100)} from the peak); ${formatMusd(Math.abs(goods.at(-1)!.balance!))} in ${goods.at(-1)!.year}`,
    );
    expect(r.text).toContain(
      '→ peak $28.3 bn in 2015 → $23.1 bn in 2017 (+74.7% over the period; −18.5% from the peak)',
    );
  });

  it('names no turn for a series that only rises, and none when a year inside is missing', () => {
    const rising: SeriesPoint[] = [1, 2, 3, 4].map((v, i) => ({
      year: 2000 + i,
      value: v * 1000,
      partialPeriod: null,
    }));
    expect(evidenceReading({ kind: 'flow', label: 'X' }, rising, { from: 2000, to: 2003 }).turns).toEqual([]);
    const holed = [...rising.slice(0, 1), { year: 2001, value: 9000, partialPeriod: null }, ...rising.slice(2)];
    expect(evidenceReading({ kind: 'flow', label: 'X' }, holed, { from: 2000, to: 2003 }).turns[0]?.kind).toBe('peak');
    const missing = holed.map((p) => (p.year === 2002 ? { ...p, value: null } : p));
    const r = evidenceReading({ kind: 'flow', label: 'X' }, missing, { from: 2000, to: 2003 });
    expect(r.turns).toEqual([]);
    expect(r.coverageNote).toContain('The change is read from the claim’s first and last years only');
  });

  it('never compares figures of two bases', () => {
    const rows: SeriesPoint[] = [
      { year: 2019, value: 21000, partialPeriod: null, basis: 'comtrade' },
      { year: 2023, value: 38000, partialPeriod: null, basis: 'usitc' },
    ];
    const r = evidenceReading({ kind: 'flow', label: 'HS 87 imports' }, rows, { from: 2019, to: 2023 });
    expect(r.percent).toBeNull();
    expect(r.text).toBe('HS 87 imports: $21.0 bn in 2019 → $38.0 bn in 2023 (another basis: not compared)');
  });

  it('marks a partial year', () => {
    const rows: SeriesPoint[] = [
      { year: 2024, value: 2000, partialPeriod: null },
      { year: 2025, value: 1500, partialPeriod: 'Jan–Aug' },
    ];
    const r = evidenceReading({ kind: 'flow', label: 'X' }, rows, { from: 2024, to: 2024 });
    expect(r.text).toBe('X: $2.0 bn in 2024; $1.5 bn in 2025 (Jan–Aug only)');
  });
});

describe('zeroBasedTicks', () => {
  it('makes round ticks that include zero', () => {
    expect(zeroBasedTicks([-28291.3, -65686])).toEqual([-80000, -60000, -40000, -20000, 0]);
    expect(zeroBasedTicks([5943, 8700, null])).toEqual([0, 2000, 4000, 6000, 8000, 10000]);
    expect(zeroBasedTicks([-1000, 500])).toEqual([-1000, -500, 0, 500]);
    expect(zeroBasedTicks([-1000, 500], 10)).toEqual([-1000, -800, -600, -400, -200, 0, 200, 400, 600]);
    expect(zeroBasedTicks([null])).toEqual([0]);
  });
});

describe('describeFilters', () => {
  it('puts the filters in words', () => {
    expect(describeFilters({ experts: [], topics: [], stances: [] })).toBe('');
    expect(
      describeFilters({
        experts: ['Troy Stangarone'],
        topics: ['Autos', 'Services'],
        stances: [],
        from: 2018,
        to: 2019,
        q: ' cars ',
      }),
    ).toBe('Troy Stangarone · Autos or Services · 2018–2019 · containing “cars”');
    expect(describeFilters({ experts: [], topics: [], stances: ['Neutral analysis'], from: 2018 })).toBe(
      'Neutral analysis · from 2018',
    );
  });
});
