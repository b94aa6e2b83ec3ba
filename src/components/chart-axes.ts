// Axis settings shared by every chart so that units, ticks and type look the same everywhere.
// Value axes get explicit round ticks from the data (src/lib/nice-scale.ts): recharts' own ticks may
// step by 45 or 0.55, and repeat a label when the range is flat.
import type { AmountUnit } from '../lib/format.ts';
import { logTicks, niceScale, tickDecimals, type NiceScale } from '../lib/nice-scale.ts';
import { decimalFormat } from '../lib/decimal-format.ts';
import { axisTick } from './axis-tick.tsx';

const MINUS = '\u2212';
/** Tick labels: 12 px, one line, not measured (components/axis-tick.tsx). */
export const TICK = axisTick;
const AXIS_LABEL = { angle: -90, position: 'insideLeft', offset: 4, fontSize: 12, fill: '#444444' } as const;

/** A value axis in $ bn (data in $ m), with recharts' own ticks; prefer `bnYAxis(values)`. */
export const BN_Y_AXIS = {
  tickFormatter: (v: number) => formatTick(v / 1000, 1),
  tick: TICK,
  width: 52,
  tickCount: 6,
  label: { value: '$ bn', ...AXIS_LABEL },
} as const;

/** A year axis. */
export const YEAR_X_AXIS = { dataKey: 'year', tick: TICK, tickMargin: 6, minTickGap: 10 } as const;

// recharts works out the points of both sets of grid lines, hidden or not, and for that measures every tick
// label in the DOM (a forced layout per chart render): the hidden set gets no points.
const NO_GRID_POINTS = () => [];
/** Horizontal grid lines (a value axis on the left). */
export const GRID = { stroke: '#e3e7ec', vertical: false, verticalCoordinatesGenerator: NO_GRID_POINTS } as const;
/** Vertical grid lines (horizontal bars, the value axis at the bottom). */
export const VERTICAL_GRID = {
  stroke: '#e3e7ec',
  horizontal: false,
  horizontalCoordinatesGenerator: NO_GRID_POINTS,
} as const;
export const ZERO_LINE = { y: 0, stroke: '#8a939e' } as const;

// Not Intl.NumberFormat, whose first use costs the page's start-up (lib/decimal-format.ts); a formatter is a
// plain function, so none is kept.
function formatTick(value: number, decimals: number): string {
  const text = decimalFormat(decimals).format(Math.abs(value));
  return `${value < 0 && Number(text.replace(/,/g, '')) !== 0 ? MINUS : ''}${text}`;
}

/** Every figure of the named series, for the axis to fit. */
export function seriesValues<Row>(rows: readonly Row[], keys: readonly (keyof Row & string)[]): number[] {
  const out: number[] = [];
  for (const row of rows) {
    for (const key of keys) {
      const v = row[key];
      if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
    }
  }
  return out;
}

interface AxisOptions {
  /** Bars start at zero, so every bar chart passes true. */
  includeZero?: boolean;
  /** Divide data by this for the labels (1000: data in $ m, axis in $ bn). */
  divisor?: number;
  count?: number;
  /** Log scale (every value positive); falls back to linear when a value is ≤ 0. */
  log?: boolean;
}

/** domain, ticks and a formatter whose decimals fit the step, for a numeric XAxis or YAxis. */
export function niceAxis(values: Iterable<number | null | undefined>, options: AxisOptions = {}) {
  const { includeZero = false, divisor = 1, count = 5, log = false } = options;
  const list = Array.from(values);
  const logScale = log ? logTicks(list) : null;
  const scale: NiceScale = logScale ?? niceScale(list, { includeZero, count });
  const decimals = logScale
    ? Math.max(0, ...scale.ticks.map((t) => tickDecimals(t / divisor)))
    : tickDecimals(scale.step / divisor);
  const labels = scale.ticks.map((t) => formatTick(t / divisor, decimals));
  return {
    type: 'number' as const,
    domain: scale.domain,
    ticks: scale.ticks,
    interval: 0 as const,
    allowDataOverflow: false,
    ...(logScale ? { scale: 'log' as const } : {}),
    tickFormatter: (v: number) => formatTick(v / divisor, decimals),
    /** Longest label in characters, to size the axis so the unit label never overlaps the ticks. */
    labelChars: Math.max(...labels.map((l) => l.length)),
  };
}

/** A vertical value axis in $ bn (data in $ m) fitted to the values shown. */
export function bnYAxis(values: Iterable<number | null | undefined>, options: Omit<AxisOptions, 'divisor'> = {}) {
  return amountYAxis('bn', values, options);
}

/** A vertical value axis in $ bn or $ m, as chosen for the figures shown (data in $ m). */
export function amountYAxis(
  unit: AmountUnit,
  values?: Iterable<number | null | undefined>,
  options: Omit<AxisOptions, 'divisor'> = {},
) {
  const divisor = unit === 'bn' ? 1000 : 1;
  if (!values)
    return {
      ...BN_Y_AXIS,
      tickFormatter: (v: number) => formatTick(v / divisor, 1),
      label: { value: `$ ${unit}`, ...AXIS_LABEL },
    };
  const { labelChars, ...axis } = niceAxis(values, { count: 6, ...options, divisor });
  return {
    ...axis,
    tick: TICK,
    width: Math.max(52, 30 + labelChars * 7),
    label: { value: `$ ${unit}`, ...AXIS_LABEL },
  };
}

/** A vertical value axis with any unit label ("%", "Index"). */
export function unitYAxis(unitLabel: string, values: Iterable<number | null | undefined>, options: AxisOptions = {}) {
  const { labelChars, ...axis } = niceAxis(values, { count: 6, ...options });
  return { ...axis, tick: TICK, width: Math.max(52, 30 + labelChars * 7), label: { value: unitLabel, ...AXIS_LABEL } };
}

/** A horizontal value axis (layout="vertical" bar charts); bars, so zero is included. */
export function valueXAxis(values: Iterable<number | null | undefined>, options: AxisOptions = {}) {
  const { labelChars: _chars, ...axis } = niceAxis(values, { includeZero: true, ...options });
  void _chars;
  return { ...axis, tick: TICK };
}
