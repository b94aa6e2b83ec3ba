// Export file names: korus-<chart>-<parts>.<ext>, lower-case ASCII, at most 100 characters before the extension.
import { describe, it, expect } from 'vitest';
import { exportFileName } from '../../src/lib/export-filename.ts';

describe('exportFileName', () => {
  it('joins the chart and its parts into a slug', () => {
    expect(exportFileName('goods trade', [2012, 2019], 'png')).toBe('korus-goods-trade-2012-2019.png');
    expect(exportFileName('sectors', ['USITC sectors', 'exports', 2016], 'csv')).toBe(
      'korus-sectors-usitc-sectors-exports-2016.csv',
    );
  });

  it('uses the requested extension', () => {
    expect(exportFileName('trends', [], 'svg')).toBe('korus-trends.svg');
    expect(exportFileName('trends', [], 'csv')).toBe('korus-trends.csv');
    expect(exportFileName('trends', [], 'png')).toBe('korus-trends.png');
  });

  it('strips diacritics and maps letters without a decomposition', () => {
    expect(exportFileName('Überblick', ['Café crème', 'Straße', 'Ærø'], 'png')).toBe(
      'korus-uberblick-cafe-creme-strasse-aero.png',
    );
  });

  it('turns an en dash, punctuation and runs of separators into one hyphen', () => {
    expect(exportFileName('goods', ['2012–2019', 'Jan–Aug 2025'], 'csv')).toBe(
      'korus-goods-2012-2019-jan-aug-2025.csv',
    );
    expect(exportFileName('  HS chapters / imports  ', ['--Duties ($ m)!!', 'a__b'], 'csv')).toBe(
      'korus-hs-chapters-imports-duties-m-a-b.csv',
    );
  });

  it('drops null, undefined, empty and punctuation-only parts', () => {
    expect(exportFileName('trends', [null, 'goods', undefined, '', ' – ', 2019], 'png')).toBe(
      'korus-trends-goods-2019.png',
    );
  });

  it('drops non-ASCII text that has no Latin form rather than leaving it in', () => {
    expect(exportFileName('trends', ['한국', 'goods'], 'png')).toBe('korus-trends-goods.png');
  });

  it('caps the base name at 100 characters, cutting at a hyphen', () => {
    const parts = Array.from({ length: 30 }, (_, i) => `sector${i}`);
    const name = exportFileName('sectors', parts, 'csv');
    const base = name.replace(/\.csv$/, '');
    expect(name.endsWith('.csv')).toBe(true);
    expect(base.length).toBeLessThanOrEqual(100);
    expect(base.length).toBeGreaterThan(90);
    // Only whole parts survive: the last one is a complete `sectorN`.
    expect(base).toMatch(/^korus-sectors-sector0-sector1-(sector\d+-)*sector\d+$/);
    const last = base.split('-').at(-1);
    expect(parts).toContain(last);
  });

  it('hard-cuts a single word longer than the cap and leaves no trailing hyphen', () => {
    const name = exportFileName('x'.repeat(150), [], 'png');
    expect(name).toBe(`korus-${'x'.repeat(94)}.png`);
    const base = exportFileName('sectors', ['a'.repeat(92), 'b'], 'png').replace(/\.png$/, '');
    expect(base.length).toBeLessThanOrEqual(100);
    expect(base.endsWith('-')).toBe(false);
  });

  it('produces only lower-case ASCII letters, digits and single inner hyphens', () => {
    const name = exportFileName('Trade «balance»', ['US$ m', -13199.7, 'Ünïcödé—text'], 'svg');
    expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.svg$/);
  });
});

describe('exportFileName with partial periods', () => {
  it('carries a partial year as in the label: 2025 (Jan–Aug) becomes 2025-jan-aug', () => {
    expect(exportFileName('sector-ranking', ['hs-chapters', 'imports', 'cif-value', '2025 (Jan–Aug)'], 'png')).toBe(
      'korus-sector-ranking-hs-chapters-imports-cif-value-2025-jan-aug.png',
    );
  });
});
