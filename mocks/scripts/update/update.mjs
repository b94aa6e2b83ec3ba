// `npm run data:update`: fetch (Census International Trade API, FRED), check, convert, build, report, and only
// then move the new data into place. Every step before the move works in temporary folders; any failure
// leaves the served data (mocks/data) and the cache as they were.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { EXIT, UpdateError } from './errors.mjs';
import { get, redact } from './http.mjs';
import {
  CENSUS_REQUESTS,
  FIRST_MONTH,
  KEY_SIGNUP,
  censusChapterRows,
  censusUrl,
  checkCensusResponse,
} from './census.mjs';
import { checkFredResponse, fredSeriesIds, fredUrl } from './fred.mjs';
import {
  CENSUS_HS_FILE,
  REFRESH_FILE,
  censusCsv,
  censusReleased,
  censusRows,
  censusVintage,
  fredVintage,
  koreaAnnualCsv,
  koreaMonthlyCsv,
  koreaMonths,
  peersCsv,
} from './convert.mjs';
import { compareData, formatReport } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../../..');
export const BUILD_SCRIPT = resolve(here, '../build-data.mjs');
export const CACHE_DIR = resolve(ROOT, '.data-cache');
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const usageError = (message, fix) => new UpdateError(message, { fix, exitCode: EXIT.usage });

const nextMonth = (m) => {
  const [y, mo] = m.split('-').map(Number);
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
};
export const monthsBetween = (from, to) => {
  const out = [];
  for (let m = from; m <= to; m = nextMonth(m)) out.push(m);
  return out;
};
/** The last complete calendar month before `now` (UTC). */
export const lastMonth = (now) => {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth(); // 0-based: the previous month's number
  return m === 0 ? `${y - 1}-12` : `${y}-${String(m).padStart(2, '0')}`;
};

/** Checks --from/--to; returns the month range of the Census requests. */
export function monthRange({ from, to }, now) {
  const f = from ?? FIRST_MONTH;
  const t = to ?? lastMonth(now);
  for (const [name, v] of [
    ['--from', f],
    ['--to', t],
  ]) {
    if (!MONTH.test(v))
      throw usageError(
        `${name} ${v} is not a month (YYYY-MM, month 01–12)`,
        'Write the month as YYYY-MM, e.g. --from 2024-01.',
      );
  }
  if (f < FIRST_MONTH)
    throw usageError(
      `--from ${f} is before ${FIRST_MONTH}: the Census International Trade API has no months before January 2010`,
      `Use --from ${FIRST_MONTH} or later.`,
    );
  if (f > t) throw usageError(`--from ${f} is after --to ${t}`, 'Give a range with --from before --to.');
  if (t > lastMonth(now))
    throw usageError(`--to ${t} is in the future or the current month`, `Use --to ${lastMonth(now)} or earlier.`);
  return { from: f, to: t };
}

/** Swaps `staged` into `target` with renames; returns an undo function. */
function swapIn(staged, target) {
  const old = existsSync(target) ? `${target}.old-${process.pid}-${Date.now()}` : null;
  if (old) renameSync(target, old);
  try {
    renameSync(staged, target);
  } catch (error) {
    if (old) renameSync(old, target);
    throw error;
  }
  return {
    undo: () => {
      rmSync(target, { recursive: true, force: true });
      if (old) renameSync(old, target);
    },
    done: () => old && rmSync(old, { recursive: true, force: true }),
  };
}

/**
 * Runs the update. Options: fetch (required), env, from, to, dryRun, now (Date), delays, sleep, log,
 * baseInputDir (the snapshot CSVs, default ../shared/data), outDir (default mocks/data), cacheDir.
 * Returns { report, text, changed }. Throws UpdateError.
 */
