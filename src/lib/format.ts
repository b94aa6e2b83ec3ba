// Number and date formatting. Amounts arrive in US$ million; figures show `$ bn` from one billion up,
// `$ m` below, and a true minus sign for negatives.
import { decimalFormat } from './decimal-format.ts';

const MINUS = '\u2212';

// Not Intl.NumberFormat: see decimal-format.ts (the same text, without ICU's start-up cost).
const bn = decimalFormat(1);
const m = decimalFormat(0);
const mSmall = decimalFormat(0, 1);
const pct = decimalFormat(1);
const plain = decimalFormat(0, 1);
const axis = decimalFormat(0, 2);
// Under $1 bn a "$ bn" figure keeps two significant digits, so $45 m reads 0.045, never 0.0.
const bnSmall = [
  { below: 10, format: decimalFormat(4) },
  { below: 100, format: decimalFormat(3) },
  { below: 995, format: decimalFormat(2) },
];

export const NO_DATA = '—';

/** True when the text of a rounded figure is all zeros ("0", "0.0", "0.00"): such a figure gets no sign. */
const roundsToZero = (text: string) => /^[0.,]*$/.test(text);

function sign(value: number, signed: boolean, text: string): string {
  if (roundsToZero(text)) return '';
  if (value < 0) return MINUS;
  return signed && value > 0 ? '+' : '';
}

const missing = (value: number | null | undefined): value is null | undefined =>
  value === null || value === undefined || !Number.isFinite(value);

/** `$48.3 bn`, `$820 m`, `−$13.2 bn`; `—` for a missing figure; never `−$0 m`. */
export function formatMusd(value: number | null | undefined, options: { signed?: boolean } = {}): string {
  if (missing(value)) return NO_DATA;
  const abs = Math.abs(value);
  // 999.96 would round to "$1,000 m": switch to bn where the rounded figure reaches a billion.
  const digits = abs >= 999.95 ? bn.format(abs / 1000) : (abs < 10 ? mSmall : m).format(abs);
  const body = abs >= 999.95 ? `$${digits} bn` : `$${digits} m`;
  return `${sign(value, options.signed ?? false, digits)}${body}`;
}

/**
 * Value in $ bn without the unit, for tables whose header carries it: one decimal from $1 bn up, more
 * decimals below ($45 m is 0.045, $450 m is 0.45), and a plain 0 for zero: never "0.0" or "−0.0".
 */
export function formatBn(value: number | null | undefined, options: { signed?: boolean } = {}): string {
  if (missing(value)) return NO_DATA;
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  const small = bnSmall.find((b) => abs < b.below);
  const digits = small ? small.format.format(abs / 1000) : bn.format(abs / 1000);
  return `${sign(value, options.signed ?? false, digits)}${digits}`;
}

/** Value in $ m with up to one decimal and no unit. */
export function formatM(value: number | null | undefined, options: { signed?: boolean } = {}): string {
  if (missing(value)) return NO_DATA;
  const digits = plain.format(Math.abs(value));
  return `${sign(value, options.signed ?? false, digits)}${digits}`;
}

/** `+12.0%`, `−19.1%`. */
export function formatPercent(
  value: number | null | undefined,
  options: { signed?: boolean } = { signed: true },
): string {
  if (missing(value)) return NO_DATA;
  const digits = pct.format(Math.abs(value));
  return `${sign(value, options.signed ?? true, digits)}${digits}%`;
}

/** Axis ticks in $ bn: `−20`, `0`, `40`, `0.25` (two decimals at most, so close ticks never print alike). */
export function formatAxisBn(value: number): string {
  const digits = axis.format(Math.abs(value / 1000));
  return `${sign(value, false, digits)}${digits}`;
}

/**
 * The one way to write a balance, in figures and in words (meaning never rests on colour or on the sign
 * alone): `−$56.5 bn deficit`, `$4.6 bn surplus`, `balanced`, `no data`.
 */
export function formatBalance(value: number | null | undefined): string {
  if (missing(value)) return 'no data';
  const text = formatMusd(value);
  if (value === 0 || roundsToZero(text.replace(/[^0-9.,]/g, ''))) return 'balanced';
  return value < 0 ? `${text} deficit` : `${text} surplus`;
}

/** Same as formatBalance (kept for callers of the older name). */
export const describeBalance = formatBalance;

/**
 * How a balance moved between two years, in words and without a percentage (a percentage of a balance
 * cannot be read): `deficit widened by $43.3 bn`, `deficit narrowed by $9.2 bn`,
 * `turned from a −$1.0 bn deficit to a $2.0 bn surplus`.
 */
export function describeBalanceChange(from: number | null | undefined, to: number | null | undefined): string {
  if (missing(from) || missing(to)) return 'cannot be computed: a figure is missing';
  const by = formatMusd(Math.abs(to - from));
  if (roundsToZero(by.replace(/[^0-9.,]/g, ''))) return 'unchanged';
  if (from < 0 && to < 0) return `deficit ${to < from ? 'widened' : 'narrowed'} by ${by}`;
  if (from > 0 && to > 0) return `surplus ${to > from ? 'widened' : 'narrowed'} by ${by}`;
  if (from === 0) return `from balanced to a ${formatBalance(to)}`;
  if (to === 0) return `from a ${formatBalance(from)} to balanced`;
  return `turned from a ${formatBalance(from)} to a ${formatBalance(to)}`;
}

/** A year range in words: `1990–2000`, or `1988` when it is one year. */
export function formatYearRange(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `15 Mar 2012`, `Dec 2010`, `2041` by the date's precision. */
export function formatDate(date: string): string {
  const [y, mo, d] = date.split('-');
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? date;
}

/** "2013–2015, 2019" */
export function formatYearList(years: number[]): string {
  const parts: string[] = [];
  let start: number | undefined;
  let prev: number | undefined;
  for (const y of [...new Set(years)].sort((a, b) => a - b)) {
    if (start === undefined) {
      start = y;
    } else if (prev !== undefined && y !== prev + 1) {
      parts.push(start === prev ? `${start}` : `${start}–${prev}`);
      start = y;
    }
    prev = y;
  }
  if (start !== undefined && prev !== undefined) parts.push(start === prev ? `${start}` : `${start}–${prev}`);
  return parts.join(', ');
}

export type AmountUnit = 'bn' | 'm';

/** $ bn when the largest figure reaches a billion, else $ m, so small sectors do not read as 0.0. */
export function chooseUnit(values: ReadonlyArray<number | null | undefined>): AmountUnit {
  const max = Math.max(0, ...values.map((v) => (v === null || v === undefined ? 0 : Math.abs(v))));
  return max >= 1000 ? 'bn' : 'm';
}

/** A figure in the chosen unit without the unit (the header or axis carries it). */
export function formatIn(unit: AmountUnit, value: number | null | undefined): string {
  return unit === 'bn' ? formatBn(value) : formatM(value);
}

/** Axis labels in the chosen unit (data in $ m). */
export function formatAxisIn(unit: AmountUnit): (value: number) => string {
  return unit === 'bn' ? formatAxisBn : (v) => formatM(v);
}

/** Shortens a label for an axis or a marker; the full text stays in the tooltip and the table. */
export function truncateText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
