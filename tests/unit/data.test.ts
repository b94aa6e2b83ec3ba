// Invariants of the data the mock API serves (mocks/data/*.json, see mocks/data/SOURCES.md).
// db.ts widens the JSON imports to the contract types without checking them; this file is the check.
import { describe, it, expect } from 'vitest';
import * as z from 'zod/mini';
import {
  annualRowSchema,
  eventSchema,
  expertSchema,
  metaSchema,
  sectorSchema,
  sectorValueSchema,
  viewpointSchema,
} from '../../src/api/schemas.ts';
import type { SectorValue } from '../../src/api/schemas.ts';
import { realDataset } from '../../mocks/db.ts';
import metaJson from '../../mocks/data/meta.json';
import goodsJson from '../../mocks/data/goods-annual.json';
import servicesJson from '../../mocks/data/services-annual.json';
import sectorsJson from '../../mocks/data/sectors.json';
import sectorValuesJson from '../../mocks/data/sector-values.json';
import eventsJson from '../../mocks/data/events.json';
import expertsJson from '../../mocks/data/experts.json';
import viewpointsJson from '../../mocks/data/viewpoints.json';

const { meta, annual, sectors, sectorValues, events, experts, viewpoints } = realDataset;

/** experts.json holds the experts without statementCount, which the API counts from the viewpoints. */
const expertRecordSchema = z.omit(expertSchema, { statementCount: true });

/** The zod issues of every element that does not parse, with its index (empty when all parse). */
function failures(schema: z.ZodMiniType, items: readonly unknown[]): string[] {
  return items.flatMap((item, i) => {
    const result = schema.safeParse(item);
    return result.success ? [] : [`#${i}: ${JSON.stringify(result.error.issues)}`];
  });
}

/** Keys that occur more than once. */
function duplicates(keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const k of keys) (seen.has(k) ? dup : seen).add(k);
  return [...dup];
}

const sourceIds = new Set(meta.sources.map((s) => s.id));
const sectorById = new Map(sectors.map((s) => [s.id, s]));

describe('schemas: every data file parses with the contract', () => {
  it('meta.json parses with metaSchema', () => {
    expect(failures(metaSchema, [metaJson])).toEqual([]);
  });

  it.each([
    ['goods-annual.json', goodsJson],
    ['services-annual.json', servicesJson],
  ])('%s rows parse with annualRowSchema', (_name, rows) => {
    expect(rows.length).toBeGreaterThan(0);
    expect(failures(annualRowSchema, rows)).toEqual([]);
  });

  it('sectors.json parses with sectorSchema', () => {
    expect(sectorsJson.length).toBeGreaterThan(0);
    expect(failures(sectorSchema, sectorsJson)).toEqual([]);
  });

  it('sector-values.json parses with sectorValueSchema', () => {
    expect(sectorValuesJson.length).toBeGreaterThan(0);
    expect(failures(sectorValueSchema, sectorValuesJson)).toEqual([]);
  });

  it('events.json parses with eventSchema', () => {
    expect(eventsJson.length).toBeGreaterThan(0);
    expect(failures(eventSchema, eventsJson)).toEqual([]);
  });

  it('experts.json parses with expertSchema minus statementCount', () => {
    expect(expertsJson.length).toBeGreaterThan(0);
    expect(failures(expertRecordSchema, expertsJson)).toEqual([]);
    // The count is the API's, derived from the viewpoints: the file must not carry a stale one.
    expect(expertsJson.filter((e) => 'statementCount' in e)).toEqual([]);
  });

  it('viewpoints.json parses with viewpointSchema', () => {
    expect(viewpointsJson.length).toBeGreaterThan(0);
    expect(failures(viewpointSchema, viewpointsJson)).toEqual([]);
  });
});

