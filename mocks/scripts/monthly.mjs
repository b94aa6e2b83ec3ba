// Monthly goods trade (Census via FRED, NSA): South Korea 1985-01 … 2026-04 (korea-goods-monthly-fred.csv) and
// other U.S. partners with uneven coverage and mixed download vintages (korea-peers-goods-monthly-fred.csv).
// Values are copied as written; balance = exports − imports rounded half-up to 0.1 (as the Korea file does).
// Nothing is summed here: annual partner figures are the API's (sum of 12 months, only where all 12 exist).
import { check, num, round, slug, splitUrls } from './csv.mjs';
import { useSource } from './sources.mjs';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Each copy of the FRED series: its source id and the vintage it carries (the CSV's own wording). */
export const COPIES = [
  {
    match: 'fckintroller/main-analyst-report-dashboard/blob/47e3e8bc7ab0e7468eccd73b0df0750f851d8c36',
    sourceId: 'census-fred-monthly',
    vintage: 'fred-2026-06-10',
    korea: true,
    csvVintage: 'downloaded 2026-06-10 (after the June 2026 annual revision)',
  },
  {
    match: 'sleep2117/macro_strategy/blob/04c7f5b712beb530ac746d24ecd7091049829ff4',
    sourceId: 'fred-copy-sleep2117',
    vintage: 'fred-early-2026',
    csvVintage: 'repo snapshot with data through 2025-12 (downloaded early 2026)',
  },
  {
    match: 'kwang101-cb/Timeseries-FinalProject/blob/0ec739741cbd797f242d8a69082e5ea571efa633',
    sourceId: 'fred-copy-kwang101',
    vintage: 'fred-2026-02-28',
    csvVintage: 'downloaded c. 2026-02-28 (data through 2025-12)',
  },
  {
    match: 'agjaeger/fred-viz/blob/40f0e842caf4209b08188320defb9c0e371a8e81',
    sourceId: 'fred-copy-agjaeger',
    vintage: 'fred-2017-03-03',
    csvVintage: 'downloaded 2017-03-03',
  },
];

export const MONTHLY_VINTAGES = [
  {
    id: 'fred-2026-06-10',
    label: 'Downloaded 2026-06-10, after the June 2026 annual revision',
    note: 'The current vintage: includes the June 2026 Census revision of 2023–2025; 2026 months are preliminary.',
  },
  {
    id: 'fred-early-2026',
    label: 'Downloaded early 2026 (data through 2025-12), before the June 2026 annual revision',
    note: '2023–2025 values may since have been revised by Census (June 2026).',
  },
  {
    id: 'fred-2026-02-28',
    label: 'Downloaded c. 2026-02-28 (data through 2025-12), before the June 2026 annual revision',
    note: '2023–2025 values may since have been revised by Census (June 2026).',
  },
  {
    id: 'fred-2017-03-03',
    label: 'Downloaded 2017-03-03',
    note: 'Superseded for 2014–2016: Census revised those years later (e.g. IMPCH 2016-12 is 39,381.8 here, 39,358.9 in 2026). Its 2006-12 … 2013-12 values match the 2026 vintage.',
  },
];

const copyOf = (url) => {
  const copy = COPIES.find((c) => url.includes(c.match));
  check(copy, `No FRED copy registered for ${url}`);
  return copy;
};
const seriesIdOf = (cell) => /FRED (\w+)/.exec(cell)?.[1] ?? null;

/** Runs of consecutive months: [[from, to], …]. */
export function monthRanges(months) {
  const sorted = [...months].sort();
  const ranges = [];
  const next = (m) => {
    const [y, mo] = m.split('-').map(Number);
    return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  };
  for (const m of sorted) {
    const last = ranges.at(-1);
    if (last && next(last[1]) === m) last[1] = m;
    else ranges.push([m, m]);
  }
  return ranges;
}

export function buildMonthly(readCsv) {
  // South Korea: the file of record for the monthly Korea series.
  const korea = readCsv('korea-goods-monthly-fred.csv').map((r) => {
    check(MONTH.test(r.month), `Bad month ${r.month}`);
    // The copy of record: the snapshot download, or the fetch of npm run data:update (registered by refresh.mjs).
    const copies = [...new Set(splitUrls(r.source).map((url) => copyOf(url)))];
    check(copies.length === 1 && copies[0].korea, `Korea row ${r.month}: ${r.source}`);
    const copy = copies[0];
    const exports = num(r.exports_musd);
    const imports = num(r.imports_musd);
    const balance = num(r.balance_musd);
    check(exports !== null && imports !== null && balance !== null, `Korea ${r.month}: missing value`);
    check(
      Math.abs(round(exports - imports, 1) - balance) < 1e-9,
      `Korea ${r.month}: balance ${balance} ≠ exports − imports`,
    );
    return {
      month: r.month,
      exports,
      imports,
      balance,
      sourceIds: [copy.sourceId],
      vintage: { exports: copy.vintage, imports: copy.vintage },
      note: null,
    };
  });
  korea.sort((a, b) => a.month.localeCompare(b.month));
  const koreaSourceIds = [...new Set(korea.flatMap((r) => r.sourceIds))];
  koreaSourceIds.forEach(useSource);
  const koreaByMonth = new Map(korea.map((r) => [r.month, r]));

  const partnerRows = new Map();
  const series = new Map();
  for (const r of readCsv('korea-peers-goods-monthly-fred.csv')) {
    check(MONTH.test(r.month), `Bad month ${r.partner} ${r.month}`);
    const id = slug(r.partner);
    const exports = num(r.exports_musd);
    const imports = num(r.imports_musd);
    const flow = (value, cell) => {
      if (value === null) {
        check(cell.trim() === '', `${r.partner} ${r.month}: a source without a value`);
        return null;
      }
      const urls = splitUrls(cell);
      check(urls.length === 1, `${r.partner} ${r.month}: one source per flow expected`);
      return { copy: copyOf(urls[0]), seriesId: seriesIdOf(cell) };
    };
    const ex = flow(exports, r.exports_source);
    const im = flow(imports, r.imports_source);
    // The CSV's vintage column names the vintages of both flows, separated by " | ".
    const stated = new Set(r.vintage.split(' | ').map((s) => s.trim()));
    const derived = new Set([ex, im].filter(Boolean).map((f) => f.copy.csvVintage));
    check(
      stated.size === derived.size && [...stated].every((v) => derived.has(v)),
      `${r.partner} ${r.month}: vintage ${r.vintage}`,
    );
    if (id === 'south-korea') {
      // The same copy as the Korea file: identical values, so not stored twice.
      const k = koreaByMonth.get(r.month);
      check(
        k && k.exports === exports && k.imports === imports,
        `South Korea ${r.month} differs from the Korea monthly file`,
      );
      continue;
    }
    const s = series.get(id) ?? { id, name: r.partner, exports: new Set(), imports: new Set(), sourceIds: new Set() };
    for (const [f, key] of [
      [ex, 'exports'],
      [im, 'imports'],
    ]) {
      if (!f) continue;
      if (f.seriesId) s[key].add(f.seriesId);
      s.sourceIds.add(useSource(f.copy.sourceId));
    }
    series.set(id, s);
    const rows = partnerRows.get(id) ?? [];
    rows.push({
      partner: id,
      month: r.month,
      exports,
      imports,
      balance: exports !== null && imports !== null ? round(exports - imports, 1) : null,
      sourceIds: [...new Set([ex, im].filter(Boolean).map((f) => f.copy.sourceId))],
      vintage: { exports: ex?.copy.vintage ?? null, imports: im?.copy.vintage ?? null },
      note: r.note || null,
    });
    partnerRows.set(id, rows);
  }
  const peers = [...partnerRows.values()]
    .flat()
    .sort((a, b) => a.partner.localeCompare(b.partner) || a.month.localeCompare(b.month));
  const keys = new Set();
  for (const r of [...korea.map((k) => ({ ...k, partner: 'south-korea' })), ...peers]) {
    const key = `${r.partner}|${r.month}`;
    check(!keys.has(key), `Month twice: ${key}`);
    keys.add(key);
  }

  const describe = (id, name, rows, seriesIds, sourceIds) => {
    const vintages = new Set(rows.flatMap((r) => [r.vintage.exports, r.vintage.imports]).filter(Boolean));
    return {
      id,
      name,
      coverage: {
        exports: monthRanges(rows.filter((r) => r.exports !== null).map((r) => r.month)),
        imports: monthRanges(rows.filter((r) => r.imports !== null).map((r) => r.month)),
      },
      vintages: MONTHLY_VINTAGES.filter((v) => vintages.has(v.id)).map((v) => v.id),
      seriesIds,
      sourceIds,
    };
  };
  const partners = [
    describe('south-korea', 'South Korea', korea, { exports: ['EXPKR'], imports: ['IMPKR'] }, koreaSourceIds),
    ...[...series.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((s) =>
        describe(s.id, s.name, partnerRows.get(s.id), { exports: [...s.exports], imports: [...s.imports] }, [
          ...s.sourceIds,
        ]),
      ),
  ];
  return {
    koreaMonthly: korea,
    partnerMonthly: peers,
    partnersMeta: {
      unit: 'USD millions',
      basis:
        'U.S. Census goods: total exports f.a.s., general imports customs value, not seasonally adjusted, via FRED.',
      defaultPartner: 'south-korea',
      annualRule:
        'A partner’s annual figure is the sum of its 12 months and exists only where all 12 are present; otherwise null.',
      vintages: MONTHLY_VINTAGES,
      partners,
    },
  };
}
