// Pure queries over the monthly goods data (goods-monthly.json, partner-monthly.json, partners.json). They take
// the parsed arrays as arguments (no JSON imports), so the mock API can load each file on first use.
// Missing months are returned as nulls (a visible gap), never filled; sums exist only over complete periods.
import type {
  MonthlyRow,
  Partner,
  PartnerAnnualRow,
  PartnerMonthlyRow,
  PartnersMeta,
  Vintage,
} from '../../src/api/schemas.ts';
import { Problems } from './errors.ts';

export interface MonthlyData {
  /** South Korea, goods-monthly.json. */
  korea: MonthlyRow[];
  /** The other partners, partner-monthly.json. */
  partnerRows: PartnerMonthlyRow[];
  /** partners.json. */
  meta: PartnersMeta;
}

export interface MonthlyQuery {
  from?: string;
  to?: string;
  partner?: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string): boolean => MONTH.test(value);

/** The month after `month` (YYYY-MM). */
export function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to` inclusive (empty when from > to). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) out.push(m);
  return out;
}

/** First and last month with any figure for the partner. */
export function partnerSpan(partner: Partner): { from: string; to: string } | null {
  const ranges = [...partner.coverage.exports, ...partner.coverage.imports];
  if (!ranges.length) return null;
  return {
    from: ranges.map((r) => r[0]).sort()[0] ?? '',
    to:
      ranges
        .map((r) => r[1])
        .sort()
        .at(-1) ?? '',
  };
}

function rowsOf(data: MonthlyData, partnerId: string): MonthlyRow[] {
  if (partnerId === 'south-korea') return data.korea;
  return data.partnerRows
    .filter((r) => r.partner === partnerId)
    .map((r) => ({
      month: r.month,
      exports: r.exports,
      imports: r.imports,
      balance: r.balance,
      sourceIds: r.sourceIds,
      vintage: r.vintage,
      note: r.note,
    }));
}

const emptyRow = (month: string): MonthlyRow => ({
  month,
  exports: null,
  imports: null,
  balance: null,
  sourceIds: [],
  vintage: { exports: null, imports: null },
  note: null,
});

/**
 * GET /api/v1/trade/monthly: one row per month of the range within the partner's coverage (from its first to
 * its last month with a figure); months without a figure come back with nulls. The partner defaults to South
 * Korea. Throws QueryError for a malformed month, from > to, or an unknown partner.
 */
export function monthlyTrade(
  data: MonthlyData,
  q: MonthlyQuery = {},
): { partner: string; from: string; to: string; rows: MonthlyRow[] } {
  const problems = new Problems();
  for (const name of ['from', 'to'] as const) {
    const value = q[name];
    if (value !== undefined && !isMonth(value)) problems.add(name, `"${value}" is not a month (YYYY-MM, month 01–12).`);
  }
  if (q.from !== undefined && q.to !== undefined && isMonth(q.from) && isMonth(q.to) && q.from > q.to) {
    problems.add('from', `from (${q.from}) is after to (${q.to}).`);
  }
  const partnerId = q.partner ?? data.meta.defaultPartner;
  const partner = data.meta.partners.find((p) => p.id === partnerId);
  if (!partner)
    problems.add(
      'partner',
      `Unknown partner "${partnerId}". Known: ${data.meta.partners.map((p) => p.id).join(', ')}.`,
    );
  problems.throwIfAny();
  const span = partner ? partnerSpan(partner) : null;
  if (!span) return { partner: partnerId, from: q.from ?? '', to: q.to ?? '', rows: [] };
  const from = q.from !== undefined && q.from > span.from ? q.from : span.from;
  const to = q.to !== undefined && q.to < span.to ? q.to : span.to;
  // A range wholly outside the coverage: no rows, the range as asked.
  if (from > to) return { partner: partnerId, from: q.from ?? span.from, to: q.to ?? span.to, rows: [] };
  const byMonth = new Map(rowsOf(data, partnerId).map((r) => [r.month, r]));
  return { partner: partnerId, from, to, rows: monthsBetween(from, to).map((m) => byMonth.get(m) ?? emptyRow(m)) };
}

/** GET /api/v1/partners: every partner with its coverage per flow and its vintages. */
export function partnersList(meta: PartnersMeta): { partners: Partner[]; vintages: Vintage[] } {
  return { partners: meta.partners, vintages: meta.vintages };
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Sum of one flow over the given months: null unless every month has a figure. */
function completeSum(
  rows: (MonthlyRow | undefined)[],
  key: 'exports' | 'imports',
): { value: number | null; months: number } {
  let sum = 0;
  let months = 0;
  for (const r of rows) {
    const v = r?.[key];
    if (v === null || v === undefined) continue;
    sum += v;
    months++;
  }
  return { value: months === rows.length && rows.length > 0 ? round1(sum) : null, months };
}

/**
 * A partner's calendar years: each flow is the sum of its 12 months and exists only where all 12 are present
 * (otherwise null); the balance only where both flows exist. Rounded to 0.1, as the annual series is.
 * The vintages of the months used are listed: a year never hides a change of vintage.
 */
export function partnerAnnual(rows: MonthlyRow[]): PartnerAnnualRow[] {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const years = [...new Set(rows.map((r) => Number(r.month.slice(0, 4))))].sort((a, b) => a - b);
  return years.map((year) => {
    const months = Array.from({ length: 12 }, (_, i) => byMonth.get(`${year}-${String(i + 1).padStart(2, '0')}`));
    const exports = completeSum(months, 'exports');
    const imports = completeSum(months, 'imports');
    const vintages = new Set<string>();
    for (const m of months) {
      if (m?.vintage.exports) vintages.add(m.vintage.exports);
      if (m?.vintage.imports) vintages.add(m.vintage.imports);
    }
    return {
      year,
      exports: exports.value,
      imports: imports.value,
      balance: exports.value !== null && imports.value !== null ? round1(exports.value - imports.value) : null,
      months: { exports: exports.months, imports: imports.months },
      vintages: [...vintages].sort(),
    };
  });
}

/**
 * Year to date: January to `throughMonth` (1–12) of one year, each flow summed only when every one of those
 * months has a figure. For comparing a partial year with the same months of another year, never a full year.
 */
export function yearToDate(
  rows: MonthlyRow[],
  year: number,
  throughMonth: number,
): { year: number; months: number; exports: number | null; imports: number | null; balance: number | null } {
  if (!Number.isInteger(throughMonth) || throughMonth < 1 || throughMonth > 12) {
    throw new RangeError(`throughMonth must be 1–12, got ${throughMonth}`);
  }
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const months = Array.from({ length: throughMonth }, (_, i) =>
    byMonth.get(`${year}-${String(i + 1).padStart(2, '0')}`),
  );
  const exports = completeSum(months, 'exports').value;
  const imports = completeSum(months, 'imports').value;
  return {
    year,
    months: throughMonth,
    exports,
    imports,
    balance: exports !== null && imports !== null ? round1(exports - imports) : null,
  };
}

/**
 * GET /api/v1/partners/annual?partner=&from=YYYY&to=YYYY: a partner's calendar years (see partnerAnnual).
 * Throws QueryError for an unknown partner or from > to.
 */
export function partnerAnnualTrade(
  data: MonthlyData,
  q: { partner?: string; from?: number; to?: number } = {},
): { partner: string; rows: PartnerAnnualRow[] } {
  const problems = new Problems();
  if (q.from !== undefined && q.to !== undefined && q.from > q.to)
    problems.add('from', `from (${q.from}) is after to (${q.to}).`);
  problems.throwIfAny();
  const { partner, rows } = monthlyTrade(data, { partner: q.partner });
  return {
    partner,
    rows: partnerAnnual(rows).filter(
      (r) => (q.from === undefined || r.year >= q.from) && (q.to === undefined || r.year <= q.to),
    ),
  };
}
