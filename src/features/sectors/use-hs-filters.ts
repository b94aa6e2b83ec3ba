import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { HsChaptersMeta } from '../../api/schemas.ts';
import { useUrlState } from '../../lib/use-url-state.ts';

export type HsFlow = 'exports' | 'imports' | 'balance';
export type HsKind = 'hs-chapters' | 'hs-sections';
export const HS_CLASSIFICATIONS: readonly HsKind[] = ['hs-chapters', 'hs-sections'];
const FLOWS: readonly HsFlow[] = ['exports', 'imports', 'balance'];
export const DEFAULT_HS_FLOW: HsFlow = 'balance';
const COMPARE_NONE = 'none';
/** The year before KORUS entered into force (15 March 2012): the natural "before" of a comparison. */
const BEFORE_KORUS = 2011;

export interface HsPeriod {
  year: number;
  period: string;
  partial: boolean;
  basis: string;
}

/**
 * Every year and basis a flow and measure have figures for, from the catalogue's coverage, by year and then in
 * the catalogue's order of bases (the snapshot's first, the Census basis after it). A balance is a basis pair:
 * a year counts where both of its bases have it.
 */
export function hsCoverage(meta: HsChaptersMeta | undefined, flow: HsFlow, measure: string): HsPeriod[] {
  if (!meta) return [];
  const of = (pick: (c: HsChaptersMeta['coverage'][number]) => boolean) =>
    meta.coverage.filter(pick).flatMap((c) => c.periods.map((p) => ({ ...p, basis: c.basis as string })));
  let periods: HsPeriod[];
  if (flow === 'balance') {
    periods = meta.balances.flatMap((def) => {
      const im = new Set(of((c) => c.basis === def.importsBasis).map((p) => p.year));
      return of((c) => c.basis === def.exportsBasis)
        .filter((p) => im.has(p.year))
        .map((p) => ({ ...p, basis: def.id }));
    });
  } else if (flow === 'exports') {
    periods = of((c) => c.flow === 'exports');
  } else {
    periods = of((c) => c.flow === 'imports' && c.measure === measure);
  }
  const order = [...new Set(periods.map((p) => p.basis))];
  const unique = new Map(periods.map((p) => [`${p.year}|${p.basis}`, p]));
  return [...unique.values()].sort((a, b) => a.year - b.year || order.indexOf(a.basis) - order.indexOf(b.basis));
}

