import { describe, expect, it } from 'vitest';
import type { Meta } from '../../src/api/schemas.ts';
import { sectorLinkFor } from '../../src/features/trends/trends-page.tsx';
import metaJson from '../../mocks/data/meta.json';

const meta = metaJson as Meta;

describe('the year → sectors link of the trends chart', () => {
  it('opens the classification and flow that hold the year', () => {
    expect(sectorLinkFor(meta, 2016)).toBe('/sectors?classification=usitc-sectors&year=2016');
    // HS chapters list exports first (USTR 2016 only); 2023 is in their imports, so the link names the flow.
    expect(sectorLinkFor(meta, 2023)).toBe('/sectors?classification=hs-chapters&flow=imports&year=2023');
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
