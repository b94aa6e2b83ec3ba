// Number text in the en-US style ("1,234.5") without Intl.NumberFormat. The first Intl formatter a page builds
// loads ICU's number data: 10–20 ms of the main thread on a cold load, before the first chart could draw (measured
// in the page's start-up profile). This gives the same text as Intl.NumberFormat('en-US') with these digit options,
// rounding as it does (half away from zero, on the number's shortest decimal form: 1.005 → "1.01");
// tests/unit/decimal-format.test.ts compares the two over many values.

export interface DecimalFormat {
  format: (value: number) => string;
}

const GROUPS = /\B(?=(\d{3})+(?!\d))/g;

/** `value` (≥ 0) rounded to `decimals` places, as fixed-point text. */
function fixed(value: number, decimals: number): string {
  const text = String(value);
  // Exponent forms (below 1e-6 or from 1e21) are far outside the figures shown here: toFixed is close enough.
  if (text.includes('e')) return value.toFixed(decimals);
  // Rounding the decimal text's digits, not the binary value, rounds 1.005 up as Intl does.
  const [whole = '0', fraction = ''] = text.split('.');
  const kept = whole + fraction.slice(0, decimals).padEnd(decimals, '0');
  const digits = (fraction[decimals] ?? '0') >= '5' ? increment(kept) : kept;
  const cut = digits.length - decimals;
  return decimals ? `${digits.slice(0, cut)}.${digits.slice(cut)}` : digits;
}

/** A string of decimal digits plus one in its last place ("0999" → "1000", "99" → "100"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i)}${Number(digits[i]) + 1}${'0'.repeat(digits.length - i - 1)}`;
}

/** A formatter with at least `minDecimals` and at most `maxDecimals` fraction digits, grouped by thousands. */
export function decimalFormat(minDecimals: number, maxDecimals = minDecimals): DecimalFormat {
  return {
    format(value: number): string {
      if (Number.isNaN(value)) return 'NaN';
      const negative = value < 0 || Object.is(value, -0);
      const abs = Math.abs(value);
      if (abs === Infinity) return `${negative ? '-' : ''}∞`;
      let [whole = '0', fraction = ''] = fixed(abs, maxDecimals).split('.');
      // Trailing zeros beyond the minimum go, as Intl drops them.
      while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
      whole = whole.replace(GROUPS, ',');
      return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
    },
  };
}
