// "Show as": a time series as values, as an index (first year = 100) or as the change since the first
// year (%), the usual way to compare series of different size. The base is the first year shown and
// nothing else: a series whose first value is missing or ≤ 0 cannot be indexed and says so, and is
// never re-based on another year behind the reader's back.

export const SHOW_AS = ['values', 'index', 'change'] as const;
export type ShowAs = (typeof SHOW_AS)[number];

export const SHOW_AS_LABELS: Record<ShowAs, string> = {
  values: 'Values',
  index: 'Index (first year = 100)',
  change: 'Change since first year (%)',
};

export function isShowAs(value: unknown): value is ShowAs {
  return typeof value === 'string' && (SHOW_AS as readonly string[]).includes(value);
}

export type Rebased =
  { ok: true; values: (number | null)[] } | { ok: false; values: (number | null)[]; reason: string };

/** Re-express one series against its first value; `baseLabel` names the first year in the reason. */
export function rebase(
  values: readonly (number | null | undefined)[],
  mode: ShowAs,
  baseLabel = 'the first year',
  baseIndex = 0,
): Rebased {
  const clean = values.map((v) => (v === null || v === undefined || !Number.isFinite(v) ? null : v));
  if (mode === 'values') return { ok: true, values: clean };
  const base = clean[baseIndex] ?? null;
  if (base === null) return { ok: false, values: clean.map(() => null), reason: `no figure for ${baseLabel}` };
  if (base <= 0) {
    return {
      ok: false,
      values: clean.map(() => null),
      reason: `its ${baseLabel} figure is ${base === 0 ? 'zero' : 'negative'}, so it cannot be a base`,
    };
  }
  return {
    ok: true,
    values: clean.map((v) => (v === null ? null : mode === 'index' ? (v / base) * 100 : (v / base - 1) * 100)),
  };
}

export interface ShowAsResult<Row> {
  rows: Row[];
  /** Series that cannot be shown in this mode, with the reason, for the chart's note. */
  unavailable: { key: string; reason: string }[];
}

/**
 * Rebase the named numeric fields of rows (in order; the first row is the base). Other fields are
 * copied. Rows before `baseIndex` (outside the shown range) are rebased on the same base.
 */
export function showAsRows<Row extends object>(
  rows: readonly Row[],
  keys: readonly string[],
  mode: ShowAs,
  options: { baseIndex?: number; baseLabel?: string } = {},
): ShowAsResult<Row> {
  // The same array: a chart given equal data keeps its state (the brush would reset on a new array).
  if (mode === 'values') return { rows: rows as Row[], unavailable: [] };
  const { baseIndex = 0, baseLabel } = options;
  const out = rows.map((r) => ({ ...r }) as Record<string, unknown>);
  const unavailable: { key: string; reason: string }[] = [];
  for (const key of keys) {
    const series = rows.map((r) => {
      const v = (r as Record<string, unknown>)[key];
      return typeof v === 'number' ? v : null;
    });
    const result = rebase(series, mode, baseLabel, baseIndex);
    if (!result.ok) unavailable.push({ key, reason: result.reason });
    out.forEach((r, i) => (r[key] = result.values[i] ?? null));
  }
  return { rows: out as Row[], unavailable };
}

/** Whether a log axis can show every figure (all above zero), and why not. */
export function logScaleBlocker(values: Iterable<number | null | undefined>): string | null {
  let any = false;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    any = true;
    if (v <= 0) return 'a log scale needs every value above zero';
  }
  return any ? null : 'no figures to show';
}

/** A column header in the chosen mode: "US exports ($ bn)" → "US exports (index, first year = 100)". */
export function showAsHeader(header: string, mode: ShowAs): string {
  if (mode === 'values') return header;
  const name = header.replace(/\s*\([^)]*\)\s*$/, '');
  return mode === 'index' ? `${name} (index, first year = 100)` : `${name} (change since first year, %)`;
}
