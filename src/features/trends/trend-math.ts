// Pure arithmetic on reported figures: differences, percentage changes and growth rates between two
// reported values. A figure that needs a missing value is null, never filled in.
import type { AnnualRow } from '../../api/schemas.ts';
import { formatYearList } from '../../lib/format.ts';

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
  /** The latest year of the range with a figure for this measure; null when the range has none. */
  year: number | null;
  value: number | null;
  /** Against 2011 (the last year before KORUS); null when 2011 is not before the headline year. */
  vsBaseline: Change | null;
  vsPrevious: Change;
  cagr: number | null;
}

export const BASELINE_YEAR = 2011;

/** The latest year in the range where exports, imports and balance are all reported. */
export function latestCompleteYear(rows: AnnualRow[]): number | null {
  const row = rows.findLast((r) => r.exports !== null && r.imports !== null && r.balance !== null);
  return row ? row.year : null;
}

/**
 * One headline per measure, each at the latest year of the range that has that figure (services 2018 has
 * exports but no imports: exports show 2018, the others 2017). The comparison with 2011 only looks back.
 */
export function headlines(allRows: AnnualRow[], range: { from: number; to: number }): Headline[] {
  const inRange = allRows.filter((r) => r.year >= range.from && r.year <= range.to);
  if (!inRange.some((r) => r.exports !== null || r.imports !== null)) return [];
  const byYear = new Map(allRows.map((r) => [r.year, r]));
  const first = inRange[0];
  return (['exports', 'imports', 'balance', 'total'] as const).map((measure) => {
    const row = inRange.findLast((r) => measureValue(r, measure) !== null);
    const year = row?.year ?? null;
    const value = measureValue(row, measure);
    const firstValue = measureValue(first, measure);
    return {
      measure,
      year,
      value,
      vsBaseline:
        year !== null && BASELINE_YEAR < year ? change(measureValue(byYear.get(BASELINE_YEAR), measure), value) : null,
      vsPrevious: year === null ? change(null, null) : change(measureValue(byYear.get(year - 1), measure), value),
      // Growth rates of a balance that changes sign are meaningless: cagr() returns null for non-positive values.
      cagr:
        first && year !== null && first.year < year
          ? cagr(measure === 'balance' ? null : firstValue, value, year - first.year)
          : null,
    };
  });
}

/**
 * Where a source's stated balance differs from its own exports − imports (services 2011: 8.0 against
 * 17.0 − 8.0 = 9.0, from the source's rounding), the difference as computed; null where they agree.
 */
export function computedBalanceIfDifferent(row: AnnualRow | undefined): number | null {
  if (!row || row.exports === null || row.imports === null || row.balance === null) return null;
  const computed = row.exports - row.imports;
  return Math.abs(computed - row.balance) >= 0.5 ? computed : null;
}

const MEASURE_WORDS = { exports: 'exports', imports: 'imports', balance: 'balance' } as const;

/** Names exactly what is missing: "No figures for 2013–2015. 2018: exports only (no imports or balance)." */
export function missingFiguresNote(rows: AnnualRow[]): string | null {
  const keys = ['exports', 'imports', 'balance'] as const;
  const none = rows.filter((r) => keys.every((k) => r[k] === null)).map((r) => r.year);
  const parts: string[] = [];
  if (none.length) parts.push(`No figures for ${formatYearList(none)}: shown as gaps, not estimated.`);
  // Years with some figures: group the years that lack the same ones.
  const partial = new Map<string, number[]>();
  for (const r of rows) {
    const lacking = keys.filter((k) => r[k] === null);
    if (lacking.length === 0 || lacking.length === keys.length) continue;
    const key = lacking.join(',');
    partial.set(key, [...(partial.get(key) ?? []), r.year]);
  }
  for (const [key, years] of partial) {
    const lacking = key.split(',') as Array<(typeof keys)[number]>;
    const has = keys.filter((k) => !lacking.includes(k)).map((k) => MEASURE_WORDS[k]);
    parts.push(
      `${formatYearList(years)}: ${joinWords(has)} only (no ${joinWords(
        lacking.map((k) => MEASURE_WORDS[k]),
        'or',
      )} figure).`,
    );
  }
  return parts.length ? parts.join(' ') : null;
}

function joinWords(words: string[], last = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;
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
}

export function balanceComparison(
  goods: AnnualRow[],
  services: AnnualRow[],
  range: { from: number; to: number },
): BalanceRow[] {
  const goodsByYear = new Map(goods.map((r) => [r.year, r.balance]));
  return (
    services
      .filter((r) => r.year >= range.from && r.year <= range.to)
      // Census goods and BEA services are different bases: compared side by side, never added up.
      .map((r) => ({ year: r.year, goods: goodsByYear.get(r.year) ?? null, services: r.balance }))
  );
}

/** Years of the rows where the given measure has no figure. */
export function missingYears<Row extends { year: number }>(rows: Row[], has: (row: Row) => boolean): number[] {
  return rows.filter((r) => !has(r)).map((r) => r.year);
}

/**
 * Why some years of the change chart have no bar, in words: the first year of the series has no year
 * before it; other years lack a figure in that year or the year before.
 */
export function yoyNote(allRows: AnnualRow[], yoy: YoyRow[]): string | null {
  const firstYear = allRows[0]?.year;
  const parts: string[] = [];
  if (yoy[0] && yoy[0].year === firstYear) {
    parts.push(`${firstYear} is the first year of the series (${firstYear - 1} is not in it), so it has no change.`);
  }
  const rest = yoy.filter((r) => r.year !== firstYear);
  const none = rest.filter((r) => r.exports === null && r.imports === null && r.balance === null).map((r) => r.year);
  if (none.length)
    parts.push(
      `No change can be computed for ${formatYearList(none)}: a figure is missing in that year or the year before.`,
    );
  const some = rest.filter(
    (r) => (r.exports === null || r.imports === null || r.balance === null) && !none.includes(r.year),
  );
  for (const r of some) {
    const has = (['exports', 'imports', 'balance'] as const).filter((k) => r[k] !== null);
    parts.push(`${r.year}: a change in ${joinWords([...has])} only.`);
  }
  return parts.length ? parts.join(' ') : null;
}
