// Pure helpers of the viewpoints page: positions on the time axis, facet counts, statement text, and the
// "check against the data" reading. Every figure in a reading is a reported value; a missing one is named,
// never estimated.
import type { Expert, Viewpoint } from '../../api/schemas.ts';
import { formatMusd, formatPercent, formatYearList } from '../../lib/format.ts';

// ---------------------------------------------------------------------------------------------------------
// Time axis

const DAY_MS = 86_400_000;
const utc = (y: number, m: number, d: number) => Date.UTC(y, m, d);

/**
 * A date as a year with a fraction, for a numeric time axis: "2018-01-04" → 2018.01 (middle of the day),
 * "2019-04" → the middle of April 2019, "2041" → the middle of 2041.
 */
export function fractionalYear(date: string): number {
  const [ys, ms, ds] = date.split('-');
  const year = Number(ys);
  if (!Number.isFinite(year)) return Number.NaN;
  const start = utc(year, 0, 1);
  const length = utc(year + 1, 0, 1) - start;
  if (ms === undefined) return year + 0.5;
  const month = Number(ms) - 1;
  if (ds === undefined) {
    const mid = (utc(year, month, 1) + utc(year, month + 1, 1)) / 2;
    return year + (mid - start) / length;
  }
  return year + (utc(year, month, Number(ds)) + DAY_MS / 2 - start) / length;
}

