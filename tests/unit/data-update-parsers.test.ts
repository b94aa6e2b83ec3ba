// Parsers of the data refresh: Census answers (duplicate header columns, 204, HTML errors, groupings, bad
// numbers), FRED CSV (missing values "." and empty), the retrying GET, and the command's options.
import { describe, it, expect, vi } from 'vitest';
import {
  CENSUS_REQUESTS,
  KEY_SIGNUP,
  censusChapterRows,
  censusUrl,
  checkCensusResponse,
  columns,
  parseCensusTable,
} from '../../mocks/scripts/update/census.mjs';
import { checkFredResponse, parseFredCsv } from '../../mocks/scripts/update/fred.mjs';
import { get, redact } from '../../mocks/scripts/update/http.mjs';
import { UpdateError } from '../../mocks/scripts/update/errors.mjs';
import { main, HELP } from '../../mocks/scripts/update/cli.mjs';
import { monthRange } from '../../mocks/scripts/update/update.mjs';
import { answer, fixture, mockFetch } from '../fixtures/mock-apis.ts';

const [exportsReq, importsReq] = CENSUS_REQUESTS;
const URL_EX = censusUrl(exportsReq, '2025-01', 'k'.repeat(40));
const json = (body: string, status = 200) => ({ status, contentType: 'application/json;charset=utf-8', text: body });
const thrown = (fn: () => unknown): UpdateError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof UpdateError) return e;
    throw e;
  }
  throw new Error('did not throw');
};

describe('Census: request and wire format', () => {
  it('asks for HS2 rows of Korea for one month, and never shows the key', () => {
    const url = new URL(URL_EX);
    expect(url.pathname).toBe('/data/timeseries/intltrade/exports/hs');
    expect(url.searchParams.get('get')).toBe('CTY_CODE,CTY_NAME,E_COMMODITY,E_COMMODITY_LDESC,ALL_VAL_MO');
    expect(url.searchParams.get('COMM_LVL')).toBe('HS2');
    expect(url.searchParams.get('CTY_CODE')).toBe('5800');
    expect(url.searchParams.get('time')).toBe('2025-01');
    expect(new URL(censusUrl(importsReq, '2025-01')).searchParams.get('get')).toBe(
      'CTY_CODE,CTY_NAME,I_COMMODITY,I_COMMODITY_LDESC,GEN_VAL_MO,CON_VAL_MO',
    );
    expect(redact(URL_EX)).toContain('key=REDACTED');
    expect(redact(URL_EX)).not.toContain('kkkk');
  });

  it('reads the real HS10 answer: predicates appended to the header, 121 months', () => {
    const t = parseCensusTable(fixture('census-exports-hs-HS10-2710121510-cty1220-from2016-01.json'));
    expect(t.header).toEqual(['ALL_VAL_MO', 'COMM_LVL', 'E_COMMODITY', 'CTY_CODE', 'time']);
    expect(t.rows).toHaveLength(121);
    expect(t.rows[0]).toEqual(['155905', 'HS10', '2710121510', '1220', '2016-01']);
    expect(t.rows.at(-1)?.[4]).toBe('2026-01');
  });

  it('reads the world total code of the real all-country answers: "" in 2018, "-" in 2025', () => {
    expect(
      parseCensusTable(fixture('census-exports-hs-allcountries-2018-06-first5rows.json')).rows[0]?.slice(0, 2),
    ).toEqual(['', 'TOTAL FOR ALL COUNTRIES']);
    expect(
      parseCensusTable(fixture('census-exports-hs-allcountries-2025-10-first5rows.json')).rows[0]?.slice(0, 2),
    ).toEqual(['-', 'TOTAL FOR ALL COUNTRIES']);
    expect(parseCensusTable(fixture('census-imports-hs-HS6-854231-time-from2013-01-to2013-06.json')).rows).toHaveLength(
      6,
    );
  });

  it('uses the first of two columns of the same name, and requires the copies to agree', () => {
    const { index, copies } = columns([
      'CTY_CODE',
      'CTY_NAME',
      'E_COMMODITY',
      'E_COMMODITY_LDESC',
      'ALL_VAL_MO',
      'COMM_LVL',
      'CTY_CODE',
      'time',
    ]);
    expect(index.get('CTY_CODE')).toBe(0);
    expect(copies.get('CTY_CODE')).toEqual([6]);
    const table = checkCensusResponse(json(fixture('CONSTRUCTED-census-exports-hs-HS2-cty5800-2025-01.json')), URL_EX);
    expect(table).not.toBeNull();
    const { rows } = censusChapterRows(table!, exportsReq, '2025-01');
    // Unsorted in the answer, sorted here.
    expect(rows.map((r) => r.hs2)).toEqual(['02', '84', '87', '99']);
    expect(rows.find((r) => r.hs2 === '87')?.values).toEqual({ ALL_VAL_MO: '3001000000' });
    const broken = { ...table!, rows: table!.rows.map((r) => r.map((c, i) => (i === 6 ? '1220' : c))) };
    expect(thrown(() => censusChapterRows(broken, exportsReq, '2025-01')).message).toMatch(
      /two CTY_CODE columns differ/,
    );
  });

  it('leaves out the world total ("-" and "") and groupings mixed in with Korea', () => {
    const table = parseCensusTable(fixture('CONSTRUCTED-census-exports-hs-HS2-mixed-groupings-2025-01.json'));
    const { rows, skipped } = censusChapterRows(table, exportsReq, '2025-01');
    expect(rows.map((r) => [r.hs2, r.values.ALL_VAL_MO])).toEqual([
      ['84', '2001000000'],
      ['87', '3001000000'],
    ]);
    expect(skipped).toBe(3);
  });

  it('rejects a number that does not parse, an unexpected header and a row of another month', () => {
    const bad = parseCensusTable(fixture('CONSTRUCTED-census-exports-hs-HS2-bad-number-2025-01.json'));
    expect(thrown(() => censusChapterRows(bad, exportsReq, '2025-01')).message).toMatch(
      /ALL_VAL_MO of chapter 87 is not a number: "3,001,000"/,
    );
    const header = parseCensusTable(fixture('CONSTRUCTED-census-exports-hs-wrong-header-2025-01.json'));
    expect(thrown(() => censusChapterRows(header, exportsReq, '2025-01')).message).toMatch(/Unexpected Census header/);
    const ok = parseCensusTable(fixture('CONSTRUCTED-census-exports-hs-HS2-cty5800-2025-01.json'));
    expect(thrown(() => censusChapterRows(ok, exportsReq, '2025-02')).message).toMatch(
      /A row for 2025-01 in the answer for 2025-02/,
    );
  });

  it('reads 204 with an empty body as a month without data', () => {
    expect(checkCensusResponse({ status: 204, contentType: '', text: '' }, URL_EX)).toBeNull();
  });

  it('names the cause and the fix for 400, the HTML key pages, 302 and the generic error', () => {
    const e400 = thrown(() =>
      checkCensusResponse(
        { status: 400, contentType: 'text/plain', text: fixture('CONSTRUCTED-census-400-unknown-predicate.txt') },
        URL_EX,
      ),
    );
    expect(e400.message).toContain("HTTP 400: error: unknown predicate variable: 'time'");
    expect(e400.message).toContain('key=REDACTED');
    const invalid = thrown(() =>
      checkCensusResponse(
        { status: 200, contentType: 'text/html', text: fixture('CONSTRUCTED-census-invalid-key.html') },
        URL_EX,
      ),
    );
    expect(invalid.message).toMatch(/"Invalid Key" page/);
    expect(invalid.fix).toContain(KEY_SIGNUP);
    expect(invalid.exitCode).toBe(2);
    const missing = thrown(() =>
      checkCensusResponse(
        { status: 302, contentType: 'text/html', location: 'https://api.census.gov/data/missing_key.html', text: '' },
        URL_EX,
      ),
    );
    expect(missing.message).toMatch(/the API key is missing/);
    expect(missing.fix).toContain('CENSUS_API_KEY');
    const generic = thrown(() =>
      checkCensusResponse(
        { status: 200, contentType: 'text/html', text: fixture('CONSTRUCTED-census-generic-error.html') },
        URL_EX,
      ),
    );
    expect(generic.message).toMatch(/There was an error while running your query/);
    expect(thrown(() => checkCensusResponse(json('{"error":1}'), URL_EX)).message).toMatch(/does not start with "\["/);
    expect(
      thrown(() => checkCensusResponse({ status: 200, contentType: 'text/plain', text: '[[]]' }, URL_EX)).message,
    ).toMatch(/not JSON/);
  });
});

