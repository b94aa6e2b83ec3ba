// Round axis ticks (Heckbert's "nice numbers"): steps of 1, 2, 2.5 or 5 × 10^k, so an axis reads
// 0, 25, 50 … and never 45, 90, 135. Bars must start at zero; a flat or one-point series still gets
// a readable axis; the ticks hug the data so no third of the plot stays empty.

export interface NiceScale {
  domain: [number, number];
  ticks: number[];
  step: number;
}

export interface NiceScaleOptions {
  /** Bars are measured from zero: the axis must contain it. */
  includeZero?: boolean;
  /** Roughly how many intervals (the result has at most about count + 2). */
  count?: number;
  /** Smallest step worth showing (e.g. 0.1 for figures with one decimal). */
  minStep?: number;
}

const MULTIPLIERS = [1, 2, 2.5, 5, 10];

/** The smallest nice step (1, 2, 2.5, 5 × 10^k) at least as large as `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const multiplier = MULTIPLIERS.find((m) => m * power >= raw * (1 - 1e-9)) ?? 10;
  return clean(multiplier * power);
}

/** Strip float noise (0.30000000000000004) and negative zero from a tick. */
function clean(value: number): number {
  const rounded = Number(value.toPrecision(12));
  return Object.is(rounded, -0) ? 0 : rounded;
}

export function niceScale(values: Iterable<number | null | undefined>, options: NiceScaleOptions = {}): NiceScale {
  const { includeZero = false, count = 5, minStep = 0 } = options;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo > hi) return { domain: [0, 1], ticks: [0, 1], step: 1 };
  // A flat series (or a single year) has no spread to scale: measure it from zero instead.
  if (includeZero || lo === hi) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) return { domain: [0, 1], ticks: [0, 1], step: 1 };
  // Among nice steps near the rough one, take the one whose number of intervals is closest to `count`
  // (the denser on a tie), so the ticks hug the data.
  const rough = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const intervals = (s: number) => Math.ceil(hi / s - 1e-9) - Math.floor(lo / s + 1e-9);
  const floorStep = minStep > 0 ? niceStep(minStep) : 0;
  let step = Math.max(niceStep(rough), floorStep);
  for (const p of [power / 10, power, power * 10]) {
    for (const m of MULTIPLIERS) {
      const candidate = clean(m * p);
      if (candidate < floorStep) continue;
      const n = intervals(candidate);
      if (n < 2 || n > count + 3) continue;
      const best = Math.abs(intervals(step) - count);
      if (Math.abs(n - count) < best || (Math.abs(n - count) === best && candidate < step)) step = candidate;
    }
  }
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(clean(i * step));
  return { domain: [ticks[0] ?? 0, ticks.at(-1) ?? 1], ticks, step };
}

/** Decimals a tick label needs so that neighbouring ticks never read the same ("0.1, 0.1"). */
export function tickDecimals(step: number): number {
  if (!(step > 0)) return 0;
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-6) return d;
  return 6;
}

/** Ticks for a positive-only log axis: powers of ten and their 2 and 5 multiples within the data. */
export function logTicks(values: Iterable<number | null | undefined>): NiceScale | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (v <= 0) return null;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo > hi) return null;
  const from = Math.floor(Math.log10(lo));
  const to = Math.ceil(Math.log10(hi));
  const decades = Math.max(1, to - from);
  const multipliers = decades > 3 ? [1] : decades > 1 ? [1, 2, 5] : [1, 1.5, 2, 3, 5, 7];
  const all: number[] = [];
  for (let p = from; p <= to; p++) for (const m of multipliers) all.push(clean(m * 10 ** p));
  const below = all.filter((t) => t <= lo).at(-1) ?? all[0] ?? lo;
  const above = all.find((t) => t >= hi) ?? all.at(-1) ?? hi;
  const ticks = all.filter((t) => t >= below && t <= above);
  return { domain: [below, above], ticks, step: 0 };
}
