// Statements on a continuous time axis (years with the fraction of the date), one lane per expert, with the
// KORUS milestones drawn by the shared milestone layer. Markers closer than a marker's width stack within
// their lane. The markers are one Tab stop: the arrow keys move between them (a roving tabindex), hover or
// focus shows the statement, click, Enter or Space goes to it in the list. The table view lists every statement.
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement,
  type RefObject,
} from 'react';
import {
  DefaultZIndexes,
  ResponsiveContainer,
  ScatterChart,
  Symbols,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  ZIndexLayer,
} from 'recharts';
import type { Expert, Meta, TradeEvent, Viewpoint } from '../../api/schemas.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { YEAR_X_AXIS } from '../../components/chart-axes.ts';
import { MILESTONE_LEGEND, MINOR_EVENT_LEGEND } from '../../components/milestone-legend.ts';
import {
  MILESTONE_MARGIN_TOP,
  MINOR_RAIL_SPACE,
  MilestoneDetail,
  milestoneLines,
  yearTicks,
} from '../../components/milestones.tsx';
import { formatDate, truncateText } from '../../lib/format.ts';
import { NARROW_SCREEN, useMediaQuery } from '../../lib/use-media-query.ts';
import { stanceStyle } from './stance-style.ts';
import {
  datePeriod,
  laneBoxes,
  laneLabel,
  markerAfterKey,
  precisionNote,
  stackMarkers,
  type LaneBox,
  type PlacedMarker,
} from './timeline-layout.ts';
import { fractionalYear, quoteBody, yearSpan } from './viewpoint-math.ts';
import { compareCodeUnits } from '../../lib/compare.ts';

interface Props {
  viewpoints: Viewpoint[];
  experts: Expert[];
  meta: Meta;
  /** The events to mark: the milestones, or every event when asked. */
  events: TradeEvent[];
  /** Start and end of the axis in (fractional) years. */
  domain: readonly [number, number];
  subtitle: string;
  showAllEvents: boolean;
  onShowAllEvents: (show: boolean) => void;
  onGoTo: (id: string) => void;
  /** The lanes, in order (compare mode: both experts, even one without a statement); default: every expert with a statement. */
  laneIds?: readonly string[];
  /** Written in a lane without a statement. */
  emptyLaneText?: string;
}

interface Active {
  id: string;
  cx: number;
  cy: number;
  /** The frame's size when the marker was activated, to place the statement box inside it. */
  width: number;
  height: number;
}

/** A marker's box (the largest stance shape with its outline), and the room kept between two boxes. */
const MARKER = 14;
const GAP = 3;
const ROW_HEIGHT = MARKER + GAP;
const LANE_PADDING = 4;
const NARROW_LABEL_HEIGHT = 15;
const MARKER_SIZE = 72;
const LANE_SHADE = '#f3f5f8';
const X_AXIS_HEIGHT = 30;
const TOOLTIP_MAX_WIDTH = 340;
/** Width of the recharts frame before it is measured (and in tests, whose layout is fixed). */
const DEFAULT_WIDTH = 800;

/** The element's content width, kept up to date. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

interface LayerProps {
  markers: PlacedMarker[];
  boxes: LaneBox[];
  laneLabels: string[];
  /** Lane index → expert id, for the empty-lane text. */
  emptyLanes: ReadonlySet<number>;
  emptyLaneText: string | undefined;
  narrow: boolean;
  byId: ReadonlyMap<string, Viewpoint>;
  labelOf: (v: Viewpoint) => string;
  current: string | null;
  groupLabel: string;
  onFocusMarker: (id: string, cx: number, cy: number) => void;
  onHover: (id: string, cx: number, cy: number) => void;
  onLeave: (id: string) => void;
  onKey: (e: KeyboardEvent<SVGGElement>, id: string) => void;
  onGoTo: (id: string) => void;
}

