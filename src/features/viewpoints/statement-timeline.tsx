// Statements on a continuous time axis (years with the fraction of the date), one lane per expert, with the
// KORUS milestones on the same axis. Each marker is focusable: hover or focus shows the statement, click or
// Enter goes to it in the list. The table view lists every statement.
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Symbols,
  XAxis,
  YAxis,
  type ScatterShapeProps,
} from 'recharts';
import type { Expert, Meta, TradeEvent, Viewpoint } from '../../api/schemas.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { GRID, YEAR_X_AXIS } from '../../components/chart-axes.ts';
import { MilestoneDetail, milestoneLines } from '../../components/milestones.tsx';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { formatDate, truncateText } from '../../lib/format.ts';
import { stanceStyle } from './stance-style.ts';
import { NARROW_SCREEN, useMediaQuery } from '../../lib/use-media-query.ts';
import { fractionalYear, lanePoints, quoteBody, shortName, yearSpan, type LanePoint } from './viewpoint-math.ts';

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
}

interface Active {
  id: string;
  cx: number;
  cy: number;
  /** The frame's size when the marker was activated, to place the statement box inside it. */
  width: number;
  height: number;
}

const LANE_HEIGHT = 38;
const NARROW_LANE_HEIGHT = 46;
const TOOLTIP_MAX_WIDTH = 340;

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
}: Props) {
  const [activeEvent, setActiveEvent] = useState<TradeEvent | null>(null);
  const [active, setActive] = useState<Active | null>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  // On a phone the lane names go inside the plot, above each lane, so the time axis keeps the whole width.
  const narrow = useMediaQuery(NARROW_SCREEN);

  const expertById = useMemo(() => new Map(experts.map((e) => [e.id, e])), [experts]);
  const lanes = useMemo(() => {
    const present = new Set(viewpoints.map((v) => v.expertId));
    return experts.filter((e) => present.has(e.id));
  }, [experts, viewpoints]);
  const points = useMemo(
    () =>
      lanePoints(
        viewpoints,
        lanes.map((e) => e.id),
      ).sort((a, b) => a.x - b.x || a.y - b.y),
    [viewpoints, lanes],
  );
  const byId = useMemo(() => new Map(viewpoints.map((v) => [v.id, v])), [viewpoints]);
  const names = useMemo(
    () => ({
      expert: (id: string) => expertById.get(id)?.name ?? id,
      stance: (id: string) => meta.stances.find((s) => s.id === id)?.label ?? id,
      topic: (id: string) => meta.topics.find((t) => t.id === id)?.label ?? id,
    }),
    [expertById, meta],
  );

  const laneLabels = useMemo(() => lanes.map((e) => shortName(e)), [lanes]);
  const longest = Math.max(4, ...laneLabels.map((l) => l.length));
  const yWidth = Math.min(118, 14 + longest * 6.2);
  const [start, end] = domain;
  const ticks = useMemo(() => yearSpan(Math.ceil(start), Math.floor(end)), [start, end]);
  const height = Math.max(190, lanes.length * (narrow ? NARROW_LANE_HEIGHT : LANE_HEIGHT) + 96);

  const activeStatement = active ? byId.get(active.id) : undefined;

  const show = useCallback(
    (id: string, cx: number, cy: number) =>
      setActive({
        id,
        cx,
        cy,
        width: frameRef.current?.clientWidth ?? 600,
        height: frameRef.current?.clientHeight ?? 300,
      }),
    [],
  );
  const hide = useCallback((id: string) => setActive((a) => (a?.id === id ? null : a)), []);

  // Stable, so that recharts' memoised Scatter does not redraw (and remount) the markers when one is
  // activated: a remount would take the keyboard focus away from the marker.
  const renderPoint = useCallback(
    (props: ScatterShapeProps) => {
      const point = props.payload as LanePoint | undefined;
      const v = point ? byId.get(point.id) : undefined;
      const { cx, cy } = props;
      if (!v || cx === undefined || cy === undefined) return <g />;
      const style = stanceStyle(v.stance);
      const label = `${names.expert(v.expertId)}, ${formatDate(v.date)}, ${names.stance(v.stance)}, ${v.statementKind}: ${truncateText(v.statement, 160)} Press Enter to go to the statement.`;
      const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onGoTo(v.id);
        } else if (e.key === 'Escape') {
          hide(v.id);
        }
      };
      return (
        <g
          className="vp-point"
          tabIndex={0}
          role="button"
          aria-label={label}
          data-statement={v.id}
          onMouseEnter={() => show(v.id, cx, cy)}
          onMouseLeave={() => hide(v.id)}
          onFocus={() => show(v.id, cx, cy)}
          onBlur={() => hide(v.id)}
          onClick={() => onGoTo(v.id)}
          onKeyDown={onKeyDown}
        >
          <Symbols
            type={style.symbol}
            cx={cx}
            cy={cy}
            size={90}
            fill={style.color}
            stroke="#ffffff"
            strokeWidth={1.25}
          />
        </g>
      );
    },
    [byId, names, show, hide, onGoTo],
  );

  // The chart is a memoised element: activating a marker (hover, focus) re-renders this component for the
  // statement box, but must not redraw recharts' markers, which would remount them and lose the focus.
  const plot = useMemo(() => {
    const milestoneYears = yearSpan(Math.floor(start), Math.floor(end));
    const markers = milestoneLines(events, milestoneYears, setActiveEvent, (e) => fractionalYear(e.date));
    return (
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height }}>
        <ScatterChart
          margin={{ top: 30, right: narrow ? 10 : 18, bottom: 4, left: narrow ? 10 : 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid {...GRID} horizontal />
          <XAxis
            {...YEAR_X_AXIS}
            type="number"
            dataKey="x"
            domain={[start, end]}
            ticks={ticks}
            allowDataOverflow
            tickFormatter={(value: number) => String(value)}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[-0.6, Math.max(lanes.length - 0.4, 0.4)]}
            ticks={lanes.map((_, i) => i)}
            interval={0}
            reversed
            hide={narrow}
            width={yWidth}
            tick={YEAR_X_AXIS.tick}
            tickFormatter={(i: number) => laneLabels[i] ?? ''}
          />
          {narrow &&
            laneLabels.map((label, i) => (
              <ReferenceLine
                key={`lane-${label}`}
                y={i}
                stroke="none"
                label={{ value: label, position: 'insideTopLeft', fontSize: 11, fill: '#444444', offset: 6 }}
              />
            ))}
          <Scatter data={points} shape={renderPoint} isAnimationActive={false} />
          {markers}
        </ScatterChart>
      </ResponsiveContainer>
    );
  }, [start, end, events, height, narrow, ticks, lanes, laneLabels, yWidth, points, renderPoint]);

  // The statement box sits next to the marker, inside the frame, on the side with more room.
  let tooltip: ReactElement | null = null;
  if (active && activeStatement) {
    const { width, height: frameHeight } = active;
    const boxWidth = Math.min(TOOLTIP_MAX_WIDTH, width - 8);
    const left = Math.min(Math.max(active.cx - boxWidth / 2, 4), width - boxWidth - 4);
    const below = active.cy < frameHeight / 2;
    const v = activeStatement;
    tooltip = (
      <div
        className="chart-tooltip vp-timeline__tooltip"
        style={{
          left,
          width: boxWidth,
          ...(below ? { top: active.cy + 14 } : { bottom: frameHeight - active.cy + 14 }),
        }}
        aria-hidden="true"
      >
        <p className="chart-tooltip__label">
          {names.expert(v.expertId)} · {formatDate(v.date)}
        </p>
        <p className="vp-timeline__tooltip-meta">
          <span style={{ color: stanceStyle(v.stance).color }}>{stanceStyle(v.stance).glyph}</span>{' '}
          {names.stance(v.stance)} · {v.statementKind === 'quote' ? 'Quote' : 'Paraphrase'}
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

  return (
    <ChartCard<Viewpoint>
      name="statements-timeline"
      title="Statements over time"
      subtitle={subtitle}
      fileParts={[
        Math.min(...viewpoints.map((v) => Number(v.date.slice(0, 4)))),
        Math.max(...viewpoints.map((v) => Number(v.date.slice(0, 4)))),
      ]}
      legend={[
        ...stancesShown.map((s) => ({
          label: `${stanceStyle(s.id).glyph} ${s.label}`,
          color: stanceStyle(s.id).color,
          shape: 'rect' as const,
        })),
        { label: '◆ KORUS milestone', color: SERIES_COLORS.milestone, shape: 'dashed' as const },
        ...(showAllEvents
          ? [{ label: '◇ Other KORUS event', color: SERIES_COLORS.milestone, shape: 'dashed' as const }]
          : []),
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
      height={height + 72}
      actions={
        <label className="toggle">
          <input type="checkbox" checked={showAllEvents} onChange={(e) => onShowAllEvents(e.target.checked)} />
          Show all events
        </label>
      }
    >
      <div className="chart-frame vp-timeline__frame" ref={frameRef}>
        {plot}
        {tooltip}
      </div>
      <p className="vp-timeline__hint" data-export-ignore="">
        Point at or tab to a statement marker to read it; click it or press Enter to go to the statement.
      </p>
      <MilestoneDetail event={activeEvent} />
    </ChartCard>
  );
}