describe('FRED fredgraph.csv', () => {
  it('reads real answers as written, monthly', () => {
    const ex = parseFredCsv(fixture('fred-api-derived-csv-EXPKR-last200rows.csv'), 'EXPKR');
    expect(ex.size).toBe(200);
    expect(ex.get('2026-04')).toBe('8131.690344');
    expect(parseFredCsv(fixture('fredgraph-csv-IMPCH-last200rows.csv'), 'IMPCH').get('2025-12')).toBe('21104.278609');
  });

  it('reads "." and an empty field as no value, and the legacy DATE header', () => {
    const m = parseFredCsv(fixture('CONSTRUCTED-fredgraph-missing-values-EXPKR.csv'), 'EXPKR');
    expect([...m]).toEqual([
      ['2026-01', '1000.000000'],
      ['2026-02', null],
      ['2026-03', null],
      ['2026-04', '1003.500000'],
    ]);
    expect(parseFredCsv(fixture('CONSTRUCTED-fredgraph-legacy-header-IMPKR.csv'), 'IMPKR').get('2026-02')).toBe(
      '2001.0',
    );
  });

  it('rejects another series, an HTML page, 404 and a value that does not parse', () => {
    expect(thrown(() => parseFredCsv(fixture('fred-api-derived-csv-IMPKR-last200rows.csv'), 'EXPKR')).message).toMatch(
      /Unexpected FRED header/,
    );
    expect(
      thrown(() =>
        checkFredResponse(
          { status: 404, contentType: 'text/html', text: '<html>Error - St. Louis Fed</html>' },
          'EXPXX',
        ),
      ).message,
    ).toMatch(/does not know the series EXPXX/);
    expect(
      thrown(() => checkFredResponse({ status: 200, contentType: 'text/html', text: '<html></html>' }, 'EXPKR'))
        .message,
    ).toMatch(/HTML page instead of CSV/);
    expect(thrown(() => parseFredCsv('observation_date,EXPKR\n2026-01-01,12a\n', 'EXPKR')).message).toMatch(
      /"12a" is not a number/,
    );
  });
});

