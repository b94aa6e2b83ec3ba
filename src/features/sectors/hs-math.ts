// Pure computations for the HS-chapter and HS-section views: balance rankings, the contributions of each item
// to a change of the total balance, and series over 2007–2025 that never join across a change of basis or the
// 2020–2022 gap. Nothing is filled in; a missing figure stays null.
import type { HsBalanceRow, HsChapterValue, HsSectionValue } from '../../api/schemas.ts';
import { compareCodeUnits } from '../../lib/compare.ts';

/** One item (a chapter or a section) of one year in one flow, or its balance. */
export interface HsItemValue {
  year: number;
  period: string;
  partial: boolean;
  itemId: string;
  basis: string;
  value: number | null;
  /** For a balance: the two flows it is the difference of. */
  exports?: number | null;
  imports?: number | null;
  /** Why a value is null, or how it was computed (a section's sum). */
  note: string | null;
  sourceIds: string[];
}

const FULL_YEAR = 'Jan–Dec';

/** "2025 (Jan–Aug)" for a partial period, else the year. */
export const periodLabel = (v: { year: number; period: string; partial: boolean }): string =>
  v.partial ? `${v.year} (${v.period})` : String(v.year);

export function fromChapterRows(rows: HsChapterValue[]): HsItemValue[] {
  return rows.map((r) => ({
    year: r.year,
    period: r.period,
    partial: r.partial,
    itemId: r.sectorId,
    basis: r.basis,
    value: r.value,
    note: r.note,
    sourceIds: [r.sourceId],
  }));
}

export function fromBalanceRows(rows: HsBalanceRow[]): HsItemValue[] {
  return rows.map((r) => ({
    year: r.year,
    period: FULL_YEAR,
    partial: false,
    itemId: r.sectorId,
    basis: r.balanceBasis,
    value: r.balance,
    exports: r.exports,
    imports: r.imports,
    note: null,
    sourceIds: r.sourceIds,
  }));
}

/**
 * Section values as items; a null section names the chapters without a figure. `periods` gives each year's
 * period (a section is a sum of chapters of one year, so it has their period).
 */
export function fromSectionRows(
  rows: HsSectionValue[],
  periods: ReadonlyMap<number, { period: string; partial: boolean }>,
  chapterLabel: (id: string) => string,
  sectionRange: (id: string) => string,
): HsItemValue[] {
  return rows.map((r) => {
    const p = periods.get(r.year) ?? { period: FULL_YEAR, partial: false };
    const note =
      r.value === null
        ? `No sum: ${r.missingChapterIds.map(chapterLabel).join(', ')} ${r.missingChapterIds.length === 1 ? 'has' : 'have'} no figure in ${periodLabel({ year: r.year, ...p })}.`
        : `Sum of chapters ${sectionRange(r.sectionId)} (${r.chapterCount} chapters), ${periodLabel({ year: r.year, ...p })}.`;
    return {
      year: r.year,
      period: p.period,
      partial: p.partial,
      itemId: r.sectionId,
      basis: r.basis,
      value: r.value,
      note,
      sourceIds: [],
    };
  });
}

export interface HsRankRow extends HsItemValue {
  label: string;
  /** Percent of the year's total (for a balance: of the total balance), null without a total. */
  share: number | null;
}

export interface HsRanking {
  rows: HsRankRow[];
  /** Sum of the items with a figure, only when every listed item has one. */
  total: number | null;
  /** The base of the shares: `shareBase` when given (the total balance of all chapters), else `total`. */
  shareBase: number | null;
  /** Items listed without a figure (a section missing a chapter, a chapter with one flow only). */
  missing: HsRankRow[];
  period: string | null;
  partial: boolean;
}

/**
 * All items of one year: for a flow the largest first, for a balance the largest deficit first (most negative)
 * down to the largest surplus. Shares are of the sum of the items, which exists only when none is missing.
 */
export function hsRanking(
  values: HsItemValue[],
  year: number,
  labelOf: (id: string) => string,
  order: 'value' | 'balance',
  shareOf?: number,
): HsRanking {
  const inYear = values.filter((v) => v.year === year);
  const withValue = inYear.filter((v) => v.value !== null);
  const total =
    inYear.length && withValue.length === inYear.length ? withValue.reduce((acc, v) => acc + (v.value ?? 0), 0) : null;
  const base = shareOf ?? total;
  const rows = inYear
    .map((v) => ({
      ...v,
      label: labelOf(v.itemId),
      share: base !== null && base !== 0 && v.value !== null ? (v.value / base) * 100 : null,
    }))
    .sort((a, b) => {
      if (a.value === null || b.value === null)
        return a.value === null ? (b.value === null ? compareCodeUnits(a.label, b.label) : 1) : -1;
      return (order === 'balance' ? a.value - b.value : b.value - a.value) || compareCodeUnits(a.label, b.label);
    });
  return {
    rows,
    total,
    shareBase: base,
    missing: rows.filter((r) => r.value === null),
    period: inYear[0]?.period ?? null,
    partial: inYear.some((v) => v.partial),
  };
}

/** The largest deficits and surpluses of a balance ranking, for the diverging chart (deficits first). */
export function balanceExtremes(rows: HsRankRow[], perSide: number): HsRankRow[] {
  const deficits = rows.filter((r) => r.value !== null && r.value < 0).slice(0, perSide);
  const surpluses = rows
    .filter((r) => r.value !== null && r.value > 0)
    .slice(-perSide)
    .reverse();
  return [...deficits, ...surpluses];
}

export interface Contribution {
  itemId: string;
  label: string;
  before: number | null;
  after: number | null;
  /** after − before: this item's part of the change of the total. */
  contribution: number | null;
}

