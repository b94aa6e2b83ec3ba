// Contract tests for /api/v1 through real HTTP fetch against the msw node server (tests/setup.ts).
// Every answer must parse with its schema from src/api/schemas.ts and carry the real data from
// mocks/data; every bad request must answer an RFC 9457 problem+json naming the offending parameter.
import { describe, it, expect } from 'vitest';
import {
  annualResponseSchema,
  eventsResponseSchema,
  expertsResponseSchema,
  metaSchema,
  problemSchema,
  sectorValuesResponseSchema,
  sectorsResponseSchema,
  viewpointsResponseSchema,
} from '../../src/api/schemas.ts';
import type { AnnualRow, Sector, SectorValue, Viewpoint } from '../../src/api/schemas.ts';
import goodsJson from '../../mocks/data/goods-annual.json';
import servicesJson from '../../mocks/data/services-annual.json';
import sectorsJson from '../../mocks/data/sectors.json';
import sectorValuesJson from '../../mocks/data/sector-values.json';
import viewpointsJson from '../../mocks/data/viewpoints.json';
import expertsJson from '../../mocks/data/experts.json';
import { get, getOk, expectBadParam, parseWith } from './contract-helpers.ts';

// The JSON files as the contract types (their shapes are checked in data.test.ts).
const goodsRows = goodsJson as AnnualRow[];
const servicesRows = servicesJson as AnnualRow[];
const allSectors = sectorsJson as Sector[];
const allSectorValues = sectorValuesJson as SectorValue[];
const allViewpoints = viewpointsJson as Viewpoint[];

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const sorted = (values: Iterable<string>): string[] => [...values].sort();

describe('GET /api/v1/meta', () => {
  it('parses with metaSchema and gives the coverage of both series', async () => {
    const meta = await getOk('/api/v1/meta', metaSchema);
    expect(meta.unit).toBe('USD millions');
    const goods = meta.series.find((s) => s.id === 'goods');
    const services = meta.series.find((s) => s.id === 'services');
    expect(goods).toMatchObject({ from: 1985, to: 2025 });
    expect(services).toMatchObject({ from: 2011, to: 2018 });
    expect(sorted(meta.classifications.map((c) => c.id))).toEqual(
      sorted(['usitc-sectors', 'hs-chapters', 'agriculture', 'agency-products']),
    );
  });

  it('resolves every sourceId of series and classifications to meta.sources', async () => {
    const meta = await getOk('/api/v1/meta', metaSchema);
    const sourceIds = new Set(meta.sources.map((s) => s.id));
    const referenced = [
      ...meta.series.flatMap((s) => s.sourceIds),
      ...meta.classifications.flatMap((c) => c.sourceIds),
    ];
    expect(referenced.length).toBeGreaterThan(0);
    expect(referenced.filter((id) => !sourceIds.has(id))).toEqual([]);
  });

  it('rejects an unknown parameter', async () => {
    await expectBadParam('/api/v1/meta?foo=1', 'foo');
  });
});

describe('GET /api/v1/trade/annual', () => {
  it('without parameters returns every goods year 1985–2025, one row per year', async () => {
    const res = await getOk('/api/v1/trade/annual', annualResponseSchema);
    expect(res.category).toBe('goods');
    expect(res.from).toBe(1985);
    expect(res.to).toBe(2025);
    expect(res.rows).toHaveLength(41);
    expect(res.rows.map((r) => r.year)).toEqual(range(1985, 2025));
  });

  it('returns exactly the requested years', async () => {
    const res = await getOk('/api/v1/trade/annual?from=2012&to=2019', annualResponseSchema);
    expect(res).toMatchObject({ category: 'goods', from: 2012, to: 2019 });
    expect(res.rows.map((r) => r.year)).toEqual(range(2012, 2019));
  });

  it('serves the 2011 goods row exactly as in goods-annual.json', async () => {
    const expected = goodsRows.find((r) => r.year === 2011);
    expect(expected).toBeDefined();
    expect(expected?.exports).toEqual(expect.any(Number));
    const res = await getOk('/api/v1/trade/annual?from=2011&to=2011', annualResponseSchema);
    expect(res.rows).toEqual([expected]);
    const all = await getOk('/api/v1/trade/annual?category=goods', annualResponseSchema);
    expect(all.rows.find((r) => r.year === 2011)).toEqual(expected);
  });

  it('returns services 2011–2018 with visible gaps, never filled', async () => {
    const res = await getOk('/api/v1/trade/annual?category=services&from=2011&to=2018', annualResponseSchema);
    expect(res).toMatchObject({ category: 'services', from: 2011, to: 2018 });
    expect(res.rows.map((r) => r.year)).toEqual(range(2011, 2018));
    for (const year of [2013, 2014, 2015]) {
      expect(res.rows.find((r) => r.year === year)).toMatchObject({ exports: null, imports: null, balance: null });
    }
    const row2018 = res.rows.find((r) => r.year === 2018);
    expect(row2018?.imports).toBeNull();
    expect(row2018?.exports).toEqual(expect.any(Number));
    // The years the source has are served as they are in services-annual.json.
    for (const expected of servicesRows) {
      expect(res.rows.find((r) => r.year === expected.year)).toEqual(expected);
    }
  });

  it('clips a range to the series coverage', async () => {
    const res = await getOk('/api/v1/trade/annual?category=services&from=2000&to=2030', annualResponseSchema);
    expect(res.from).toBe(2011);
    expect(res.to).toBe(2018);
    expect(res.rows.map((r) => r.year)).toEqual(range(2011, 2018));
  });

  it.each([
    ['from=abc', 'from'],
    ['from=2019&to=2012', 'from'],
    ['category=oil', 'category'],
    ['foo=1', 'foo'],
    ['to=19999', 'to'],
    ['from=2012&from=2013', 'from'],
  ])('answers 400 problem+json for %s', async (query, param) => {
    await expectBadParam(`/api/v1/trade/annual?${query}`, param);
  });
});

