import { describe, expect, it } from 'vitest';
import { decimalFormat } from '../../src/lib/decimal-format.ts';

// The formatter stands in for Intl.NumberFormat('en-US') on the start-up path: it must give the same text.
const OPTIONS: Array<[min: number, max: number]> = [
  [0, 0],
  [0, 1],
  [0, 2],
  [1, 1],
  [2, 2],
  [3, 3],
  [4, 4],
];
const intl = (min: number, max: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max });

// A small deterministic generator, so a failure names the same values on every run.
function* values(count: number): Generator<number> {
  let seed = 20120315;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < count; i++) {
    const scale = 10 ** Math.floor(next() * 9 - 3);
    const value = Math.round(next() * 100000) / 10 ** Math.floor(next() * 5);
    yield (next() < 0.2 ? -1 : 1) * value * scale;
  }
}

describe('decimalFormat', () => {
  it.each(OPTIONS)('gives the text of Intl.NumberFormat with %i–%i decimals', (min, max) => {
    const ours = decimalFormat(min, max);
    const theirs = intl(min, max);
    const differ: string[] = [];
    for (const value of values(20000)) {
      if (ours.format(value) !== theirs.format(value))
        differ.push(`${value}: ${ours.format(value)} ≠ ${theirs.format(value)}`);
    }
    expect(differ.slice(0, 5)).toEqual([]);
  });

  it('rounds half away from zero on the decimal form, as Intl does', () => {
    for (const value of [1.005, 2.675, 0.045, 0.125, 1234.5, 999.95, 1.45, 8.345, -2.5, -0.05, 0.0005]) {
      for (const [min, max] of OPTIONS)
        expect(decimalFormat(min, max).format(value)).toBe(intl(min, max).format(value));
    }
  });

  it('groups thousands and keeps zero and negative zero as Intl writes them', () => {
    expect(decimalFormat(1).format(1234567.89)).toBe('1,234,567.9');
    expect(decimalFormat(0).format(999999.5)).toBe('1,000,000');
    expect(decimalFormat(0, 1).format(12)).toBe('12');
    expect(decimalFormat(1).format(0)).toBe('0.0');
    for (const value of [0, -0, -0.01, 0.04, Number.NaN, Infinity, -Infinity])
      expect(decimalFormat(0, 1).format(value)).toBe(intl(0, 1).format(value));
  });
});
