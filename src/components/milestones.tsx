// KORUS milestones drawn the same way on every annual time axis: a dashed vertical line at the event's
// year with a focusable marker; major milestones carry a text label. Hover or focus shows the details.
import type { ReactElement } from 'react';
import { ReferenceLine } from 'recharts';
import type { TradeEvent } from '../api/schemas.ts';
import { formatDate } from '../lib/format.ts';
import { SERIES_COLORS } from '../lib/colors.ts';
import { exportIgnore } from '../lib/export-ignore.ts';

export const eventYear = (e: TradeEvent) => Number(e.date.slice(0, 4));

interface ViewBox {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

function Marker({
  viewBox,
  event,
  stackIndex,
  labelRow,
  onActivate,
}: {
  viewBox?: ViewBox;
  event: TradeEvent;
  stackIndex: number;
  labelRow: number;
  onActivate: (event: TradeEvent | null) => void;
}) {
  const x = viewBox?.x ?? 0;
  const y = (viewBox?.y ?? 0) + 6 + stackIndex * 12;
  const label = `${event.title}, ${formatDate(event.date)}: ${event.description}`;
  return (
    <g
      className="milestone"
      tabIndex={0}
      role="img"
      aria-label={label}
      onMouseEnter={() => onActivate(event)}
      onMouseLeave={() => onActivate(null)}
      onFocus={() => onActivate(event)}
      onBlur={() => onActivate(null)}
    >
      <title>{label}</title>
      <rect x={x - 4} y={y - 4} width={8} height={8} transform={`rotate(45 ${x} ${y})`} fill={event.milestone ? SERIES_COLORS.milestone : '#ffffff'} stroke={SERIES_COLORS.milestone} strokeWidth={1.5} />
      {event.milestone && (
        <text x={x + 8} y={y + 4 + labelRow * 13} fontSize={11} fill="#333333" fontFamily="system-ui, sans-serif">
          {event.title}
        </text>
      )}
    </g>
  );
}

/**
 * ReferenceLines for the events whose year is on the axis; pass them as children of a recharts chart. An
 * annual (category) axis places an event at its year; a continuous time axis passes `position` to place it
 * at its date (e.g. 2012.2 for 15 March 2012).
 */
export function milestoneLines(
  events: TradeEvent[],
  years: readonly number[],
  onActivate: (event: TradeEvent | null) => void,
  position: (event: TradeEvent) => number = eventYear,
): ReactElement[] {
  const onAxis = new Set(years);
  const perYear = new Map<number, number>();
  let milestoneIndex = 0;
  return events
    .filter((e) => onAxis.has(eventYear(e)))
    .map((e) => {
      const year = eventYear(e);
      const stackIndex = perYear.get(year) ?? 0;
      perYear.set(year, stackIndex + 1);
      // Alternate label rows so neighbouring milestone labels do not overprint each other.
      const labelRow = e.milestone ? milestoneIndex++ % 2 : 0;
      return (
        <ReferenceLine
          key={e.id}
          x={position(e)}
          stroke={SERIES_COLORS.milestone}
          strokeDasharray={e.milestone ? '5 3' : '2 3'}
          strokeOpacity={e.milestone ? 0.9 : 0.5}
          ifOverflow="hidden"
          label={(props: { viewBox?: ViewBox }) => (
            <Marker viewBox={props.viewBox} event={e} stackIndex={stackIndex} labelRow={labelRow} onActivate={onActivate} />
          )}
        />
      );
    });
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
        <span className="milestone-detail__hint">Point at or tab to a ◆ marker to read a KORUS milestone.</span>
      )}
    </p>
  );
}
