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

/**
 * Categorical colours for sectors, assigned by a sector's position among its classification's items.
 * Mostly Paul Tol's colour-blind-safe "muted" set, darkened for contrast on white; none repeats a colour of
 * meaning above.
 */
export const SECTOR_PALETTE = [
  '#332288',
  '#117733',
  '#44AA99',
  '#882255',
  '#AA4499',
  '#999933',
  '#CC6677',
  '#6699CC',
  '#661100',
  '#888888',
  '#AA7744',
  '#225555',
] as const;

export function sectorColor(index: number): string {
  return SECTOR_PALETTE[((index % SECTOR_PALETTE.length) + SECTOR_PALETTE.length) % SECTOR_PALETTE.length] ?? '#333333';
}
