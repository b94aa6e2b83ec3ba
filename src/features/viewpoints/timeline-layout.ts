// Pure helpers of the statements timeline: how precise a date is and how it reads, where each marker goes
// (markers closer than a marker's width stack in rows within their lane instead of overprinting), and which
// marker the arrow keys move to.
export type DatePrecision = 'day' | 'month' | 'year';

/** "2024" → year, "2025-11" → month, "2018-01-04" → day. */
export function datePrecisionOf(date: string): DatePrecision {
  const parts = date.split('-').length;
  return parts >= 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/** Words for a date that is not a day: shown in the tooltip and read out with the marker. */
export function precisionNote(precision: DatePrecision): string | null {
  if (precision === 'year') return 'dated to the year only; placed mid-year';
  if (precision === 'month') return 'dated to the month only; placed mid-month';
  return null;
}

/** Start and end (fractional years) of the period a date names: a whole year, a month (NaN for a day). */
export function datePeriod(date: string, precision: DatePrecision = datePrecisionOf(date)): [number, number] {
  const [ys, ms] = date.split('-');
  const year = Number(ys);
  if (precision === 'year') return [year, year + 1];
  if (precision === 'month') {
    const month = Number(ms) - 1;
    const start = Date.UTC(year, 0, 1);
    const length = Date.UTC(year + 1, 0, 1) - start;
    return [year + (Date.UTC(year, month, 1) - start) / length, year + (Date.UTC(year, month + 1, 1) - start) / length];
  }
  return [Number.NaN, Number.NaN];
}

/**
 * A lane's name: the expert's name as written (family name first for the Korean experts, so a surname alone
 * would mislead), without a bracketed remark ("Capital Economics (client note; …)" → "Capital Economics").
 */
export function laneLabel(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '').trim();
}

export interface TimelineItem {
  id: string;
  /** Lane index (one lane per expert). */
  lane: number;
  /** Position on the time axis, fractional years. */
  t: number;
}

export interface PlacedMarker extends TimelineItem {
  /** Row within the lane, 0 at the top. */
  row: number;
}

export interface TimelineLayout {
  markers: PlacedMarker[];
  /** Rows each lane needs (at least 1, also for an empty lane). */
  rows: number[];
}

/**
 * Stacks the markers of each lane: in time order, each takes the first row where the marker before it is at
 * least `minGap` pixels to the left (first fit, which uses the fewest rows). Markers of one date stack in
 * the order given (callers pass date, then id order).
 */
export function stackMarkers(
  items: readonly TimelineItem[],
  laneCount: number,
  pxPerYear: number,
  minGap: number,
): TimelineLayout {
  const rows = Array.from({ length: laneCount }, () => 1);
  const lastX: number[][] = Array.from({ length: laneCount }, () => []);
  const order = items.map((item, index) => ({ item, index }));
  order.sort((a, b) => a.item.lane - b.item.lane || a.item.t - b.item.t || a.index - b.index);
  const placed = new Map<string, PlacedMarker>();
  for (const { item } of order) {
    const ends = lastX[item.lane];
    if (!ends) continue;
    const x = item.t * pxPerYear;
    let row = ends.findIndex((end) => x - end >= minGap);
    if (row === -1) {
      row = ends.length;
      ends.push(x);
    } else {
      ends[row] = x;
    }
    rows[item.lane] = Math.max(rows[item.lane] ?? 1, ends.length);
    placed.set(item.id, { ...item, row });
  }
  return { markers: items.flatMap((i) => placed.get(i.id) ?? []), rows };
}

export interface LaneBox {
  top: number;
  height: number;
  /** Vertical centre of the lane's first row of markers, relative to the lane's top. */
  firstRow: number;
}

/** Each lane's band: a label row on top when the labels sit inside the lanes (phones), then its marker rows. */
export function laneBoxes(
  rows: readonly number[],
  geometry: { rowHeight: number; padding: number; labelHeight: number },
): LaneBox[] {
  let top = 0;
  return rows.map((n) => {
    const height = geometry.labelHeight + n * geometry.rowHeight + 2 * geometry.padding;
    const box = { top, height, firstRow: geometry.labelHeight + geometry.padding + geometry.rowHeight / 2 };
    top += height;
    return box;
  });
}

/**
 * The marker the key moves to from `currentId`, or null for a key the timeline does not use. ← → step
 * through the lane in time (stacked markers in row order), ↑ ↓ go to the nearest marker in time in the lane
 * above or below (skipping empty lanes), Home and End to the lane's first and last, Ctrl+Home and Ctrl+End
 * to the first and last statement of the timeline. At an end the focus stays where it is.
 */
export function markerAfterKey(
  markers: readonly PlacedMarker[],
  currentId: string,
  key: string,
  ctrl = false,
): string | null {
  const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
  if (!keys.includes(key)) return null;
  const current = markers.find((m) => m.id === currentId) ?? markers[0];
  if (!current) return null;
  const inTime = (a: PlacedMarker, b: PlacedMarker) => a.t - b.t || a.row - b.row;
  const lane = (index: number) => markers.filter((m) => m.lane === index).sort(inTime);

  if ((key === 'Home' || key === 'End') && ctrl) {
    const all = [...markers].sort((a, b) => inTime(a, b) || a.lane - b.lane);
    return (key === 'Home' ? all[0] : all.at(-1))?.id ?? current.id;
  }
  const mine = lane(current.lane);
  const at = mine.findIndex((m) => m.id === current.id);
  switch (key) {
    case 'ArrowLeft':
      return (mine[at - 1] ?? current).id;
    case 'ArrowRight':
      return (mine[at + 1] ?? current).id;
    case 'Home':
      return (mine[0] ?? current).id;
    case 'End':
      return (mine.at(-1) ?? current).id;
    default: {
      const step = key === 'ArrowUp' ? -1 : 1;
      const lanes = [...new Set(markers.map((m) => m.lane))].sort((a, b) => a - b);
      const next = lanes.filter((l) => (step < 0 ? l < current.lane : l > current.lane));
      const target = step < 0 ? next.at(-1) : next[0];
      if (target === undefined) return current.id;
      const candidates = lane(target);
      let best = candidates[0];
      for (const m of candidates) {
        if (best === undefined || Math.abs(m.t - current.t) < Math.abs(best.t - current.t)) best = m;
      }
      return (best ?? current).id;
    }
  }
}