describe('GET with bounded retry', () => {
  const noWait = () => Promise.resolve();

  it('retries 429 and 5xx with the injected delays, then answers', async () => {
    const statuses = [429, 503, 200];
    const sleep = vi.fn(noWait);
    const res = await get(
      { fetch: (async () => answer(statuses.shift()!, 'ok', 'text/csv')) as typeof fetch, delays: [10, 20, 30], sleep },
      'https://fred.stlouisfed.org/graph/fredgraph.csv?id=EXPKR',
    );
    expect(res.status).toBe(200);
    expect(sleep.mock.calls).toEqual([[10], [20]]);
  });

  it('honours Retry-After, and gives up after the last delay', async () => {
    const sleep = vi.fn(noWait);
    const f = (async () => answer(503, '', 'text/plain', { 'retry-after': '3' })) as typeof fetch;
    const e = await get({ fetch: f, delays: [1, 1], sleep }, 'https://api.census.gov/x').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UpdateError);
    expect((e as UpdateError).message).toMatch(/api.census.gov answered HTTP 503 3 times in a row/);
    expect(sleep.mock.calls).toEqual([[3000], [3000]]);
  });

  it('says "could not reach" without retrying when there is no network at all', async () => {
    const sleep = vi.fn(noWait);
    const f = (async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('getaddrinfo ENOTFOUND api.census.gov'), { code: 'ENOTFOUND' }),
      });
    }) as typeof fetch;
    const e = (await get({ fetch: f, delays: [1, 1], sleep }, 'https://api.census.gov/x?key=secret').catch(
      (x: unknown) => x,
    )) as UpdateError;
    expect(e.message).toBe(
      'could not reach api.census.gov (ENOTFOUND) after 1 attempts: https://api.census.gov/x?key=REDACTED',
    );
    expect(e.exitCode).toBe(3);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('retries a reset connection', async () => {
    let n = 0;
    const f = (async () => {
      if (n++ === 0) throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
      return answer(200, 'ok', 'text/csv');
    }) as typeof fetch;
    expect((await get({ fetch: f, delays: [1], sleep: noWait }, 'https://fred.stlouisfed.org/')).text).toBe('ok');
  });
});

describe('the command', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, log: (s: string) => out.push(s), error: (s: string) => err.push(s) };
  };

  it('--help names the options, CENSUS_API_KEY and where to get a key', async () => {
    const o = io();
    expect(await main(['--help'], { ...o, fetchImpl: mockFetch().fetch })).toBe(0);
    for (const s of ['--from YYYY-MM', '--to YYYY-MM', '--dry-run', '--help', 'CENSUS_API_KEY', KEY_SIGNUP])
      expect(HELP).toContain(s);
    expect(o.out.join('\n')).toBe(HELP);
  });

  it('exits 2 with the fix on a missing key or a bad option, before any request', async () => {
    const m = mockFetch();
    const o = io();
    expect(await main([], { ...o, env: {}, fetchImpl: m.fetch })).toBe(2);
    expect(o.err.join('\n')).toMatch(
      /CENSUS_API_KEY is not set[\s\S]*Fix: Get a free key at https:\/\/api\.census\.gov\/data\/key_signup\.html/,
    );
    expect(await main(['--from', '2025-13'], { ...o, env: { CENSUS_API_KEY: 'k' }, fetchImpl: m.fetch })).toBe(2);
    expect(o.err.at(-1)).toMatch(/--from 2025-13 is not a month/);
    expect(await main(['--since', '2025-01'], { ...o, env: { CENSUS_API_KEY: 'k' }, fetchImpl: m.fetch })).toBe(2);
    expect(m.calls).toEqual([]);
  });

  it('exits 3 with "could not reach …" and no stack trace when there is no network', async () => {
    const o = io();
    const offline = (async () => {
      throw new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } });
    }) as typeof fetch;
    expect(await main([], { ...o, env: { CENSUS_API_KEY: 'k' }, fetchImpl: offline })).toBe(3);
    expect(o.err.join('\n')).toMatch(/^data:update failed: could not reach fred\.stlouisfed\.org \(ENOTFOUND\)/);
    expect(o.err.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('checks the month range', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(monthRange({}, now)).toEqual({ from: '2010-01', to: '2026-11' });
    expect(thrown(() => monthRange({ from: '2009-12' }, now)).message).toMatch(/before 2010-01/);
    expect(thrown(() => monthRange({ from: '2025-05', to: '2025-04' }, now)).message).toMatch(/after --to/);
    expect(thrown(() => monthRange({ to: '2026-12' }, now)).message).toMatch(/future or the current month/);
  });
});
