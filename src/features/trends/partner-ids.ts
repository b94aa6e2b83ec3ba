// The partners the trends page can compare with South Korea (ids of GET /api/v1/partners), known before the
// catalogue arrives so that a shared URL is checked at once; a partner the API does not list is left out.
export const DEFAULT_PARTNERS = ['japan', 'china', 'mexico'] as const;
export const PARTNER_IDS = [
  'canada',
  'china',
  'germany',
  'india',
  'japan',
  'mexico',
  'united-kingdom',
  'vietnam',
] as const;

export type PartnerMode = 'values' | 'index';
