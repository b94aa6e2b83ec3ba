// Pure queries over the HS-chapter data (hs-chapters.json, hs-chapter-values.json). They take the parsed data
// as arguments (no JSON imports), so the mock API can load the files on first use. Rules: nothing is added
// across bases or years; a balance exists only where both flows of one system exist for the chapter and year;
// a section is the sum of its chapters of one year, flow, basis and measure, and null unless every chapter of
// the section has a figure (the missing chapters are named).
import type {
  Flow,
  HsBalanceRow,
  HsBalanceTotal,
  HsBasis,
  HsChaptersMeta,
  HsChapterValue,
  HsSectionValue,
} from '../../src/api/schemas.ts';
import { Problems } from './errors.ts';
import { compareCodeUnits } from '../../src/lib/compare.ts';

export interface HsData {
  meta: HsChaptersMeta;
  rows: HsChapterValue[];
}

/** hs-chapters-census.json as `npm run data:update` writes it (mocks/scripts/census-hs-chapters.mjs). */
export interface CensusHsMeta {
  unit: string;
  basisNote: string;
  bases: Array<HsChaptersMeta['bases'][number] & { variable: string }>;
  balances: HsChaptersMeta['balances'];
  vintages: Array<{ id: string; label: string; note?: string | null }>;
  coverage: Array<{ basis: HsBasis; flow: Flow; measure: string; months: Array<[string, string]> }>;
  annualRule: string;
  chapterIds: string[];
  /** Chapters outside the snapshot catalogue, labelled with the Census description. */
  newChapters: Array<{ id: string; code: string; label: string }>;
}

const CENSUS_SYSTEM = 'census-intltrade';
/** The bases a query without `basis` answers: the snapshot's, as before the Census basis existed. */
const isDefaultBasis = (meta: HsChaptersMeta, basis: string) =>
  meta.bases.find((b) => b.id === basis)?.system !== CENSUS_SYSTEM;

/**
 * The snapshot HS data with the Census basis added as bases, a balance, coverage and vintages of their own
 * (after the snapshot's, so every default stays the snapshot's). Without the Census files: the snapshot as is.
 */
export function withCensus(
  data: HsData,
  census: { meta: CensusHsMeta | null; rows: readonly HsChapterValue[] },
): HsData {
  const c = census.meta;
  if (!c || census.rows.length === 0) return data;
  const coverage = c.bases.map((b) => {
    const mine = census.rows.filter((r) => r.basis === b.id);
    const periods = [...new Map(mine.map((r) => [r.year, { year: r.year, period: r.period, partial: r.partial }]))]
      .map(([, p]) => p)
      .sort((x, y) => x.year - y.year);
    return {
      basis: b.id,
      flow: b.flow,
      measure: b.measure ?? '',
      years: periods.map((p) => p.year),
      periods,
      vintages: [...new Set(mine.map((r) => r.vintage))].sort(),
      sourceIds: [...new Set(mine.map((r) => r.sourceId))],
    };
  });
  const covered = new Set(coverage.flatMap((x) => x.years));
  const known = new Set(data.meta.chapters.map((ch) => ch.id));
  const meta: HsChaptersMeta = {
    ...data.meta,
    // The served base shape (the file's bases also name their API variable).
    bases: [
      ...data.meta.bases,
      ...c.bases.map((b) => ({
        id: b.id,
        flow: b.flow,
        system: b.system,
        measure: b.measure,
        label: b.label,
        description: b.description,
      })),
    ],
    balances: [...data.meta.balances, ...c.balances],
    vintages: [...data.meta.vintages, ...c.vintages.map((v) => ({ id: v.id, label: v.label, note: v.note ?? null }))],
    coverage: [...data.meta.coverage, ...coverage.filter((x) => x.years.length)],
    // The snapshot's gap stays a gap of its bases; say that the Census basis has those years (its own series).
    gaps: data.meta.gaps.map((g) =>
      covered.has(g.from) || covered.has(g.to)
        ? {
            ...g,
            note: `No UN Comtrade or USITC figures for ${g.from}–${g.to} (a gap of those bases, never filled from another); the Census basis has these years as a series of its own.`,
          }
        : g,
    ),
    chapters: [
      ...data.meta.chapters,
      ...c.newChapters
        .filter((ch) => !known.has(ch.id))
        .map((ch) => ({
          ...ch,
          description: `${ch.label} (Census description; not in the snapshot data).`,
          sectionId: null,
        })),
    ],
  };
  return { meta, rows: [...data.rows, ...census.rows] };
}

export interface HsValuesQuery {
  year?: number;
  years?: number[];
  from?: number;
  to?: number;
  flow?: Flow;
  basis?: HsBasis;
  measure?: string;
  chapters?: string[];
}

