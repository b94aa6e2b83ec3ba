// Claimed vs recorded, shares of the goods balance, the series' names and the links to the other pages, computed
// from the served files (goods-annual.json, services-annual.json, hs-chapter-values.json, viewpoints.json).
import { describe, expect, it } from 'vitest';
import goodsJson from '../../mocks/data/goods-annual.json';
import servicesJson from '../../mocks/data/services-annual.json';
import hsMetaJson from '../../mocks/data/hs-chapters.json';
import hsValuesJson from '../../mocks/data/hs-chapter-values.json';
import viewpointsJson from '../../mocks/data/viewpoints.json';
import type { AnnualRow, HsChaptersMeta, HsChapterValue, Viewpoint } from '../../src/api/schemas.ts';
import { checkClaim, shareOf, shareReading } from '../../src/features/viewpoints/evidence-claims.ts';
import { evidenceLink } from '../../src/features/viewpoints/evidence-links.ts';
import { describeSeries } from '../../src/features/viewpoints/evidence-series.ts';
import { parseEvidenceSeries, type SeriesPoint } from '../../src/features/viewpoints/viewpoint-math.ts';
import { formatMusd, formatPercent } from '../../src/lib/format.ts';

const goods = goodsJson as AnnualRow[];
const services = servicesJson as AnnualRow[];
const hs = hsMetaJson as HsChaptersMeta;
const hsRows = hsValuesJson as HsChapterValue[];
const viewpoints = viewpointsJson as Viewpoint[];
const claimsOf = (id: string) => viewpoints.find((v) => v.id === id)!.claims;

const annual = (rows: AnnualRow[], key: 'exports' | 'balance'): SeriesPoint[] =>
  rows.map((r) => ({ year: r.year, value: r[key], partialPeriod: null, basis: 'x' }));
const hsValue = (chapter: string, basis: string, year: number) =>
  hsRows.find((r) => r.sectorId === chapter && r.basis === basis && r.year === year && r.measure !== 'duties')!.value!;
/** HS 87 balance as the API computes it: exports f.a.s. − imports CIF, both Comtrade. */
const hs87Balance: SeriesPoint[] = [2011, 2012, 2013, 2014, 2015, 2016].map((year) => ({
  year,
  value: hsValue('hs-87', 'comtrade-fas', year) - hsValue('hs-87', 'comtrade-general-cif', year),
  partialPeriod: null,
  basis: 'comtrade-fas-minus-cif',
}));

describe('checkClaim', () => {
  it('puts a claimed amount beside the recorded one, with the gap (vp-011: $6.5 bn services surplus in 2012)', () => {
    const claim = claimsOf('vp-011')[0]!;
    const recorded = services.find((r) => r.year === 2012)!.balance!;
    const c = checkClaim(claim, annual(services, 'balance'), true);
    expect(c.claimed).toBe('$6.5 bn surplus in 2012');
    expect(c.recorded).toBe(`${formatMusd(recorded)} surplus in 2012`);
    const gap = recorded - claim.value;
    expect(c.gap).toBe(
      `recorded surplus ${formatMusd(Math.abs(gap))} ${gap > 0 ? 'larger' : 'smaller'} (${formatPercent((gap / claim.value) * 100)})`,
    );
    expect(c.gap).toBe('recorded surplus $2.5 bn larger (+38.5%)');
  });

  it('reads a claimed yearly growth rate against the two years served (vp-011: about 20 percent)', () => {
    const claim = claimsOf('vp-011')[1]!;
    const [a, b] = [2011, 2012].map((y) => services.find((r) => r.year === y)!.balance!) as [number, number];
    const c = checkClaim(claim, annual(services, 'balance'), true);
    expect(c.claimed).toBe('about +20% 2011–2012');
    expect(c.recordedValue).toBeCloseTo(((b - a) / a) * 100, 9);
    expect(c.recorded).toBe(`${formatPercent(((b - a) / a) * 100)} 2011–2012 (size of the surplus)`);
  });

  it('reads goods export claims against the Census series (vp-021: $57.5 bn in 2018)', () => {
    const claim = claimsOf('vp-021')[0]!;
    const recorded = goods.find((r) => r.year === 2018)!.exports!;
    const c = checkClaim(claim, annual(goods, 'exports'), false);
    expect(c.recordedValue).toBe(recorded);
    expect(c.gap).toBe(
      `recorded ${formatMusd(Math.abs(recorded - 57500))} lower (${formatPercent(((recorded - 57500) / 57500) * 100)})`,
    );
  });

  it('computes a claimed share from the two balances (vp-024: over 30 percent of the gap in 2016)', () => {
    const claim = claimsOf('vp-024')[0]!;
    const part = hs87Balance.find((p) => p.year === 2016)!.value!;
    const whole = goods.find((r) => r.year === 2016)!.balance!;
    const c = checkClaim(claim, hs87Balance, true, { points: annual(goods, 'balance'), balance: true });
    expect(c.claimed).toBe('over 30% in 2016');
    expect(c.recordedValue).toBeCloseTo((part / whole) * 100, 9);
    expect(c.recorded).toBe(`${formatPercent((part / whole) * 100, { signed: false })} in 2016 (approximate)`);
  });

  it('names the missing year instead of reading another', () => {
    const claim = claimsOf('vp-011')[0]!;
    const without2012 = annual(services, 'balance').filter((p) => p.year !== 2012);
    const c = checkClaim(claim, without2012, true);
    expect(c).toMatchObject({ recorded: 'no figure for 2012', recordedValue: null, gap: null, missing: [2012] });
  });

  it('does not compare a change across two bases', () => {
    const claim = { ...claimsOf('vp-022')[0]!, fromYear: 2019, year: 2023 };
    const points: SeriesPoint[] = [
      { year: 2019, value: 100, partialPeriod: null, basis: 'a' },
      { year: 2023, value: 200, partialPeriod: null, basis: 'b' },
    ];
    expect(checkClaim(claim, points, false)).toMatchObject({
      recorded: 'the two years are of different bases',
      recordedValue: null,
    });
  });
});

