// Axis settings shared by every chart so that units, ticks and type look the same everywhere.
import { formatAxisBn, formatAxisIn, type AmountUnit } from '../lib/format.ts';

const TICK = { fontSize: 12, fill: '#444444' };

/** A value axis in $ bn (data in $ m). */
export const BN_Y_AXIS = {
  tickFormatter: formatAxisBn,
  tick: TICK,
  width: 52,
  tickCount: 6,
  label: { value: '$ bn', angle: -90, position: 'insideLeft', offset: 4, fontSize: 12, fill: '#444444' },
} as const;

/** A year axis. */
export const YEAR_X_AXIS = { dataKey: 'year', tick: TICK, tickMargin: 6, minTickGap: 10 } as const;

export const GRID = { stroke: '#e3e7ec', vertical: false } as const;
export const ZERO_LINE = { y: 0, stroke: '#8a939e' } as const;

/** A value axis in $ bn or $ m, as chosen for the figures shown (data in $ m). */
export function amountYAxis(unit: AmountUnit) {
  return { ...BN_Y_AXIS, tickFormatter: formatAxisIn(unit), label: { ...BN_Y_AXIS.label, value: `$ ${unit}` } } as const;
}