function checkCommon(data: HsData, q: { from?: number; to?: number; chapters?: string[] }, problems: Problems): void {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to)
    problems.add('from', `from (${q.from}) is after to (${q.to}).`);
  if (q.chapters) {
    const known = new Set(data.meta.chapters.map((c) => c.id));
    const unknown = q.chapters.filter((c) => !known.has(c));
    if (unknown.length)
      problems.add('chapters', `Unknown chapter(s): ${unknown.join(', ')}. Chapters are written hs-01 … hs-99.`);
  }
}

const inYears = (year: number, q: { year?: number; years?: number[]; from?: number; to?: number }) =>
  (q.year === undefined || year === q.year) &&
  (!q.years?.length || q.years.includes(year)) &&
  (q.from === undefined || year >= q.from) &&
  (q.to === undefined || year <= q.to);

/**
 * HS-chapter rows by year(s), flow, basis, measure and chapters; without a basis, the snapshot bases' rows
 * (Census rows only when their basis is asked for). Throws QueryError for an unknown basis,
 * chapter or measure, a basis of the other flow, or from > to.
 */
export function hsChapterValues(data: HsData, q: HsValuesQuery = {}): HsChapterValue[] {
  const problems = new Problems();
  checkCommon(data, q, problems);
  const basis = q.basis === undefined ? undefined : data.meta.bases.find((b) => b.id === q.basis);
  if (q.basis !== undefined && !basis)
    problems.add('basis', `Unknown basis "${q.basis}". Known: ${data.meta.bases.map((b) => b.id).join(', ')}.`);
  if (basis && q.flow !== undefined && basis.flow !== q.flow)
    problems.add('basis', `Basis "${basis.id}" holds ${basis.flow}, not ${q.flow}.`);
  if (q.measure !== undefined) {
    const measures = data.meta.coverage.filter(
      (c) => (q.basis === undefined || c.basis === q.basis) && (q.flow === undefined || c.flow === q.flow),
    );
    if (!measures.some((c) => c.measure === q.measure)) {
      problems.add(
        'measure',
        `No "${q.measure}" rows for this flow and basis. Available: ${[...new Set(measures.map((c) => c.measure))].join(', ') || 'none'}.`,
      );
    }
  }
  problems.throwIfAny();
  const wanted = q.chapters?.length ? new Set(q.chapters) : null;
  return data.rows.filter(
    (r) =>
      inYears(r.year, q) &&
      (q.flow === undefined || r.flow === q.flow) &&
      (q.basis === undefined ? isDefaultBasis(data.meta, r.basis) : r.basis === q.basis) &&
      (q.measure === undefined || r.measure === q.measure) &&
      (wanted === null || wanted.has(r.sectorId)),
  );
}

export interface HsBalanceQuery {
  year?: number;
  years?: number[];
  from?: number;
  to?: number;
  chapters?: string[];
  /** A balance id of the meta (default: the first, exports f.a.s. − imports CIF). */
  balance?: string;
}

function balanceDef(data: HsData, id: string | undefined, problems: Problems) {
  const def = id === undefined ? data.meta.balances[0] : data.meta.balances.find((b) => b.id === id);
  if (!def)
    problems.add('balance', `Unknown balance "${id}". Known: ${data.meta.balances.map((b) => b.id).join(', ')}.`);
  return def;
}

const measureOf = (data: HsData, basis: HsBasis) => data.meta.bases.find((b) => b.id === basis)?.measure ?? 'cif-value';

/** Exports − imports per chapter and year, only where both flows of the balance's bases have a figure. */
export function hsBalance(data: HsData, q: HsBalanceQuery = {}): HsBalanceRow[] {
  const problems = new Problems();
  checkCommon(data, q, problems);
  const def = balanceDef(data, q.balance, problems);
  problems.throwIfAny();
  if (!def) return [];
  const wanted = q.chapters?.length ? new Set(q.chapters) : null;
  const pick = (basis: HsBasis) => {
    const measure = measureOf(data, basis);
    return new Map(
      data.rows
        .filter(
          (r) =>
            r.basis === basis &&
            r.measure === measure &&
            r.value !== null &&
            inYears(r.year, q) &&
            (wanted === null || wanted.has(r.sectorId)),
        )
        .map((r) => [`${r.year}|${r.sectorId}`, r]),
    );
  };
  const exports = pick(def.exportsBasis);
  const imports = pick(def.importsBasis);
  const out: HsBalanceRow[] = [];
  for (const [key, e] of exports) {
    const i = imports.get(key);
    if (!i || e.value === null || i.value === null) continue;
    out.push({
      year: e.year,
      sectorId: e.sectorId,
      balanceBasis: def.id,
      exports: e.value,
      imports: i.value,
      balance: e.value - i.value,
      sourceIds: [...new Set([e.sourceId, i.sourceId])],
    });
  }
  return out.sort((a, b) => a.year - b.year || compareCodeUnits(a.sectorId, b.sectorId));
}

/**
 * Per year, each flow of the balance summed over every chapter with a figure in the balance's bases (the
 * chapters reported in one flow only included), in the years asked for that have both flows. `chapters` is
 * not applied: this is the all-chapter total a chapter's balance is a share of.
 */
