// How a stance looks on this page: a colour and a shape, so that the meaning never rests on colour alone.
// The colours are outside the series palette of src/lib/colors.ts (exports, imports, balance, goods,
// services keep theirs) and reach 3:1 against white.
import type { SymbolType } from 'recharts';

export interface StanceStyle {
  color: string;
  symbol: SymbolType;
  /** The shape as a text glyph, for legends and badges. */
  glyph: string;
}

const STYLES: Record<string, StanceStyle> = {
  'critical-of-korus': { color: '#b8336a', symbol: 'triangle', glyph: '▲' },
  'supportive-of-korus': { color: '#1f6f8b', symbol: 'circle', glyph: '●' },
  'neutral-analysis': { color: '#5f6b7a', symbol: 'square', glyph: '■' },
};

const FALLBACK: StanceStyle = { color: '#333333', symbol: 'cross', glyph: '✚' };

export function stanceStyle(stance: string): StanceStyle {
  return STYLES[stance] ?? FALLBACK;
}