describe('GET /api/v1/sectors', () => {
  it('returns the whole catalogue without a filter', async () => {
    const res = await getOk('/api/v1/sectors', sectorsResponseSchema);
    expect(res.sectors).toHaveLength(allSectors.length);
    expect(sorted(res.sectors.map((s) => s.id))).toEqual(sorted(allSectors.map((s) => s.id)));
    expect(new Set(res.sectors.map((s) => s.classification)).size).toBe(4);
  });

  it('returns only the sectors of the requested classification', async () => {
    const res = await getOk('/api/v1/sectors?classification=usitc-sectors', sectorsResponseSchema);
    const expected = allSectors.filter((s) => s.classification === 'usitc-sectors');
    expect(expected.length).toBeGreaterThan(0);
    expect(res.sectors.every((s) => s.classification === 'usitc-sectors')).toBe(true);
    expect(sorted(res.sectors.map((s) => s.id))).toEqual(sorted(expected.map((s) => s.id)));
    expect(res.sectors.find((s) => s.id === 'usitc-total')?.kind).toBe('total');
    expect(res.sectors.find((s) => s.id === 'usitc-machinery')?.kind).toBe('item');
  });

  it.each([
    ['classification=nope', 'classification'],
    ['foo=1', 'foo'],
  ])('answers 400 problem+json for %s', async (query, param) => {
    await expectBadParam(`/api/v1/sectors?${query}`, param);
  });
});

describe('GET /api/v1/trade/sectors', () => {
  const usitcIds = new Set(allSectors.filter((s) => s.classification === 'usitc-sectors').map((s) => s.id));

  it('returns one classification, one year and one flow', async () => {
    const res = await getOk(
      '/api/v1/trade/sectors?classification=usitc-sectors&year=2016&flow=exports',
      sectorValuesResponseSchema,
    );
    expect(res.classification).toBe('usitc-sectors');
    const expected = allSectorValues.filter((r) => usitcIds.has(r.sectorId) && r.year === 2016 && r.flow === 'exports');
    expect(expected.length).toBeGreaterThan(0);
    expect(res.rows).toHaveLength(expected.length);
    for (const row of res.rows) {
      expect(row.year).toBe(2016);
      expect(row.flow).toBe('exports');
      expect(usitcIds.has(row.sectorId)).toBe(true);
    }
    const machinery = expected.find((r) => r.sectorId === 'usitc-machinery');
    expect(machinery).toBeDefined();
    expect(res.rows.find((r) => r.sectorId === 'usitc-machinery')).toEqual(machinery);
  });

  it('filters by a list of sectors', async () => {
    const res = await getOk(
      '/api/v1/trade/sectors?classification=usitc-sectors&sector=usitc-machinery,usitc-total',
      sectorValuesResponseSchema,
    );
    const wanted = ['usitc-machinery', 'usitc-total'];
    const expected = allSectorValues.filter((r) => wanted.includes(r.sectorId));
    expect(res.rows).toHaveLength(expected.length);
    expect(sorted(new Set(res.rows.map((r) => r.sectorId)))).toEqual(sorted(wanted));
    expect(
      res.rows
        .filter((r) => r.sectorId === 'usitc-machinery')
        .map((r) => r.year)
        .sort(),
    ).toEqual(
      expected
        .filter((r) => r.sectorId === 'usitc-machinery')
        .map((r) => r.year)
        .sort(),
    );
  });

  it('filters by a year range', async () => {
    const res = await getOk(
      '/api/v1/trade/sectors?classification=usitc-sectors&from=2014&to=2015',
      sectorValuesResponseSchema,
    );
    expect(res.rows.length).toBeGreaterThan(0);
    expect(sorted(new Set(res.rows.map((r) => String(r.year))))).toEqual(['2014', '2015']);
  });

  it('marks the January–August 2025 HS import rows as partial', async () => {
    const res = await getOk(
      '/api/v1/trade/sectors?classification=hs-chapters&flow=imports&measure=duties&year=2025',
      sectorValuesResponseSchema,
    );
    expect(res.classification).toBe('hs-chapters');
    expect(res.rows.length).toBeGreaterThan(1);
    for (const row of res.rows) {
      expect(row).toMatchObject({ year: 2025, flow: 'imports', measure: 'duties', period: 'Jan–Aug', partial: true });
      expect(row.sectorId.startsWith('hs-')).toBe(true);
    }
    expect(res.rows.some((r) => r.sectorId === 'hs-total')).toBe(true);
  });

  it.each([
    ['year=2016', 'classification'],
    ['classification=usitc-sectors&year=20x6', 'year'],
    ['classification=usitc-sectors&sector=hs-87', 'sector'],
    ['classification=usitc-sectors&flow=sideways', 'flow'],
    ['classification=usitc-sectors&measure=weight', 'measure'],
    ['classification=usitc-sectors&year=2016&from=2013', 'year'],
    ['classification=usitc-sectors&from=2017&to=2013', 'from'],
    ['classification=nope', 'classification'],
  ])('answers 400 problem+json for %s', async (query, param) => {
    await expectBadParam(`/api/v1/trade/sectors?${query}`, param);
  });
});

