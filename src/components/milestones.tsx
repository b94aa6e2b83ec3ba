// KORUS milestones drawn the same way on every annual time axis: a dashed vertical line at the event's
// year with a focusable ◆; its label sits in the margin above the plot, so it never overprints the data.
// Minor events ("Show all events") sit as ◇ on a rail under the year axis, one marker per year.
// The whole layer is one component of a stable type: re-rendering the chart (on focus, on hover) updates
// the markers in place and never remounts them, so the keyboard focus stays where it is.
import { memo, type ReactElement } from 'react';
import { DefaultZIndexes, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import type { TradeEvent } from '../api/schemas.ts';
import { formatDate } from '../lib/format.ts';
import { SERIES_COLORS } from '../lib/colors.ts';
import { exportIgnore } from '../lib/export-ignore.ts';

export const eventYear = (e: TradeEvent) => Number(e.date.slice(0, 4));

/** Room the milestone labels need above the plot (two label rows): use as the chart's top margin. */
export const MILESTONE_MARGIN_TOP = 38;
/** Extra room under the year axis for the rail of minor events. */
export const MINOR_RAIL_SPACE = 18;
/** Legend entries for the markers a chart shows. */
export { MILESTONE_LEGEND, MINOR_EVENT_LEGEND } from './milestone-legend.ts';

const LABEL_FONT = 11;
// Width of one character of the 11 px label font, generous so that estimated boxes do not touch.
const CHAR_WIDTH = 6.3;
const ROW_GAP = 6;

interface Options {
  /**
   * Pixels below the plot where minor events sit as a rail of ◇ (under the year axis labels). Without it,
   * minor events are drawn like milestones, without a label.
   */
  minorRailOffset?: number;
  /** Milestones as lines only, without their ◆ and label (for the lower panels of small multiples). */
  linesOnly?: boolean;
}

interface Placed {
  key: string;
  /** The event, or for several minor events of one year a summary of them all. */
  event: TradeEvent;
  x: number;
  major: boolean;
  label: { x: number; anchor: 'start' | 'end'; row: number } | null;
}

/** Events at one position, in the order of their first event. */
function byPosition(events: TradeEvent[], position: (event: TradeEvent) => number): Map<number, TradeEvent[]> {
  const groups = new Map<number, TradeEvent[]>();
  for (const e of events) {
    const p = position(e);
    groups.set(p, [...(groups.get(p) ?? []), e]);
  }
  return groups;
}

/**
 * Several events at one position become one marker whose text lists them all: minor events on the rail, and
 * milestones that share a year on a year axis (the two 2025 ones), so that neither ◆ hides under the other.
 */
function groupEvent(group: TradeEvent[], year: number, milestone: boolean): TradeEvent {
  const [only] = group;
  if (only && group.length === 1) return only;
  return {
    id: `${milestone ? 'milestones' : 'group'}-${group.map((e) => e.id).join('-')}`,
    date: String(year),
    precision: 'year',
    title: milestone ? `${group.length} KORUS milestones` : `${group.length} other KORUS events`,
    description: group.map((e) => `${e.title} (${formatDate(e.date)})`).join('; '),
    milestone,
    sourceIds: [...new Set(group.flatMap((e) => e.sourceIds))],
  };
}

/**
 * Labels go into one of two rows above the plot: the first row where they do not touch a label already
 * placed. A label that would cross the plot's right edge or another milestone's line is set to the left of
 * its own line; one that fits nowhere is left out (its ◆ stays, and focus, hover or a tap shows its text below the chart).
 */
export function layoutLabels(
  items: ReadonlyArray<{ x: number; width: number }>,
  bounds: { left: number; right: number },
  rows = 2,
): Array<{ x: number; anchor: 'start' | 'end'; row: number } | null> {
  const ends: Array<Array<[number, number]>> = Array.from({ length: rows }, () => []);
  return items.map(({ x, width }, index) => {
    // A label must not cross another milestone's line, or it would seem to belong to that one.
    const crosses = (from: number, to: number) =>
      items.some((other, j) => j !== index && other.x >= from - 3 && other.x <= to + 3);
    const start =
      x + width + 4 <= bounds.right ? { x: x - 3, anchor: 'start' as const, from: x - 3, to: x - 3 + width } : null;
    const end = { x: x + 3, anchor: 'end' as const, from: x + 3 - width, to: x + 3 };
    for (const candidate of start ? [start, end] : [end]) {
      if (candidate.from < bounds.left || crosses(candidate.from, candidate.to)) continue;
      for (let row = 0; row < rows; row++) {
        const taken = ends[row] ?? [];
        if (taken.every(([a, b]) => candidate.to + ROW_GAP < a || candidate.from > b + ROW_GAP)) {
          taken.push([candidate.from, candidate.to]);
          return { x: candidate.x, anchor: candidate.anchor, row };
        }
      }
    }
    return null;
  });
}

interface LayerProps {
  events: TradeEvent[];
  years: readonly number[];
  onActivate: (event: TradeEvent | null) => void;
  position: (event: TradeEvent) => number;
  minorRailOffset?: number;
  linesOnly?: boolean;
}

const MilestoneLayer = memo(function MilestoneLayer({
  events,
  years,
  onActivate,
  position,
  minorRailOffset,
  linesOnly = false,
}: LayerProps) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot) return null;
  const onAxis = new Set(years);
  const shown = events.filter((e) => onAxis.has(eventYear(e)));
  const xOf = (e: TradeEvent) => scale(position(e), { position: 'middle' });

  // One marker per position: its x from the first event there (a grouped event's date is its year only).
  const markers = (milestone: boolean) =>
    [
      ...byPosition(
        shown.filter((e) => e.milestone === milestone),
        position,
      ),
    ].flatMap(([p, group]) => {
      const [head] = group;
      const x = head ? xOf(head) : undefined;
      return head && x !== undefined && Number.isFinite(x)
        ? [{ p, x, event: groupEvent(group, eventYear(head), milestone) }]
        : [];
    });

  const majors = markers(true);
  const labels = linesOnly
    ? majors.map(() => null)
    : layoutLabels(
        majors.map((m) => ({ x: m.x, width: m.event.title.length * CHAR_WIDTH })),
        { left: plot.x - 4, right: plot.x + plot.width + 12 },
      );
  const placed: Placed[] = majors.map((m, i) => ({
    key: m.event.id,
    event: m.event,
    x: m.x,
    major: true,
    label: labels[i] ?? null,
  }));
  for (const m of markers(false))
    placed.push({ key: `minor-${m.p}`, event: m.event, x: m.x, major: false, label: null });

  // A count beside a ◇ only where the next marker leaves room for it.
  const minorXs = placed
    .filter((m) => !m.major)
    .map((m) => m.x)
    .sort((p, q) => p - q);
  const roomForCount = (x: number) => minorXs.every((other) => other <= x || other - x >= 24);
  const top = plot.y;
  const bottom = plot.y + plot.height;
  const railY = minorRailOffset === undefined ? null : bottom + minorRailOffset;
  // Drawn above the bars and lines (recharts' label layer), so a bar never hides a ◆.
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g className="milestones">
        {linesOnly &&
          placed
            .filter((m) => m.major)
            .map((m) => (
              <line
                key={m.key}
                x1={m.x}
                x2={m.x}
                y1={top}
                y2={bottom}
                stroke={SERIES_COLORS.milestone}
                strokeDasharray="5 3"
                strokeOpacity={0.9}
                pointerEvents="none"
              />
            ))}
        {placed
          .filter((m) => !(linesOnly && m.major))
          .map((m) => {
            const onRail = !m.major && railY !== null;
            // The ◆ sits on the plot's top edge, nudged up so that bars from a zero line at the top leave it whole.
            const y = onRail ? railY : top - 3;
            const label = `${m.event.title}, ${formatDate(m.event.date)}: ${m.event.description}`;
            const count = m.event.id.startsWith('group-') && roomForCount(m.x) ? m.event.title.split(' ')[0] : null;
            return (
              <g
                key={m.key}
                className={`milestone${m.major ? '' : ' milestone--minor'}`}
                tabIndex={0}
                role="img"
                aria-label={label}
                onMouseEnter={() => onActivate(m.event)}
                onMouseLeave={() => onActivate(null)}
                onFocus={() => onActivate(m.event)}
                onBlur={() => onActivate(null)}
                // A tap on a phone: show the event (touch has no hover).
                onClick={() => onActivate(m.event)}
              >
                <title>{label}</title>
                {!onRail && (
                  <line
                    x1={m.x}
                    x2={m.x}
                    y1={top}
                    y2={bottom}
                    stroke={SERIES_COLORS.milestone}
                    strokeDasharray={m.major ? '5 3' : '2 3'}
                    strokeOpacity={m.major ? 0.75 : 0.5}
                    pointerEvents="none"
                  />
                )}
                {/* A finger-sized target around the small diamond. */}
                <circle cx={m.x} cy={y} r={11} fill="transparent" />
                <rect
                  x={m.x - 4}
                  y={y - 4}
                  width={8}
                  height={8}
                  transform={`rotate(45 ${m.x} ${y})`}
                  fill={m.major ? SERIES_COLORS.milestone : '#ffffff'}
                  stroke={SERIES_COLORS.milestone}
                  strokeWidth={1.5}
                />
                {count && (
                  <text x={m.x + 7} y={y + 4} fontSize={10} fill="#444444" fontFamily="system-ui, sans-serif">
                    {count}
                  </text>
                )}
                {m.label && (
                  <text
                    x={m.label.x}
                    y={top - 12 - m.label.row * (LABEL_FONT + 3)}
                    textAnchor={m.label.anchor}
                    fontSize={LABEL_FONT}
                    fill="#333333"
                    fontFamily="system-ui, sans-serif"
                  >
                    {m.event.title}
                  </text>
                )}
              </g>
            );
          })}
      </g>
    </ZIndexLayer>
  );
});

