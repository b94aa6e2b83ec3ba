// The series a statement's evidence names, as figures per year with the basis of each figure. Pure: the
// panel's hook fetches the API responses and hands them here. Nothing is added across bases or years, except a
// calculated-duties total, which is the sum of the chapters of one year, basis and measure (as an HS section is).
import type {
  AnnualRow,
  HsBalanceRow,
  HsChaptersMeta,
  HsChapterValue,
  HsSectionValue,
  Meta,
} from '../../api/schemas.ts';
import type { EvidenceSeries, SeriesPoint, SeriesSubject } from './viewpoint-math.ts';

export type SeriesMeaning = 'exports' | 'imports' | 'balance';

/** What a series is called and which colour it takes, known before its figures arrive. */
export interface SeriesDescriptor {
  id: string;
  /** The chart title: "US exports of HS 87 Vehicles and parts to South Korea". */
  title: string;
  /** The name in a reading and in the table header: "HS 87 Vehicles and parts exports". */
  short: string;
  subject: SeriesSubject;
  meaning: SeriesMeaning;
  /** Where the series is drawn on the other pages. */
  page: 'trends' | 'sectors';
}

export interface SeriesBasis {
  id: string;
  label: string;
}

export interface SeriesData extends SeriesDescriptor {
  /** One point per year with a figure (or a row), each naming its basis. */
  points: SeriesPoint[];
  /** The bases of the points, in the order they first appear. */
  bases: SeriesBasis[];
  sourceIds: string[];
  /** The basis descriptions and data notes, for the chart's note. */
  notes: string[];
}

const FLOW_WORDS = { exports: 'exports to', imports: 'imports from' } as const;

/** Names a series; null for a series the dashboard does not hold (or an HS code not in the catalogue). */
export function describeSeries(series: EvidenceSeries, hs: HsChaptersMeta | undefined): SeriesDescriptor | null {
  if (series.kind === 'annual') {
    const { category, measure } = series;
    const cap = category === 'goods' ? 'Goods' : 'Services';
    return measure === 'balance'
      ? {
          id: series.id,
          title: `US ${category} balance with South Korea`,
          short: `${cap} balance`,
          subject: { kind: 'balance', label: `US ${category}` },
          meaning: 'balance',
          page: 'trends',
        }
      : {
          id: series.id,
          title: `US ${category} ${FLOW_WORDS[measure]} South Korea`,
          short: `US ${category} ${measure}`,
          subject: { kind: 'flow', label: `US ${category} ${FLOW_WORDS[measure]} South Korea` },
          meaning: measure,
          page: 'trends',
        };
  }
  if (series.kind === 'duties') {
    return {
      id: series.id,
      title: 'US calculated duties on imports from South Korea, all chapters',
      short: 'Calculated duties',
      subject: { kind: 'flow', label: 'US calculated duties on imports from South Korea' },
      meaning: 'imports',
      page: 'sectors',
    };
  }
  if (series.kind !== 'hs' || !hs) return null;
  let name: string;
  if (series.section) {
    const section = hs.sections.find((s) => s.id === series.code);
    if (!section) return null;
    // "Section XVI: Machinery and …" → "HS section XVI (Machinery and …)"
    name = `HS section ${section.roman} (${section.label.replace(/^Section [IVXL]+:\s*/, '')})`;
  } else {
    const chapter = hs.chapters.find((c) => c.code === series.code);
    if (!chapter) return null;
    name = chapter.label;
  }
  if (series.flow === 'balance') {
    return {
      id: series.id,
      title: `US balance of ${name} with South Korea`,
      short: `${name} balance`,
      subject: { kind: 'balance', label: name },
      meaning: 'balance',
      page: 'sectors',
    };
  }
  return {
    id: series.id,
    title: `US ${series.flow} of ${name} ${series.flow === 'exports' ? 'to' : 'from'} South Korea`,
    short: `${name} ${series.flow}`,
    subject: { kind: 'flow', label: `${name} ${series.flow}` },
    meaning: series.flow,
    page: 'sectors',
  };
}

const sorted = (points: SeriesPoint[]) => [...points].sort((a, b) => a.year - b.year);

function basesOf(points: SeriesPoint[], label: (id: string) => string): SeriesBasis[] {
  const ids = [...new Set(points.map((p) => p.basis).filter((b): b is string => typeof b === 'string'))];
  return ids.map((id) => ({ id, label: label(id) }));
}

/** The annual goods or services series: one basis each (Census goods; the services publications). */
export function annualSeries(
  d: SeriesDescriptor,
  category: 'goods' | 'services',
  measure: 'exports' | 'imports' | 'balance',
  rows: readonly AnnualRow[],
  meta: Meta,
): SeriesData {
  const info = meta.series.find((s) => s.id === category);
  const basis = category;
  const points = sorted(
    rows.map((r) => ({ year: r.year, value: r[measure], partialPeriod: null, basis, sourceIds: r.sourceIds })),
  );
  return {
    ...d,
    points,
    bases: [{ id: basis, label: info?.label ?? category }],
    sourceIds: [...new Set(rows.filter((r) => r[measure] !== null).flatMap((r) => r.sourceIds))],
    notes: info?.note ? [info.note] : [],
  };
}

const basisLabel = (hs: HsChaptersMeta) => (id: string) =>
  hs.bases.find((b) => b.id === id)?.label ?? hs.balances.find((b) => b.id === id)?.label ?? id;

const basisNotes = (hs: HsChaptersMeta, ids: readonly string[]) =>
  ids.map((id) => hs.bases.find((b) => b.id === id)?.description).filter((n): n is string => !!n);