describe('GET /api/v1/events', () => {
  it('returns the 52 timeline events with their precision', async () => {
    const res = await getOk('/api/v1/events', eventsResponseSchema);
    expect(res.events).toHaveLength(52);
    const inForce = res.events.find((e) => e.date === '2012-03-15');
    expect(inForce).toMatchObject({ milestone: true, precision: 'day' });
    expect(res.events.find((e) => e.date === '2041')).toMatchObject({ precision: 'year' });
  });
});

describe('GET /api/v1/experts', () => {
  it('returns the 16 experts whose statement counts add up to the viewpoints', async () => {
    const res = await getOk('/api/v1/experts', expertsResponseSchema);
    expect(res.experts).toHaveLength(16);
    expect(sorted(res.experts.map((e) => e.id))).toEqual(sorted(expertsJson.map((e) => e.id)));
    const all = await getOk('/api/v1/viewpoints', viewpointsResponseSchema);
    expect(all.total).toBe(allViewpoints.length);
    expect(res.experts.reduce((sum, e) => sum + e.statementCount, 0)).toBe(all.total);
  });

  it("gives each expert the number of that expert's viewpoints", async () => {
    const res = await getOk('/api/v1/experts', expertsResponseSchema);
    for (const expert of res.experts) {
      expect(expert.statementCount, expert.id).toBe(allViewpoints.filter((v) => v.expertId === expert.id).length);
    }
    expect(res.experts.find((e) => e.id === 'stangarone')?.statementCount).toBeGreaterThan(0);
  });
});

