// Legend entries for the milestone markers, apart from milestones.tsx so that a page can name them in its
// legend without loading recharts in its first chunk.
import { SERIES_COLORS } from '../lib/colors.ts';

export const MILESTONE_LEGEND = {
  label: '◆ KORUS milestone',
  color: SERIES_COLORS.milestone,
  shape: 'dashed',
} as const;
export const MINOR_EVENT_LEGEND = {
  label: '◇ Other KORUS event',
  color: SERIES_COLORS.milestone,
  shape: 'dashed',
} as const;
