// Number and date formatting: $ bn from one billion up, $ m below, a true minus sign, "—" for no data.
import { describe, it, expect } from 'vitest';
import {
  describeBalance,
  describeBalanceChange,
  formatBalance,
  formatYearRange,
  formatAxisBn,
  formatBn,
  formatDate,
  formatM,
  formatMusd,
  formatPercent,
  formatYearList,
  NO_DATA,
} from '../../src/lib/format.ts';

const MINUS = '\u2212';

describe('formatMusd', () => {
  it('shows billions with one decimal and millions without', () => {
    expect(formatMusd(48300)).toBe('$48.3 bn');
    expect(formatMusd(69068.6)).toBe('$69.1 bn');
    expect(formatMusd(1000)).toBe('$1.0 bn');
    expect(formatMusd(820)).toBe('$820 m');
    expect(formatMusd(999.4)).toBe('$999 m');
    expect(formatMusd(125545.9)).toBe('$125.5 bn');
  });

  it('keeps one decimal for single-digit millions', () => {
    expect(formatMusd(5.4)).toBe('$5.4 m');
    expect(formatMusd(0)).toBe('$0 m');
  });

  it('writes negatives with the true minus sign U+2212 before the dollar sign', () => {
    const text = formatMusd(-13200);
    expect(text).toBe(`${MINUS}$13.2 bn`);
    expect(text.codePointAt(0)).toBe(0x2212);
    expect(text).not.toContain('-');
    expect(formatMusd(-820)).toBe(`${MINUS}$820 m`);
  });

  it('adds + for positive values only when signed', () => {
    expect(formatMusd(1500, { signed: true })).toBe('+$1.5 bn');
    expect(formatMusd(-1500, { signed: true })).toBe(`${MINUS}$1.5 bn`);
    expect(formatMusd(0, { signed: true })).toBe('$0 m');
    expect(formatMusd(1500)).toBe('$1.5 bn');
  });

  it('shows a missing figure as —', () => {
    expect(NO_DATA).toBe('—');
    expect(formatMusd(null)).toBe('—');
    expect(formatMusd(undefined)).toBe('—');
    expect(formatMusd(Number.NaN)).toBe('—');
    expect(formatMusd(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('formatBn', () => {
  it('gives $ bn with one decimal and no unit', () => {
    expect(formatBn(42282.6)).toBe('42.3');
    expect(formatBn(-13199.8)).toBe(`${MINUS}13.2`);
    expect(formatBn(131457.3)).toBe('131.5');
    expect(formatBn(1000)).toBe('1.0');
    expect(formatBn(999.96)).toBe('1.0');
  });

  it('never prints 0.0 or −0.0 for a small figure: under $1 bn it keeps two significant digits', () => {
    expect(formatBn(0)).toBe('0');
    expect(formatBn(-0)).toBe('0');
    expect(formatBn(450)).toBe('0.45');
    // Footwear, $45 m: not "0.0".
    expect(formatBn(45)).toBe('0.045');
    expect(formatBn(-45)).toBe(`${MINUS}0.045`);
    expect(formatBn(5.4)).toBe('0.0054');
    expect(formatBn(996)).toBe('1.0');
    for (const v of [1, 9, 12, 45, 99, 120, 450, 994, -3, -45, -450]) {
      expect(formatBn(v)).not.toMatch(/^[−-]?0\.0$/);
      expect(Number(formatBn(v).replace(MINUS, '-'))).not.toBe(0);
    }
  });

  it('lets printed parts add up to the printed total where the figures are small', () => {
    // Pork 0.42 → 0.55 read "0.4 → 0.6, +0.3" with one decimal; with two the change reads as it should.
    const [a, b] = [420, 550];
    expect(`${formatBn(a)} → ${formatBn(b)}, ${formatBn(b - a, { signed: true })}`).toBe('0.42 → 0.55, +0.13');
  });

  it('signs a change on request, and never signs a zero', () => {
    expect(formatBn(1500, { signed: true })).toBe('+1.5');
    expect(formatBn(-1500, { signed: true })).toBe(`${MINUS}1.5`);
    expect(formatBn(0, { signed: true })).toBe('0');
  });

  it('shows a missing figure as —', () => {
    expect(formatBn(null)).toBe('—');
    expect(formatBn(undefined)).toBe('—');
    expect(formatBn(Number.NaN)).toBe('—');
  });
});

describe('formatM', () => {
  it('gives $ m with up to one decimal and thousands separators', () => {
    expect(formatM(42282.6)).toBe('42,282.6');
    expect(formatM(-4057)).toBe(`${MINUS}4,057`);
    expect(formatM(null)).toBe('—');
  });

  it('never prints a negative zero', () => {
    expect(formatM(-0.01)).toBe('0');
    expect(formatMusd(-0.01)).toBe('$0 m');
    expect(formatMusd(-0.01, { signed: true })).toBe('$0 m');
    expect(formatPercent(-0.01)).toBe('0.0%');
    expect(formatAxisBn(-0.001)).toBe('0');
  });
});

describe('formatPercent', () => {
  it('is signed by default, with one decimal', () => {
    expect(formatPercent(12)).toBe('+12.0%');
    expect(formatPercent(-19.14)).toBe(`${MINUS}19.1%`);
    expect(formatPercent(0)).toBe('0.0%');
  });

  it('leaves out + when not signed, but keeps the minus', () => {
    expect(formatPercent(12, { signed: false })).toBe('12.0%');
    expect(formatPercent(-3.25, { signed: false })).toBe(`${MINUS}3.3%`);
  });

  it('shows a missing percentage as —', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(undefined)).toBe('—');
  });
});

describe('formatAxisBn', () => {
  it('gives axis ticks in $ bn without trailing zeros', () => {
    expect(formatAxisBn(-20000)).toBe(`${MINUS}20`);
    expect(formatAxisBn(0)).toBe('0');
    expect(formatAxisBn(40000)).toBe('40');
    expect(formatAxisBn(2500)).toBe('2.5');
    expect(formatAxisBn(140000)).toBe('140');
  });

  it('keeps close small ticks apart (0.1, 0.15, 0.2 rather than 0.1, 0.1, 0.2)', () => {
    expect([100, 150, 200, 250].map(formatAxisBn)).toEqual(['0.1', '0.15', '0.2', '0.25']);
  });
});

describe('formatBalance: the one way to write a balance', () => {
  it('gives the figure with its minus sign, then the word', () => {
    expect(formatBalance(-56500)).toBe(`${MINUS}$56.5 bn deficit`);
    expect(formatBalance(4600)).toBe('$4.6 bn surplus');
    expect(formatBalance(-820)).toBe(`${MINUS}$820 m deficit`);
    expect(formatBalance(0)).toBe('balanced');
    expect(formatBalance(-0.01)).toBe('balanced');
    expect(formatBalance(null)).toBe('no data');
    expect(formatBalance(undefined)).toBe('no data');
  });

  it('is what the older name describeBalance gives', () => {
    expect(describeBalance(-13200)).toBe(`${MINUS}$13.2 bn deficit`);
    expect(describeBalance(9000)).toBe('$9.0 bn surplus');
  });
});

describe('describeBalanceChange: a balance moves in words, never by a percentage', () => {
  it('says a deficit widened or narrowed, by how much', () => {
    // The goods deficit, 2011 → 2025 and 2024 → 2025 (as on the trends headline).
    expect(describeBalanceChange(-13200, -56500)).toBe('deficit widened by $43.3 bn');
    expect(describeBalanceChange(-65700, -56500)).toBe('deficit narrowed by $9.2 bn');
  });

  it('says a surplus widened or narrowed', () => {
    expect(describeBalanceChange(8000, 13300)).toBe('surplus widened by $5.3 bn');
    expect(describeBalanceChange(13300, 10700)).toBe('surplus narrowed by $2.6 bn');
  });

  it('names a change of sign, a balanced year and no change', () => {
    expect(describeBalanceChange(-1000, 2000)).toBe(`turned from a ${MINUS}$1.0 bn deficit to a $2.0 bn surplus`);
    expect(describeBalanceChange(0, -500)).toBe(`from balanced to a ${MINUS}$500 m deficit`);
    expect(describeBalanceChange(700, 0)).toBe('from a $700 m surplus to balanced');
    expect(describeBalanceChange(-5000, -5000)).toBe('unchanged');
    expect(describeBalanceChange(null, -5000)).toMatch(/cannot be computed/);
  });

  it('never contains a percentage', () => {
    for (const [a, b] of [
      [-13200, -56500],
      [-100, -150],
      [8000, 9000],
      [-1000, 2000],
    ] as const) {
      expect(describeBalanceChange(a, b)).not.toContain('%');
    }
  });
});

describe('formatYearRange', () => {
  it('writes a range with an en dash, and a one-year range as the year', () => {
    expect(formatYearRange(1990, 2000)).toBe('1990–2000');
    expect(formatYearRange(1988, 1988)).toBe('1988');
  });
});

describe('formatDate', () => {
  it('formats by the precision of the date', () => {
    expect(formatDate('2012-03-15')).toBe('15 Mar 2012');
    expect(formatDate('2019-01-01')).toBe('1 Jan 2019');
    expect(formatDate('2010-12')).toBe('Dec 2010');
    expect(formatDate('2041')).toBe('2041');
  });
});

describe('formatYearList', () => {
  it('joins consecutive years into ranges with an en dash', () => {
    expect(formatYearList([2013, 2014, 2015, 2019])).toBe('2013\u20132015, 2019');
    expect(formatYearList([2011, 2012, 2016, 2017])).toBe('2011–2012, 2016–2017');
  });

  it('sorts the years first', () => {
    expect(formatYearList([2019, 2015, 2013, 2014])).toBe('2013–2015, 2019');
  });

  it('handles one year, no years and gaps of one', () => {
    expect(formatYearList([2018])).toBe('2018');
    expect(formatYearList([])).toBe('');
    expect(formatYearList([2011, 2013, 2015])).toBe('2011, 2013, 2015');
  });

  it('does not repeat a year given twice', () => {
    expect(formatYearList([2013, 2014, 2013, 2015])).toBe('2013–2015');
  });
});