describe('GET /api/v1/viewpoints', () => {
  const ids = (vs: readonly Viewpoint[]): string[] => vs.map((v) => v.id).sort();

  it('returns every viewpoint in date order without filters', async () => {
    const res = await getOk('/api/v1/viewpoints', viewpointsResponseSchema);
    expect(res.total).toBe(res.viewpoints.length);
    expect(ids(res.viewpoints)).toEqual(ids(allViewpoints));
    const dates = res.viewpoints.map((v) => v.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('filters by expert', async () => {
    const res = await getOk('/api/v1/viewpoints?expert=stangarone', viewpointsResponseSchema);
    expect(res.viewpoints.length).toBeGreaterThan(0);
    expect(res.total).toBe(res.viewpoints.length);
    expect(res.viewpoints.every((v) => v.expertId === 'stangarone')).toBe(true);
    expect(ids(res.viewpoints)).toEqual(ids(allViewpoints.filter((v) => v.expertId === 'stangarone')));
  });

  it('filters by topic', async () => {
    const res = await getOk('/api/v1/viewpoints?topic=autos', viewpointsResponseSchema);
    expect(res.viewpoints.length).toBeGreaterThan(0);
    expect(res.viewpoints.every((v) => v.topics.includes('autos'))).toBe(true);
    expect(ids(res.viewpoints)).toEqual(ids(allViewpoints.filter((v) => v.topics.includes('autos'))));
  });

  it('filters by stance', async () => {
    const res = await getOk('/api/v1/viewpoints?stance=critical-of-korus', viewpointsResponseSchema);
    expect(res.viewpoints.length).toBeGreaterThan(0);
    expect(res.viewpoints.every((v) => v.stance === 'critical-of-korus')).toBe(true);
    expect(ids(res.viewpoints)).toEqual(ids(allViewpoints.filter((v) => v.stance === 'critical-of-korus')));
  });

  it('filters by a year range', async () => {
    const res = await getOk('/api/v1/viewpoints?from=2018&to=2018', viewpointsResponseSchema);
    expect(res.viewpoints.length).toBeGreaterThan(0);
    expect(res.viewpoints.every((v) => v.date.startsWith('2018'))).toBe(true);
    expect(ids(res.viewpoints)).toEqual(ids(allViewpoints.filter((v) => v.date.startsWith('2018'))));
  });

  it('serves the statements of 2025–2026, year-only dates included, and the new topics', async () => {
    const res = await getOk('/api/v1/viewpoints?from=2024&to=2026', viewpointsResponseSchema);
    const expected = allViewpoints.filter((v) => Number(v.date.slice(0, 4)) >= 2024);
    expect(expected.some((v) => v.date.startsWith('2026'))).toBe(true);
    expect(ids(res.viewpoints)).toEqual(ids(expected));
    expect(res.viewpoints.filter((v) => v.datePrecision === 'year').map((v) => v.date)).toEqual(['2024', '2024']);
    const manufacturing = await getOk('/api/v1/viewpoints?topic=manufacturing', viewpointsResponseSchema);
    expect(ids(manufacturing.viewpoints)).toEqual(['vp-022']);
    expect(manufacturing.viewpoints[0]?.evidence.map((e) => e.series)).toEqual([
      'hs-exports:S16',
      'hs-exports:S06',
      'hs-exports:S17',
    ]);
    const investment = await getOk('/api/v1/viewpoints?topic=investment', viewpointsResponseSchema);
    expect(ids(investment.viewpoints)).toEqual(ids(allViewpoints.filter((v) => v.topics.includes('investment'))));
    expect(investment.total).toBe(4);
  });

  it('searches the text case-insensitively', async () => {
    const res = await getOk('/api/v1/viewpoints?q=shale', viewpointsResponseSchema);
    expect(res.viewpoints.length).toBeGreaterThan(0);
    for (const v of res.viewpoints) {
      const expert = expertsJson.find((e) => e.id === v.expertId);
      const haystack = `${v.statement} ${v.source.title} ${expert?.name ?? ''} ${expert?.organisation ?? ''}`;
      expect(haystack.toLowerCase()).toContain('shale');
    }
    expect(res.viewpoints.some((v) => /shale/i.test(v.statement))).toBe(true);
    const upper = await getOk('/api/v1/viewpoints?q=SHALE', viewpointsResponseSchema);
    expect(ids(upper.viewpoints)).toEqual(ids(res.viewpoints));
    const none = await getOk('/api/v1/viewpoints?q=zzzz-no-such-text', viewpointsResponseSchema);
    expect(none).toEqual({ total: 0, viewpoints: [] });
  });

  it('combines filters with AND', async () => {
    const res = await getOk(
      '/api/v1/viewpoints?expert=stangarone&topic=autos&from=2018&to=2018',
      viewpointsResponseSchema,
    );
    const expected = allViewpoints.filter(
      (v) => v.expertId === 'stangarone' && v.topics.includes('autos') && v.date.startsWith('2018'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(res.total).toBe(expected.length);
    expect(ids(res.viewpoints)).toEqual(ids(expected));
    // Fewer than any single filter alone: the filters are not OR-ed.
    expect(res.total).toBeLessThan(allViewpoints.filter((v) => v.expertId === 'stangarone').length);
  });

  it('accepts a list of experts (OR within one parameter)', async () => {
    const res = await getOk('/api/v1/viewpoints?expert=tan,snyder', viewpointsResponseSchema);
    const expected = allViewpoints.filter((v) => v.expertId === 'tan' || v.expertId === 'snyder');
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(res.viewpoints)).toEqual(ids(expected));
  });

  it.each([
    ['expert=nobody', 'expert'],
    ['topic=weather', 'topic'],
    ['stance=angry', 'stance'],
    ['from=2019&to=2014', 'from'],
    ['bar=1', 'bar'],
  ])('answers 400 problem+json for %s', async (query, param) => {
    await expectBadParam(`/api/v1/viewpoints?${query}`, param);
  });
});

describe('unknown resources', () => {
  it('answers 404 problem+json for an unknown path', async () => {
    const answer = await get('/api/v1/nope');
    expect(answer.status).toBe(404);
    expect(answer.contentType).toContain('application/problem+json');
    const problem = parseWith(problemSchema, answer.body);
    expect(problem.status).toBe(404);
    expect(problem.detail).toContain('/api/v1/nope');
  });
});
