// Pure computations for the sectors page over reported figures: rankings, shares, changes between two
// years, series for charts, tariff rates. Nothing is filled in; a missing figure stays null.
import type { Sector, SectorValue } from '../../api/schemas.ts';

/** Values keyed by sector and year (and measure), so lookups stay cheap for large catalogues. */
function indexValues(values: SectorValue[], withMeasure = false): Map<string, number | null> {
  const index = new Map<string, number | null>();
  for (const v of values)
    index.set(withMeasure ? `${v.sectorId}|${v.year}|${v.measure}` : `${v.sectorId}|${v.year}`, v.value);
  return index;
}

export interface RankedRow {
  sectorId: string;
  label: string;
  value: number | null;
  /** Percent of the total, or null when the total is not known. */
  share: number | null;
  note: string | null;
  sourceId: string;
}

export interface Ranking {
  rows: RankedRow[];
  /**
   * The total shown as a total: the source's Total row, else the sum of a complete classification. A total
   * with a note (a lower bound, an uncertain coverage) is stated but not used for shares.
   */
  total: { value: number; kind: 'reported' | 'sum'; note: string | null; description?: string } | null;
  period: string | null;
  partial: boolean;
}

export function ranking(values: SectorValue[], sectors: Sector[], year: number, complete: boolean): Ranking {
  const byId = new Map(sectors.map((s) => [s.id, s]));
  const inYear = values.filter((v) => v.year === year);
  const items = inYear.filter((v) => byId.get(v.sectorId)?.kind === 'item');
  const totalRow = inYear.find((v) => byId.get(v.sectorId)?.kind === 'total' && v.value !== null);
  // A sum is a total only when every item has a figure; a missing one is never counted as zero.
  const sum = items.every((v) => v.value !== null) ? items.reduce((acc, v) => acc + (v.value ?? 0), 0) : null;
  const total =
    totalRow?.value != null
      ? {
          value: totalRow.value,
          kind: 'reported' as const,
          note: totalRow.note,
          description: byId.get(totalRow.sectorId)?.description ?? 'as reported',
        }
      : complete && items.length && sum !== null
        ? { value: sum, kind: 'sum' as const, note: null }
        : null;
  const shareBase = total && total.note === null && total.value !== 0 ? total.value : null;
  const rows = items
    .map((v) => ({
      sectorId: v.sectorId,
      label: byId.get(v.sectorId)?.label ?? v.sectorId,
      value: v.value,
      share: shareBase !== null && v.value !== null ? (v.value / shareBase) * 100 : null,
      note: v.note,
      sourceId: v.sourceId,
    }))
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.label.localeCompare(b.label));
  return { rows, total, period: inYear[0]?.period ?? null, partial: inYear.some((v) => v.partial) };
}

/** The ids of the n largest items in a year: the default selection. */
export function topSectorIds(values: SectorValue[], sectors: Sector[], year: number, n = 5): string[] {
  return ranking(values, sectors, year, false)
    .rows.filter((r) => r.value !== null)
    .slice(0, n)
    .map((r) => r.sectorId);
}

export interface MoverRow {
  sectorId: string;
  label: string;
  before: number | null;
  after: number | null;
  change: number | null;
  percent: number | null;
  /** Notes of the two figures (lower bounds, differing source labels): a change between them is indicative. */
  notes: string[];
}

/** Change per sector between two years, largest absolute change first; sectors missing a year come last. */
export function movers(values: SectorValue[], sectors: Sector[], compareYear: number, year: number): MoverRow[] {
  const items = sectors.filter((s) => s.kind === 'item');
  const index = indexValues(values);
  const at = (id: string, y: number) => index.get(`${id}|${y}`) ?? null;
  const noteOf = (id: string, y: number) => values.find((v) => v.sectorId === id && v.year === y)?.note ?? null;
  return items
    .map((s) => {
      const before = at(s.id, compareYear);
      const after = at(s.id, year);
      const change = before !== null && after !== null ? after - before : null;
      const notes = [noteOf(s.id, compareYear), noteOf(s.id, year)]
        .map((n, i) => (n ? `${i === 0 ? compareYear : year}: ${n}` : null))
        .filter((n): n is string => n !== null);
      const lowerBound = notes.some((n) => /lower bound/i.test(n));
      return {
        sectorId: s.id,
        label: s.label,
        before,
        after,
        change,
        // No percentage from a lower bound: it would look more precise than the figure is.
        percent:
          change !== null && before !== null && before !== 0 && !lowerBound ? (change / Math.abs(before)) * 100 : null,
        notes,
      };
    })
    .filter((r) => r.before !== null || r.after !== null)
    .sort((a, b) => {
      if (a.change === null || b.change === null) return a.change === null ? (b.change === null ? 0 : 1) : -1;
      return Math.abs(b.change) - Math.abs(a.change);
    });
}

export type SeriesRow = { year: number; label: string } & Record<string, number | null | string>;

