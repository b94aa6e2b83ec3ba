import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Sector, Source } from '../../api/schemas.ts';
import { amountYAxis, GRID, TICK, unitYAxis } from '../../components/chart-axes.ts';
import { ChartCard, type ChartColumn } from '../../components/chart-card.tsx';
import { ChartTooltip } from '../../components/chart-tooltip.tsx';
import { chooseUnit, formatIn, formatPercent, formatYearList } from '../../lib/format.ts';
import { logScaleBlocker, showAsRows, type ShowAs } from '../../lib/show-as.ts';
import type { SeriesRow } from './sector-math.ts';

interface Props {
  rows: SeriesRow[];
  sectors: Sector[];
  colorOf: (sectorId: string) => string;
  dashOf?: (sectorId: string) => string | undefined;
  title: string;
  subtitle: string;
  fileParts: ReadonlyArray<string | number | undefined>;
  sources: Source[];
  showAs?: ShowAs;
  log?: boolean;
  onView?: (patch: { show?: ShowAs; log?: boolean }) => void;
}

/** The selected sectors over every year of the classification; a missing year is a gap in its line. */
export function SectorSeriesCard({
  rows: valueRows,
  sectors,
  colorOf,
  dashOf,
  title,
  subtitle,
  fileParts,
  sources,
  showAs = 'values',
  log: logWanted = false,
  onView,
}: Props) {
  const ids = sectors.map((s) => s.id);
  // Show as: each sector against its own figure in the first year shown; no figure there, no index.
  const shown = showAsRows(valueRows, ids, showAs, { baseLabel: valueRows[0]?.label });
  const rows = shown.rows;
  const plotted = rows.flatMap((r) => ids.map((id) => r[id] as number | null));
  const logBlocker = logScaleBlocker(plotted);
  const log = logWanted && logBlocker === null;
  const unit = chooseUnit(valueRows.flatMap((r) => ids.map((id) => r[id] as number | null)));
  const gaps = sectors
    .map((s) => ({ s, years: rows.filter((r) => r[s.id] === null).map((r) => r.year) }))
    .filter((g) => g.years.length > 0 && g.years.length < rows.length);
  const columns: ChartColumn<SeriesRow>[] = [
    { key: 'year', header: 'Year', rowHeader: true, value: (r) => r.label },
    ...sectors.map((s) => ({
      key: s.id,
      header: `${s.label} ($ ${unit})`,
      csvHeader: `${s.label} ($ m)`,
      numeric: true,
      color: colorOf(s.id),
      value: (r: SeriesRow) => r[s.id] as number | null,
      format: (r: SeriesRow) => formatIn(unit, r[s.id] as number | null),
    })),
  ];
  const partial = rows.filter((r) => r.label !== String(r.year)).map((r) => r.label);
  const notes = [
    gaps.length ? `Gaps (no figure): ${gaps.map((g) => `${g.s.label} ${formatYearList(g.years)}`).join('; ')}.` : '',
    partial.length ? `${partial.join(', ')} is a partial year, not comparable with full years.` : '',
    rows.length === 1 ? 'This classification has figures for one year only.' : '',
  ].filter(Boolean);
  return (
    <ChartCard<SeriesRow>
      name="sector-series"
      title={title}
      subtitle={`${subtitle}, $ ${unit}`}
      fileParts={fileParts}
      legend={sectors.map((s) => ({
        label: s.label,
        color: colorOf(s.id),
        shape: dashOf?.(s.id) ? ('dashed' as const) : ('line' as const),
      }))}
      sources={sources}
      note={notes.join(' ') || undefined}
      summary={`Line chart of ${sectors.length} selected sectors over ${rows.length} years.`}
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.year)}
      height={320}
      view={
        onView && {
          showAs,
          onShowAs: (mode) => onView({ show: mode }),
          keys: ids,
          unavailable: shown.unavailable,
          log: { value: log, onChange: (on) => onView({ log: on }), blocker: logBlocker },
        }
      }
    >
      {sectors.length === 0 ? (
        <p className="empty-state">Select one or more sectors to compare them over time.</p>
      ) : (
        <div className="chart-frame">
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 300 }}>
            <LineChart data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 8 }} accessibilityLayer>
              <CartesianGrid {...GRID} />
              <XAxis dataKey="label" tick={TICK} tickMargin={6} />
              <YAxis
                {...(showAs === 'values'
                  ? amountYAxis(unit, plotted, { log })
                  : unitYAxis(showAs === 'index' ? 'Index' : '%', plotted, { log }))}
              />
              <Tooltip
                content={(props) => (
                  <ChartTooltip
                    {...props}
                    format={
                      showAs === 'index'
                        ? (v) => v.toFixed(1)
                        : showAs === 'change'
                          ? (v) => formatPercent(v)
                          : undefined
                    }
                  />
                )}
              />
              {sectors.map((s) => (
                <Line
                  key={s.id}
                  dataKey={s.id}
                  name={s.label}
                  stroke={colorOf(s.id)}
                  strokeDasharray={dashOf?.(s.id)}
                  strokeWidth={2}
                  dot={{ r: 3 }}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </ChartCard>
  );
}
