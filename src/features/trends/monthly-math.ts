// Pure arithmetic on the served monthly figures: 12-month totals, changes on a year earlier, the year to date and
// the partner comparison. A figure that needs a missing month is null, never filled in.
import type { MonthlyRow, PartnerAnnualRow, Vintage } from '../../api/schemas.ts';

export type MonthlyView = 'values' | 'rolling' | 'yoy';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A month as a running index (year × 12 + month − 1), the position on a monthly axis. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** "Apr 2026". */
export function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? '?'} ${month.slice(0, 4)}`;
}

/** "Jan 2011–Apr 2026", or "Apr 2026" for one month. */
export function monthRangeLabel(from: string, to: string): string {
  return from === to ? monthLabel(from) : `${monthLabel(from)}–${monthLabel(to)}`;
}

/** "Jan–Apr" (or "Jan" for one month). */
export function monthSpanLabel(throughMonth: number): string {
  const last = MONTH_NAMES[throughMonth - 1] ?? '?';
  return throughMonth === 1 ? 'Jan' : `Jan–${last}`;
}

export const isMonth = (value: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

export interface MonthlyPoint {
  /** monthIndex(month), the x position. */
  t: number;
  month: string;
  exports: number | null;
  imports: number | null;
  balance: number | null;
}

type Flow = 'exports' | 'imports' | 'balance';
const FLOWS: readonly Flow[] = ['exports', 'imports', 'balance'];

/** Sum of the 12 months ending at each month: null unless all 12 have a figure. */
function rolling(rows: readonly MonthlyRow[], at: number, byIndex: Map<number, MonthlyRow>, flow: Flow): number | null {
  let sum = 0;
  for (let i = at - 11; i <= at; i++) {
    const v = byIndex.get(i)?.[flow];
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return rows.length ? Math.round(sum * 10) / 10 : null;
}

/** Percent change on the same month a year earlier, relative to the earlier value's size. */
export function percentChange(before: number | null | undefined, now: number | null | undefined): number | null {
  if (before === null || before === undefined || now === null || now === undefined || before === 0) return null;
  return ((now - before) / Math.abs(before)) * 100;
}

/** The monthly series as the chosen view: values, 12-month totals, or the change on a year earlier (%). */
export function monthlySeries(rows: readonly MonthlyRow[], view: MonthlyView): MonthlyPoint[] {
  const byIndex = new Map(rows.map((r) => [monthIndex(r.month), r]));
  return rows.map((r) => {
    const t = monthIndex(r.month);
    const point: MonthlyPoint = { t, month: r.month, exports: null, imports: null, balance: null };
    for (const flow of FLOWS) {
      if (view === 'values') point[flow] = r[flow];
      else if (view === 'rolling') point[flow] = rolling(rows, t, byIndex, flow);
      // A percentage change of a balance that can change sign means little: the balance is left out.
      else point[flow] = flow === 'balance' ? null : percentChange(byIndex.get(t - 12)?.[flow], r[flow]);
    }
    return point;
  });
}

/** Round-year January ticks for a monthly axis, at most `maxTicks`. */
export function monthTicks(points: readonly { t: number }[], maxTicks: number): number[] {
  const first = points[0]?.t;
  const last = points.at(-1)?.t;
  if (first === undefined || last === undefined) return [];
  const years = (last - first + 1) / 12;
  const step = [1, 2, 5, 10, 20].find((s) => Math.ceil(years / s) <= maxTicks) ?? 20;
  const ticks = points.filter((p) => p.t % 12 === 0 && Math.floor(p.t / 12) % step === 0).map((p) => p.t);
  return ticks.length ? ticks : [first];
}

export interface YtdTotals {
  year: number;
  exports: number | null;
  imports: number | null;
  balance: number | null;
}

export interface YtdComparison {
  /** The latest year with a figure, and how many of its months exist (Jan … throughMonth). */
  year: number;
  throughMonth: number;
  /** "Jan–Apr". */
  span: string;
  current: YtdTotals;
  previous: YtdTotals;
  /** The same months of every year back to `since` (a year is null where a month is missing). */
  history: YtdTotals[];
}

function sumMonths(byMonth: Map<string, MonthlyRow>, year: number, through: number): YtdTotals {
  const totals: YtdTotals = { year, exports: null, imports: null, balance: null };
  for (const flow of ['exports', 'imports'] as const) {
    let sum = 0;
    let complete = true;
    for (let m = 1; m <= through; m++) {
      const v = byMonth.get(`${year}-${String(m).padStart(2, '0')}`)?.[flow];
      if (v === null || v === undefined) complete = false;
      else sum += v;
    }
    totals[flow] = complete ? Math.round(sum * 10) / 10 : null;
  }
  totals.balance =
    totals.exports !== null && totals.imports !== null ? Math.round((totals.exports - totals.imports) * 10) / 10 : null;
  return totals;
}

/**
 * The latest year's months so far against the same months of earlier years (never against a full year). The
 * latest year is the year of the last month where both flows have a figure.
 */
export function yearToDate(rows: readonly MonthlyRow[], since?: number): YtdComparison | null {
  const last = rows.findLast((r) => r.exports !== null && r.imports !== null);
  if (!last) return null;
  const year = Number(last.month.slice(0, 4));
  const throughMonth = Number(last.month.slice(5, 7));
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const first = Number(rows[0]?.month.slice(0, 4) ?? year);
  const start = Math.max(first, since ?? first);
  const history: YtdTotals[] = [];
  for (let y = start; y <= year; y++) history.push(sumMonths(byMonth, y, throughMonth));
  return {
    year,
    throughMonth,
    span: monthSpanLabel(throughMonth),
    current: sumMonths(byMonth, year, throughMonth),
    previous: sumMonths(byMonth, year - 1, throughMonth),
    history,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Partners: the US goods balance per calendar year (only years whose 12 months exist), as values and as an index.

export interface PartnerSeries {
  id: string;
  name: string;
  rows: PartnerAnnualRow[];
}

export interface PartnerPoint {
  year: number;
  /** `${partnerId}:${segment}` → balance (values) or index; a segment is one run of one vintage set. */
  [key: string]: number | null;
}

export interface PartnerLine {
  key: string;
  partnerId: string;
  /** The vintages the segment's figures come from. */
  vintages: string[];
}

/** The first year where every partner has a full-year balance (the index base), or null. */
export function firstCommonYear(series: readonly PartnerSeries[]): number | null {
  if (!series.length) return null;
  const sets = series.map((s) => new Set(s.rows.filter((r) => r.balance !== null).map((r) => r.year)));
  const [head, ...rest] = sets;
  const common = [...(head ?? [])].filter((y) => rest.every((s) => s.has(y))).sort((a, b) => a - b);
  return common[0] ?? null;
}

/** Index of a balance on the base year (= 100): null where either is missing, the base is 0 or the sign differs. */
export function balanceIndex(value: number | null, base: number | null): number | null {
  if (value === null || base === null || base === 0 || Math.sign(value) !== Math.sign(base)) return null;
  return (value / base) * 100;
}

/**
 * A partner's index on its base year, only where both figures come from the same download(s): dividing one
 * vintage by another would mix bases, so years of another vintage than the base year's have no index.
 */
export function partnerIndex(row: PartnerAnnualRow, baseRow: PartnerAnnualRow | undefined): number | null {
  if (!baseRow || row.vintages.join('+') !== baseRow.vintages.join('+')) return null;
  return balanceIndex(row.balance, baseRow.balance);
}

/**
 * Chart rows and lines for the partner comparison. Each partner's years are split into segments of one vintage
 * set, each its own line: two vintages are never joined into one line.
 */
export function partnerComparison(
  series: readonly PartnerSeries[],
  mode: 'values' | 'index',
): { points: PartnerPoint[]; lines: PartnerLine[]; base: number | null } {
  const base = firstCommonYear(series);
  const years = [...new Set(series.flatMap((s) => s.rows.filter((r) => r.balance !== null).map((r) => r.year)))].sort(
    (a, b) => a - b,
  );
  const first = years[0];
  const lastYear = years.at(-1);
  const lines: PartnerLine[] = [];
  const points: PartnerPoint[] = [];
  if (first === undefined || lastYear === undefined) return { points, lines, base };
  for (let y = first; y <= lastYear; y++) points.push({ year: y });
  const pointOf = new Map(points.map((p) => [p.year, p]));
  for (const s of series) {
    const baseRow = base === null ? undefined : s.rows.find((r) => r.year === base);
    let segment = -1;
    let previousKey: string | null = null;
    let previousYear: number | null = null;
    for (const r of s.rows) {
      if (r.balance === null) continue;
      const vintageKey = r.vintages.join('+');
      // A new segment at a change of vintage (and after a gap, where the line breaks anyway).
      if (vintageKey !== previousKey || previousYear === null || r.year !== previousYear + 1) {
        segment++;
        lines.push({ key: `${s.id}:${segment}`, partnerId: s.id, vintages: r.vintages });
      }
      previousKey = vintageKey;
      previousYear = r.year;
      const value = mode === 'values' ? r.balance : partnerIndex(r, baseRow);
      const point = pointOf.get(r.year);
      if (point) point[`${s.id}:${segment}`] = value;
    }
  }
  // Every line key on every row (null where the segment has no year), so gaps stay gaps.
  for (const p of points) for (const l of lines) if (!(l.key in p)) p[l.key] = null;
  return { points, lines, base };
}

/** Runs of consecutive years, "2007–2016, 2020–2025". */
export function yearRuns(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const runs: string[] = [];
  let start: number | undefined;
  let prev: number | undefined;
  for (const y of [...sorted, Number.NaN]) {
    if (start !== undefined && prev !== undefined && y === prev + 1) {
      prev = y;
      continue;
    }
    if (start !== undefined && prev !== undefined) runs.push(start === prev ? String(start) : `${start}–${prev}`);
    start = y;
    prev = y;
  }
  return runs.join(', ');
}

/** What a partner's full years are and which vintage notes apply to them. */
export function coverageNote(
  s: PartnerSeries,
  vintages: readonly Vintage[],
  current: string,
): { fullYears: string; notes: string[] } {
  const full = s.rows.filter((r) => r.balance !== null);
  const used = new Set(full.flatMap((r) => r.vintages));
  const notes = vintages
    .filter((v) => used.has(v.id) && v.id !== current)
    .map((v) => `${v.label}: ${v.note ?? ''}`.trim());
  return { fullYears: full.length ? yearRuns(full.map((r) => r.year)) : 'none', notes };
}

// ---------------------------------------------------------------------------------------------------------
// The monthly range and the headline figures of Frequency "Monthly".

/** The first month shown by default: the year before KORUS took effect. */
export const DEFAULT_MONTH_FROM = '2011-01';

/** The months served: the first row to the last month with a figure. */
export function servedMonths(rows: readonly MonthlyRow[]): { first: string; last: string } | null {
  const first = rows[0]?.month;
  const last = rows.findLast((r) => r.exports !== null || r.imports !== null)?.month;
  return first && last ? { first, last } : null;
}

/** The range shown: the URL's months inside the months served, by default Jan 2011 to the latest month. */
export function resolveMonthRange(
  rows: readonly MonthlyRow[],
  from: string | undefined,
  to: string | undefined,
): { from: string; to: string } | null {
  const served = servedMonths(rows);
  if (!served) return null;
  const clip = (m: string) => (m < served.first ? served.first : m > served.last ? served.last : m);
  const f = clip(from ?? (DEFAULT_MONTH_FROM > served.first ? DEFAULT_MONTH_FROM : served.first));
  const t = clip(to ?? served.last);
  return f <= t ? { from: f, to: t } : { from: t, to: f };
}

export type MonthlyMeasure = 'exports' | 'imports' | 'balance' | 'total';

/** A year's months Jan … throughMonth: "2026 (Jan–Apr)", or "2025" when all 12 are in. */
export function yearPeriodLabel(year: number, throughMonth: number): string {
  return throughMonth === 12 ? String(year) : `${year} (${monthSpanLabel(throughMonth)})`;
}

export interface MonthlyHeadline {
  measure: MonthlyMeasure;
  /** The latest month of the range with this figure; null when the range has none. */
  month: string | null;
  value: number | null;
  /** The same month a year earlier (outside the range if need be), null where it has no figure. */
  yearEarlier: number | null;
  /** The year of `month` from January to `month`, and the same months a year earlier (null where one is missing). */
  ytd: { label: string; previousLabel: string; value: number | null; previous: number | null } | null;
}

function monthlyValue(row: MonthlyRow | undefined, measure: MonthlyMeasure): number | null {
  if (!row) return null;
  if (measure === 'total') return row.exports !== null && row.imports !== null ? row.exports + row.imports : null;
  if (measure === 'balance')
    return row.balance ?? (row.exports !== null && row.imports !== null ? row.exports - row.imports : null);
  return row[measure];
}

function ytdValue(totals: YtdTotals, measure: MonthlyMeasure): number | null {
  if (measure !== 'total') return totals[measure];
  return totals.exports !== null && totals.imports !== null
    ? Math.round((totals.exports + totals.imports) * 10) / 10
    : null;
}

/**
 * One headline per measure at the latest month of the range that has it: the month's figure, the same month a
 * year earlier (the figures are not seasonally adjusted, so never the month before) and the year to that month.
 */
export function monthlyHeadlines(rows: readonly MonthlyRow[], range: { from: string; to: string }): MonthlyHeadline[] {
  const inRange = rows.filter((r) => r.month >= range.from && r.month <= range.to);
  if (!inRange.some((r) => r.exports !== null || r.imports !== null)) return [];
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return (['exports', 'imports', 'balance', 'total'] as const).map((measure) => {
    const row = inRange.findLast((r) => monthlyValue(r, measure) !== null);
    if (!row) return { measure, month: null, value: null, yearEarlier: null, ytd: null };
    const year = Number(row.month.slice(0, 4));
    const through = Number(row.month.slice(5, 7));
    const earlier = byMonth.get(monthFromIndex(monthIndex(row.month) - 12));
    return {
      measure,
      month: row.month,
      value: monthlyValue(row, measure),
      yearEarlier: monthlyValue(earlier, measure),
      ytd: {
        label: yearPeriodLabel(year, through),
        previousLabel: yearPeriodLabel(year - 1, through),
        value: ytdValue(sumMonths(byMonth, year, through), measure),
        previous: ytdValue(sumMonths(byMonth, year - 1, through), measure),
      },
    };
  });
}
