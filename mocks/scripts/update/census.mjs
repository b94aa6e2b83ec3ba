// US Census International Trade API (timeseries/intltrade/{exports,imports}/hs), HS chapters (COMM_LVL=HS2) of
// trade with South Korea (CTY_CODE=5800), one month per request. Responses are validated before they are used:
// status, content type, a body that starts with "[", the header the request implies, and numbers that parse.
import { UpdateError, EXIT } from './errors.mjs';
import { redact } from './http.mjs';

export const CENSUS_BASE = 'https://api.census.gov/data/timeseries/intltrade';
export const KEY_SIGNUP = 'https://api.census.gov/data/key_signup.html';
export const KOREA = '5800';
export const FIRST_MONTH = '2010-01';

/** One request per month and direction; each value variable becomes one basis of the HS-chapter data. */
export const CENSUS_REQUESTS = [
  {
    id: 'exports',
    endpoint: 'exports/hs',
    commodity: 'E_COMMODITY',
    description: 'E_COMMODITY_LDESC',
    values: [{ variable: 'ALL_VAL_MO', flow: 'exports', basis: 'census-fas' }],
  },
  {
    id: 'imports',
    endpoint: 'imports/hs',
    commodity: 'I_COMMODITY',
    description: 'I_COMMODITY_LDESC',
    values: [
      { variable: 'GEN_VAL_MO', flow: 'imports', basis: 'census-general-customs' },
      { variable: 'CON_VAL_MO', flow: 'imports', basis: 'census-consumption-customs' },
    ],
  },
];

export const getColumns = (req) => [
  'CTY_CODE',
  'CTY_NAME',
  req.commodity,
  req.description,
  ...req.values.map((v) => v.variable),
];

/** The request URL; predicates are appended to the header by the API, after the `get` columns. */
export function censusUrl(req, month, key) {
  const q = new URLSearchParams({ get: getColumns(req).join(','), COMM_LVL: 'HS2', CTY_CODE: KOREA, time: month });
  if (key) q.set('key', key);
  return `${CENSUS_BASE}/${req.endpoint}?${q.toString().replace(/%2C/g, ',')}`;
}

const keyFix = `Set CENSUS_API_KEY to a valid Census API key (free, 40 characters, from ${KEY_SIGNUP}; the key arrives by e-mail and must be activated from the link in it) and run again. Nothing was changed.`;

/**
 * Checks one HTTP answer of the Census API. Returns null for 204 (no data for that month: not yet released,
 * or before 2010-01), otherwise the parsed table. Throws UpdateError with cause and fix for anything else.
 * @param {{ status: number, contentType: string, headers?: Headers, location?: string, text: string }} res
 */
export function checkCensusResponse(res, url) {
  const where = redact(url);
  const body = res.text ?? '';
  const html = /html/i.test(res.contentType) || /^\s*</.test(body);
  if (res.status === 204) {
    if (body.trim() !== '')
      throw new UpdateError(`Census answered 204 with a body for ${where}`, {
        fix: 'Unexpected answer; run again later.',
      });
    return null;
  }
  if (res.status >= 300 && res.status < 400) {
    const missing = /missing_key/i.test(res.location ?? '');
    throw new UpdateError(
      `Census redirected the request (HTTP ${res.status}${res.location ? ` to ${res.location}` : ''}): ${missing ? 'the API key is missing' : 'the API key is missing or not accepted'}. ${where}`,
      { fix: keyFix, exitCode: EXIT.usage },
    );
  }
  if (res.status === 200 && html) {
    const invalid = /invalid key/i.test(body) || res.headers?.get?.('x-datawebapi-keyerror');
    const missing = /missing key|valid key must be included/i.test(body);
    if (invalid || missing) {
      throw new UpdateError(
        `Census answered with an HTML "${invalid ? 'Invalid Key' : 'missing key'}" page instead of data: ${where}`,
        {
          fix: keyFix,
          exitCode: EXIT.usage,
        },
      );
    }
    const generic = /error while running your query/i.test(body);
    throw new UpdateError(
      `Census answered HTTP 200 with an HTML page instead of JSON${generic ? ' ("There was an error while running your query")' : ''}: ${where}`,
      {
        fix: 'The Census international trade API fails like this now and then: run again later. Nothing was changed.',
      },
    );
  }
  if (res.status === 400) {
    const text = body
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200);
    throw new UpdateError(`Census rejected the query (HTTP 400: ${text || 'no message'}): ${where}`, {
      fix: "The variables or predicates of the request are no longer accepted by the API: check them against the endpoint's variables.html and fix CENSUS_REQUESTS in mocks/scripts/update/census.mjs. Nothing was changed.",
    });
  }
  if (res.status !== 200) {
    throw new UpdateError(`Census answered HTTP ${res.status}: ${where}`, {
      fix: 'Unexpected status; run again later. Nothing was changed.',
    });
  }
  if (!/json/i.test(res.contentType)) {
    throw new UpdateError(`Census answered with content type "${res.contentType || 'none'}", not JSON: ${where}`, {
      fix: 'Unexpected answer; run again later. Nothing was changed.',
    });
  }
  return parseCensusTable(body, where);
}

