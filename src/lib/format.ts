// Number and date formatting. Amounts arrive in US$ million; figures show `$ bn` from one billion up,
// `$ m` below, and a true minus sign for negatives.
const MINUS = '\u2212';

const bn = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const m = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const mSmall = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const pct = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export const NO_DATA = '—';

function sign(value: number, signed: boolean): string {
  if (value < 0) return MINUS;
  return signed && value > 0 ? '+' : '';
}

/** `$48.3 bn`, `$820 m`, `−$13.2 bn`; `—` for a missing figure. */
export function formatMusd(value: number | null | undefined, options: { signed?: boolean } = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA;
  const abs = Math.abs(value);
  // 999.96 would round to "$1,000 m": switch to bn where the rounded figure reaches a billion.
  const body = abs >= 999.95 ? `$${bn.format(abs / 1000)} bn` : `$${(abs < 10 ? mSmall : m).format(abs)} m`;
  return `${sign(value, options.signed ?? false)}${body}`;
}

/** Value in $ bn with one decimal and no unit, for tables whose header carries the unit. */
export function formatBn(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA;
  return `${value < 0 ? MINUS : ''}${bn.format(Math.abs(value) / 1000)}`;
}

/** Value in $ m with up to one decimal and no unit. */
export function formatM(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA;
  return `${value < 0 ? MINUS : ''}${plain.format(Math.abs(value))}`;
}

/** `+12.0%`, `−19.1%`. */
export function formatPercent(value: number | null | undefined, options: { signed?: boolean } = { signed: true }): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA;
  return `${sign(value, options.signed ?? true)}${pct.format(Math.abs(value))}%`;
}

/** Axis ticks in $ bn: `−20`, `0`, `40`. */
export function formatAxisBn(value: number): string {
  const v = value / 1000;
  return `${v < 0 ? MINUS : ''}${plain.format(Math.abs(v))}`;
}

/** A balance in words as well as sign, so meaning never rests on colour: `deficit −$13.2 bn`. */
export function describeBalance(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'no data';
  if (value < 0) return `deficit ${formatMusd(value)}`;
  if (value > 0) return `surplus ${formatMusd(value)}`;
  return 'balanced';
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

export function formatAxisIn(unit: AmountUnit): (value: number) => string {
  return unit === 'bn' ? formatAxisBn : (v) => `${v < 0 ? MINUS : ''}${plain.format(Math.abs(v))}`;
}

/** Shortens a label for an axis or a marker; the full text stays in the tooltip and the table. */
export function truncateText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
