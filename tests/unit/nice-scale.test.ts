import { describe, expect, it } from 'vitest';
import { niceAxis } from '../../src/components/chart-axes.ts';
import { logTicks, niceScale, niceStep, tickDecimals } from '../../src/lib/nice-scale.ts';

const ROUND = [1, 2, 2.5, 5];
const isRoundStep = (step: number) => {
  const power = 10 ** Math.floor(Math.log10(step));
  return ROUND.some((m) => Math.abs(m * power - step) < 1e-9 * power) || Math.abs(10 * power - step) < 1e-9;
};

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 × 10^k', () => {
    expect(niceStep(45000)).toBe(50000);
    expect(niceStep(22500)).toBe(25000);
    expect(niceStep(0.55)).toBe(1);
    expect(niceStep(0.3)).toBe(0.5);
    expect(niceStep(0.2)).toBe(0.2);
    expect(niceStep(0.07)).toBe(0.1);
  });
});

describe('niceScale', () => {
  it('gives 0, 25, 50 … for the trends main chart instead of 45, 90, 135', () => {
    const s = niceScale([-28300, 43000, 135000], { includeZero: true, count: 6 });
    expect(s.step).toBe(25000);
    expect(s.ticks).toEqual([-50000, -25000, 0, 25000, 50000, 75000, 100000, 125000, 150000]);
    expect(s.domain).toEqual([-50000, 150000]);
  });

  it('keeps zero in a bar chart whose values are all negative (no bars hanging from −20)', () => {
    const s = niceScale([-20700, -25100, -28300], { includeZero: true });
    expect(s.ticks[0]).toBe(-30000);
    expect(s.ticks.at(-1)).toBe(0);
    expect(s.ticks).toContain(0);
  });

  it('gives a single year (flat series) a readable zero-based axis with distinct ticks', () => {
    const s = niceScale([-17900], { includeZero: true });
    expect(s.ticks).toEqual([-20000, -15000, -10000, -5000, 0]);
    expect(new Set(s.ticks).size).toBe(s.ticks.length);
    const flat = niceScale([12, 12, 12]);
    expect(flat.ticks[0]).toBe(0);
    expect(flat.ticks.at(-1)).toBeGreaterThanOrEqual(12);
    expect(flat.ticks.length).toBeGreaterThanOrEqual(3);
  });

  it('does not leave an empty third of the plot (movers −1.5 … 4.5 for a +2.8 maximum)', () => {
    const s = niceScale([-1.2, 0.4, 2.8], { includeZero: true });
    expect(s.domain).toEqual([-2, 3]);
    const empty = (s.domain[1] - 2.8 + (-1.2 - s.domain[0])) / (s.domain[1] - s.domain[0]);
    expect(empty).toBeLessThan(0.3);
  });

  it('uses round steps for small ranges (0.6, 1.1, 1.7 … becomes 0.5, 1, 1.5 …)', () => {
    for (const values of [
      [0.6, 2.8],
      [0.4, 1.4],
      [0.05, 0.27],
      [9.5, 28.5],
      [3, 97],
    ]) {
      const s = niceScale(values, { includeZero: true });
      expect(isRoundStep(s.step)).toBe(true);
      expect(s.ticks[0]).toBeLessThanOrEqual(Math.min(0, ...values));
      expect(s.ticks.at(-1)).toBeGreaterThanOrEqual(Math.max(...values));
      // Every tick is a multiple of the step, without float noise.
      for (const t of s.ticks) expect(Number((t / s.step).toFixed(9)) % 1).toBe(0);
    }
    expect(niceScale([0.6, 2.8], { includeZero: true }).ticks).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
  });

  it('fits a line chart to its data without forcing zero', () => {
    const s = niceScale([41200, 48300, 44100]);
    expect(s.ticks[0]).toBeGreaterThan(0);
    expect(s.ticks[0]).toBeLessThanOrEqual(41200);
  });

  it('skips missing values and copes with none', () => {
    expect(niceScale([null, undefined, Number.NaN]).ticks).toEqual([0, 1]);
    expect(niceScale([null, 5, undefined], { includeZero: true }).ticks.at(-1)).toBeGreaterThanOrEqual(5);
  });
});

describe('tick labels', () => {
  it('shows enough decimals that neighbouring ticks differ (no "0.1, 0.1, 0.2")', () => {
    expect(tickDecimals(50)).toBe(0);
    expect(tickDecimals(0.05)).toBe(2);
    expect(tickDecimals(2.5)).toBe(1);
    const axis = niceAxis([0, 270], { includeZero: true, divisor: 1000 });
    const labels = axis.ticks.map(axis.tickFormatter);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual(['0.00', '0.05', '0.10', '0.15', '0.20', '0.25', '0.30']);
  });

  it('writes negatives with a true minus sign', () => {
    const axis = niceAxis([-17900], { includeZero: true, divisor: 1000 });
    expect(axis.ticks.map(axis.tickFormatter)).toEqual(['−20', '−15', '−10', '−5', '0']);
  });
});

describe('logTicks', () => {
  it('refuses values at or below zero', () => {
    expect(logTicks([5, 0, 7])).toBeNull();
    expect(logTicks([5, -1])).toBeNull();
  });
  it('spans the data with 1-2-5 ticks', () => {
    const s = logTicks([1300, 48000]);
    expect(s?.domain).toEqual([1000, 50000]);
    expect(s?.ticks).toEqual([1000, 2000, 5000, 10000, 20000, 50000]);
  });
});
