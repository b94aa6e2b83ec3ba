import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnnualRow, Meta, TradeEvent } from '../../api/schemas.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { bnYAxis, GRID, YEAR_X_AXIS, ZERO_LINE } from '../../components/chart-axes.ts';
import { ChartTooltip } from '../../components/chart-tooltip.tsx';
import {
  MILESTONE_LEGEND,
  MILESTONE_MARGIN_TOP,
  MINOR_EVENT_LEGEND,
  MINOR_RAIL_SPACE,
  MilestoneDetail,
  milestoneLines,
  yearTicks,
} from '../../components/milestones.tsx';
import { pickSources } from '../../components/source-line.tsx';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { NARROW_SCREEN, useMediaQuery } from '../../lib/use-media-query.ts';
import { formatBn, formatMusd, formatYearRange } from '../../lib/format.ts';
import { computedBalanceIfDifferent, yearOverYear, yoyNote, type YoyRow } from './trend-math.ts';

interface Props {
  rows: AnnualRow[];
  range: { from: number; to: number };
  category: string;
  meta: Meta | undefined;
  events: TradeEvent[];
  /** Minor events are among `events`: draw them on a rail under the year axis. */
  minorRail?: boolean;
}

const PANELS = [
  { key: 'exports', name: 'Change in exports', color: SERIES_COLORS.exports },
  { key: 'imports', name: 'Change in imports', color: SERIES_COLORS.imports },
  { key: 'balance', name: 'Change in balance', color: SERIES_COLORS.balance },
] as const;

// A change of exactly zero still draws a sliver, so that it does not look like a missing figure.
const zeroSliver = (value: number | null | undefined) => (value === 0 ? 2 : 0);

/**
 * Change from the previous year in exports, imports and balance, as three small charts on one year axis
 * and one value scale: one series each, so the bars stay wide and readable over 40 years.
 */