/** The lanes and the statement markers, drawn inside the chart on its x scale. */
const MarkerLayer = memo(function MarkerLayer({
  markers,
  boxes,
  laneLabels,
  emptyLanes,
  emptyLaneText,
  narrow,
  byId,
  labelOf,
  current,
  groupLabel,
  onFocusMarker,
  onHover,
  onLeave,
  onKey,
  onGoTo,
}: LayerProps) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot) return null;
  const xOf = (t: number) => scale(t) ?? Number.NaN;
  const yOf = (m: PlacedMarker) => {
    const box = boxes[m.lane];
    return plot.y + (box ? box.top + box.firstRow : 0) + m.row * ROW_HEIGHT;
  };
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.grid}>
        <g className="vp-lanes" aria-hidden="true">
          {boxes.map((box, i) => (
            <g key={`lane-${laneLabels[i] ?? i}-${i}`}>
              <rect
                className="vp-lane"
                data-lane={i}
                x={narrow ? plot.x - 6 : 0}
                y={plot.y + box.top}
                width={narrow ? plot.width + 12 : plot.x + plot.width}
                height={box.height}
                fill={i % 2 === 0 ? LANE_SHADE : '#ffffff'}
              />
              {emptyLanes.has(i) && emptyLaneText && (
                <text
                  x={plot.x + plot.width / 2}
                  y={plot.y + box.top + box.firstRow}
                  dominantBaseline="middle"
                  textAnchor="middle"
                  fontSize={12}
                  fontStyle="italic"
                  fill="#555555"
                >
                  {emptyLaneText}
                </text>
              )}
            </g>
          ))}
        </g>
      </ZIndexLayer>
      {/* The names above the milestone lines, with a halo, so a line never runs through one. */}
      <ZIndexLayer zIndex={DefaultZIndexes.label + 5}>
        <g className="vp-lane-labels" aria-hidden="true">
          {boxes.map((box, i) => (
            <text
              key={`label-${i}`}
              className="vp-lane-label"
              data-lane={i}
              x={narrow ? plot.x : plot.x - 8}
              y={narrow ? plot.y + box.top + 11 : plot.y + box.top + box.height / 2}
              dominantBaseline={narrow ? 'auto' : 'middle'}
              textAnchor={narrow ? 'start' : 'end'}
              fontSize={narrow ? 11 : 12}
              fontWeight={narrow ? 600 : 400}
              fill="#333333"
              stroke={i % 2 === 0 ? LANE_SHADE : '#ffffff'}
              strokeWidth={3}
              paintOrder="stroke"
            >
              {laneLabels[i]}
            </text>
          ))}
        </g>
      </ZIndexLayer>
      {/* Above the milestone lines, so that no line crosses a marker. */}
      <ZIndexLayer zIndex={DefaultZIndexes.label + 10}>
        <g className="vp-points" role="group" aria-label={groupLabel}>
          {markers.map((m) => {
            const v = byId.get(m.id);
            if (!v) return null;
            const cx = xOf(m.t);
            const cy = yOf(m);
            if (!Number.isFinite(cx)) return null;
            const style = stanceStyle(v.stance);
            const precision = v.datePrecision;
            const [from, to] = precision === 'day' ? [m.t, m.t] : datePeriod(v.date, precision);
            const x1 = Math.max(xOf(from), plot.x);
            const x2 = Math.min(xOf(to), plot.x + plot.width);
            return (
              <g key={m.id}>
                {/* A year or a month: the period it may lie in, as a thin bar behind the marker. */}
                {precision !== 'day' && x2 - x1 > MARKER && (
                  <g className="vp-period" aria-hidden="true" pointerEvents="none">
                    <line x1={x1} x2={x2} y1={cy} y2={cy} stroke={style.color} strokeOpacity={0.55} strokeWidth={2} />
                    <line x1={x1} x2={x1} y1={cy - 3} y2={cy + 3} stroke={style.color} strokeOpacity={0.55} />
                    <line x1={x2} x2={x2} y1={cy - 3} y2={cy + 3} stroke={style.color} strokeOpacity={0.55} />
                  </g>
                )}
                <g
                  className="vp-point"
                  tabIndex={m.id === current ? 0 : -1}
                  role="button"
                  aria-label={labelOf(v)}
                  data-statement={v.id}
                  onMouseEnter={() => onHover(v.id, cx, cy)}
                  onMouseLeave={() => onLeave(v.id)}
                  onFocus={() => onFocusMarker(v.id, cx, cy)}
                  onBlur={() => onLeave(v.id)}
                  onClick={() => onGoTo(v.id)}
                  onKeyDown={(e) => onKey(e, v.id)}
                >
                  {/* The whole box answers the pointer, not only the shape. */}
                  <rect
                    x={cx - MARKER / 2}
                    y={cy - MARKER / 2}
                    width={MARKER}
                    height={MARKER}
                    fill="transparent"
                    className="vp-point__box"
                  />
                  <Symbols
                    type={style.symbol}
                    cx={cx}
                    cy={cy}
                    size={MARKER_SIZE}
                    fill={style.color}
                    stroke="#ffffff"
                    strokeWidth={1}
                  />
                </g>
              </g>
            );
          })}
        </g>
      </ZIndexLayer>
    </>
  );
});

