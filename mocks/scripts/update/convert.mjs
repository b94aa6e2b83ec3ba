// Converts the checked API answers to the CSV shapes `npm run data` reads: the FRED monthly file of record for
// South Korea, its calendar-year sums (full years only), the partners' file, and the Census-basis HS chapters.
// Values are copied as written; the only arithmetic is balance = exports − imports and sums of 12 months.
import Papa from 'papaparse';
import { round } from '../csv.mjs';
import { UpdateError } from './errors.mjs';
import { FRED_PARTNERS, fredUrl } from './fred.mjs';
import { CENSUS_REQUESTS } from './census.mjs';

export const CENSUS_HS_FILE = 'korea-goods-by-hs2-census-monthly.csv';
export const REFRESH_FILE = 'data-update.json';
const BASIS_TEXT =
  'US Census goods, exports F.A.S. (domestic+foreign), imports customs basis (general imports), NSA, US$ millions, via FRED';

const csv = (fields, rows) =>
  `${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\n' })}\n`;
const convertFail = (msg) =>
  new UpdateError(msg, {
    fix: 'FRED returned a series with a gap the data build cannot hold; run again later or report it. Nothing was changed.',
  });

/** The vintage of a fetch: ids and the wording the CSV files and the data build use. */
export const fredVintage = (date) => ({
  id: `fred-${date}`,
  csvVintage: `downloaded ${date} from fredgraph.csv (npm run data:update)`,
  label: `Downloaded ${date} from FRED (fredgraph.csv) by npm run data:update`,
});
export const censusVintage = (date) => ({
  id: `census-${date}`,
  label: `Fetched ${date} from the Census International Trade API by npm run data:update`,
});

/** Months where both Korea series have a value. A missing month inside the range stops the update; months at
 * the end with only one flow (one series released before the other) are left out and reported. */
export function koreaMonths(series) {
  const ex = series.get('EXPKR');
  const im = series.get('IMPKR');
  const months = [...new Set([...ex.keys(), ...im.keys()])].sort();
  const both = months.filter((m) => ex.get(m) != null && im.get(m) != null);
  if (!both.length) throw convertFail('EXPKR and IMPKR have no month in common');
  const last = both.at(-1);
  const first = both[0];
  const inside = months.filter((m) => m > first && m < last && !(ex.get(m) != null && im.get(m) != null));
  if (inside.length) throw convertFail(`EXPKR/IMPKR miss a value inside the series: ${inside.slice(0, 5).join(', ')}`);
  const leftOut = months.filter((m) => m > last && (ex.get(m) != null || im.get(m) != null));
  return { months: both, leftOut, ex, im };
}

export function koreaMonthlyCsv(series) {
  const { months, ex, im } = koreaMonths(series);
  const source = `${fredUrl('EXPKR')} ; ${fredUrl('IMPKR')}`;
  return csv(
    ['month', 'exports_musd', 'imports_musd', 'balance_musd', 'source'],
    months.map((m) => ({
      month: m,
      exports_musd: ex.get(m),
      imports_musd: im.get(m),
      balance_musd: round(Number(ex.get(m)) - Number(im.get(m)), 1).toFixed(1),
      source,
    })),
  );
}

/** Calendar-year sums, only for years with all 12 months of both flows, rounded to 0.1 as the snapshot file. */
export function koreaAnnualCsv(series) {
  const { months, ex, im } = koreaMonths(series);
  const years = new Map();
  for (const m of months) {
    const y = m.slice(0, 4);
    const a = years.get(y) ?? { n: 0, ex: 0, im: 0 };
    a.n++;
    a.ex += Number(ex.get(m));
    a.im += Number(im.get(m));
    years.set(y, a);
  }
  const source = `${fredUrl('EXPKR')} | ${fredUrl('IMPKR')}`;
  const rows = [...years]
    .filter(([, a]) => a.n === 12)
    .map(([year, a]) => ({
      year,
      exports_musd: round(a.ex, 1).toFixed(1),
      imports_musd: round(a.im, 1).toFixed(1),
      balance_musd: round(a.ex - a.im, 1).toFixed(1),
      source,
    }));
  return csv(['year', 'exports_musd', 'imports_musd', 'balance_musd', 'source'], rows);
}

/** The partners' file, in the snapshot's columns; every flow from this fetch, so one vintage for all. */
export function peersCsv(series, vintage) {
  const { months: koreaOnly } = koreaMonths(series);
  const keep = new Set(koreaOnly);
  const rows = [];
  for (const p of FRED_PARTNERS) {
    const ex = p.exports ? series.get(p.exports) : new Map();
    const im = p.imports ? series.get(p.imports) : new Map();
    const months = [...new Set([...ex.keys(), ...im.keys()])].sort();
    for (const m of months) {
      if (p.name === 'South Korea' && !keep.has(m)) continue;
      const e = ex.get(m) ?? null;
      const i = im.get(m) ?? null;
      if (e === null && i === null) continue;
      const es = e === null ? '' : `${fredUrl(p.exports)} (FRED ${p.exports})`;
      const is = i === null ? '' : `${fredUrl(p.imports)} (FRED ${p.imports})`;
      rows.push({
        partner: p.name,
        month: m,
        exports_musd: e ?? '',
        imports_musd: i ?? '',
        source: [es, is].filter(Boolean).join(' ; '),
        exports_source: es,
        imports_source: is,
        vintage: vintage.csvVintage,
        note: '',
        basis: BASIS_TEXT,
      });
    }
  }
  return csv(
    [
      'partner',
      'month',
      'exports_musd',
      'imports_musd',
      'source',
      'exports_source',
      'imports_source',
      'vintage',
      'note',
      'basis',
    ],
    rows,
  );
}

export const CENSUS_FIELDS = [
  'month',
  'hs2',
  'hs2_description',
  'flow',
  'basis',
  'variable',
  'value_usd',
  'vintage',
  'source',
];

/**
 * Census-basis HS-chapter rows, one per month × chapter × basis. `months` maps a month to its answers
 * ({ [request id]: { url, rows } | null }, null = 204). Months outside the fetched range are taken from
 * `previousRows` (the last update's file) with their own vintage.
 */
export function censusRows(months, vintage, previousRows = [], range = null) {
  const rows = previousRows.filter((r) => range && (r.month < range.from || r.month > range.to));
  for (const [month, answers] of months) {
    for (const req of CENSUS_REQUESTS) {
      const answer = answers[req.id];
      if (!answer) continue;
      for (const r of answer.rows) {
        for (const v of req.values) {
          if (r.values[v.variable] === null) continue;
          rows.push({
            month,
            hs2: r.hs2,
            hs2_description: r.description,
            flow: v.flow,
            basis: v.basis,
            variable: v.variable,
            value_usd: r.values[v.variable],
            vintage: vintage.id,
            source: answer.url,
          });
        }
      }
    }
  }
  rows.sort((a, b) => a.month.localeCompare(b.month) || a.basis.localeCompare(b.basis) || a.hs2.localeCompare(b.hs2));
  return rows;
}

export const censusCsv = (rows) => csv(CENSUS_FIELDS, rows);

/** Which months each basis has data for (a month answered 204 has none): the build needs it for partial years. */
export function censusReleased(months, previous = {}, range = null) {
  const out = {};
  for (const req of CENSUS_REQUESTS) {
    for (const v of req.values) {
      const kept = (previous[v.basis] ?? []).filter((m) => range && (m < range.from || m > range.to));
      const fetched = [...months].filter(([, a]) => a[req.id]).map(([m]) => m);
      out[v.basis] = [...new Set([...kept, ...fetched])].sort();
    }
  }
  return out;
}