describe('annual series', () => {
  it('goods: balance = exports − imports within 0.15 ($ million rounding)', () => {
    let checked = 0;
    for (const r of annual.goods) {
      if (r.exports === null || r.imports === null || r.balance === null) continue;
      checked++;
      expect(Math.abs(r.exports - r.imports - r.balance), `goods ${r.year}`).toBeLessThanOrEqual(0.15);
    }
    expect(checked).toBe(annual.goods.length);
  });

  it('services: balance = exports − imports within the source rounding (1000)', () => {
    // USTR and KEI print services trade rounded to whole billions (e.g. 2011: exports $17 bn,
    // imports $8 bn, balance $8 bn), so the stated balance may differ from exports − imports by up
    // to $1 bn = 1000 in US$ million. SOURCES.md: "The stated balance is the source's".
    let checked = 0;
    for (const r of annual.services) {
      if (r.exports === null || r.imports === null || r.balance === null) continue;
      checked++;
      expect(Math.abs(r.exports - r.imports - r.balance), `services ${r.year}`).toBeLessThanOrEqual(1000);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it.each(['goods', 'services'] as const)('%s: no duplicate year, years ascending', (category) => {
    const years = annual[category].map((r) => r.year);
    expect(duplicates(years.map(String))).toEqual([]);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it.each(['goods', 'services'] as const)('%s: years lie within meta.series coverage', (category) => {
    const series = meta.series.find((s) => s.id === category);
    expect(series).toBeDefined();
    if (!series) return;
    const outside = annual[category].filter((r) => r.year < series.from || r.year > series.to).map((r) => r.year);
    expect(outside).toEqual([]);
    // The coverage is not wider than the data: both ends have a row.
    const years = annual[category].map((r) => r.year);
    expect(years).toContain(series.from);
    expect(years).toContain(series.to);
  });

  it('goods covers every year of its coverage without gaps', () => {
    const years = annual.goods.map((r) => r.year);
    expect(years).toHaveLength(2025 - 1985 + 1);
    expect(annual.goods.every((r) => r.exports !== null && r.imports !== null && r.balance !== null)).toBe(true);
  });

  it('every annual row names at least one source', () => {
    const unsourced = [...annual.goods, ...annual.services].filter((r) => r.sourceIds.length === 0).map((r) => r.year);
    expect(unsourced).toEqual([]);
  });
});

describe('source register', () => {
  it('source ids are unique', () => {
    expect(duplicates(meta.sources.map((s) => s.id))).toEqual([]);
  });

  it('every sourceId resolves to meta.sources', () => {
    const referenced: [string, string][] = [
      ...annual.goods.flatMap((r) => r.sourceIds.map((id): [string, string] => [`goods ${r.year}`, id])),
      ...annual.services.flatMap((r) => r.sourceIds.map((id): [string, string] => [`services ${r.year}`, id])),
      ...sectorValues.map((r): [string, string] => [`${r.sectorId} ${r.year} ${r.flow} ${r.measure}`, r.sourceId]),
      ...events.flatMap((e) => e.sourceIds.map((id): [string, string] => [e.id, id])),
      ...meta.series.flatMap((s) => s.sourceIds.map((id): [string, string] => [`series ${s.id}`, id])),
      ...meta.classifications.flatMap((c) => c.sourceIds.map((id): [string, string] => [`classification ${c.id}`, id])),
    ];
    expect(referenced.length).toBeGreaterThan(sectorValues.length);
    expect(referenced.filter(([, id]) => !sourceIds.has(id))).toEqual([]);
  });

  it('every event names at least one source', () => {
    expect(events.filter((e) => e.sourceIds.length === 0).map((e) => e.id)).toEqual([]);
  });
});

describe('sectors and sector values', () => {
  it('sector ids are unique and each sector belongs to a classification in meta', () => {
    expect(duplicates(sectors.map((s) => s.id))).toEqual([]);
    const classificationIds = new Set(meta.classifications.map((c) => c.id));
    expect(sectors.filter((s) => !classificationIds.has(s.classification)).map((s) => s.id)).toEqual([]);
  });

  it('no duplicate year/sectorId/flow/measure', () => {
    expect(duplicates(sectorValues.map((r) => `${r.year}|${r.sectorId}|${r.flow}|${r.measure}`))).toEqual([]);
  });

  it("every sector value's sector exists and its year, measure and period are listed in meta for its flow", () => {
    const problems: string[] = [];
    for (const r of sectorValues) {
      const label = `${r.sectorId} ${r.year} ${r.flow} ${r.measure}`;
      const sector = sectorById.get(r.sectorId);
      if (!sector) {
        problems.push(`${label}: unknown sector`);
        continue;
      }
      const flow = meta.classifications
        .find((c) => c.id === sector.classification)
        ?.flows.find((f) => f.flow === r.flow);
      if (!flow) {
        problems.push(`${label}: flow not in meta for ${sector.classification}`);
        continue;
      }
      if (!flow.years.includes(r.year)) problems.push(`${label}: year not in meta`);
      if (!flow.measures.includes(r.measure)) problems.push(`${label}: measure not in meta`);
      const period = flow.periods.find((p) => p.year === r.year);
      if (!period || period.period !== r.period || period.partial !== r.partial) {
        problems.push(`${label}: period ${r.period}/${String(r.partial)} differs from meta`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every measure used is described in meta.measures', () => {
    const measureIds = new Set(meta.measures.map((m) => m.id));
    expect([...new Set(sectorValues.map((r) => r.measure))].filter((m) => !measureIds.has(m))).toEqual([]);
  });

  it('USITC sectors for 2013 and 2014 sum to the printed total within 3', () => {
    // SOURCES.md: the USITC total is the one printed in Table KR.1; the sectors are rounded to $1 million.
    for (const year of [2013, 2014]) {
      const rows = sectorValues.filter(
        (r) => sectorById.get(r.sectorId)?.classification === 'usitc-sectors' && r.year === year,
      );
      const total = rows.find((r) => sectorById.get(r.sectorId)?.kind === 'total');
      const items = rows.filter((r) => sectorById.get(r.sectorId)?.kind === 'item');
      expect(total?.value, `total ${year}`).toEqual(expect.any(Number));
      expect(items.length).toBeGreaterThan(10);
      const sum = items.reduce((acc, r) => acc + (r.value ?? 0), 0);
      expect(Math.abs((total?.value ?? 0) - sum), `usitc ${year}`).toBeLessThanOrEqual(3);
    }
  });

  it('HS-chapter TOTAL rows equal the sum of the chapter rows of the same year/flow/measure within 0.5', () => {
    const groups = new Map<string, { total: SectorValue[]; chapters: SectorValue[] }>();
    for (const r of sectorValues) {
      const sector = sectorById.get(r.sectorId);
      if (sector?.classification !== 'hs-chapters') continue;
      const key = `${r.year}|${r.flow}|${r.measure}`;
      const group = groups.get(key) ?? { total: [], chapters: [] };
      (sector.kind === 'total' ? group.total : group.chapters).push(r);
      groups.set(key, group);
    }
    let checked = 0;
    for (const [key, group] of groups) {
      // Imports are the DataWeb file with its own totals; the 2016 exports are USTR's top five only.
      if (key.includes('|imports|')) expect(group.total, `${key} has one TOTAL row`).toHaveLength(1);
      const total = group.total[0];
      if (!total) continue;
      checked++;
      expect(total.value, key).toEqual(expect.any(Number));
      const sum = group.chapters.reduce((acc, r) => acc + (r.value ?? 0), 0);
      expect(Math.abs((total.value ?? 0) - sum), key).toBeLessThanOrEqual(0.5);
    }
    // 2023: six measures; 2024 and Jan–Aug 2025: five each (no customs-value sheet).
    expect(checked).toBe(16);
  });
});

describe('events', () => {
  it('holds the 24 first-pass rows and the 28 rows of 2016 and 2019–2026, in file order', () => {
    expect(events).toHaveLength(52);
    // 27 new rows of 2019-05 … 2026-03, plus the first pass's scheduled 2022-03-15 row.
    expect(events.filter((e) => e.date >= '2019-02' && e.date < '2027').length).toBe(27 + 1);
    expect(events.find((e) => e.id === 'ev-2016-01')).toMatchObject({ precision: 'month', milestone: false });
  });

  it('splits "title — description" at the first " — " and keeps both events of 2026-02-20', () => {
    const court = events.find((e) => e.id === 'ev-2026-02-20');
    const surcharge = events.find((e) => e.id === 'ev-2026-02-20-2');
    expect(court?.title).toBe('Supreme Court rules 6–3 that IEEPA does not authorize tariffs');
    expect(court?.description).toMatch(/^the reciprocal tariffs, including the 15% rate on Korean goods/);
    expect(surcharge?.title).toBe('Temporary global import surcharge under Section 122');
    // No title keeps the separator, and no description is empty.
    expect(events.filter((e) => e.title.includes(' — ') || e.description.trim() === '').map((e) => e.id)).toEqual([]);
    // A row without " — " keeps its whole text as the description under a short title of ours.
    expect(events.find((e) => e.id === 'ev-2025-04-03')).toMatchObject({
      title: 'US 25% auto tariff takes effect',
      description: '25% Section 232 tariff on imported passenger vehicles and light trucks takes effect',
    });
  });

  it('event ids are unique and dates match their precision', () => {
    expect(duplicates(events.map((e) => e.id))).toEqual([]);
    const pattern = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };
    expect(events.filter((e) => !pattern[e.precision].test(e.date)).map((e) => e.id)).toEqual([]);
  });
});

describe('experts and viewpoints', () => {
  const expertIds = new Set(experts.map((e) => e.id));
  const topicIds = new Set(meta.topics.map((t) => t.id));
  const stanceIds = new Set(meta.stances.map((s) => s.id));

  it('expert and viewpoint ids are unique', () => {
    expect(duplicates(experts.map((e) => e.id))).toEqual([]);
    expect(duplicates(viewpoints.map((v) => v.id))).toEqual([]);
  });

  it("every viewpoint's expert, topics and stance exist", () => {
    expect(viewpoints.filter((v) => !expertIds.has(v.expertId)).map((v) => v.id)).toEqual([]);
    expect(viewpoints.filter((v) => v.topics.length === 0).map((v) => v.id)).toEqual([]);
    expect(viewpoints.flatMap((v) => v.topics.filter((t) => !topicIds.has(t)).map((t) => `${v.id}: ${t}`))).toEqual([]);
    expect(viewpoints.filter((v) => !stanceIds.has(v.stance)).map((v) => v.id)).toEqual([]);
  });

  it('every expert has at least one viewpoint', () => {
    const withViewpoints = new Set(viewpoints.map((v) => v.expertId));
    expect(experts.filter((e) => !withViewpoints.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('evidence series come in ordered year ranges (their resolution is in data-viewpoints.test.ts)', () => {
    const evidence = viewpoints.flatMap((v) => v.evidence.map((e) => ({ id: v.id, ...e })));
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.filter((e) => e.from > e.to).map((e) => e.id)).toEqual([]);
  });

  it('every quote names a source URL', () => {
    const quotes = viewpoints.filter((v) => v.statementKind === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.filter((v) => !v.source.url || !/^https?:\/\//.test(v.source.url)).map((v) => v.id)).toEqual([]);
  });

  it('viewpoint dates match their precision', () => {
    const pattern = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };
    expect(viewpoints.filter((v) => !pattern[v.datePrecision].test(v.date)).map((v) => v.id)).toEqual([]);
  });
});

describe('numbers', () => {
  it('no value anywhere in the data set is NaN or infinite', () => {
    const bad: string[] = [];
    let numbers = 0;
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'number') {
        numbers++;
        if (!Number.isFinite(value)) bad.push(path);
      } else if (Array.isArray(value)) {
        value.forEach((v, i) => walk(v, `${path}[${i}]`));
      } else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      }
    };
    walk(realDataset, 'dataset');
    expect(numbers).toBeGreaterThan(sectorValues.length);
    expect(bad).toEqual([]);
  });
});
