// One meaning, one colour, everywhere (charts, legends, table swatches, exports).
// Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
export const SERIES_COLORS = {
  exports: '#0072B2',
  imports: '#D55E00',
  balance: '#6b4c9a',
  goods: '#E69F00',
  services: '#009E73',
  total: '#333333',
  milestone: '#444444',
} as const;

export type SeriesKey = keyof typeof SERIES_COLORS;

/** Categorical colours for sectors, assigned by a sector's position in its classification's catalogue. */
export const SECTOR_PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#8c6d1f',
  '#332288',
  '#117733',
  '#882255',
  '#44AA99',
  '#999933',
] as const;

export function sectorColor(index: number): string {
  return SECTOR_PALETTE[((index % SECTOR_PALETTE.length) + SECTOR_PALETTE.length) % SECTOR_PALETTE.length] ?? '#333333';
}
