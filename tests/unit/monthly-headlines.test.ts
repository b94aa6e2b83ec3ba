// The headline of Frequency "Monthly" and the month range it covers, over small month sets.
import { describe, expect, it } from 'vitest';
import type { MonthlyRow } from '../../src/api/schemas.ts';
import { monthlyHeadlines, resolveMonthRange, yearPeriodLabel } from '../../src/features/trends/monthly-math.ts';

const row = (month: string, exports: number | null, imports: number | null): MonthlyRow => ({
  month,
  exports,
  imports,
  balance: exports !== null && imports !== null ? Math.round((exports - imports) * 10) / 10 : null,
  sourceIds: ['census-fred-monthly'],
  vintage: { exports: 'v', imports: 'v' },
  note: null,
});

const months = (from: string, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const t = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + i;
    return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
  });

// 2024-01 … 2025-03: exports 100 + i, imports 200 + 2i.
const rows = months('2024-01', 15).map((m, i) => row(m, 100 + i, 200 + 2 * i));

describe('monthlyHeadlines', () => {
  it('takes the last month of the range, the same month a year earlier and the year to that month', () => {
    const [exports, imports, balance, total] = monthlyHeadlines(rows, { from: '2024-06', to: '2025-03' });
    expect(exports).toEqual({
      measure: 'exports',
      month: '2025-03',
      value: 114,
      yearEarlier: 102,
      ytd: {
        label: '2025 (Jan–Mar)',
        previousLabel: '2024 (Jan–Mar)',
        value: 112 + 113 + 114,
        previous: 100 + 101 + 102,
      },
    });
    expect(imports!.ytd!.value).toBe(224 + 226 + 228);
    expect(balance!.value).toBe(114 - 228);
    expect(balance!.ytd!.value).toBe(339 - 678);
    expect(balance!.ytd!.previous).toBe(303 - 606);
    expect(total!.value).toBe(114 + 228);
    expect(total!.ytd!.previous).toBe(303 + 606);
  });

  it('says nothing of a year earlier where a month of it is missing, never fills it in', () => {
    const gap = rows.map((r) => (r.month === '2024-02' ? row('2024-02', null, 202) : r));
    const [exports, imports] = monthlyHeadlines(gap, { from: '2025-01', to: '2025-03' });
    expect(exports!.yearEarlier).toBe(102);
    expect(exports!.ytd!.previous).toBeNull();
    expect(imports!.ytd!.previous).toBe(200 + 202 + 204);
  });

  it('names a full year by its year alone, and gives no headline for a range without figures', () => {
    expect(yearPeriodLabel(2025, 12)).toBe('2025');
    expect(yearPeriodLabel(2026, 4)).toBe('2026 (Jan–Apr)');
    expect(monthlyHeadlines([row('2024-01', null, null)], { from: '2024-01', to: '2024-01' })).toEqual([]);
  });
});

describe('resolveMonthRange', () => {
  const long = months('2009-01', 40).map((m) => row(m, 1, 1));
  it('defaults to Jan 2011 through the last month served', () => {
    expect(resolveMonthRange(long, undefined, undefined)).toEqual({ from: '2011-01', to: '2012-04' });
  });
  it('keeps a range inside the months served, in order', () => {
    expect(resolveMonthRange(long, '2008-01', '2030-01')).toEqual({ from: '2009-01', to: '2012-04' });
    expect(resolveMonthRange(long, '2012-01', '2010-05')).toEqual({ from: '2010-05', to: '2012-01' });
  });
  it('ends at the last month with a figure', () => {
    expect(resolveMonthRange([...long, row('2012-05', null, null)], undefined, undefined)?.to).toBe('2012-04');
  });
});
