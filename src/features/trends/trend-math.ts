// Pure arithmetic on reported figures: differences, percentage changes and growth rates between two
// reported values. A figure that needs a missing value is null, never filled in.
import type { AnnualRow } from '../../api/schemas.ts';

export type Measure = 'exports' | 'imports' | 'balance' | 'total';

export function measureValue(row: AnnualRow | undefined, measure: Measure): number | null {
  if (!row) return null;
  if (measure === 'total') return row.exports !== null && row.imports !== null ? row.exports + row.imports : null;
  return row[measure];
}

export interface Change {
  absolute: number | null;
  /** Percent change relative to the magnitude of the earlier value; its sign is the sign of the difference. */
  percent: number | null;
}

export function change(from: number | null, to: number | null): Change {
  if (from === null || to === null) return { absolute: null, percent: null };
  return { absolute: to - from, percent: from === 0 ? null : ((to - from) / Math.abs(from)) * 100 };
}

/** Compound annual growth rate in percent; null when a value is missing, non-positive, or the span is 0. */
export function cagr(first: number | null, last: number | null, years: number): number | null {
  if (first === null || last === null || years <= 0 || first <= 0 || last <= 0) return null;
  return ((last / first) ** (1 / years) - 1) * 100;
}

export interface Headline {
  measure: Measure;
  year: number;
  value: number | null;
  vsBaseline: Change;
  vsPrevious: Change;
  cagr: number | null;
}

export const BASELINE_YEAR = 2011;

/** The latest year in the range where exports, imports and balance are all reported. */
export function latestCompleteYear(rows: AnnualRow[]): number | null {
  const row = rows.findLast((r) => r.exports !== null && r.imports !== null && r.balance !== null);
  return row ? row.year : null;
}

export function headlines(allRows: AnnualRow[], range: { from: number; to: number }): Headline[] {
  const inRange = allRows.filter((r) => r.year >= range.from && r.year <= range.to);
  const year = latestCompleteYear(inRange);
  if (year === null) return [];
  const byYear = new Map(allRows.map((r) => [r.year, r]));
  const first = inRange[0];
  return (['exports', 'imports', 'balance', 'total'] as const).map((measure) => {
    const value = measureValue(byYear.get(year), measure);
    const firstValue = measureValue(first, measure);
    return {
      measure,
      year,
      value,
      vsBaseline: change(measureValue(byYear.get(BASELINE_YEAR), measure), value),
      vsPrevious: change(measureValue(byYear.get(year - 1), measure), value),
      // Growth rates of a balance that changes sign are meaningless: cagr() returns null for non-positive values.
      cagr: first && first.year < year ? cagr(measure === 'balance' ? null : firstValue, value, year - first.year) : null,
    };
  });
}

export interface YoyRow {
  year: number;
  exports: number | null;
  imports: number | null;
  balance: number | null;
}

/** Change from the previous year for each year of the range (null when either year lacks the figure). */
export function yearOverYear(allRows: AnnualRow[], range: { from: number; to: number }): YoyRow[] {
  const byYear = new Map(allRows.map((r) => [r.year, r]));
  return allRows
    .filter((r) => r.year >= range.from && r.year <= range.to)
    .map((r) => {
      const prev = byYear.get(r.year - 1);
      return {
        year: r.year,
        exports: change(prev?.exports ?? null, r.exports).absolute,
        imports: change(prev?.imports ?? null, r.imports).absolute,
        balance: change(prev?.balance ?? null, r.balance).absolute,
      };
    });
}

export interface BalanceRow {
  year: number;
  goods: number | null;
  services: number | null;
  /** Goods + services, only where both are reported. */
  combined: number | null;
}

export function balanceComparison(goods: AnnualRow[], services: AnnualRow[], range: { from: number; to: number }): BalanceRow[] {
  const goodsByYear = new Map(goods.map((r) => [r.year, r.balance]));
  return services
    .filter((r) => r.year >= range.from && r.year <= range.to)
    .map((r) => {
      const g = goodsByYear.get(r.year) ?? null;
      return { year: r.year, goods: g, services: r.balance, combined: g !== null && r.balance !== null ? g + r.balance : null };
    });
}

/** Years of the rows where the given measure has no figure. */
export function missingYears<Row extends { year: number }>(rows: Row[], has: (row: Row) => boolean): number[] {
  return rows.filter((r) => !has(r)).map((r) => r.year);
}
