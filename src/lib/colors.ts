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
 * Categorical colours for sectors. Chosen so that each is at least 3:1 against white, clearly apart from the
 * five colours of meaning above (no blue, vermillion, purple, orange or bluish green), and as far apart from
 * each other as twelve colours allow. The first entries are the most distinct; lines also differ by dash
 * (`sectorDash`), so that colour is never the only cue.
 */
export const SECTOR_PALETTE = [
  '#882255', // wine
  '#999933', // olive
  '#2F4F4F', // dark slate
  '#AD494A', // brick
  '#8C6D31', // ochre
  '#3B6E3B', // dark green
  '#DB7093', // pink
  '#661100', // dark brown
  '#888888', // grey
  '#CE6DBD', // orchid
  '#4B0082', // indigo
  '#000000', // black
] as const;

const DASHES = [undefined, '7 3', '2 3'] as const;

export function sectorColor(index: number): string {
  return SECTOR_PALETTE[((index % SECTOR_PALETTE.length) + SECTOR_PALETTE.length) % SECTOR_PALETTE.length] ?? '#333333';
}

/** A line's dash for a palette slot: solid, dashed or dotted in turn, so neighbours differ by more than hue. */
export function sectorDash(index: number): string | undefined {
  return index < 0 ? undefined : DASHES[Math.floor(index / 4) % DASHES.length];
}

/**
 * Palette slots for a selection that outgrows a fixed assignment (HS chapters: 97 items, 12 colours): a sector
 * already holding a slot keeps it while it stays selected, so adding or removing another sector never
 * recolours it; a new sector takes the first slot no selected sector holds, preferring slots never used.
 */
export function assignSlots(
  previous: ReadonlyMap<string, number>,
  ids: readonly string[],
  size = SECTOR_PALETTE.length,
): Map<string, number> {
  const next = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of ids) {
    const slot = previous.get(id);
    if (slot !== undefined && !taken.has(slot)) {
      next.set(id, slot);
      taken.add(slot);
    }
  }
  const remembered = new Set(previous.values());
  for (const id of ids) {
    if (next.has(id)) continue;
    const free = Array.from({ length: size }, (_, i) => i).filter((i) => !taken.has(i));
    const slot = free.find((i) => !remembered.has(i)) ?? free[0] ?? next.size % size;
    next.set(id, slot);
    taken.add(slot);
  }
  // Slots of sectors no longer selected are remembered, so that re-selecting one brings its colour back.
  for (const [id, slot] of previous) if (!next.has(id) && !taken.has(slot)) next.set(id, slot);
  return next;
}

/** Time-ordered periods (tariff years): one neutral hue, lighter to darker, apart from every colour of meaning. */
export const PERIOD_COLORS = ['#8C8C8C', '#4D4D4D', '#000000'] as const;