export async function runUpdate(options) {
  const log = options.log ?? ((s) => console.log(s));
  const now = options.now ?? new Date();
  const date = now.toISOString().slice(0, 10);
  const baseInputDir = resolve(options.baseInputDir ?? resolve(ROOT, '../shared/data'));
  const outDir = resolve(options.outDir ?? resolve(ROOT, 'mocks/data'));
  const cacheDir = resolve(options.cacheDir ?? CACHE_DIR);
  const range = monthRange(options, now);
  const key = (options.env ?? process.env).CENSUS_API_KEY?.trim();
  if (!key) {
    throw usageError(
      'CENSUS_API_KEY is not set: the Census International Trade API requires a key for every query since 12 May 2026',
      `Get a free key at ${KEY_SIGNUP}, then run: CENSUS_API_KEY=<your key> npm run data:update`,
    );
  }
  if (!existsSync(resolve(baseInputDir, 'korea-goods-monthly-fred.csv'))) {
    throw usageError(
      `The snapshot CSVs were not found in ${baseInputDir}`,
      'Run the update from the project folder, next to ../shared/data (the collected sources).',
    );
  }
  const http = { fetch: options.fetch, delays: options.delays, sleep: options.sleep, log };
  const raw = []; // [relative path, body] of every answer, for the cache

  // 1. FRED: every series whole (one request each).
  log(`FRED: ${fredSeriesIds().length} series from fredgraph.csv`);
  const series = new Map();
  for (const id of fredSeriesIds()) {
    const res = await get(http, fredUrl(id));
    series.set(id, checkFredResponse(res, id));
    raw.push([`fred/${id}.csv`, res.text]);
  }
  const korea = koreaMonths(series);

  // 2. Census: month by month, exports and imports.
  const months = monthsBetween(range.from, range.to);
  log(`Census: ${months.length} month(s) ${range.from} … ${range.to}, ${CENSUS_REQUESTS.length} requests each`);
  const census = new Map();
  const noData = [];
  const fetchMonth = async (month) => {
    const answers = {};
    for (const req of CENSUS_REQUESTS) {
      const url = censusUrl(req, month, key);
      const res = await get(http, url);
      const table = checkCensusResponse(res, url);
      raw.push([`census/${req.id}-${month}.json`, res.status === 204 ? '' : res.text]);
      const rows = table ? censusChapterRows(table, req, month, redact(url)).rows : [];
      answers[req.id] = rows.length ? { url: redact(url), rows } : null;
      if (!rows.length) noData.push(`${req.id} ${month}`);
    }
    return answers;
  };
  // A few months at a time (about 400 requests for the whole range); the first failure stops the update.
  const parallel = options.parallel ?? 4;
  for (let i = 0; i < months.length; i += parallel) {
    const batch = months.slice(i, i + parallel);
    const answers = await Promise.all(batch.map(fetchMonth));
    batch.forEach((m, j) => census.set(m, answers[j]));
    if (months.length > 24 && (i / parallel) % 6 === 5) log(`  Census: ${census.size} of ${months.length} months`);
  }
  noData.sort();
  if (![...census.values()].some((a) => Object.values(a).some(Boolean))) {
    throw new UpdateError(
      `Census has no data for any month of ${range.from} … ${range.to} (every answer was HTTP 204)`,
      {
        fix: 'Monthly data are released about 40–45 days after the month ends: choose an earlier --to. Nothing was changed.',
      },
    );
  }

  // 3. Convert, next to the previous update's Census months outside the range.
  const fv = fredVintage(date);
  const cv = censusVintage(date);
  const prevInput = resolve(cacheDir, 'input');
  const prevCensusFile = resolve(prevInput, CENSUS_HS_FILE);
  const prevInfo = existsSync(resolve(prevInput, REFRESH_FILE))
    ? JSON.parse(readFileSync(resolve(prevInput, REFRESH_FILE), 'utf8'))
    : null;
  const prevRows = existsSync(prevCensusFile)
    ? Papa.parse(readFileSync(prevCensusFile, 'utf8'), { header: true, skipEmptyLines: true }).data
    : [];
  const rows = censusRows(census, cv, prevRows, range);
  const released = censusReleased(census, prevInfo?.census?.released ?? {}, range);
  const vintages = [
    ...(prevInfo?.census?.vintages ?? []).filter((v) => v.id !== cv.id && rows.some((r) => r.vintage === v.id)),
    cv,
  ];
  const info = {
    dataAsOf: date,
    fred: {
      date,
      vintage: fv.id,
      csvVintage: fv.csvVintage,
      label: fv.label,
      seriesIds: fredSeriesIds(),
      lastMonth: korea.months.at(-1),
    },
    census: { date, from: range.from, to: range.to, released, vintages, noData },
  };

  // 4. Stage: raw answers and the build input in the cache's staging folder, the build output beside outDir.
  mkdirSync(cacheDir, { recursive: true });
  mkdirSync(dirname(outDir), { recursive: true });
  const stage = mkdtempSync(join(cacheDir, '.staging-'));
  const outStage = mkdtempSync(`${outDir}.staging-`);
  const undo = [];
  try {
    const rawDir = join(stage, 'raw');
    for (const [rel, body] of raw) {
      mkdirSync(dirname(join(rawDir, rel)), { recursive: true });
      writeFileSync(join(rawDir, rel), body);
    }
    writeFileSync(
      join(rawDir, 'manifest.json'),
      `${JSON.stringify({ fetched: now.toISOString(), fred: fredSeriesIds().map(fredUrl), census: [...census.keys()].flatMap((m) => CENSUS_REQUESTS.map((r) => redact(censusUrl(r, m, key)))) }, null, 1)}\n`,
    );
    const input = join(stage, 'input');
    cpSync(baseInputDir, input, { recursive: true });
    writeFileSync(join(input, 'korea-goods-monthly-fred.csv'), koreaMonthlyCsv(series));
    writeFileSync(join(input, 'korea-goods-annual-fred.csv'), koreaAnnualCsv(series));
    writeFileSync(join(input, 'korea-peers-goods-monthly-fred.csv'), peersCsv(series, fv));
    writeFileSync(join(input, CENSUS_HS_FILE), censusCsv(rows));
    writeFileSync(join(input, REFRESH_FILE), `${JSON.stringify(info, null, 1)}\n`);

    // 5. Build into the staging output, in its own process (the build keeps module state).
    try {
      execFileSync(process.execPath, [BUILD_SCRIPT, input, outStage], { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const stderr = String(error.stderr ?? '')
        .trim()
        .split('\n');
      const cause = stderr.find((l) => /^Error: /.test(l)) ?? stderr.at(-1) ?? error.message;
      throw new UpdateError(`The data build rejected the fetched data: ${cause.replace(/^Error: /, '')}`, {
        fix: 'The fetched figures break an invariant of the data build (see the message); nothing was changed. Run `npm run data:update -- --dry-run` to inspect, or report it.',
        cause: error,
      });
    }

    // 6. Report.
    const report = compareData(outDir, outStage);
    const text = formatReport(report);
    if (korea.leftOut.length) log(`Left out (only one flow released yet): ${korea.leftOut.join(', ')}`);
    if (noData.length)
      log(
        `No Census data (HTTP 204) for: ${noData.length > 6 ? `${noData.slice(0, 6).join(', ')} … (${noData.length})` : noData.join(', ')}`,
      );
    log(text);
    if (options.dryRun) {
      log('\nDry run: nothing was written.');
      return { report, text, changed: false };
    }

    // 7. Move into place: caches first, the served data last; undo all on failure.
    try {
      undo.push(swapIn(rawDir, join(cacheDir, 'raw')));
      undo.push(swapIn(input, join(cacheDir, 'input')));
      undo.push(swapIn(outStage, outDir));
    } catch (error) {
      for (const u of undo.reverse()) u.undo();
      undo.length = 0;
      throw new UpdateError(`Could not move the new data into place (${error.code ?? error.message})`, {
        fix: `Check that ${basename(outDir)} and ${cacheDir} are writable and not open in another program; nothing was changed.`,
        cause: error,
      });
    }
    for (const u of undo) u.done();
    // The data page serves SOURCES.md as a static asset: keep it equal to the served data's copy.
    if (outDir === resolve(ROOT, 'mocks/data')) cpSync(join(outDir, 'SOURCES.md'), resolve(ROOT, 'public/SOURCES.md'));
    log(`\nWrote ${outDir} (data as of ${date}); raw answers and the build input in ${cacheDir}.`);
    return { report, text, changed: true };
  } finally {
    rmSync(stage, { recursive: true, force: true });
    rmSync(outStage, { recursive: true, force: true });
  }
}