export function YoyCard({ rows, range, category, meta, events, minorRail = false }: Props) {
  const [activeEvent, setActiveEvent] = useState<TradeEvent | null>(null);
  const narrow = useMediaQuery(NARROW_SCREEN);
  const yoy = yearOverYear(rows, range);
  const sourceIds = [
    ...new Set(rows.filter((r) => r.year >= range.from - 1 && r.year <= range.to).flatMap((r) => r.sourceIds)),
  ];
  const signed = (v: number | null) => formatBn(v, { signed: true });
  // A change that starts from a balance as published (not exports − imports) is marked, as the balance is.
  const marked = new Map(
    yoy.flatMap((r) => {
      const prev = rows.find((x) => x.year === r.year - 1);
      const computed = computedBalanceIfDifferent(prev);
      return computed === null || r.balance === null
        ? []
        : [
            [
              r.year,
              `from the ${r.year - 1} balance as published, ${formatMusd(prev?.balance)} (exports − imports = ${formatMusd(computed)})`,
            ] as const,
          ];
    }),
  );
  const notes = [yoyNote(rows, yoy), ...[...marked].map(([y, t]) => `* ${y} change in balance ${t}.`)].filter(
    (n): n is string => n !== null,
  );
  const values = yoy.flatMap((r) => [r.exports, r.imports, r.balance]).filter((v): v is number => v !== null);
  // One scale for the three panels, so their bars compare.
  const yAxis = bnYAxis(values, { includeZero: true, count: 3 });
  const years = yoy.map((r) => r.year);
  const ticks = yearTicks(years, narrow ? 5 : 8);
  const text = formatYearRange(range.from, range.to);

  return (
    <ChartCard<YoyRow>
      name={`${category}-change`}
      title="Change from the previous year"
      subtitle={`US ${category} trade with South Korea, ${text}, change in $ bn`}
      fileParts={[range.from, range.to]}
      legend={[
        { label: 'US exports', color: SERIES_COLORS.exports, shape: 'rect' },
        { label: 'US imports', color: SERIES_COLORS.imports, shape: 'rect' },
        { label: 'Balance', color: SERIES_COLORS.balance, shape: 'rect' },
        MILESTONE_LEGEND,
        ...(minorRail ? [MINOR_EVENT_LEGEND] : []),
      ]}
      sources={meta ? pickSources(meta.sources, sourceIds) : []}
      note={notes.length ? notes.join(' ') : undefined}
      summary={`Three bar charts, one above the other on the same year axis and scale, of the yearly change in US ${category} exports, imports and balance with South Korea, ${text}.`}
      columns={[
        { key: 'year', header: 'Year', rowHeader: true, value: (r) => r.year },
        {
          key: 'exports',
          header: 'Change in exports ($ bn)',
          csvHeader: 'Change in exports ($ m)',
          numeric: true,
          color: SERIES_COLORS.exports,
          value: (r) => r.exports,
          format: (r) => signed(r.exports),
        },
        {
          key: 'imports',
          header: 'Change in imports ($ bn)',
          csvHeader: 'Change in imports ($ m)',
          numeric: true,
          color: SERIES_COLORS.imports,
          value: (r) => r.imports,
          format: (r) => signed(r.imports),
        },
        {
          key: 'balance',
          header: 'Change in balance ($ bn)',
          csvHeader: 'Change in balance ($ m)',
          numeric: true,
          color: SERIES_COLORS.balance,
          value: (r) => r.balance,
          format: (r) => `${signed(r.balance)}${marked.has(r.year) ? ' *' : ''}`,
        },
      ]}
      rows={yoy}
      rowKey={(r) => String(r.year)}
      height={420}
    >
      <div className="chart-frame yoy-panels">
        {PANELS.map((panel, i) => {
          const first = i === 0;
          const last = i === PANELS.length - 1;
          return (
            <div
              key={panel.key}
              className="yoy-panel"
              style={{
                flex: `${(first ? MILESTONE_MARGIN_TOP : 0) + (last ? 30 + (minorRail ? MINOR_RAIL_SPACE : 0) : 0) + 90} 1 0`,
              }}
            >
              <p
                className="yoy-panel__title"
                style={{ color: panel.color, top: first ? MILESTONE_MARGIN_TOP : 4 }}
                aria-hidden="true"
                // Drawn into the PNG and SVG exports, which hold all three panels.
                data-export-text=""
              >
                {panel.name}
              </p>
              <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 500, height: 120 }}>
                <BarChart
                  data={yoy}
                  syncId={`yoy-${category}`}
                  margin={{ top: first ? MILESTONE_MARGIN_TOP : 8, right: 12, bottom: last ? 0 : 8, left: 8 }}
                  accessibilityLayer={first}
                >
                  <CartesianGrid {...GRID} />
                  <XAxis
                    {...YEAR_X_AXIS}
                    ticks={ticks}
                    interval={0}
                    hide={!last}
                    height={30 + (minorRail ? MINOR_RAIL_SPACE : 0)}
                  />
                  <YAxis {...yAxis} label={i === 1 ? yAxis.label : undefined} />
                  <ReferenceLine {...ZERO_LINE} />
                  <Tooltip
                    content={(props) => (
                      <ChartTooltip
                        {...props}
                        signed
                        note={(key, label) => (key === 'balance' ? (marked.get(Number(label)) ?? null) : null)}
                      />
                    )}
                  />
                  <Bar
                    dataKey={panel.key}
                    name={panel.name}
                    fill={panel.color}
                    minPointSize={zeroSliver}
                    isAnimationActive={false}
                  />
                  {/* Markers (focusable, labelled) once, on the top panel; the lines run through all three. */}
                  {milestoneLines(last ? events : events.filter((e) => e.milestone), years, setActiveEvent, undefined, {
                    linesOnly: !first,
                    ...(last && minorRail ? { minorRailOffset: 38 } : {}),
                  })}
                </BarChart>
              </ResponsiveContainer>
            </div>
          );
        })}
      </div>
      <MilestoneDetail event={activeEvent} />
    </ChartCard>
  );
}
