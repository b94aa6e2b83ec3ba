// FRED fredgraph.csv (keyless): the Census goods totals by partner, monthly, NSA, US$ million. One series per
// request, so each answer has the header `observation_date,<ID>` (formerly `DATE,<ID>`).
import { UpdateError } from './errors.mjs';

export const FRED_GRAPH = 'https://fred.stlouisfed.org/graph/fredgraph.csv';

/** The partners of korea-peers-goods-monthly-fred.csv and their series (India: imports only, as there). */
export const FRED_PARTNERS = [
  { name: 'South Korea', exports: 'EXPKR', imports: 'IMPKR' },
  { name: 'Canada', exports: 'EXPCA', imports: 'IMPCA' },
  { name: 'China', exports: 'EXPCH', imports: 'IMPCH' },
  { name: 'Germany', exports: 'EXPGE', imports: 'IMPGE' },
  { name: 'India', exports: null, imports: 'IMP5330' },
  { name: 'Japan', exports: 'EXPJP', imports: 'IMPJP' },
  { name: 'Mexico', exports: 'EXPMX', imports: 'IMPMX' },
  { name: 'United Kingdom', exports: 'EXPUK', imports: 'IMPUK' },
  { name: 'Vietnam', exports: 'EXP5520', imports: 'IMP5520' },
];

export const fredSeriesIds = () => FRED_PARTNERS.flatMap((p) => [p.exports, p.imports]).filter(Boolean);
export const fredUrl = (id) => `${FRED_GRAPH}?id=${id}`;

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Checks one fredgraph.csv answer and returns Map(month "YYYY-MM" → value string as written, or null where
 * FRED has no value: "." in older files, an empty field since 2026).
 */
export function checkFredResponse(res, id) {
  const url = fredUrl(id);
  const body = res.text ?? '';
  if (res.status === 404) {
    throw new UpdateError(`FRED does not know the series ${id} (HTTP 404): ${url}`, {
      fix: `Check the series id in FRED_PARTNERS (mocks/scripts/update/fred.mjs) at https://fred.stlouisfed.org/series/${id}. Nothing was changed.`,
    });
  }
  if (res.status !== 200)
    throw new UpdateError(`FRED answered HTTP ${res.status}: ${url}`, { fix: 'Run again later. Nothing was changed.' });
  if (/html/i.test(res.contentType) || /^\s*</.test(body)) {
    throw new UpdateError(`FRED answered with an HTML page instead of CSV: ${url}`, {
      fix: 'Run again later; if it persists, open the URL in a browser. Nothing was changed.',
    });
  }
  return parseFredCsv(body, id, url);
}

export function parseFredCsv(body, id, where = `fredgraph.csv ${id}`) {
  const fail = (msg) =>
    new UpdateError(`${msg}: ${where}`, {
      fix: 'FRED changed its CSV; check mocks/scripts/update/fred.mjs. Nothing was changed.',
    });
  const lines = body
    .replace(/\r/g, '')
    .split('\n')
    .filter((l) => l !== '');
  const header = lines[0]?.split(',') ?? [];
  if (header.length !== 2 || !['observation_date', 'DATE'].includes(header[0]) || header[1] !== id) {
    throw fail(`Unexpected FRED header "${lines[0] ?? ''}" (expected "observation_date,${id}")`);
  }
  const out = new Map();
  for (const line of lines.slice(1)) {
    const [date, value, extra] = line.split(',');
    if (extra !== undefined) throw fail(`Unexpected line "${line}"`);
    const m = /^(\d{4})-(0[1-9]|1[0-2])-01$/.exec(date);
    if (!m) throw fail(`Not a monthly date: "${date}"`);
    const month = `${m[1]}-${m[2]}`;
    if (out.has(month)) throw fail(`${month} twice`);
    const v = (value ?? '').trim();
    if (v === '' || v === '.') out.set(month, null);
    else if (!NUMBER.test(v)) throw fail(`${month}: "${v}" is not a number`);
    else out.set(month, v);
  }
  if (![...out.values()].some((v) => v !== null)) throw fail('No values');
  return out;
}
