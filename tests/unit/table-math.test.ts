import { describe, expect, it } from 'vitest';
import { changeBetween, compareCells, inferChangeKind, sortRows } from '../../src/lib/table-math.ts';

describe('sortRows', () => {
  const rows = [
    { id: 'a', v: 10 as number | null, name: 'HS 9' },
    { id: 'b', v: null, name: 'HS 10' },
    { id: 'c', v: 9, name: 'HS 2' },
    { id: 'd', v: -3, name: 'hs 1' },
    { id: 'e', v: 100, name: 'HS 85' },
  ];
  it('sorts numbers as numbers, missing values last in both directions', () => {
    expect(sortRows(rows, (r) => r.v, 'ascending').map((r) => r.id)).toEqual(['d', 'c', 'a', 'e', 'b']);
    expect(sortRows(rows, (r) => r.v, 'descending').map((r) => r.id)).toEqual(['e', 'a', 'c', 'd', 'b']);
  });
  it('sorts text in natural order (HS 2 before HS 10), ignoring case', () => {
    expect(sortRows(rows, (r) => r.name, 'ascending').map((r) => r.name)).toEqual([
      'hs 1',
      'HS 2',
      'HS 9',
      'HS 10',
      'HS 85',
    ]);
  });
  it('keeps ties in their original order and treats NaN and "" as missing', () => {
    expect(compareCells(Number.NaN, 1, 'ascending')).toBe(1);
    expect(compareCells('', 'x', 'descending')).toBe(1);
    const tied = [
      { k: 1, id: 'x' },
      { k: 1, id: 'y' },
    ];
    expect(sortRows(tied, (r) => r.k, 'descending').map((r) => r.id)).toEqual(['x', 'y']);
  });
});

describe('changeBetween', () => {
  it('gives absolute and relative change for a level', () => {
    expect(changeBetween(40000, 50000, 'level')).toEqual({ absolute: 10000, relative: 25 });
  });
  it('gives no percentage for a balance (it can cross zero)', () => {
    expect(changeBetween(-16616.3, -27900, 'balance')).toEqual({ absolute: -27900 + 16616.3, relative: null });
  });
  it('gives nothing when the first or last figure is missing, and no % from a first value ≤ 0', () => {
    expect(changeBetween(null, 5, 'level')).toEqual({ absolute: null, relative: null });
    expect(changeBetween(5, null, 'level')).toEqual({ absolute: null, relative: null });
    expect(changeBetween(0, 5, 'level')).toEqual({ absolute: 5, relative: null });
  });
  it('guesses the kind from the header', () => {
    expect(inferChangeKind('Balance ($ bn)')).toBe('balance');
    expect(inferChangeKind('Change in exports ($ bn)')).toBe('none');
    expect(inferChangeKind('Share of total (%)')).toBe('none');
    expect(inferChangeKind('US exports ($ bn)')).toBe('level');
  });
});