describe('shareReading', () => {
  it("gives the HS 87 share of the goods deficit for each of the claim's years (vp-004: 2011–2016)", () => {
    const years = [2011, 2012, 2013, 2014, 2015, 2016];
    const r = shareReading('HS 87 ÷ goods', hs87Balance, annual(goods, 'balance'), years);
    const expected = years.map((y) => {
      const s = (hs87Balance.find((p) => p.year === y)!.value! / goods.find((g) => g.year === y)!.balance!) * 100;
      return `${formatPercent(s, { signed: false })} in ${y}`;
    });
    expect(r.text).toBe(`HS 87 ÷ goods: ${expected.join(', ')}`);
    expect(r.missing).toEqual([]);
  });

  it('names the years without both figures and never divides across signs', () => {
    const r = shareReading('A ÷ B', hs87Balance, annual(goods, 'balance'), [2016, 2020]);
    expect(r.missing).toEqual([2020]);
    expect(r.text).toMatch(/; no figures for 2020$/);
    expect(shareOf(100, -200)).toBeNull();
    expect(shareOf(-50, -200)).toBe(25);
  });
});

describe('series names and links', () => {
  it('names HS chapters, sections and duties from the catalogue', () => {
    expect(describeSeries(parseEvidenceSeries('hs-exports:10'), hs)?.short).toBe('HS 10 Cereals exports');
    expect(describeSeries(parseEvidenceSeries('hs-balance:87'), hs)?.title).toBe(
      'US balance of HS 87 Vehicles and parts with South Korea',
    );
    expect(describeSeries(parseEvidenceSeries('hs-exports:S16'), hs)?.short).toMatch(/^HS section XVI \(Machinery/);
    expect(describeSeries(parseEvidenceSeries('hs-exports:00'), hs)).toBeNull();
  });

  it("opens the same chapter and the claim's years on the sectors and trends pages", () => {
    const link = (series: string, from: number, to: number) =>
      evidenceLink(parseEvidenceSeries(series), { from, to }, hs);
    expect(link('hs-exports:87', 2011, 2016)).toEqual({
      label: 'Open in Sectors',
      href: '/sectors?classification=hs-chapters&flow=exports&year=2016&compare=2011&sector=hs-87',
    });
    expect(link('hs-balance:87', 2016, 2016)?.href).toBe(
      '/sectors?classification=hs-chapters&flow=balance&year=2016&sector=hs-87',
    );
    expect(link('hs-exports:S16', 2011, 2018)?.href).toBe(
      '/sectors?classification=hs-sections&flow=exports&year=2018&compare=2011&sector=S16',
    );
    // 2025 is Jan–Aug only: shown, but not compared with a full year.
    expect(link('hs-imports:87', 2023, 2025)?.href).toBe(
      '/sectors?classification=hs-chapters&flow=imports&measure=cif-value&year=2025&sector=hs-87',
    );
    expect(link('hs-duties:TOTAL', 2023, 2024)?.href).toBe(
      '/sectors?classification=hs-chapters&flow=imports&measure=duties&year=2024&compare=2023',
    );
    expect(link('goods-balance', 2011, 2017)).toEqual({
      label: 'Open in Trends',
      href: '/trends?category=goods&from=2011&to=2017',
    });
  });

  it('has a link for every evidence series of the served statements', () => {
    const missing = viewpoints.flatMap((v) =>
      v.evidence.filter((e) => evidenceLink(parseEvidenceSeries(e.series), e, hs) === null).map(() => v.id),
    );
    expect(missing).toEqual([]);
  });
});
