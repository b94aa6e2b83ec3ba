// Claimed against recorded, and shares of one series in another. Pure. A figure is read only in the years the
// claim names and only where the data hold it; a missing year is named, and nothing is judged: the gap is stated
// with the reasons figures commonly differ.
import type { ViewpointClaim } from '../../api/schemas.ts';
import { formatMusd, formatPercent, formatYearList } from '../../lib/format.ts';
import type { SeriesPoint } from './viewpoint-math.ts';

const QUALIFIER_WORDS: Record<ViewpointClaim['qualifier'], string> = {
  'as stated': '',
  over: 'over ',
  nearly: 'nearly ',
  about: 'about ',
};

/** Why a claimed and a recorded figure may differ, in neutral words. */
export const WHY_THEY_DIFFER =
  'Figures can differ with the vintage (later revisions), the coverage (balance of payments or Census basis; goods, services or both) and rounding.';

export interface ClaimCheck {
  claim: ViewpointClaim;
  /** The claimed figure in words: "$6.5 bn surplus in 2012", "over 30% in 2016". */
  claimed: string;
  /** The recorded figure in words, or what is missing. */
  recorded: string;
  /** The recorded value in the claim's unit (US$ million or percent); null when it cannot be read. */
  recordedValue: number | null;
  /** Recorded − claimed in words; null when there is no recorded figure. */
  gap: string | null;
  /** Years the check needs that the data do not hold. */
  missing: number[];
}

const pointAt = (points: readonly SeriesPoint[], year: number) => points.find((p) => p.year === year);

/** A balance in words with its sign: "$6.5 bn surplus", "$55.7 bn deficit". */
function balanceWords(value: number): string {
  if (value === 0) return 'balanced';
  return `${formatMusd(Math.abs(value))} ${value < 0 ? 'deficit' : 'surplus'}`;
}

/** A full-year figure of one year, or null; partial years are not a year's figure. */
function fullYear(points: readonly SeriesPoint[], year: number): SeriesPoint | null {
  const p = pointAt(points, year);
  return p && p.value !== null && !p.partialPeriod ? p : null;
}

/** Percent change from a to b; of the size for a one-signed balance; null across a change of sign. */
function change(a: number, b: number, balance: boolean): number | null {
  if (a === 0) return null;
  if (balance) {
    if (Math.sign(a) !== Math.sign(b)) return null;
    return ((Math.abs(b) - Math.abs(a)) / Math.abs(a)) * 100;
  }
  return ((b - a) / Math.abs(a)) * 100;
}

/** A percentage as the statement gives it ("30%", "−19%"), without added decimals. */
const statedPercent = (value: number) => `${value < 0 ? '−' : ''}${Math.abs(value)}%`;

const points = (value: number) => `${formatPercent(value, { signed: false })} points`.replace('%', '');

/**
 * Checks one claimed figure against the series it names (`series`; for a share also `of`). `balance` says
 * whether the claimed series is a balance (read as deficit or surplus).
 */