/** One row per year of the classification with a column per selected sector (null = no figure: a gap). */
export function seriesByYear(
  values: SectorValue[],
  sectorIds: readonly string[],
  periods: ReadonlyArray<{ year: number; period: string; partial: boolean }>,
): SeriesRow[] {
  const index = indexValues(values);
  // Years between two covered years get an empty row, so the axis is spaced by time and a missing year is a
  // visible gap (2017 → 2020 is not drawn as one step).
  const all: Array<{ year: number; period: string; partial: boolean }> = [];
  for (const p of periods) {
    const prev = all.at(-1);
    if (prev) for (let y = prev.year + 1; y < p.year; y++) all.push({ year: y, period: 'Jan–Dec', partial: false });
    all.push(p);
  }
  return all.map((p) => {
    const row: SeriesRow = { year: p.year, label: p.partial ? `${p.year} (${p.period})` : String(p.year) };
    for (const id of sectorIds) row[id] = index.get(`${id}|${p.year}`) ?? null;
    return row;
  });
}

export interface TariffRow {
  sectorId: string;
  label: string;
  /** Per year: calculated duties, customs value (CIF − charges) and duties ÷ customs value in %. */
  byYear: Record<number, { duties: number | null; customsValue: number | null; rate: number | null }>;
}

/**
 * Effective duty rate per HS chapter and year: calculated duties ÷ customs value, where customs value is
 * the CIF import value minus charges, insurance and freight (the DataWeb gives customs value for 2023 only).
 */
export function tariffRows(values: SectorValue[], sectors: Sector[], years: readonly number[]): TariffRow[] {
  const index = indexValues(values, true);
  const get = (id: string, year: number, measure: string) => index.get(`${id}|${year}|${measure}`) ?? null;
  return sectors
    .filter((s) => s.kind !== 'group')
    .map((s) => {
      const byYear: TariffRow['byYear'] = {};
      for (const y of years) {
        const duties = get(s.id, y, 'duties');
        const cif = get(s.id, y, 'cif-value');
        const charges = get(s.id, y, 'charges');
        const customsValue = cif !== null && charges !== null ? cif - charges : null;
        byYear[y] = {
          duties,
          customsValue,
          rate: duties !== null && customsValue ? (duties / customsValue) * 100 : null,
        };
      }
      return { sectorId: s.id, label: s.label, byYear };
    })
    .filter((r) => years.some((y) => r.byYear[y]?.customsValue !== null || r.byYear[y]?.duties !== null));
}

/** A figure the source gives as "more than …": drawn as a bound, never as an ordinary bar. */
export function isLowerBound(note: string | null | undefined): boolean {
  return /lower bound|more than/i.test(note ?? '');
}

export interface ContextRow {
  year: number;
  values: Record<string, number | null>;
  bound: Record<string, boolean>;
  notes: string[];
}

/**
 * Every year from the first to the last reported one, so that a time axis spaces them by time; a year no
 * source reported stays in the list with nulls (a visible gap), and `missing` names those years.
 */
export function contextRows(
  values: SectorValue[],
  ids: readonly string[],
): { rows: ContextRow[]; years: number[]; missing: number[] } {
  const mine = values.filter((v) => ids.includes(v.sectorId));
  const years = [...new Set(mine.map((v) => v.year))].sort((a, b) => a - b);
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return { rows: [], years, missing: [] };
  const rows: ContextRow[] = [];
  for (let year = first; year <= last; year++) {
    const row: ContextRow = { year, values: {}, bound: {}, notes: [] };
    for (const id of ids) {
      const v = mine.find((x) => x.year === year && x.sectorId === id);
      row.values[id] = v?.value ?? null;
      row.bound[id] = v?.value != null && isLowerBound(v.note);
      if (v?.note) row.notes.push(v.note);
    }
    rows.push(row);
  }
  const missing = rows.filter((r) => ids.every((id) => r.values[id] === null)).map((r) => r.year);
  return { rows, years, missing };
}

/** Years in which two figures of different scope exist side by side (e.g. USITC's sector and USTR's total). */
export function sameYearFigures(
  a: SectorValue[],
  aId: string,
  b: SectorValue[],
  bId: string,
): Array<{ year: number; a: number; b: number }> {
  const out: Array<{ year: number; a: number; b: number }> = [];
  for (const x of a) {
    if (x.sectorId !== aId || x.value === null) continue;
    const y = b.find((v) => v.sectorId === bId && v.year === x.year && v.value !== null);
    if (y?.value != null) out.push({ year: x.year, a: x.value, b: y.value });
  }
  return out.sort((p, q) => p.year - q.year);
}

/**
 * The tariff chart's rows: the all-chapters total first, then the `max` chapters with the most duties in the
 * latest year ordered by what the chart plots (their duty rate in that year, highest first), then the rest.
 */
export function orderTariffRows(
  rows: TariffRow[],
  year: number | undefined,
  max: number,
): { total: TariffRow | undefined; shown: TariffRow[]; rest: TariffRow[] } {
  const total = rows.find((r) => r.sectorId === 'hs-total');
  const at = (r: TariffRow, key: 'duties' | 'rate') => (year === undefined ? null : (r.byYear[year]?.[key] ?? null));
  const chapters = rows.filter((r) => r !== total).sort((a, b) => (at(b, 'duties') ?? -1) - (at(a, 'duties') ?? -1));
  const byRate = (a: TariffRow, b: TariffRow) =>
    (at(b, 'rate') ?? -1) - (at(a, 'rate') ?? -1) || a.label.localeCompare(b.label);
  return { total, shown: chapters.slice(0, max).sort(byRate), rest: chapters.slice(max) };
}
