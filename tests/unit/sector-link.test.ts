import { describe, expect, it } from 'vitest';
import type { Meta } from '../../src/api/schemas.ts';
import { sectorLinkFor } from '../../src/features/trends/sector-link.ts';
import metaJson from '../../mocks/data/meta.json';

const meta = metaJson as Meta;

describe('the year → sectors link of the trends chart', () => {
  it('opens HS chapters for every year that has them: the balance 2007–2019, imports 2023–2025', () => {
    expect(sectorLinkFor(meta, 2007)).toBe('/sectors?classification=hs-chapters&flow=balance&year=2007');
    expect(sectorLinkFor(meta, 2016)).toBe('/sectors?classification=hs-chapters&flow=balance&year=2016');
    expect(sectorLinkFor(meta, 2019)).toBe('/sectors?classification=hs-chapters&flow=balance&year=2019');
    expect(sectorLinkFor(meta, 2023)).toBe('/sectors?classification=hs-chapters&flow=imports&year=2023');
  });

  it('falls back to the other classifications outside the HS years', () => {
    expect(sectorLinkFor(meta, 2001)).toBe('/sectors?classification=agency-products&year=2001');
  });

  it('prefers a full year of figures to a partial one', () => {
    // 2025 exists only as Jan–Aug HS imports: still linked, as nothing fuller exists.
    expect(sectorLinkFor(meta, 2025)).toBe('/sectors?classification=hs-chapters&flow=imports&year=2025');
  });

  it('has no link for a year without sector figures', () => {
    expect(sectorLinkFor(meta, 2005)).toBeNull();
    expect(sectorLinkFor(undefined, 2016)).toBeNull();
  });
});
