// End-to-end runs of `npm run data:update` against the fixtures (no network), always into temporary folders:
// the regenerated data passes the contract and the data invariants; a failure halfway leaves a copy of
// mocks/data byte-identical; without the update's files the build is byte-identical to the served data.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as z from 'zod/mini';
import { runUpdate, ROOT, BUILD_SCRIPT } from '../../mocks/scripts/update/update.mjs';
import type { UpdateOptions } from '../../mocks/scripts/update/update.mjs';
import { UpdateError } from '../../mocks/scripts/update/errors.mjs';
import { formatReport } from '../../mocks/scripts/update/report.mjs';
import {
  metaSchema,
  monthlyRowSchema,
  partnerMonthlyRowSchema,
  partnersMetaSchema,
  hsChaptersMetaSchema,
  hsChapterValueSchema,
  hsChapterValuesResponseSchema,
  hsBalanceResponseSchema,
} from '../../src/api/schemas.ts';
import type {
  MonthlyRow,
  PartnerMonthlyRow,
  PartnersMeta,
  AnnualRow,
  HsChapterValue,
  Meta,
} from '../../src/api/schemas.ts';
import { realDataset, setDataset } from '../../mocks/db.ts';
import type { CensusHsMeta } from '../../mocks/queries/hs-chapters.ts';
import { answer, fixture, mockFetch } from '../fixtures/mock-apis.ts';

const SERVED = resolve(ROOT, 'mocks/data');
const NOW = new Date('2026-12-01T09:00:00Z');
const temps: string[] = [];
const temp = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `korus-${name}-`));
  temps.push(d);
  return d;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every file of a folder with its hash: "byte-identical" means equal maps. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex'),
      ]),
  );