/** The Census wire format: a JSON array of arrays of strings, row 0 the header. */
export function parseCensusTable(body, where = 'Census response') {
  if (!body.startsWith('[')) {
    throw new UpdateError(`The Census body does not start with "[" (${JSON.stringify(body.slice(0, 40))}): ${where}`, {
      fix: 'Unexpected answer; run again later. Nothing was changed.',
    });
  }
  let table;
  try {
    table = JSON.parse(body);
  } catch (error) {
    throw new UpdateError(`The Census body is not valid JSON (${error.message}): ${where}`, {
      fix: 'Truncated answer; run again. Nothing was changed.',
    });
  }
  const ok =
    Array.isArray(table) &&
    table.length >= 1 &&
    table.every((r) => Array.isArray(r) && r.every((c) => typeof c === 'string' || c === null));
  if (!ok)
    throw new UpdateError(`The Census body is not an array of rows of strings: ${where}`, {
      fix: 'Unexpected answer; run again later. Nothing was changed.',
    });
  const [header, ...rows] = table;
  const bad = rows.findIndex((r) => r.length !== header.length);
  if (bad >= 0)
    throw new UpdateError(
      `Census row ${bad + 1} has ${rows[bad].length} cells, the header ${header.length}: ${where}`,
      { fix: 'Unexpected answer; run again later. Nothing was changed.' },
    );
  return { header, rows };
}

/**
 * Column positions by name. Predicates are appended to the header, so a variable both requested and filtered
 * on appears twice (CTY_CODE here): the first occurrence is used, and the copies must agree row by row.
 */
export function columns(header) {
  const index = new Map();
  const copies = new Map();
  header.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
    else copies.set(name, [...(copies.get(name) ?? []), i]);
  });
  return { index, copies };
}

const VALUE = /^-?\d+$/;

/**
 * The HS-chapter rows of one month: { hs2, description, values: { [variable]: dollars } }. Grouping rows
 * (EU, Pacific Rim …) and the world total (CTY_CODE "-", formerly "") are left out; rows may come unsorted.
 */
export function censusChapterRows(table, req, month, where = 'Census response') {
  const expected = getColumns(req);
  const fail = (msg) =>
    new UpdateError(`${msg}: ${where}`, {
      fix: 'The API changed its answer; check CENSUS_REQUESTS in mocks/scripts/update/census.mjs. Nothing was changed.',
    });
  if (expected.some((c, i) => table.header[i] !== c))
    throw fail(
      `Unexpected Census header ${JSON.stringify(table.header)} (expected it to start with ${JSON.stringify(expected)})`,
    );
  const { index, copies } = columns(table.header);
  const timeAt = index.get('time');
  const out = new Map();
  let skipped = 0;
  for (const row of table.rows) {
    for (const [name, at] of copies)
      for (const i of at)
        if (row[i] !== row[index.get(name)])
          throw fail(`The two ${name} columns differ (${row[index.get(name)]} vs ${row[i]})`);
    const cty = row[index.get('CTY_CODE')] ?? '';
    if (cty !== KOREA) {
      skipped++;
      continue;
    }
    if (timeAt !== undefined && row[timeAt] !== month)
      throw fail(`A row for ${row[timeAt]} in the answer for ${month}`);
    const code = row[index.get(req.commodity)] ?? '';
    if (!/^\d{2}$/.test(code)) {
      // A total line of the country (all chapters) is not a chapter; anything else is unexpected.
      if (code === '-' || code === '' || /^total/i.test(code)) {
        skipped++;
        continue;
      }
      throw fail(`Unexpected commodity code "${code}" at COMM_LVL=HS2`);
    }
    if (out.has(code)) throw fail(`Chapter ${code} twice in ${month}`);
    const values = {};
    for (const v of req.values) {
      const cell = row[index.get(v.variable)];
      if (cell === null || cell === undefined || cell === '') values[v.variable] = null;
      else if (!VALUE.test(cell)) throw fail(`${v.variable} of chapter ${code} is not a number: "${cell}"`);
      else values[v.variable] = cell;
    }
    out.set(code, { hs2: code, description: row[index.get(req.description)] ?? '', values });
  }
  return { rows: [...out.values()].sort((a, b) => a.hs2.localeCompare(b.hs2)), skipped };
}