export function hsBalanceTotals(data: HsData, q: HsBalanceQuery = {}): HsBalanceTotal[] {
  const problems = new Problems();
  checkCommon(data, q, problems);
  const def = balanceDef(data, q.balance, problems);
  problems.throwIfAny();
  if (!def) return [];
  const sum = (basis: HsBasis) => {
    const measure = measureOf(data, basis);
    const out = new Map<number, number>();
    for (const r of data.rows)
      if (r.basis === basis && r.measure === measure && r.value !== null && inYears(r.year, q))
        out.set(r.year, (out.get(r.year) ?? 0) + r.value);
    return out;
  };
  const exports = sum(def.exportsBasis);
  const imports = sum(def.importsBasis);
  return [...exports]
    .flatMap(([year, e]) => {
      const i = imports.get(year);
      return i === undefined ? [] : [{ year, exports: e, imports: i, balance: e - i }];
    })
    .sort((a, b) => a.year - b.year);
}

export interface HsSectionQuery {
  year: number;
  flow: Flow | 'balance';
  /** For exports or imports: a basis (default: the flow's Comtrade basis); for balance: a balance id. */
  basis?: string;
  /** For a basis with several measures (USITC DataWeb); default: the basis's own measure or cif-value. */
  measure?: string;
}

/**
 * The 21 HS sections for one year, flow and basis: each value is the sum of the section's chapters, and null
 * unless every chapter of the section has a figure (missingChapterIds names those without). A balance section
 * is the exports section minus the imports section, so it needs every chapter in both flows.
 */
export function hsSections(data: HsData, q: HsSectionQuery): HsSectionValue[] {
  const problems = new Problems();
  let exportsBasis: HsBasis | undefined;
  let importsBasis: HsBasis | undefined;
  let basisId: string;
  if (q.flow === 'balance') {
    const def = balanceDef(data, q.basis, problems);
    exportsBasis = def?.exportsBasis;
    importsBasis = def?.importsBasis;
    basisId = def?.id ?? String(q.basis);
    if (q.measure !== undefined) problems.add('measure', 'A balance has its bases’ own measures; leave measure out.');
  } else {
    const flow = q.flow;
    const basis =
      q.basis === undefined
        ? data.meta.bases.find((b) => b.flow === flow && b.system === 'comtrade')
        : data.meta.bases.find((b) => b.id === q.basis);
    if (!basis)
      problems.add('basis', `Unknown basis "${q.basis}". Known: ${data.meta.bases.map((b) => b.id).join(', ')}.`);
    else if (basis.flow !== flow) problems.add('basis', `Basis "${basis.id}" holds ${basis.flow}, not ${flow}.`);
    if (flow === 'exports') exportsBasis = basis?.id;
    else importsBasis = basis?.id;
    basisId = basis?.id ?? String(q.basis);
  }
  problems.throwIfAny();
  const measure = (basis: HsBasis) => q.measure ?? measureOf(data, basis);
  const values = (basis: HsBasis | undefined) =>
    basis === undefined
      ? null
      : new Map(
          data.rows
            .filter((r) => r.year === q.year && r.basis === basis && r.measure === measure(basis) && r.value !== null)
            .map((r) => [r.sectorId, r.value ?? 0]),
        );
  const ex = values(exportsBasis);
  const im = values(importsBasis);
  const sum = (map: Map<string, number> | null, ids: string[]) =>
    map === null ? null : ids.every((id) => map.has(id)) ? ids.reduce((acc, id) => acc + (map.get(id) ?? 0), 0) : null;
  return data.meta.sections.map((s) => {
    const missing = s.chapterIds.filter((id) => (ex !== null && !ex.has(id)) || (im !== null && !im.has(id)));
    const e = sum(ex, s.chapterIds);
    const i = sum(im, s.chapterIds);
    const value = q.flow === 'balance' ? (e !== null && i !== null ? e - i : null) : q.flow === 'exports' ? e : i;
    return {
      year: q.year,
      sectionId: s.id,
      flow: q.flow,
      basis: basisId,
      measure: q.flow === 'balance' ? 'balance' : measure((exportsBasis ?? importsBasis) as HsBasis),
      value,
      chapterCount: s.chapterIds.length,
      missingChapterIds: missing,
    };
  });
}

/** Sum of every chapter the source holds for one year, basis and measure (for shares of the total). */
export function hsTotal(
  data: HsData,
  q: { year: number; basis: HsBasis; measure?: string },
): { value: number | null; chapterCount: number } {
  const measure = q.measure ?? measureOf(data, q.basis);
  const rows = data.rows.filter(
    (r) => r.year === q.year && r.basis === q.basis && r.measure === measure && r.value !== null,
  );
  return { value: rows.length ? rows.reduce((acc, r) => acc + (r.value ?? 0), 0) : null, chapterCount: rows.length };
}