/**
 * The milestone layer for the events whose year is on the axis; pass it among the children of a recharts
 * chart (give the chart MILESTONE_MARGIN_TOP of top margin for the labels). An annual (category) axis places
 * an event at its year; a continuous time axis passes `position` to place it at its date (e.g. 2012.2 for
 * 15 March 2012).
 */
export function milestoneLines(
  events: TradeEvent[],
  years: readonly number[],
  onActivate: (event: TradeEvent | null) => void,
  position: (event: TradeEvent) => number = eventYear,
  options: Options = {},
): ReactElement[] {
  return [
    <MilestoneLayer
      key="milestones"
      events={events}
      years={years}
      onActivate={onActivate}
      position={position}
      minorRailOffset={options.minorRailOffset}
      linesOnly={options.linesOnly}
    />,
  ];
}

/** The event under the pointer or focus, in words, below the chart. */
export function MilestoneDetail({ event }: { event: TradeEvent | null }) {
  return (
    <p className="milestone-detail" aria-live="polite" {...(event ? {} : exportIgnore)}>
      {event ? (
        <>
          <strong>{formatDate(event.date)}</strong> · {event.title}: {event.description}
        </>
      ) : (
        <span className="milestone-detail__hint">Point at, tab to or tap a ◆ marker to read a KORUS milestone.</span>
      )}
    </p>
  );
}

/**
 * Year-axis ticks on round years (every 1, 2, 5, 10 … years), at most `maxTicks` of them, so that a
 * milestone line never sits next to an odd tick such as 2011.
 */
export function yearTicks(years: readonly number[], maxTicks: number): number[] {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return [];
  const span = last - first + 1;
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => Math.ceil(span / s) <= maxTicks) ?? 50;
  const ticks = years.filter((y) => y % step === 0);
  // A range too short to hold a round year still shows its ends.
  return ticks.length ? ticks : [first, ...(last !== first ? [last] : [])];
}
