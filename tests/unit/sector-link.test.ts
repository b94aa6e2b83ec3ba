import { describe, expect, it } from 'vitest';
import type { HsChaptersMeta, Meta } from '../../src/api/schemas.ts';
import { sectorLinkFor, yearHintFor } from '../../src/features/trends/sector-link.ts';
import metaJson from '../../mocks/data/meta.json';
import hsJson from '../../mocks/data/hs-chapters.json';

const meta = metaJson as Meta;
const hs = hsJson as HsChaptersMeta;
const hsYears = (flow: 'exports' | 'imports') => hs.coverage.filter((c) => c.flow === flow).flatMap((c) => c.years);

describe('the year → sectors link of the trends chart', () => {
  it('opens the HS balance for every year the HS catalogue has in both directions', () => {
    const both = hsYears('exports').filter((y) => hsYears('imports').includes(y));
    expect(both.length).toBeGreaterThan(0);
    for (const year of both)
      expect(sectorLinkFor(meta, hs, year)).toBe(`/sectors?classification=hs-chapters&flow=balance&year=${year}`);
    expect(sectorLinkFor(meta, hs, 2007)).toBe('/sectors?classification=hs-chapters&flow=balance&year=2007');
  });

  it('opens the one direction the catalogue has for a year, imports after the gap', () => {
    const importsOnly = hsYears('imports').filter((y) => !hsYears('exports').includes(y));
    expect(importsOnly).toContain(2023);
    for (const year of importsOnly)
      expect(sectorLinkFor(meta, hs, year)).toBe(`/sectors?classification=hs-chapters&flow=imports&year=${year}`);
  });

  it('follows the catalogue, not a fixed list of years: a year served later (Census) is linked too', () => {
    const census: HsChaptersMeta = {
      ...hs,
      balances: [
        ...hs.balances,
        { id: 'census', exportsBasis: 'census-fas', importsBasis: 'census-general-customs', label: 'Census' },
      ],
      coverage: [
        ...hs.coverage,
        { ...hs.coverage[0]!, basis: 'census-fas', flow: 'exports', years: [2021], periods: [] },
        { ...hs.coverage[0]!, basis: 'census-general-customs', flow: 'imports', years: [2021], periods: [] },
      ],
    } as HsChaptersMeta;
    expect(sectorLinkFor(meta, hs, 2021)).not.toContain('hs-chapters');
    expect(sectorLinkFor(meta, census, 2021)).toBe('/sectors?classification=hs-chapters&flow=balance&year=2021');
  });

  it('falls back to the other classifications outside the HS years', () => {
    expect(sectorLinkFor(meta, hs, 2001)).toBe('/sectors?classification=agency-products&year=2001');
  });

  it('says a partial year is partial before the click', () => {
    // 2025 exists only as Jan–Aug HS imports: still linked, as nothing fuller exists.
    expect(sectorLinkFor(meta, hs, 2025)).toBe('/sectors?classification=hs-chapters&flow=imports&year=2025');
    expect(yearHintFor(meta, hs, 2025)).toBe('Click or press Enter for this year’s sectors: 2025 (Jan–Aug) only');
    expect(yearHintFor(meta, hs, 2010)).toBe('Click or press Enter for this year’s sectors');
  });

  it('has no link for a year without sector figures, nor before the data description arrives', () => {
    expect(sectorLinkFor(meta, hs, 2005)).toBeNull();
    expect(yearHintFor(meta, hs, 2005)).toBe('No sector data for this year');
    expect(sectorLinkFor(undefined, hs, 2016)).toBeNull();
  });

  it('uses the data description alone until the HS catalogue has arrived', () => {
    expect(sectorLinkFor(meta, undefined, 2023)).toBe('/sectors?classification=hs-chapters&flow=imports&year=2023');
  });
});