/** One HS chapter's exports or imports; imports come in two bases (Comtrade CIF 2007–2019, USITC 2023–2025). */
export function hsFlowSeries(d: SeriesDescriptor, all: readonly HsChapterValue[], hs: HsChaptersMeta): SeriesData {
  // One figure per year: where two bases hold the same year, the one listed first in the catalogue is drawn and
  // the other is named in the note (never summed, never averaged).
  const order = (basis: string) => {
    const i = hs.bases.findIndex((b) => b.id === basis);
    return i < 0 ? hs.bases.length : i;
  };
  const byYear = new Map<number, HsChapterValue>();
  const skipped = new Set<string>();
  for (const r of [...all].sort((a, b) => order(a.basis) - order(b.basis))) {
    if (byYear.has(r.year)) skipped.add(r.basis);
    else byYear.set(r.year, r);
  }
  const rows = [...byYear.values()];
  const points = sorted(
    rows.map((r) => ({
      year: r.year,
      value: r.value,
      partialPeriod: r.partial ? r.period : null,
      basis: r.basis,
      sourceIds: [r.sourceId],
    })),
  );
  const bases = basesOf(points, basisLabel(hs));
  const rowNotes = [...new Set(rows.map((r) => r.note).filter((n): n is string => !!n))];
  return {
    ...d,
    points,
    bases,
    sourceIds: [...new Set(rows.map((r) => r.sourceId))],
    notes: [
      ...basisNotes(
        hs,
        bases.map((b) => b.id),
      ),
      ...rowNotes,
      ...[...skipped].map(
        (b) => `${basisLabel(hs)(b)} also holds some of these years; not drawn here, as bases are not mixed.`,
      ),
    ],
  };
}

/** One HS chapter's balance: exports − imports of one balance basis, only where both flows exist. */
export function hsBalanceSeries(
  d: SeriesDescriptor,
  rows: readonly HsBalanceRow[],
  hs: HsChaptersMeta,
  balanceLabel: string,
): SeriesData {
  const points = sorted(
    rows.map((r) => ({
      year: r.year,
      value: r.balance,
      partialPeriod: null,
      basis: r.balanceBasis,
      sourceIds: r.sourceIds,
    })),
  );
  const def = hs.balances.find((b) => b.id === rows[0]?.balanceBasis) ?? hs.balances[0];
  return {
    ...d,
    points,
    bases: basesOf(points, (id) => (id === def?.id ? `Balance: ${balanceLabel || def.label}` : id)),
    sourceIds: [...new Set(rows.flatMap((r) => r.sourceIds))],
    notes: def ? basisNotes(hs, [def.exportsBasis, def.importsBasis]) : [],
  };
}

/** One HS section: the sum of its chapters per year, null (with the missing chapters named) unless all exist. */
export function hsSectionSeries(
  d: SeriesDescriptor,
  sectionId: string,
  rows: readonly HsSectionValue[],
  hs: HsChaptersMeta,
  /** The section's chapter rows, when loaded: each year then names the sources of its own chapters. */
  chapterRows?: readonly HsChapterValue[],
): SeriesData {
  const own = rows.filter((r) => r.sectionId === sectionId);
  const sourcesOf = (year: number, basis: string) =>
    chapterRows
      ? [...new Set(chapterRows.filter((c) => c.year === year && c.basis === basis).map((c) => c.sourceId))]
      : undefined;
  const points = sorted(
    own.map((r) => ({
      year: r.year,
      value: r.value,
      partialPeriod: null,
      basis: r.basis,
      sourceIds: sourcesOf(r.year, r.basis),
    })),
  );
  const bases = basesOf(points, basisLabel(hs));
  const section = hs.sections.find((s) => s.id === sectionId);
  const incomplete = own.filter((r) => r.value === null && r.missingChapterIds.length);
  const sourceIds = hs.coverage.filter((c) => bases.some((b) => b.id === c.basis)).flatMap((c) => c.sourceIds);
  return {
    ...d,
    points,
    bases,
    sourceIds: [...new Set(sourceIds)],
    notes: [
      `A section is the sum of its chapters (${section?.chapterRange ?? ''}) for one year and basis.`,
      ...basisNotes(
        hs,
        bases.map((b) => b.id),
      ),
      ...incomplete.map(
        (r) =>
          `${r.year}: no section figure, as ${r.missingChapterIds.join(', ')} ${r.missingChapterIds.length > 1 ? 'have' : 'has'} none.`,
      ),
    ],
  };
}

/** Calculated duties on all chapters: per year, the sum of the chapters of one basis (USITC DataWeb). */
export function dutiesSeries(d: SeriesDescriptor, rows: readonly HsChapterValue[], hs: HsChaptersMeta): SeriesData {
  const byYear = new Map<
    string,
    { year: number; basis: string; partial: string | null; sum: number; n: number; sources: Set<string> }
  >();
  for (const r of rows) {
    if (r.measure !== 'duties' || r.value === null) continue;
    const key = `${r.year}|${r.basis}`;
    const entry = byYear.get(key) ?? {
      year: r.year,
      basis: r.basis,
      partial: r.partial ? r.period : null,
      sum: 0,
      n: 0,
      sources: new Set<string>(),
    };
    entry.sources.add(r.sourceId);
    entry.sum += r.value;
    entry.n += 1;
    byYear.set(key, entry);
  }
  const points = sorted(
    [...byYear.values()].map((e) => ({
      year: e.year,
      value: e.sum,
      partialPeriod: e.partial,
      basis: e.basis,
      sourceIds: [...e.sources],
    })),
  );
  const bases = basesOf(points, basisLabel(hs));
  return {
    ...d,
    points,
    bases,
    sourceIds: [...new Set(rows.map((r) => r.sourceId))],
    notes: [
      'Each year is the sum of the calculated duties of every chapter with a figure, one basis and year.',
      ...basisNotes(
        hs,
        bases.map((b) => b.id),
      ),
    ],
  };
}
