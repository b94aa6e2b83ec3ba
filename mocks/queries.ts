// Pure query functions over the data set (mocks/datasets.ts). No HTTP here: the handlers parse requests and
// call these; tests call them directly. Nothing is computed that the data does not hold.
import type { AnnualRow, Category, Expert, Flow, SectorValue, Viewpoint } from '../src/api/schemas.ts';
import type { Dataset } from './datasets.ts';
import { compareCodeUnits } from '../src/lib/compare.ts';

export function seriesCoverage(db: Pick<Dataset, 'meta'>, category: Category): { from: number; to: number } {
  const series = db.meta.series.find((s) => s.id === category);
  if (!series) throw new Error(`No series ${category}`);
  return { from: series.from, to: series.to };
}

/**
 * One row per year of the requested range within the series' coverage. Years without a figure are
 * returned with null amounts (a visible gap), never filled.
 */
export function annualTrade(
  db: Pick<Dataset, 'meta' | 'annual'>,
  category: Category,
  range: { from?: number; to?: number } = {},
): { from: number; to: number; rows: AnnualRow[] } {
  const coverage = seriesCoverage(db, category);
  const from = Math.max(range.from ?? coverage.from, coverage.from);
  const to = Math.min(range.to ?? coverage.to, coverage.to);
  const byYear = new Map(db.annual[category].map((r) => [r.year, r]));
  const rows: AnnualRow[] = [];
  for (let y = from; y <= to; y++) {
    rows.push(byYear.get(y) ?? { year: y, exports: null, imports: null, balance: null, sourceIds: [] });
  }
  return { from, to, rows };
}

export interface SectorQuery {
  classification: string;
  year?: number;
  from?: number;
  to?: number;
  sectorIds?: string[];
  flow?: Flow;
  measure?: string;
}

export function sectorValues(db: Pick<Dataset, 'sectors' | 'sectorValues'>, q: SectorQuery): SectorValue[] {
  const inClassification = new Set(db.sectors.filter((s) => s.classification === q.classification).map((s) => s.id));
  const wanted = q.sectorIds && q.sectorIds.length ? new Set(q.sectorIds) : null;
  return db.sectorValues.filter(
    (r) =>
      inClassification.has(r.sectorId) &&
      (wanted === null || wanted.has(r.sectorId)) &&
      (q.year === undefined || r.year === q.year) &&
      (q.from === undefined || r.year >= q.from) &&
      (q.to === undefined || r.year <= q.to) &&
      (q.flow === undefined || r.flow === q.flow) &&
      (q.measure === undefined || r.measure === q.measure),
  );
}

export function expertsWithCounts(db: Pick<Dataset, 'experts' | 'viewpoints'>): Expert[] {
  return db.experts.map((e) => ({
    ...e,
    statementCount: db.viewpoints.filter((v) => v.expertId === e.id).length,
  }));
}

export interface ViewpointQuery {
  expert?: string[];
  topic?: string[];
  stance?: string[];
  sector?: string;
  from?: number;
  to?: number;
  q?: string;
}

const yearOf = (date: string): number => Number(date.slice(0, 4));

export function findViewpoints(db: Pick<Dataset, 'experts' | 'viewpoints'>, q: ViewpointQuery): Viewpoint[] {
  const text = q.q?.trim().toLowerCase();
  const sector = q.sector?.trim().toLowerCase();
  const expertName = new Map(db.experts.map((e) => [e.id, `${e.name} ${e.organisation}`.toLowerCase()]));
  return db.viewpoints
    .filter(
      (v) =>
        (!q.expert?.length || q.expert.includes(v.expertId)) &&
        (!q.topic?.length || v.topics.some((t) => q.topic?.includes(t))) &&
        (!q.stance?.length || q.stance.includes(v.stance)) &&
        (!sector || v.sectors.some((s) => s.toLowerCase().includes(sector))) &&
        (q.from === undefined || yearOf(v.date) >= q.from) &&
        (q.to === undefined || yearOf(v.date) <= q.to) &&
        (!text ||
          v.statement.toLowerCase().includes(text) ||
          v.source.title.toLowerCase().includes(text) ||
          (expertName.get(v.expertId) ?? '').includes(text)),
    )
    .sort((a, b) => compareCodeUnits(a.date, b.date) || compareCodeUnits(a.id, b.id));
}
