import { SERIES_COLORS } from '../../lib/colors.ts';

/** The milestone entry of the monthly and partner charts' legends. */
export const MILESTONE_LEGEND_ITEM = {
  label: '◆ KORUS or tariff milestone',
  color: SERIES_COLORS.milestone,
  shape: 'dashed',
} as const;