export function checkClaim(
  claim: ViewpointClaim,
  series: readonly SeriesPoint[],
  balance: boolean,
  of?: { points: readonly SeriesPoint[]; balance: boolean },
): ClaimCheck {
  const q = QUALIFIER_WORDS[claim.qualifier];
  const base = { claim, missing: [] as number[] };
  if (claim.kind === 'amount') {
    const claimed = `${q}${balance ? balanceWords(claim.value) : formatMusd(claim.value)} in ${claim.year}`;
    const p = fullYear(series, claim.year);
    if (!p || p.value === null)
      return {
        ...base,
        claimed,
        recorded: `no figure for ${claim.year}`,
        recordedValue: null,
        gap: null,
        missing: [claim.year],
      };
    const v = p.value;
    const recorded = `${balance ? balanceWords(v) : formatMusd(v)} in ${claim.year}`;
    let gap: string;
    if (balance && Math.sign(v) === Math.sign(claim.value) && claim.value !== 0) {
      const d = Math.abs(v) - Math.abs(claim.value);
      const word = v < 0 ? 'deficit' : 'surplus';
      gap =
        d === 0
          ? 'the same size'
          : `recorded ${word} ${formatMusd(Math.abs(d))} ${d > 0 ? 'larger' : 'smaller'} (${formatPercent((d / Math.abs(claim.value)) * 100)})`;
    } else if (balance) {
      gap = `recorded balance differs by ${formatMusd(v - claim.value, { signed: true })}`;
    } else {
      const d = v - claim.value;
      gap =
        d === 0
          ? 'the same'
          : `recorded ${formatMusd(Math.abs(d))} ${d > 0 ? 'higher' : 'lower'} (${formatPercent((d / Math.abs(claim.value)) * 100)})`;
    }
    return { ...base, claimed, recorded, recordedValue: v, gap };
  }
  if (claim.kind === 'share') {
    const claimed = `${q}${statedPercent(claim.value)} in ${claim.year}`;
    const n = fullYear(series, claim.year);
    const d = of ? fullYear(of.points, claim.year) : null;
    const missing = [n, d].some((p) => p === null) ? [claim.year] : [];
    const share = n && d ? shareOf(n.value, d.value) : null;
    if (share === null || !n || !d)
      return {
        ...base,
        claimed,
        recorded: missing.length ? `no figure for ${claim.year}` : 'not a share (the two balances have opposite signs)',
        recordedValue: null,
        gap: null,
        missing,
      };
    const diff = share - claim.value;
    return {
      ...base,
      claimed,
      recorded: `${formatPercent(share, { signed: false })} in ${claim.year} (approximate)`,
      recordedValue: share,
      gap: diff === 0 ? 'the same' : `recorded ${points(Math.abs(diff))} ${diff > 0 ? 'higher' : 'lower'}`,
    };
  }
  // change (percent) or growth (US$ million) from fromYear to year
  const from = claim.fromYear ?? claim.year;
  const a = fullYear(series, from);
  const b = fullYear(series, claim.year);
  const span = `${from}–${claim.year}`;
  const claimed =
    claim.kind === 'change'
      ? `${q}${claim.value > 0 ? '+' : ''}${statedPercent(claim.value)} ${span}`
      : `${q}${formatMusd(claim.value, { signed: true })} ${span}`;
  const missing = [a ? null : from, b ? null : claim.year].filter((y): y is number => y !== null);
  if (!a || !b || a.value === null || b.value === null || (a.basis ?? null) !== (b.basis ?? null)) {
    return {
      ...base,
      claimed,
      recorded: missing.length ? `no figure for ${formatYearList(missing)}` : 'the two years are of different bases',
      recordedValue: null,
      gap: null,
      missing,
    };
  }
  if (claim.kind === 'growth') {
    const g = b.value - a.value;
    const diff = g - claim.value;
    return {
      ...base,
      claimed,
      recorded: `${formatMusd(g, { signed: true })} ${span} (${formatMusd(a.value)} → ${formatMusd(b.value)})`,
      recordedValue: g,
      gap: diff === 0 ? 'the same' : `recorded change ${formatMusd(Math.abs(diff))} ${diff > 0 ? 'larger' : 'smaller'}`,
    };
  }
  const c = change(a.value, b.value, balance);
  if (c === null)
    return {
      ...base,
      claimed,
      recorded: 'no percentage (the balance changes sign)',
      recordedValue: null,
      gap: null,
    };
  const diff = c - claim.value;
  const size = balance ? ` (size of the ${b.value < 0 ? 'deficit' : 'surplus'})` : '';
  return {
    ...base,
    claimed,
    recorded: `${formatPercent(c)} ${span}${size}`,
    recordedValue: c,
    gap: diff === 0 ? 'the same' : `recorded ${points(Math.abs(diff))} ${diff > 0 ? 'higher' : 'lower'}`,
  };
}

/** A balance as a share of another balance, in percent; null unless both exist and have the same sign. */
export function shareOf(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  if (Math.sign(part) !== Math.sign(whole) && part !== 0) return null;
  return (part / whole) * 100;
}

export interface ShareYear {
  year: number;
  part: number | null;
  whole: number | null;
  share: number | null;
}

export interface ShareReading {
  years: ShareYear[];
  /** Years of the claim without both figures. */
  missing: number[];
  /** "HS 87 balance ÷ goods balance: 38.1% in 2011, …, 53.2% in 2016" */
  text: string;
}

/** The share of `part` in `whole` for each of the claim's years (full years only). */
export function shareReading(
  label: string,
  part: readonly SeriesPoint[],
  whole: readonly SeriesPoint[],
  years: readonly number[],
): ShareReading {
  const rows = years.map((year) => {
    const p = fullYear(part, year)?.value ?? null;
    const w = fullYear(whole, year)?.value ?? null;
    return { year, part: p, whole: w, share: shareOf(p, w) };
  });
  const missing = rows.filter((r) => r.part === null || r.whole === null).map((r) => r.year);
  const known = rows.filter((r) => r.share !== null);
  const parts = known.map((r) => `${formatPercent(r.share, { signed: false })} in ${r.year}`);
  let text = `${label}: ${parts.length ? parts.join(', ') : 'no year with both figures'}`;
  if (missing.length) text += `; no figures for ${formatYearList(missing)}`;
  return { years: rows, missing, text };
}
