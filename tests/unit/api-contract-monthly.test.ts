// Contract tests for the monthly goods endpoints (issue 13) through real HTTP fetch against the msw node server:
// every answer parses with its schema and carries the figures of mocks/data; bad requests answer RFC 9457 400s.
import { describe, expect, it } from 'vitest';
import {
  monthlyResponseSchema,
  partnerAnnualResponseSchema,
  partnersResponseSchema,
  tariffCommitmentsResponseSchema,
} from '../../src/api/schemas.ts';
import type { MonthlyRow, PartnerMonthlyRow, PartnersMeta } from '../../src/api/schemas.ts';
import koreaJson from '../../mocks/data/goods-monthly.json';
import partnerMonthlyJson from '../../mocks/data/partner-monthly.json';
import partnersJson from '../../mocks/data/partners.json';
import tariffsJson from '../../mocks/data/tariff-commitments.json';
import { getOk, expectBadParam } from './contract-helpers.ts';

const korea = koreaJson as MonthlyRow[];
const partnerRows = partnerMonthlyJson as PartnerMonthlyRow[];
const partnersMeta = partnersJson as PartnersMeta;

describe('GET /api/v1/trade/monthly', () => {
  it('defaults to South Korea, every month 1985-01 … 2026-04 once, as in goods-monthly.json', async () => {
    const res = await getOk('/api/v1/trade/monthly', monthlyResponseSchema);
    expect(res).toMatchObject({ partner: 'south-korea', from: '1985-01', to: '2026-04' });
    expect(res.rows).toHaveLength(41 * 12 + 4);
    expect(new Set(res.rows.map((r) => r.month)).size).toBe(res.rows.length);
    expect(res.rows).toEqual(korea);
  });

  it('returns exactly the months asked for, with April 2026 exports as served', async () => {
    const res = await getOk('/api/v1/trade/monthly?from=2025-11&to=2026-04', monthlyResponseSchema);
    expect(res.rows.map((r) => r.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04']);
    const april = korea.find((r) => r.month === '2026-04');
    expect(april?.exports).toEqual(expect.any(Number));
    expect(res.rows.at(-1)).toEqual(april);
    for (const r of res.rows) {
      expect(r.sourceIds.length).toBeGreaterThan(0);
      expect(r.vintage.exports).toBe('fred-2026-06-10');
    }
  });

  it('serves a partner with gaps as nulls (China exports 2017–2019), never filled', async () => {
    const res = await getOk('/api/v1/trade/monthly?partner=china&from=2016-11&to=2020-02', monthlyResponseSchema);
    expect(res.partner).toBe('china');
    const byMonth = new Map(res.rows.map((r) => [r.month, r]));
    expect(byMonth.get('2018-06')?.exports).toBeNull();
    expect(byMonth.get('2018-06')?.balance).toBeNull();
    const served = partnerRows.find((r) => r.partner === 'china' && r.month === '2020-01');
    expect(byMonth.get('2020-01')?.exports).toBe(served?.exports);
    expect(byMonth.get('2016-12')?.vintage.exports).toBe('fred-2017-03-03');
  });

  it.each([
    ['from=2025-13', 'from'],
    ['to=2025-1', 'to'],
    ['from=2025', 'from'],
    ['from=2025-05&to=2025-04', 'from'],
    ['partner=atlantis', 'partner'],
    ['partner=china&partner=japan', 'partner'],
    ['year=2025', 'year'],
  ])('answers 400 problem+json for %s', async (query, param) => {
    await expectBadParam(`/api/v1/trade/monthly?${query}`, param);
  });
});

describe('GET /api/v1/partners', () => {
  it('lists every partner with its coverage per flow and vintages, as partners.json holds', async () => {
    const res = await getOk('/api/v1/partners', partnersResponseSchema);
    expect(res.partners).toEqual(partnersMeta.partners);
    expect(res.vintages).toEqual(partnersMeta.vintages);
    const names = res.partners.map((p) => p.name);
    for (const name of ['South Korea', 'Japan', 'China', 'Mexico']) expect(names).toContain(name);
    const vintageIds = new Set(res.vintages.map((v) => v.id));
    for (const p of res.partners) for (const v of p.vintages) expect(vintageIds.has(v), `${p.id} ${v}`).toBe(true);
  });

  it('gives coverage runs that match the months with a figure in the file', async () => {
    const res = await getOk('/api/v1/partners', partnersResponseSchema);
    const mexico = res.partners.find((p) => p.id === 'mexico');
    const months = partnerRows
      .filter((r) => r.partner === 'mexico' && r.exports !== null)
      .map((r) => r.month)
      .sort();
    expect(mexico?.coverage.exports[0]?.[0]).toBe(months[0]);
    expect(mexico?.coverage.exports.at(-1)?.[1]).toBe(months.at(-1));
  });

  it('rejects an unknown parameter', async () => {
    await expectBadParam('/api/v1/partners?partner=china', 'partner');
  });
});

describe('GET /api/v1/partners/annual', () => {
  it('sums 12 months per flow, null where a month is missing (Korea 2026 has four months)', async () => {
    const res = await getOk('/api/v1/partners/annual', partnerAnnualResponseSchema);
    expect(res.partner).toBe('south-korea');
    const y2025 = res.rows.find((r) => r.year === 2025);
    const sum = korea.filter((r) => r.month.startsWith('2025-')).reduce((s, r) => s + (r.exports ?? 0), 0);
    expect(y2025?.exports).toBeCloseTo(sum, 1);
    expect(y2025?.months).toEqual({ exports: 12, imports: 12 });
    const y2026 = res.rows.find((r) => r.year === 2026);
    expect(y2026).toMatchObject({ exports: null, imports: null, balance: null, months: { exports: 4, imports: 4 } });
  });

  it('gives China no exports for 2006 (December only) and a figure for 2007', async () => {
    const res = await getOk('/api/v1/partners/annual?partner=china&from=2006&to=2007', partnerAnnualResponseSchema);
    expect(res.rows.map((r) => r.year)).toEqual([2006, 2007]);
    expect(res.rows[0]?.exports).toBeNull();
    expect(res.rows[1]?.exports).toEqual(expect.any(Number));
  });

  it.each([
    ['partner=atlantis', 'partner'],
    ['from=20x5', 'from'],
    ['from=2020&to=2019', 'from'],
    ['month=2020-01', 'month'],
  ])('answers 400 problem+json for %s', async (query, param) => {
    await expectBadParam(`/api/v1/partners/annual?${query}`, param);
  });
});

describe('GET /api/v1/tariff-commitments', () => {
  it('serves every commitment as in tariff-commitments.json, with the source wording and a date only where stated', async () => {
    const res = await getOk('/api/v1/tariff-commitments', tariffCommitmentsResponseSchema);
    expect(res.commitments).toEqual(tariffsJson);
    const fifth = res.commitments.find((c) => c.product === 'cars' && c.rateAfter === '0%' && c.side === 'Korea');
    expect(fifth).toMatchObject({ date: null, timingAsStated: '"in the fifth year"' });
    expect(new Set(res.commitments.map((c) => c.product))).toEqual(
      new Set(['cars', 'trucks', 'electric-cars', 'beef', 'autos-and-parts']),
    );
  });

  it('filters by product', async () => {
    const res = await getOk('/api/v1/tariff-commitments?product=beef', tariffCommitmentsResponseSchema);
    expect(res.commitments.length).toBeGreaterThan(0);
    expect(res.commitments.every((c) => c.product === 'beef')).toBe(true);
  });

  it.each([
    ['product=pork', 'product'],
    ['chapter=87', 'chapter'],
    ['year=2012', 'year'],
  ])('answers 400 problem+json for %s', async (query, param) => {
    await expectBadParam(`/api/v1/tariff-commitments?${query}`, param);
  });
});