/** Integer years from `from` to `to` inclusive. */
export function yearSpan(from: number, to: number): number[] {
  return from > to ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

// ---------------------------------------------------------------------------------------------------------
// Experts and statements

/** A short name for a lane label: a person's surname, or the organisation when the "expert" is one. */
export function shortName(expert: Pick<Expert, 'name' | 'organisation'>): string {
  const name = expert.name.replace(/\s*\(.*\)\s*$/, '').trim();
  if (name === expert.organisation || expert.organisation.startsWith(name)) return name;
  const words = name.split(/\s+/);
  return words.at(-1) ?? name;
}

const OUTER_QUOTES = /^\s*["“”„«]([\s\S]*)["“”»]\s*$/;

/** A verbatim quote without the quotation marks the source text may carry, so that the page adds exactly one pair. */
export function quoteBody(statement: string): string {
  const match = OUTER_QUOTES.exec(statement);
  return (match?.[1] ?? statement).trim();
}

/** How many viewpoints carry each value of a facet (a viewpoint with two topics counts for both). */
export function tally(
  viewpoints: readonly Viewpoint[],
  values: (v: Viewpoint) => readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of viewpoints) {
    for (const value of new Set(values(v))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

export interface LanePoint {
  id: string;
  /** Fractional year. */
  x: number;
  /** Lane index, with a small offset when several statements share an expert and a date. */
  y: number;
}

/** Points of a lane chart: one lane per expert (in `lanes` order); statements on the same day are spread apart. */
export function lanePoints(viewpoints: readonly Viewpoint[], lanes: readonly string[]): LanePoint[] {
  const laneIndex = new Map(lanes.map((id, i) => [id, i]));
  const groups = new Map<string, Viewpoint[]>();
  for (const v of viewpoints) {
    if (!laneIndex.has(v.expertId)) continue;
    const key = `${v.expertId}|${v.date}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const points: LanePoint[] = [];
  for (const group of groups.values()) {
    const step = Math.min(0.18, 0.7 / group.length);
    group.forEach((v, i) => {
      points.push({
        id: v.id,
        x: fractionalYear(v.date),
        y: (laneIndex.get(v.expertId) ?? 0) + (i - (group.length - 1) / 2) * step,
      });
    });
  }
  return points;
}

// ---------------------------------------------------------------------------------------------------------
// Evidence series

export type EvidenceSeries =
  | { kind: 'annual'; id: string; category: 'goods' | 'services'; measure: 'exports' | 'imports' | 'balance' }
  /** An HS chapter ("87") or section ("S16"); a balance is exports minus imports of one basis pair. */
  | { kind: 'hs'; id: string; flow: 'exports' | 'imports' | 'balance'; code: string; section: boolean }
  /** Calculated duties on all chapters (USITC imports for consumption). */
  | { kind: 'duties'; id: string }
  | { kind: 'unknown'; id: string };

/** `goods-balance`, `services-exports`, `hs-exports:87`, `hs-balance:S16`, or `hs-duties:TOTAL`. */
export function parseEvidenceSeries(series: string): EvidenceSeries {
  const hs = /^hs-(exports|imports|balance):(\d{2}|S\d{2})$/.exec(series);
  if (hs?.[1] && hs[2]) {
    return {
      kind: 'hs',
      id: series,
      flow: hs[1] as 'exports' | 'imports' | 'balance',
      code: hs[2],
      section: hs[2].startsWith('S'),
    };
  }
  if (series === 'hs-duties:TOTAL') return { kind: 'duties', id: series };
  const annual = /^(goods|services)-(exports|imports|balance)$/.exec(series);
  if (annual?.[1] && annual[2]) {
    return {
      kind: 'annual',
      id: series,
      category: annual[1] as 'goods' | 'services',
      measure: annual[2] as 'exports' | 'imports' | 'balance',
    };
  }
  return { kind: 'unknown', id: series };
}

export interface SeriesPoint {
  year: number;
  value: number | null;
  /** "Jan–Aug" for a partial year; null for a full calendar year. */
  partialPeriod: string | null;
  /** The basis of the figure; figures of different bases are never compared. Absent: one basis throughout. */
  basis?: string | null;
  /** The sources of the figure (the chart names those of the years it draws). */
  sourceIds?: readonly string[];
}

export interface SeriesSubject {
  /** Balances are read as a deficit or a surplus, in words, with the amount positive. */
  kind: 'flow' | 'balance';
  /** Flows: the whole label ("US goods exports to South Korea"). Balances: the part before the word ("US goods"). */
  label: string;
}

export interface EvidenceFigure {
  year: number;
  value: number | null;
  partialPeriod: string | null;
  basis?: string | null;
}

/** A peak or a trough strictly inside the claim period, higher (lower) than both of its ends. */
export interface EvidenceTurn {
  kind: 'peak' | 'trough';
  figure: EvidenceFigure;
  /** Change from the claim's start to the turn, and from the turn to the claim's end, in percent. */
  fromStart: number | null;
  toEnd: number | null;
}

export interface EvidenceReading {
  /** The series' name in the reading, with "deficit" or "surplus" for a balance whose figures share a sign. */
  label: string;
  start: EvidenceFigure;
  /** Null when the claim speaks of one year. */
  end: EvidenceFigure | null;
  /** The latest year with a figure anywhere in the series; null when the series has none. */
  latest: EvidenceFigure | null;
  /** Change from start to end in percent (of the deficit or surplus for a balance); null when it cannot be computed. */
  percent: number | null;
  /** Peaks and troughs inside the claim period (only when every year of the period has a figure of one basis). */
  turns: EvidenceTurn[];
  /** The one-line reading. */
  text: string;
  /** One row per year from the start of the claim to the later of its end and the latest figure. */
  points: SeriesPoint[];
  /** Years of `points` without a figure. */
  gaps: number[];
  /** Years of the claim period without a figure. */
  missing: number[];
  /** Years of the series that have a figure. */
  figureYears: number[];
  /** Set when a year of the claim period has no figure: names the years instead of reading other ones. */
  coverageNote: string | null;
}

const figureAt = (byYear: Map<number, SeriesPoint>, year: number): EvidenceFigure => {
  const point = byYear.get(year);
  return {
    year,
    value: point?.value ?? null,
    partialPeriod: point?.partialPeriod ?? null,
    basis: point?.basis ?? null,
  };
};

const sameBasis = (a: EvidenceFigure, b: EvidenceFigure) => (a.basis ?? null) === (b.basis ?? null);

/**
 * Reads a series against a claim period: the figures at the claim's start and end and at the latest year, the
 * change between start and end (same basis only), any peak or trough inside the period, and what is missing.
 * It states what the numbers show, nothing more; a missing year is named, never replaced by another.
 */
export function evidenceReading(
  subject: SeriesSubject,
  series: readonly SeriesPoint[],
  claim: { from: number; to: number },
  options: { coverageLabel?: string; basisLabel?: (basis: string) => string } = {},
): EvidenceReading {
  const byYear = new Map(series.map((p) => [p.year, p]));
  const withFigures = series.filter((p) => p.value !== null).sort((a, b) => a.year - b.year);
  const figureYears = withFigures.map((p) => p.year);
  const latestPoint = withFigures.at(-1);
  const latest: EvidenceFigure | null = latestPoint ? figureAt(byYear, latestPoint.year) : null;
  const start = figureAt(byYear, claim.from);
  const end = claim.to !== claim.from ? figureAt(byYear, claim.to) : null;
  const claimYears = yearSpan(claim.from, claim.to);
  const missing = claimYears.filter((y) => byYear.get(y)?.value == null);

  // A balance whose figures share a sign is read as "deficit" or "surplus" with positive amounts.
  const inClaim = claimYears.map((y) => figureAt(byYear, y)).filter((f) => f.value !== null);
  const shown = [...inClaim, latest].filter((f): f is EvidenceFigure => f !== null && f.value !== null);
  let word: 'deficit' | 'surplus' | 'balance' = 'balance';
  if (subject.kind === 'balance' && shown.length > 0) {
    if (shown.every((f) => (f.value ?? 0) < 0)) word = 'deficit';
    else if (shown.every((f) => (f.value ?? 0) > 0)) word = 'surplus';
  }
  const label = subject.kind === 'balance' ? `${subject.label} ${word} with South Korea` : subject.label;

  const amount = (value: number): string => {
    if (subject.kind === 'flow') return formatMusd(value);
    if (word !== 'balance') return formatMusd(Math.abs(value));
    if (value < 0) return `deficit ${formatMusd(Math.abs(value))}`;
    if (value > 0) return `surplus ${formatMusd(value)}`;
    return 'balanced';
  };
  const describe = (f: EvidenceFigure): string =>
    f.value === null
      ? `no figure for ${f.year}`
      : `${amount(f.value)} in ${f.year}${f.partialPeriod ? ` (${f.partialPeriod} only)` : ''}`;

  const percentBetween = (a: EvidenceFigure, b: EvidenceFigure): number | null => {
    if (a.value === null || b.value === null || a.year === b.year || !sameBasis(a, b)) return null;
    // A partial year has no equal period to compare with.
    if (a.partialPeriod || b.partialPeriod) return null;
    if (subject.kind === 'flow') return a.value === 0 ? null : ((b.value - a.value) / Math.abs(a.value)) * 100;
    // The size of a deficit (or surplus) changes; across a change of sign a percentage means nothing.
    if (Math.sign(a.value) !== Math.sign(b.value) || a.value === 0) return null;
    return ((Math.abs(b.value) - Math.abs(a.value)) / Math.abs(a.value)) * 100;
  };
  const percent = end ? percentBetween(start, end) : null;
  const crossBasis = end !== null && start.value !== null && end.value !== null && !sameBasis(start, end);

  // Peaks and troughs: only on a complete run of one basis, on the size of a one-signed balance.
  const turns: EvidenceTurn[] = [];
  if (end && missing.length === 0 && claimYears.length >= 3 && inClaim.every((f) => sameBasis(f, start))) {
    const size = (f: EvidenceFigure) =>
      subject.kind === 'balance' && word !== 'balance' ? Math.abs(f.value ?? 0) : (f.value ?? 0);
    const inner = inClaim.slice(1, -1);
    const hi = inner.reduce<EvidenceFigure | null>((m, f) => (m === null || size(f) > size(m) ? f : m), null);
    const lo = inner.reduce<EvidenceFigure | null>((m, f) => (m === null || size(f) < size(m) ? f : m), null);
    const ends = [size(start), size(end)];
    const found: EvidenceTurn[] = [];
    if (hi && size(hi) > Math.max(...ends))
      found.push({ kind: 'peak', figure: hi, fromStart: percentBetween(start, hi), toEnd: percentBetween(hi, end) });
    if (lo && size(lo) < Math.min(...ends))
      found.push({ kind: 'trough', figure: lo, fromStart: percentBetween(start, lo), toEnd: percentBetween(lo, end) });
    turns.push(...found.sort((a, b) => a.figure.year - b.figure.year));
  }

  let text = `${label}: ${describe(start)}`;
  for (const t of turns) text += ` → ${t.kind} ${describe(t.figure)}`;
  if (end) {
    text += ` → ${describe(end)}`;
    if (percent !== null) {
      text += turns.length
        ? ` (${formatPercent(percent)} over the period${turns
            .slice(-1)
            .map((t) => (t.toEnd !== null ? `; ${formatPercent(t.toEnd)} from the ${t.kind}` : ''))
            .join('')})`
        : ` (${formatPercent(percent)})`;
    } else if (crossBasis) {
      text += ' (another basis: not compared)';
    }
  }
  const claimEnd = end?.year ?? start.year;
  const basisWords = (f: EvidenceFigure) =>
    f.basis && options.basisLabel && !sameBasis(f, end ?? start) ? `, ${options.basisLabel(f.basis)}` : '';
  if (!latest) text += '; the series has no figures';
  else if (latest.year > claimEnd) text += `; ${describe(latest)}${basisWords(latest)}`;
  else if (latest.year < claimEnd && latest.year !== start.year)
    text += `; latest figure: ${describe(latest)}${basisWords(latest)}`;

  const lastYear = Math.max(claim.to, latest?.year ?? claim.to);
  const points: SeriesPoint[] = yearSpan(claim.from, lastYear).map(
    (year) => byYear.get(year) ?? { year, value: null, partialPeriod: null },
  );
  const gaps = points.filter((p) => p.value === null).map((p) => p.year);

  let coverageNote: string | null = null;
  if (missing.length) {
    const what = options.coverageLabel ?? 'This series';
    const held = figureYears.length ? `figures for ${formatYearList(figureYears)}` : 'no figures';
    const endsMissing = start.value === null || (end !== null && end.value === null);
    coverageNote = `${what}: ${held}; the claim period (${claim.from === claim.to ? claim.from : `${claim.from}–${claim.to}`}) has none for ${formatYearList(missing)}. ${
      endsMissing
        ? 'No change is computed from other years in their place.'
        : 'The change is read from the claim’s first and last years only; the path between is not known.'
    }`;
  }

  return {
    label,
    start,
    end,
    latest,
    percent,
    turns,
    text,
    points,
    gaps,
    missing,
    figureYears,
    coverageNote,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Filters in words

export interface FilterWords {
  experts: string[];
  topics: string[];
  stances: string[];
  from?: number;
  to?: number;
  q?: string;
}

/** "Troy Stangarone · Autos · 2018–2019 · containing “cars”"; empty when nothing is filtered. */
export function describeFilters(f: FilterWords): string {
  const parts: string[] = [];
  if (f.experts.length) parts.push(f.experts.join(' or '));
  if (f.topics.length) parts.push(f.topics.join(' or '));
  if (f.stances.length) parts.push(f.stances.join(' or '));
  if (f.from !== undefined || f.to !== undefined) {
    parts.push(
      f.from !== undefined && f.to !== undefined
        ? f.from === f.to
          ? `${f.from}`
          : `${f.from}–${f.to}`
        : f.from !== undefined
          ? `from ${f.from}`
          : `until ${f.to}`,
    );
  }
  if (f.q?.trim()) parts.push(`containing “${f.q.trim()}”`);
  return parts.join(' · ');
}

// ---------------------------------------------------------------------------------------------------------
// Value axis

/** Round ticks (1, 2, 2.5 or 5 × 10^k apart) for an axis that always includes zero. */
export function zeroBasedTicks(values: readonly (number | null)[], count = 5): number[] {
  const figures = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const min = Math.min(0, ...figures);
  const max = Math.max(0, ...figures);
  if (min === max) return [0];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let t = lo; t <= hi + step / 2; t += step) ticks.push(Math.round(t / step) * step);
  return ticks.map((t) => (Object.is(t, -0) ? 0 : t));
}