/** One period per year: the given basis where it has the year, else the first basis that has it. */
export function periodsFor(coverage: readonly HsPeriod[], basis: string | undefined): HsPeriod[] {
  const byYear = new Map<number, HsPeriod>();
  for (const p of coverage) {
    const had = byYear.get(p.year);
    if (!had || (p.basis === basis && had.basis !== basis)) byYear.set(p.year, p);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The years (with their period and basis) a flow and measure have figures for: the first basis of each year. */
export function hsPeriods(meta: HsChaptersMeta | undefined, flow: HsFlow, measure: string): HsPeriod[] {
  return periodsFor(hsCoverage(meta, flow, measure), undefined);
}

/** The measures of the imports: CIF first (both bases have it), then the DataWeb's others in the order of use. */
export function importMeasures(meta: HsChaptersMeta | undefined): string[] {
  const ids = new Set((meta?.coverage ?? []).filter((c) => c.flow === 'imports').map((c) => c.measure));
  return ['cif-value', 'customs-value', 'duties', 'dutiable-value', 'landed-duty-paid', 'charges'].filter((m) =>
    ids.has(m),
  );
}

/** The default year: the latest full year (a partial year is never the default). */
export function defaultYear(periods: readonly HsPeriod[]): number | undefined {
  return ([...periods].reverse().find((p) => !p.partial) ?? periods.at(-1))?.year;
}

/**
 * The years a year can be compared with: full years of the same basis only (a partial period has no equal
 * period in the data, and a change across bases would measure the change of basis).
 */
export function comparableYears(periods: readonly HsPeriod[], year: number | undefined): number[] {
  const p = periods.find((x) => x.year === year);
  if (!p || p.partial) return [];
  return periods.filter((x) => x.year !== year && !x.partial && x.basis === p.basis).map((x) => x.year);
}

/** The default comparison: 2011 (before KORUS) where it is comparable, else the first comparable year. */
export function defaultCompare(options: readonly number[]): number | undefined {
  return options.includes(BEFORE_KORUS) ? BEFORE_KORUS : options[0];
}

/** URL state of the HS views. Years, comparisons and measures depend on flow and measure, read first. */
export function useHsFilters(meta: HsChaptersMeta | undefined, otherClassifications: readonly string[]) {
  const [searchParams] = useSearchParams();
  const rawKind = searchParams.get('classification');
  const kind: HsKind = rawKind === 'hs-sections' ? 'hs-sections' : 'hs-chapters';
  const rawFlow = searchParams.get('flow');
  const flow: HsFlow = (FLOWS as readonly string[]).includes(rawFlow ?? '') ? (rawFlow as HsFlow) : DEFAULT_HS_FLOW;
  const measures = useMemo(() => (flow === 'imports' ? importMeasures(meta) : []), [flow, meta]);
  const rawMeasure = searchParams.get('measure');
  const measure =
    flow === 'imports'
      ? measures.includes(rawMeasure ?? '')
        ? (rawMeasure as string)
        : 'cif-value'
      : flow === 'exports'
        ? 'fas-value'
        : 'balance';
  const coverage = useMemo(() => hsCoverage(meta, flow, measure), [meta, flow, measure]);
  const yearPeriods = useMemo(() => periodsFor(coverage, undefined), [coverage]);
  const rawYear = Number(searchParams.get('year'));
  const year = yearPeriods.some((p) => p.year === rawYear) ? rawYear : defaultYear(yearPeriods);
  // The bases that have the year (more than one only where the Census basis is served): the first by default.
  const yearBases = useMemo(() => coverage.filter((p) => p.year === year).map((p) => p.basis), [coverage, year]);
  const rawBasis = searchParams.get('basis') ?? '';
  const basis = yearBases.includes(rawBasis) ? rawBasis : yearBases[0];
  // Each year labelled with the chosen basis's period where it has the year; comparisons within that basis.
  const periods = useMemo(() => periodsFor(coverage, basis), [coverage, basis]);
  const compareOptions = useMemo(
    () =>
      comparableYears(
        coverage.filter((p) => p.basis === basis),
        year,
      ),
    [coverage, basis, year],
  );
  const itemIds = useMemo(
    () => (kind === 'hs-sections' ? (meta?.sections ?? []).map((s) => s.id) : (meta?.chapters ?? []).map((c) => c.id)),
    [kind, meta],
  );
  const chapterIds = useMemo(() => (meta?.chapters ?? []).map((c) => c.id), [meta]);
  const others = otherClassifications.join(',');

  const specs = useMemo(() => {
    const ys = periods.map((p) => String(p.year));
    const compareDefault = defaultCompare(compareOptions);
    return {
      classification: {
        type: 'enum' as const,
        label: 'Classification',
        options: [...HS_CLASSIFICATIONS, ...(others ? others.split(',') : [])],
        default: 'hs-chapters',
      },
      flow: { type: 'enum' as const, label: 'Flow', options: FLOWS, default: DEFAULT_HS_FLOW },
      measure: {
        type: 'enum' as const,
        label: 'Measure',
        options: measures.length ? measures : ['cif-value'],
        default: 'cif-value',
      },
      year: {
        type: 'enum' as const,
        label: 'Year',
        options: ys,
        default: ys.length ? String(defaultYear(yearPeriods)) : undefined,
      },
      basis: {
        type: 'enum' as const,
        label: 'Basis',
        options: yearBases.length ? yearBases : ['none'],
        default: yearBases[0] ?? 'none',
      },
      compare: {
        type: 'enum' as const,
        label: 'Compare with',
        options: [...compareOptions.map(String), COMPARE_NONE],
        default: compareDefault === undefined ? COMPARE_NONE : String(compareDefault),
      },
      sector: { type: 'list' as const, label: 'Chapters', options: itemIds, max: 12 },
      view: { type: 'enum' as const, label: 'View', options: ['value', 'share'] as const, default: 'value' },
      detail: { type: 'enum' as const, label: 'Chapter detail', options: chapterIds },
      all: { type: 'flag' as const, label: 'Show all' },
    };
  }, [periods, yearPeriods, yearBases, compareOptions, measures, itemIds, chapterIds, others]);

  const state = useUrlState(specs, { ready: meta !== undefined });
  const v = state.values;
  const compare = v.compare === undefined || v.compare === COMPARE_NONE ? undefined : Number(v.compare);
  // The values of the state (ahead of the address while a change is on its way), where they are valid.
  const shownYear = v.year !== undefined && periods.some((p) => p.year === Number(v.year)) ? Number(v.year) : year;
  const shownBasis = v.basis !== undefined && yearBases.includes(v.basis) ? v.basis : basis;
  return {
    ...state,
    kind,
    flow,
    measure,
    measures,
    periods,
    year: shownYear,
    /** The basis of the ranking, balance and change (one of `yearBases`). */
    basis: shownBasis,
    yearBases,
    coverage,
    compare,
    compareOptions,
    compareNone: COMPARE_NONE,
    ready: meta !== undefined,
  };
}