const readJson = <T>(dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;

const options = (outDir: string, cacheDir: string, extra: Partial<UpdateOptions> = {}): UpdateOptions => ({
  fetch: mockFetch().fetch,
  env: { CENSUS_API_KEY: 'k'.repeat(40) },
  from: '2025-01',
  to: '2025-04',
  now: NOW,
  delays: [0, 0],
  sleep: () => Promise.resolve(),
  log: () => undefined,
  outDir,
  cacheDir,
  ...extra,
});

// The monthly Census file is not served (no endpoint needs months by chapter): its schema lives here. The
// annual file is served and is checked against the contract's hsChapterValueSchema.
const censusBasis = z.enum(['census-fas', 'census-general-customs', 'census-consumption-customs']);
const censusMonthlySchema = z.object({
  month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  sectorId: z.string().check(z.regex(/^hs-\d{2}$/)),
  flow: z.enum(['exports', 'imports']),
  measure: z.enum(['fas-value', 'customs-value']),
  basis: censusBasis,
  vintage: z.string(),
  value: z.number(),
  sourceId: z.literal('census-intltrade-hs'),
});
const censusAnnualSchema = hsChapterValueSchema;

/** The data invariants, on any built folder. */
function checkInvariants(dir: string) {
  const meta = readJson<z.infer<typeof metaSchema>>(dir, 'meta.json');
  expect(metaSchema.safeParse(meta).success).toBe(true);
  const sources = new Set(meta.sources.map((s) => s.id));
  const korea = readJson<MonthlyRow[]>(dir, 'goods-monthly.json');
  const peers = readJson<PartnerMonthlyRow[]>(dir, 'partner-monthly.json');
  const partners = readJson<PartnersMeta>(dir, 'partners.json');
  const goods = readJson<AnnualRow[]>(dir, 'goods-annual.json');
  expect(korea.filter((r) => !monthlyRowSchema.safeParse(r).success)).toEqual([]);
  expect(peers.filter((r) => !partnerMonthlyRowSchema.safeParse(r).success)).toEqual([]);
  expect(partnersMetaSchema.safeParse(partners).success).toBe(true);
  expect(hsChaptersMetaSchema.safeParse(readJson(dir, 'hs-chapters.json')).success).toBe(true);
  // Every source and vintage resolves; Korea's months are consecutive and each once.
  const all = [...korea, ...peers];
  expect(all.flatMap((r) => r.sourceIds).filter((id) => !sources.has(id))).toEqual([]);
  const vintages = new Set(partners.vintages.map((v) => v.id));
  expect(
    all.flatMap((r) => [r.vintage.exports, r.vintage.imports]).filter((v) => v !== null && !vintages.has(v)),
  ).toEqual([]);
  for (let i = 1; i < korea.length; i++) {
    const [y, m] = korea[i - 1]!.month.split('-').map(Number) as [number, number];
    expect(korea[i]!.month).toBe(m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`);
  }
  for (const r of all)
    if (r.exports !== null && r.imports !== null)
      expect(Math.abs(r.balance! - Math.round((r.exports - r.imports) * 10) / 10)).toBeLessThan(0.051);
  // The 12 months of a year add up to the annual series.
  for (const g of goods) {
    const months = korea.filter((r) => r.month.startsWith(`${g.year}-`));
    expect(months).toHaveLength(12);
    expect(Math.abs(months.reduce((a, r) => a + r.exports!, 0) - g.exports!)).toBeLessThan(0.2);
    expect(Math.abs(months.reduce((a, r) => a + r.imports!, 0) - g.imports!)).toBeLessThan(0.2);
  }
  expect(meta.sources.filter((s) => [...meta.series.flatMap((x) => x.sourceIds)].includes(s.id))).not.toEqual([]);
}

describe('data:update end to end (fixtures, temporary folders)', () => {
  let outDir: string;
  let cacheDir: string;
  let result: Awaited<ReturnType<typeof runUpdate>>;
  beforeAll(async () => {
    outDir = join(temp('out'), 'data');
    cpSync(SERVED, outDir, { recursive: true });
    cacheDir = temp('cache');
    result = await runUpdate(options(outDir, cacheDir));
  }, 20000);

  it('regenerates the data, which passes the contract and the invariants', () => {
    expect(result.changed).toBe(true);
    checkInvariants(outDir);
    const meta = readJson<{ dataAsOf: string; series: { id: string; sourceIds: string[] }[] }>(outDir, 'meta.json');
    expect(meta.dataAsOf).toBe('2026-12-01');
    expect(meta.series.find((s) => s.id === 'goods')?.sourceIds).toEqual(['fred-fredgraph']);
    const sources = readJson<{ sources: { id: string; note: string | null }[] }>(outDir, 'meta.json').sources;
    expect(sources.find((s) => s.id === 'fred-fredgraph')?.note).toMatch(/^Fetched 2026-12-01 from fredgraph.csv/);
    expect(sources.find((s) => s.id === 'census-intltrade-hs')?.note).toMatch(
      /^Fetched 2026-12-01 by npm run data:update \(months 2025-01 … 2025-04 requested\)/,
    );
  });

  it('gives the FRED copy its own vintage and source; Korea keeps the real values as written', () => {
    const korea = readJson<MonthlyRow[]>(outDir, 'goods-monthly.json');
    // The real EXPKR/IMPKR samples hold 2009-09 … 2026-04.
    expect([korea[0]?.month, korea.at(-1)?.month]).toEqual(['2009-09', '2026-04']);
    expect(korea.at(-1)).toMatchObject({
      month: '2026-04',
      exports: 8131.690344,
      imports: 13563.980343,
      balance: -5432.3,
      sourceIds: ['fred-fredgraph'],
      vintage: { exports: 'fred-2026-12-01', imports: 'fred-2026-12-01' },
    });
    const partners = readJson<PartnersMeta>(outDir, 'partners.json');
    expect(partners.vintages[0]?.id).toBe('fred-2026-12-01');
    expect(partners.partners.find((p) => p.id === 'china')?.coverage.imports).toEqual([['2009-05', '2025-12']]);
  });

  it('serves the Census basis in its own files, never in the Comtrade/USITC rows', () => {
    expect(readFileSync(join(outDir, 'hs-chapter-values.json'), 'utf8')).toBe(
      readFileSync(join(SERVED, 'hs-chapter-values.json'), 'utf8'),
    );
    expect(readFileSync(join(outDir, 'hs-chapters.json'), 'utf8')).toBe(
      readFileSync(join(SERVED, 'hs-chapters.json'), 'utf8'),
    );
    const monthly = readJson<unknown[]>(outDir, 'hs-chapter-census-monthly.json');
    expect(monthly.filter((r) => !censusMonthlySchema.safeParse(r).success)).toEqual([]);
    // 3 months × (4 export chapters + 4 + 4 + 3 + 3 import rows per basis) = 12 + 11 + 11.
    expect(monthly).toHaveLength(34);
    const annual = readJson<z.infer<typeof censusAnnualSchema>[]>(outDir, 'hs-chapter-census-annual.json');
    expect(annual.filter((r) => !censusAnnualSchema.safeParse(r).success)).toEqual([]);
    const ex87 = annual.find((r) => r.sectorId === 'hs-87' && r.basis === 'census-fas');
    // Constructed values 3,001,000,000 + 3,002,000,000 + 3,003,000,000 dollars; 2025-04 answered 204.
    expect(ex87).toMatchObject({
      year: 2025,
      period: 'Jan–Mar',
      partial: true,
      value: 9006,
      measure: 'fas-value',
      vintage: 'census-2026-12-01',
    });
    const im02 = annual.find((r) => r.sectorId === 'hs-02' && r.basis === 'census-general-customs');
    expect(im02).toMatchObject({ value: null, note: 'No Census row for 2025-03: the year is not summed.' });
    const meta = readJson<{ coverage: { basis: string; months: string[][] }[]; newChapters: unknown[] }>(
      outDir,
      'hs-chapters-census.json',
    );
    expect(meta.coverage.map((c) => [c.basis, c.months])).toEqual([
      ['census-fas', [['2025-01', '2025-03']]],
      ['census-general-customs', [['2025-01', '2025-03']]],
      ['census-consumption-customs', [['2025-01', '2025-03']]],
    ]);
    expect(meta.newChapters).toEqual([]);
    expect(readFileSync(join(outDir, 'SOURCES.md'), 'utf8')).toContain('HS chapters on the Census basis');
    // The header describes this build, not the snapshot: no "June 2026" monthly row, the Census files listed.
    const sourcesMd = readFileSync(join(outDir, 'SOURCES.md'), 'utf8');
    const head = sourcesMd.slice(0, sourcesMd.indexOf('## Coverage'));
    expect(head).toContain('This build is of a folder prepared by `npm run data:update` (data as of 2026-12-01).');
    expect(head).not.toContain('1985-01 … 2026-04 (496 months)');
    expect(head).not.toContain('2020–2022 exist in no source.');
    const korea = readJson<MonthlyRow[]>(outDir, 'goods-monthly.json');
    expect(head).toContain(`${korea[0]!.month} … ${korea.at(-1)!.month} (${korea.length} months)`);
    expect(head).toMatch(
      /\| `hs-chapters-census.json`, `hs-chapter-census-annual.json`, `hs-chapter-census-monthly.json` \| HS chapters on the Census basis, both directions, by month \(34 values\)/,
    );
  });

  it('is served by the mock API as it wrote it: the Census basis on request, the defaults unchanged', async () => {
    // What the loaders of mocks/datasets.ts give for these files (a JSON import each), from the folder written.
    setDataset({
      ...realDataset,
      meta: readJson<Meta>(outDir, 'meta.json'),
      hsChapters: readJson(outDir, 'hs-chapters.json'),
      hsChapterValues: readJson<HsChapterValue[]>(outDir, 'hs-chapter-values.json'),
      hsCensus: readJson<CensusHsMeta>(outDir, 'hs-chapters-census.json'),
      hsCensusValues: readJson<HsChapterValue[]>(outDir, 'hs-chapter-census-annual.json'),
    });
    const json = async (path: string) => {
      const res = await fetch(new URL(path, 'http://localhost'));
      expect(res.status, path).toBe(200);
      return res.json() as Promise<unknown>;
    };
    const catalogue = hsChaptersMetaSchema.parse(await json('/api/v1/hs-chapters'));
    expect(catalogue.bases.map((b) => b.id).filter((id) => id.startsWith('census-'))).toEqual([
      'census-fas',
      'census-general-customs',
      'census-consumption-customs',
    ]);
    expect(catalogue.coverage.find((c) => c.basis === 'census-fas')?.periods).toEqual([
      { year: 2025, period: 'Jan–Mar', partial: true },
    ]);
    const annual = readJson<HsChapterValue[]>(outDir, 'hs-chapter-census-annual.json');
    const ex = hsChapterValuesResponseSchema.parse(
      await json('/api/v1/trade/hs-chapters?flow=exports&basis=census-fas'),
    );
    expect(ex.rows).toEqual(annual.filter((r) => r.basis === 'census-fas'));
    const bal = hsBalanceResponseSchema.parse(
      await json('/api/v1/trade/hs-chapters?flow=balance&basis=census-fas-minus-general-customs'),
    );
    const hs87 = bal.rows.find((r) => r.sectorId === 'hs-87');
    const im87 = annual.find((r) => r.sectorId === 'hs-87' && r.basis === 'census-general-customs');
    expect(hs87?.balance).toBeCloseTo(9006 - (im87?.value ?? NaN), 6);
    // HS 02 imports have no sum for 2025 (a released month without a row): no balance, never a zero.
    expect(bal.rows.some((r) => r.sectorId === 'hs-02')).toBe(false);
    // Without basis: the snapshot rows, byte for byte.
    const plain = hsChapterValuesResponseSchema.parse(await json('/api/v1/trade/hs-chapters?flow=exports'));
    expect(plain.rows).toEqual(realDataset.hsChapterValues.filter((r) => r.flow === 'exports'));
  });

  it('reports months added, revisions and chapters new', () => {
    const [monthly, annual, census] = result.report.sets;
    expect(result.report.dataAsOf).toEqual({ old: '2026-06-10', new: '2026-12-01' });
    expect(census?.added).toHaveLength(34);
    expect(result.report.chaptersNew).toEqual(['hs-02', 'hs-84', 'hs-87', 'hs-99']);
    // The constructed partner months replace the served ones (revised); the real Korea values equal the
    // served ones, and the months before the 200-row samples are reported as no longer in the source.
    const served = readJson<PartnerMonthlyRow[]>(SERVED, 'partner-monthly.json').find(
      (r) => r.partner === 'japan' && r.month === '2025-10',
    );
    expect(monthly?.revised).toContainEqual(
      expect.objectContaining({ series: 'japan exports', period: '2025-10', old: served?.exports, new: 100 }),
    );
    expect(monthly?.removed).toContain('South Korea exports|1985-01');
    expect(monthly?.revised.filter((r) => r.series.startsWith('South Korea'))).toEqual([]);
    expect(annual?.revised).toEqual([]);
    expect(result.text).toContain('Data as of: 2026-06-10 → 2026-12-01');
    expect(result.text).toContain('Chapters new (Census basis): hs-02, hs-84, hs-87, hs-99');
  });

  it('keeps raw answers (key masked) and the build input in the cache', () => {
    expect(readdirSync(join(cacheDir, 'raw', 'census'))).toContain('exports-2025-01.json');
    expect(readFileSync(join(cacheDir, 'raw', 'manifest.json'), 'utf8')).not.toContain('kkkkkkkk');
    expect(readFileSync(join(cacheDir, 'input', 'korea-goods-by-hs2-census-monthly.csv'), 'utf8')).toContain(
      'key=REDACTED',
    );
    expect(readdirSync(cacheDir).sort()).toEqual(['input', 'raw']);
  });

  it('a second run of one month keeps the other months and reports the revision old → new', async () => {
    const revised = (url: URL) =>
      url.host === 'api.census.gov' &&
      url.pathname.endsWith('/exports/hs') &&
      url.searchParams.get('time') === '2025-03'
        ? answer(
            200,
            fixture('CONSTRUCTED-census-exports-hs-HS2-cty5800-2025-03.json').replace('"3003000000"', '"3303000000"'),
            'application/json',
          )
        : undefined;
    const second = await runUpdate(
      options(outDir, cacheDir, {
        fetch: mockFetch(revised).fetch,
        from: '2025-03',
        to: '2025-03',
        now: new Date('2026-12-02T09:00:00Z'),
      }),
    );
    const census = second.report.sets[2]!;
    expect(census.added).toEqual([]);
    expect(census.revised).toEqual([
      { series: 'hs-87 census-fas', period: '2025-03', old: 3003, new: 3303, delta: 300, pct: (300 / 3003) * 100 },
    ]);
    expect(formatReport(second.report)).toContain('hs-87 census-fas 2025-03: 3,003 → 3,303 (+300, +9.99%)');
    const annual = readJson<z.infer<typeof censusAnnualSchema>[]>(outDir, 'hs-chapter-census-annual.json');
    expect(annual.find((r) => r.sectorId === 'hs-87' && r.basis === 'census-fas')).toMatchObject({
      value: 9306,
      vintage: 'census-2026-12-02',
      note: 'Months from fetches census-2026-12-01, census-2026-12-02.',
    });
    checkInvariants(outDir);
  }, 20000);
});

describe('data:update --dry-run', () => {
  it('fetches, builds and reports, but writes nothing', async () => {
    const outDir = join(temp('dry'), 'data');
    cpSync(SERVED, outDir, { recursive: true });
    const before = snapshot(outDir);
    const cacheDir = temp('cache');
    const lines: string[] = [];
    const result = await runUpdate(options(outDir, cacheDir, { dryRun: true, log: (s) => lines.push(s) }));
    expect(result.changed).toBe(false);
    expect(result.report.sets[2]?.added).toHaveLength(34);
    expect(lines.join('\n')).toContain('Dry run: nothing was written.');
    expect(lines.join('\n')).toContain('No Census data (HTTP 204) for: exports 2025-04, imports 2025-04');
    expect(snapshot(outDir)).toEqual(before);
    expect(readdirSync(cacheDir)).toEqual([]);
    expect(readdirSync(join(outDir, '..'))).toEqual(['data']);
  });
});

describe('data:update is all-or-nothing', () => {
  const failing = async (fail: (url: URL) => Response | undefined, extra: Partial<UpdateOptions> = {}) => {
    const outDir = join(temp('fail'), 'data');
    cpSync(SERVED, outDir, { recursive: true });
    const before = snapshot(outDir);
    const cacheDir = temp('cache');
    const m = mockFetch(fail);
    const error = (await runUpdate(options(outDir, cacheDir, { fetch: m.fetch, ...extra })).catch(
      (e: unknown) => e,
    )) as UpdateError;
    expect(error).toBeInstanceOf(UpdateError);
    expect(snapshot(outDir)).toEqual(before);
    expect(readdirSync(join(outDir, '..'))).toEqual(['data']);
    expect(readdirSync(cacheDir)).toEqual([]);
    return { error, calls: m.calls };
  };

  it('an invalid key answered with HTML halfway through the Census months changes nothing', async () => {
    const { error, calls } = await failing(
      (url) =>
        url.host === 'api.census.gov' &&
        url.searchParams.get('time') === '2025-02' &&
        url.pathname.endsWith('/imports/hs')
          ? answer(200, fixture('CONSTRUCTED-census-invalid-key.html'), 'text/html', {
              'x-datawebapi-keyerror': 'true',
            })
          : undefined,
      { parallel: 1 },
    );
    expect(error.message).toMatch(/"Invalid Key" page/);
    expect(error.exitCode).toBe(2);
    // FRED and the first Census months had already answered.
    expect(calls.filter((c) => c.includes('api.census.gov'))).toHaveLength(4);
  });

  it('a server that keeps failing changes nothing', async () => {
    const { error } = await failing((url) =>
      url.searchParams.get('time') === '2025-03' ? answer(503, 'Service Unavailable', 'text/plain') : undefined,
    );
    expect(error.message).toMatch(/answered HTTP 503 3 times in a row/);
  });

  it('a range without any Census data, and a FRED series with a gap, change nothing', async () => {
    const { error } = await failing(() => undefined, { from: '2024-01', to: '2024-02' });
    expect(error.message).toMatch(/no data for any month of 2024-01 … 2024-02/);
    const gap = await failing((url) =>
      url.searchParams.get('id') === 'IMPKR'
        ? answer(200, 'observation_date,IMPKR\n2025-01-01,1.0\n2025-03-01,2.0\n', 'text/csv')
        : undefined,
    );
    expect(gap.error.message).toBe('EXPKR/IMPKR miss a value inside the series: 2025-02');
  });

  it('a data build that rejects its input after every answer arrived changes nothing', async () => {
    const base = temp('base');
    cpSync(resolve(ROOT, '../shared/data'), base, { recursive: true });
    const file = join(base, 'korea-goods-by-hs2-comtrade-us-reported-2010-2019.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('us_exports_total', 'us_exports_bogus'));
    const { error } = await failing(() => undefined, { baseInputDir: base });
    expect(error.message).toBe('The data build rejected the fetched data: Unknown Comtrade flow us_exports_bogus');
  });
});

describe('the data build without the update’s files', () => {
  it('is byte-identical to the served data', () => {
    const out = temp('snapshot');
    execFileSync(process.execPath, [BUILD_SCRIPT, resolve(ROOT, '../shared/data'), out], { stdio: 'pipe' });
    expect(existsSync(join(out, 'hs-chapters-census.json'))).toBe(false);
    expect(snapshot(out)).toEqual(snapshot(SERVED));
  });
});
