// Sorting and first-to-last change for table views. Pure, so the rules are unit-tested: numbers sort
// as numbers, text in natural order, and a missing figure goes last in either direction.

export type SortValue = string | number | null | undefined;
export type SortDirection = 'ascending' | 'descending';

// Built at the first sort of text, not with the page: building the first Intl object loads ICU's data (~10 ms).
let collator: Intl.Collator | undefined;
const compareText = (a: string, b: string) =>
  (collator ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' })).compare(a, b);

function isMissing(v: SortValue): v is null | undefined {
  return v === null || v === undefined || v === '' || (typeof v === 'number' && !Number.isFinite(v));
}

/** Compare two cells; missing values always sort after present ones, whatever the direction. */
export function compareCells(a: SortValue, b: SortValue, direction: SortDirection): number {
  const aMissing = isMissing(a);
  const bMissing = isMissing(b);
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : compareText(String(a), String(b));
  return direction === 'ascending' ? order : -order;
}

/** A stable sort of rows by one column (ties keep the original order). */
export function sortRows<Row>(rows: readonly Row[], value: (row: Row) => SortValue, direction: SortDirection): Row[] {
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((x, y) => compareCells(x.v, y.v, direction) || x.index - y.index)
    .map((x) => x.row);
}

/**
 * How a column's first-to-last change reads: `level` figures (exports, a sector's value) get the
 * absolute and the relative change; a `balance` only the absolute one (a % change of a balance, which
 * can cross zero, is not meaningful); `none` neither (changes, shares, rates, indexes).
 */
export type ChangeKind = 'level' | 'balance' | 'none';

export interface Change {
  absolute: number | null;
  /** Percent; null when not meaningful (a balance, or a first value ≤ 0) or a figure is missing. */
  relative: number | null;
}

export function changeBetween(first: SortValue, last: SortValue, kind: ChangeKind): Change {
  if (
    kind === 'none' ||
    typeof first !== 'number' ||
    typeof last !== 'number' ||
    !Number.isFinite(first) ||
    !Number.isFinite(last)
  ) {
    return { absolute: null, relative: null };
  }
  const absolute = last - first;
  const relative = kind === 'level' && first > 0 ? (absolute / first) * 100 : null;
  return { absolute, relative };
}

/** Guess a column's change kind from its header where the chart does not say. */
export function inferChangeKind(header: string): ChangeKind {
  if (/balance/i.test(header)) return 'balance';
  if (/change|%|share|rate|index|note/i.test(header)) return 'none';
  return 'level';
}
