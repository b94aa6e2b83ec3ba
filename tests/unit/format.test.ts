// Number and date formatting: $ bn from one billion up, $ m below, a true minus sign, "—" for no data.
import { describe, it, expect } from 'vitest';
import {
  describeBalance,
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
    expect(formatBn(0)).toBe('0.0');
    expect(formatBn(450)).toBe('0.5');
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
});

describe('describeBalance', () => {
  it('puts the balance in words as well as a sign', () => {
    expect(describeBalance(-13200)).toBe(`deficit ${MINUS}$13.2 bn`);
    expect(describeBalance(9000)).toBe('surplus $9.0 bn');
    expect(describeBalance(0)).toBe('balanced');
    expect(describeBalance(null)).toBe('no data');
    expect(describeBalance(undefined)).toBe('no data');
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