export function StatementTimeline({
  viewpoints,
  experts,
  meta,
  events,
  domain,
  subtitle,
  showAllEvents,
  onShowAllEvents,
  onGoTo,
  laneIds,
  emptyLaneText,
}: Props) {
  const [activeEvent, setActiveEvent] = useState<TradeEvent | null>(null);
  const [active, setActive] = useState<Active | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const measured = useWidth(frameRef);
  const width = measured || DEFAULT_WIDTH;
  // On a phone the lane names go inside the plot, on top of each lane, so the time axis keeps the whole width.
  const narrow = useMediaQuery(NARROW_SCREEN);

  const expertById = useMemo(() => new Map(experts.map((e) => [e.id, e])), [experts]);
  const lanes = useMemo(() => {
    if (laneIds) return laneIds.flatMap((id) => expertById.get(id) ?? []);
    const present = new Set(viewpoints.map((v) => v.expertId));
    return experts.filter((e) => present.has(e.id));
  }, [experts, expertById, viewpoints, laneIds]);
  const byId = useMemo(() => new Map(viewpoints.map((v) => [v.id, v])), [viewpoints]);
  const names = useMemo(
    () => ({
      expert: (id: string) => expertById.get(id)?.name ?? id,
      stance: (id: string) => meta.stances.find((s) => s.id === id)?.label ?? id,
      topic: (id: string) => meta.topics.find((t) => t.id === id)?.label ?? id,
    }),
    [expertById, meta],
  );

  const laneLabels = useMemo(() => lanes.map((e) => laneLabel(e.name)), [lanes]);
  const longest = Math.max(4, ...laneLabels.map((l) => l.length));
  const yWidth = Math.min(150, 16 + longest * 6.8);
  const [start, end] = domain;
  const minorRail = showAllEvents;
  const margin = useMemo(
    // On a phone the year labels at the ends need half their width of room.
    () => ({ top: MILESTONE_MARGIN_TOP, right: 18, bottom: 4, left: narrow ? 18 : yWidth }),
    [narrow, yWidth],
  );
  const plotWidth = Math.max(120, width - margin.left - margin.right);
  const pxPerYear = plotWidth / Math.max(end - start, 1e-6);

  // Date order within a lane (then id), so that markers of one date stack in a stable order.
  const layout = useMemo(() => {
    const laneOf = new Map(lanes.map((e, i) => [e.id, i]));
    const items = [...viewpoints]
      .sort((a, b) => compareCodeUnits(a.date, b.date) || compareCodeUnits(a.id, b.id))
      .flatMap((v) => {
        const lane = laneOf.get(v.expertId);
        return lane === undefined ? [] : [{ id: v.id, lane, t: fractionalYear(v.date) }];
      });
    return stackMarkers(items, lanes.length, pxPerYear, MARKER + GAP);
  }, [viewpoints, lanes, pxPerYear]);
  const boxes = useMemo(
    () =>
      laneBoxes(layout.rows, {
        rowHeight: ROW_HEIGHT,
        padding: narrow ? LANE_PADDING : LANE_PADDING + 3,
        labelHeight: narrow ? NARROW_LABEL_HEIGHT : 0,
      }),
    [layout.rows, narrow],
  );
  const emptyLanes = useMemo(() => {
    const filled = new Set(layout.markers.map((m) => m.lane));
    return new Set(lanes.map((_, i) => i).filter((i) => !filled.has(i)));
  }, [layout.markers, lanes]);
  const plotHeight = boxes.reduce((sum, b) => sum + b.height, 0);
  const axisHeight = X_AXIS_HEIGHT + (minorRail ? MINOR_RAIL_SPACE : 0);
  // As tall as the lanes need: one lane leaves no empty band above the axis.
  const height = margin.top + plotHeight + axisHeight + margin.bottom;

  // The one marker in the Tab order: the last one focused, or the first statement of the top lane.
  const tabStop =
    current && layout.markers.some((m) => m.id === current)
      ? current
      : ([...layout.markers].sort((a, b) => a.lane - b.lane || a.t - b.t || a.row - b.row)[0]?.id ?? null);

  const show = useCallback(
    (id: string, cx: number, cy: number) =>
      setActive({
        id,
        cx,
        cy,
        width: frameRef.current?.clientWidth ?? DEFAULT_WIDTH,
        height: frameRef.current?.clientHeight ?? 300,
      }),
    [],
  );
  const focusMarker = useCallback(
    (id: string, cx: number, cy: number) => {
      setCurrent(id);
      show(id, cx, cy);
    },
    [show],
  );
  const hide = useCallback((id: string) => setActive((a) => (a?.id === id ? null : a)), []);

  const onKey = useCallback(
    (e: KeyboardEvent<SVGGElement>, id: string) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onGoTo(id);
        return;
      }
      if (e.key === 'Escape') {
        hide(id);
        return;
      }
      const next = markerAfterKey(layout.markers, id, e.key, e.ctrlKey || e.metaKey);
      if (next === null) return;
      e.preventDefault();
      const group = e.currentTarget.closest('.vp-points');
      const target = group?.querySelector<SVGGElement>(`[data-statement="${CSS.escape(next)}"]`);
      setCurrent(next);
      target?.focus();
    },
    [onGoTo, hide, layout.markers],
  );

  const labelOf = useCallback(
    (v: Viewpoint) => {
      const note = precisionNote(v.datePrecision);
      return `${names.expert(v.expertId)}, ${formatDate(v.date)}${note ? ` (${note})` : ''}, ${names.stance(v.stance)}, ${v.statementKind}${v.translationNote ? ' (translated)' : ''}: ${truncateText(v.statement, 160)} Press Enter to go to the statement.`;
    },
    [names],
  );

  const groupLabel = `${layout.markers.length} statement ${layout.markers.length === 1 ? 'marker' : 'markers'}: the arrow keys move between them, Enter opens one`;

  // The chart is a memoised element: activating a marker (hover, focus) re-renders this component for the
  // statement box, but must not redraw the chart; the layers update in place and keep the focus.
  const plot = useMemo(() => {
    const milestoneYears = yearSpan(Math.floor(start), Math.floor(end));
    const markers = milestoneLines(
      events,
      milestoneYears,
      setActiveEvent,
      (e) => fractionalYear(e.date),
      minorRail ? { minorRailOffset: X_AXIS_HEIGHT + 8 } : {},
    );
    const ticks = yearTicks(yearSpan(Math.ceil(start), Math.floor(end)), narrow ? 7 : 16);
    return (
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: DEFAULT_WIDTH, height }}>
        <ScatterChart margin={margin} accessibilityLayer={false}>
          <XAxis
            {...YEAR_X_AXIS}
            type="number"
            dataKey="x"
            domain={[start, end]}
            ticks={ticks}
            interval={0}
            allowDataOverflow
            height={axisHeight}
            tickFormatter={(value: number) => String(value)}
          />
          <YAxis type="number" dataKey="y" domain={[0, 1]} hide />
          <MarkerLayer
            markers={layout.markers}
            boxes={boxes}
            laneLabels={laneLabels}
            emptyLanes={emptyLanes}
            emptyLaneText={emptyLaneText}
            narrow={narrow}
            byId={byId}
            labelOf={labelOf}
            current={tabStop}
            groupLabel={groupLabel}
            onFocusMarker={focusMarker}
            onHover={show}
            onLeave={hide}
            onKey={onKey}
            onGoTo={onGoTo}
          />
          {markers}
        </ScatterChart>
      </ResponsiveContainer>
    );
  }, [
    start,
    end,
    events,
    height,
    narrow,
    margin,
    axisHeight,
    minorRail,
    layout.markers,
    boxes,
    laneLabels,
    emptyLanes,
    emptyLaneText,
    byId,
    labelOf,
    tabStop,
    groupLabel,
    focusMarker,
    show,
    hide,
    onKey,
    onGoTo,
  ]);

  // The statement box sits next to the marker, inside the frame, on the side with more room.
  let tooltip: ReactElement | null = null;
  const activeStatement = active ? byId.get(active.id) : undefined;
  if (active && activeStatement) {
    const { width: frameWidth, height: frameHeight } = active;
    const boxWidth = Math.min(TOOLTIP_MAX_WIDTH, frameWidth - 8);
    // Beside the marker where the frame is wide enough, so the box never hides the markers stacked with it;
    // on a phone above or below it.
    const beside = frameWidth >= 2 * boxWidth + 80;
    const right = active.cx + 16 + boxWidth <= frameWidth - 4;
    const left = beside
      ? right
        ? active.cx + 16
        : active.cx - 16 - boxWidth
      : Math.min(Math.max(active.cx - boxWidth / 2, 4), frameWidth - boxWidth - 4);
    const below = active.cy < frameHeight / 2;
    const vertical = beside
      ? below
        ? { top: Math.max(4, active.cy - 24) }
        : { bottom: Math.max(4, frameHeight - active.cy - 24) }
      : below
        ? { top: active.cy + 14 }
        : { bottom: frameHeight - active.cy + 14 };
    const v = activeStatement;
    const note = precisionNote(v.datePrecision);
    tooltip = (
      <div
        className="chart-tooltip vp-timeline__tooltip"
        style={{
          left,
          width: boxWidth,
          ...vertical,
        }}
        aria-hidden="true"
      >
        <p className="chart-tooltip__label">
          {names.expert(v.expertId)} · {formatDate(v.date)}
        </p>
        {note && <p className="vp-timeline__tooltip-meta">Date: {note}</p>}
        <p className="vp-timeline__tooltip-meta">
          <span style={{ color: stanceStyle(v.stance).color }}>{stanceStyle(v.stance).glyph}</span>{' '}
          {names.stance(v.stance)} ·{' '}
          {v.statementKind === 'quote'
            ? `Quote${v.translationNote ? ' (translated)' : ''}`
            : 'Paraphrase, at the date of its source (the remarks may be earlier)'}
        </p>
        <p className="vp-timeline__tooltip-text">
          {v.statementKind === 'quote'
            ? `“${truncateText(quoteBody(v.statement), 300)}”`
            : truncateText(v.statement, 300)}
        </p>
        <p className="chart-tooltip__hint">Click or press Enter to go to the statement.</p>
      </div>
    );
  }

  const stancesShown = meta.stances.filter((s) => viewpoints.some((v) => v.stance === s.id));
  const yearOnly = viewpoints.some((v) => v.datePrecision === 'year');
  const years = viewpoints.map((v) => Number(v.date.slice(0, 4)));

  return (
    <ChartCard<Viewpoint>
      name="statements-timeline"
      title="Statements over time"
      subtitle={subtitle}
      fileParts={[Math.min(...years), Math.max(...years)]}
      legend={[
        ...stancesShown.map((s) => ({
          label: `${stanceStyle(s.id).glyph} ${s.label}`,
          color: stanceStyle(s.id).color,
          shape: 'rect' as const,
        })),
        ...(yearOnly
          ? [{ label: 'Dated to the year only (the bar spans the year)', color: '#5f6b7a', shape: 'line' as const }]
          : []),
        MILESTONE_LEGEND,
        ...(showAllEvents ? [MINOR_EVENT_LEGEND] : []),
      ]}
      sources={[
        {
          id: 'statements',
          publisher: 'The publications named with each statement',
          title: 'see the list of statements below',
          url: null,
          note: null,
        },
      ]}
      // The file has no list of statements below: it names each statement's publication instead.
      exportSources={[
        ...new Map(
          viewpoints.map((v) => [
            `${v.source.publisher}|${v.source.title}`,
            { id: v.id, publisher: v.source.publisher, title: v.source.title, url: v.source.url, note: null },
          ]),
        ).values(),
      ]}
      note="Each marker sits at the date of its source; a paraphrase may report remarks made earlier. Statements of one date (or closer than a marker's width) are stacked within the expert's row."
      summary={`Timeline of ${viewpoints.length} statements by ${lanes.length} experts, one row per expert (${laneLabels.join(', ')}), on a time axis from ${Math.ceil(start)} to ${Math.floor(end)}, with the KORUS milestones. Each marker is a statement; its shape and colour give the stance.`}
      columns={[
        { key: 'date', header: 'Date', rowHeader: true, value: (v) => v.date, format: (v) => formatDate(v.date) },
        { key: 'expert', header: 'Expert', value: (v) => names.expert(v.expertId) },
        { key: 'stance', header: 'Stance', value: (v) => names.stance(v.stance) },
        { key: 'kind', header: 'Kind', value: (v) => (v.statementKind === 'quote' ? 'Quote' : 'Paraphrase') },
        { key: 'topics', header: 'Topics', value: (v) => v.topics.map(names.topic).join(', ') },
        {
          key: 'statement',
          header: 'Statement',
          value: (v) => v.statement,
          format: (v) => (v.statementKind === 'quote' ? `“${quoteBody(v.statement)}”` : v.statement),
        },
        // Provenance in the file: which statement, and where it was published.
        { key: 'id', header: 'Statement id', value: (v) => v.id },
        { key: 'publisher', header: 'Source publisher', value: (v) => v.source.publisher },
        { key: 'url', header: 'Source URL', value: (v) => v.source.url },
      ]}
      rows={viewpoints}
      rowKey={(v) => v.id}
      actions={
        <label className="toggle">
          <input type="checkbox" checked={showAllEvents} onChange={(e) => onShowAllEvents(e.target.checked)} />
          Show all events
        </label>
      }
    >
      <div className="chart-frame vp-timeline__frame" ref={frameRef} style={{ height }}>
        {plot}
        {tooltip}
      </div>
      <p className="vp-timeline__hint" data-export-ignore="">
        Point at a marker to read the statement, or Tab to the markers and move between them with the arrow keys (← → in
        time, ↑ ↓ between experts, Home and End); click, Enter or Space goes to the statement.
      </p>
      <MilestoneDetail event={activeEvent} />
    </ChartCard>
  );
}