export interface Contributions {
  rows: Contribution[];
  /** Sum of the contributions: the change of the total over the items with a figure in both years. */
  totalChange: number;
  totalBefore: number;
  totalAfter: number;
  /** Items with a figure in only one of the years: not part of the total change. */
  unmatched: Contribution[];
}

/**
 * Each item's contribution to the change of the total between two years, largest (absolute) first. Only items
 * with a figure in both years take part, so the contributions add up to the change of their total exactly.
 */
export function contributions(
  values: HsItemValue[],
  before: number,
  after: number,
  labelOf: (id: string) => string,
): Contributions {
  const at = (y: number) =>
    new Map(values.filter((v) => v.year === y && v.value !== null).map((v) => [v.itemId, v.value as number]));
  const a = at(before);
  const b = at(after);
  const ids = [...new Set([...a.keys(), ...b.keys()])];
  const all = ids.map((id) => {
    const x = a.get(id) ?? null;
    const y = b.get(id) ?? null;
    return {
      itemId: id,
      label: labelOf(id),
      before: x,
      after: y,
      contribution: x !== null && y !== null ? y - x : null,
    };
  });
  const rows = all
    .filter((r) => r.contribution !== null)
    .sort((p, q) => Math.abs(q.contribution ?? 0) - Math.abs(p.contribution ?? 0) || p.label.localeCompare(q.label));
  const sum = (pick: (r: Contribution) => number | null) => rows.reduce((acc, r) => acc + (pick(r) ?? 0), 0);
  return {
    rows,
    totalChange: sum((r) => r.contribution),
    totalBefore: sum((r) => r.before),
    totalAfter: sum((r) => r.after),
    unmatched: all.filter((r) => r.contribution === null).sort((p, q) => p.label.localeCompare(q.label)),
  };
}

/** The axis of the time charts: every year from 2007 to the last, with the years no source has (2020–2022). */
export function hsYears(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

export type HsSeriesRow = { year: number; label: string } & Record<string, number | null | string>;

/** The key of a series segment: one per item and basis, so that a line never joins two bases. */
export const segmentKey = (itemId: string, basis: string): string => `${itemId}@${basis}`;

/**
 * One row per year of the axis, a column per item and basis (null where the item has no figure of that basis
 * in that year). Years without any figure (2020–2022) stay on the axis as gaps.
 */
export function hsSeries(
  values: HsItemValue[],
  itemIds: readonly string[],
  years: readonly number[],
): { rows: HsSeriesRow[]; segments: Array<{ itemId: string; basis: string; key: string }> } {
  const wanted = new Set(itemIds);
  const mine = values.filter((v) => wanted.has(v.itemId));
  const bases = [...new Set(mine.map((v) => v.basis))];
  const segments = itemIds.flatMap((id) =>
    bases
      .filter((b) => mine.some((v) => v.itemId === id && v.basis === b))
      .map((b) => ({ itemId: id, basis: b, key: segmentKey(id, b) })),
  );
  const byKey = new Map(mine.map((v) => [`${segmentKey(v.itemId, v.basis)}|${v.year}`, v]));
  const periodOf = new Map(mine.map((v) => [v.year, v]));
  const rows = years.map((year) => {
    const p = periodOf.get(year);
    const row: HsSeriesRow = { year, label: p ? periodLabel(p) : String(year) };
    for (const s of segments) row[s.key] = byKey.get(`${s.key}|${year}`)?.value ?? null;
    return row;
  });
  return { rows, segments };
}

/** Years where the basis changes from one figure to the next (the first year of the new basis). */
export function basisBreaks(values: HsItemValue[]): number[] {
  const byYear = new Map<number, string>();
  for (const v of values) if (!byYear.has(v.year)) byYear.set(v.year, v.basis);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return years.filter((y, i) => i > 0 && byYear.get(y) !== byYear.get(years[i - 1] as number));
}

/** Short names of the bases, for notes, table cells and tooltips. */
export const BASIS_SHORT: Record<string, string> = {
  'comtrade-fas': 'UN Comtrade, total exports f.a.s.',
  'comtrade-general-cif': 'UN Comtrade, general imports CIF',
  'usitc-consumption': 'USITC DataWeb, imports for consumption',
  'comtrade-fas-minus-cif': 'UN Comtrade, exports f.a.s. − imports CIF',
  'census-fas': 'Census basis, total exports f.a.s.',
  'census-general-customs': 'Census basis, general imports at customs value',
  'census-consumption-customs': 'Census basis, imports for consumption at customs value',
  'census-fas-minus-general-customs': 'Census basis, exports f.a.s. − general imports at customs value',
};

/** A basis (or balance) of the U.S. Census International Trade API: drawn as its own, dotted series. */
export const isCensusBasis = (basis: string): boolean => basis.startsWith('census-');

/** A text as a sentence: one full stop at the end, never two ("… f.a.s." stays as it is). */
export const sentence = (text: string): string => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * The values a time series shows: per year, the figure of the first basis in `preference` that has the year
 * (the basis of the ranking first, the others only where it has none). Each basis stays its own segment.
 */
export function seriesValues(values: HsItemValue[], preference: readonly string[]): HsItemValue[] {
  const basesOfYear = new Map<number, Set<string>>();
  for (const v of values) {
    const set = basesOfYear.get(v.year) ?? new Set<string>();
    set.add(v.basis);
    basesOfYear.set(v.year, set);
  }
  const rank = (b: string) => (preference.includes(b) ? preference.indexOf(b) : preference.length);
  const chosen = new Map(
    [...basesOfYear].map(([year, set]) => [year, [...set].sort((a, b) => rank(a) - rank(b))[0] as string]),
  );
  return values.filter((v) => chosen.get(v.year) === v.basis);
}
