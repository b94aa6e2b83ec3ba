import { describe, expect, it } from 'vitest';
import { logScaleBlocker, rebase, showAsHeader, showAsRows } from '../../src/lib/show-as.ts';

describe('rebase', () => {
  it('indexes on the first value (= 100) and gives the change since it in %', () => {
    expect(rebase([40, 50, null, 30], 'index')).toEqual({ ok: true, values: [100, 125, null, 75] });
    expect(rebase([40, 50, null, 30], 'change')).toEqual({ ok: true, values: [0, 25, null, -25] });
    expect(rebase([40, 50], 'values')).toEqual({ ok: true, values: [40, 50] });
  });

  it('refuses a missing first value and never re-bases on another year', () => {
    const r = rebase([null, 50, 60], 'index', '2013');
    expect(r.ok).toBe(false);
    expect(r.values).toEqual([null, null, null]);
    expect(!r.ok && r.reason).toBe('no figure for 2013');
  });

  it('refuses a first value of zero or a negative balance', () => {
    const zero = rebase([0, 5], 'change', '2012');
    expect(!zero.ok && zero.reason).toBe('its 2012 figure is zero, so it cannot be a base');
    const deficit = rebase([-16616.3, -20721.8], 'index', '2012');
    expect(!deficit.ok && deficit.reason).toBe('its 2012 figure is negative, so it cannot be a base');
    expect(deficit.values).toEqual([null, null]);
  });
});

describe('showAsRows', () => {
  const rows = [
    { year: 2011, exports: 20, balance: -5 },
    { year: 2012, exports: 40, balance: -10 },
    { year: 2013, exports: 60, balance: -12 },
  ];
  it('re-expresses every row against the base year of the range and lists what cannot be shown', () => {
    const r = showAsRows(rows, ['exports', 'balance'], 'index', { baseIndex: 1, baseLabel: '2012' });
    expect(r.rows.map((x) => x.exports)).toEqual([50, 100, 150]);
    expect(r.rows.map((x) => x.balance)).toEqual([null, null, null]);
    expect(r.rows.map((x) => x.year)).toEqual([2011, 2012, 2013]);
    expect(r.unavailable).toEqual([{ key: 'balance', reason: 'its 2012 figure is negative, so it cannot be a base' }]);
    expect(rows[1]!.exports).toBe(40);
  });
});

describe('logScaleBlocker and headers', () => {
  it('allows a log scale only when every value is above zero', () => {
    expect(logScaleBlocker([1, 2, null])).toBeNull();
    expect(logScaleBlocker([1, -2])).toBe('a log scale needs every value above zero');
    expect(logScaleBlocker([0, 3])).toBe('a log scale needs every value above zero');
    expect(logScaleBlocker([null])).toBe('no figures to show');
  });
  it('names the mode in a column header', () => {
    expect(showAsHeader('US exports ($ bn)', 'index')).toBe('US exports (index, first year = 100)');
    expect(showAsHeader('US exports ($ m)', 'change')).toBe('US exports (change since first year, %)');
    expect(showAsHeader('US exports ($ bn)', 'values')).toBe('US exports ($ bn)');
  });
});
