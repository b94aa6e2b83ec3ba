import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Source } from '../../api/schemas.ts';
import { amountYAxis, GRID, TICK } from '../../components/chart-axes.ts';
import { ChartCard, type ChartColumn } from '../../components/chart-card.tsx';
import { ChartTooltip } from '../../components/chart-tooltip.tsx';
import { chooseUnit, formatIn } from '../../lib/format.ts';
import { BASIS_SHORT, isCensusBasis, sentence, type HsSeriesRow } from './hs-math.ts';

const COUNT: Record<number, string> = { 1: 'One', 2: 'Two', 3: 'Three', 4: 'Four' };

export interface SeriesItem {
  id: string;
  label: string;
  color: string;
  dash?: string;
}

interface Props {
  rows: HsSeriesRow[];
  segments: Array<{ itemId: string; basis: string; key: string }>;
  items: SeriesItem[];
  /** The basis of each year of the axis (none for the gap years). */
  basisOf: (year: number) => string | undefined;
  /** First years of a new basis, and the years no source has. */
  breaks: number[];
  gap: { from: number; to: number } | undefined;
  title: string;
  subtitle: string;
  fileParts: ReadonlyArray<string | number | undefined>;
  sources: Source[];
  balance?: boolean;
  note?: string;
}

/**
 * Selected items over 2007–2025. Each basis is its own line segment (a line never joins two bases), the years
 * no source has stay on the axis as a shaded gap, and a change of basis is a marked vertical line.
 */
export function HsSeriesCard({
  rows,
  segments,
  items,
  basisOf,
  breaks,
  gap,
  title,
  subtitle,
  fileParts,
  sources,
  balance,
  note,
}: Props) {
  const figures = rows.flatMap((r) => segments.map((s) => r[s.key] as number | null));
  const unit = chooseUnit(figures);
  const valueOf = (r: HsSeriesRow, id: string) => {
    for (const s of segments)
      if (s.itemId === id && r[s.key] !== null && r[s.key] !== undefined) return r[s.key] as number;
    return null;
  };
  const columns: ChartColumn<HsSeriesRow>[] = [
    { key: 'year', header: 'Year', rowHeader: true, value: (r) => r.label },
    {
      key: 'basis',
      header: 'Basis',
      value: (r) => (basisOf(r.year) ? (BASIS_SHORT[basisOf(r.year) as string] ?? '') : 'no source'),
    },
    ...items.map((s) => ({
      key: s.id,
      header: `${s.label} ($ ${unit})`,
      csvHeader: `${s.label} ($ m)`,
      numeric: true,
      color: s.color,
      value: (r: HsSeriesRow) => valueOf(r, s.id),
      format: (r: HsSeriesRow) => formatIn(unit, valueOf(r, s.id)),
    })),
  ];
  const labelOf = (year: number) => rows.find((r) => r.year === year)?.label ?? String(year);
  // Each basis with the years it is drawn for (a basis may come back after another, e.g. around a gap).
  const runs: Array<{ basis: string; from: string; to: string }> = [];
  for (const r of rows) {
    const b = basisOf(r.year);
    if (!b) continue;
    const lastRun = runs.at(-1);
    if (lastRun && lastRun.basis === b) lastRun.to = r.label;
    else runs.push({ basis: b, from: r.label, to: r.label });
  }
  const runText = (x: (typeof runs)[number]) =>
    `${BASIS_SHORT[x.basis] ?? x.basis} ${x.from === x.to ? x.from : `${x.from}–${x.to}`}`;
  const partial = rows.filter((r) => r.label !== String(r.year)).map((r) => r.label);
  const census = segments.some((s) => isCensusBasis(s.basis));
  const drawn = new Set(segments.filter((s) => rows.some((r) => r[s.key] !== null)).map((s) => s.itemId));
  const without = items.filter((i) => !drawn.has(i.id));
  const notes = [
    runs.length > 1
      ? `${COUNT[new Set(runs.map((x) => x.basis)).size] ?? 'Several'} bases, never joined by a line: ${runs.map(runText).join('; ')}.`
      : runs[0]
        ? sentence(`Basis: ${BASIS_SHORT[runs[0].basis] ?? runs[0].basis}`)
        : '',
    census ? 'Census-basis figures are drawn dotted with hollow points.' : '',
    without.length ? `No figure in any year for ${without.map((i) => i.label).join(', ')}: nothing to draw.` : '',
    // An item drawn for one basis but without any figure of another (HS 02 has no DataWeb imports).
    ...(runs.length > 1
      ? runs.flatMap((run) => {
          const years = rows.filter((r) => basisOf(r.year) === run.basis);
          const missing = items.filter(
            (i) =>
              drawn.has(i.id) &&
              !segments.some((s) => s.itemId === i.id && s.basis === run.basis && years.some((r) => r[s.key] !== null)),
          );
          return missing.length ? [`No figure of ${missing.map((i) => i.label).join(', ')} in ${runText(run)}.`] : [];
        })
      : []),
    gap ? `${gap.from}–${gap.to}: no source has HS-chapter figures (a gap, not zero).` : '',
    partial.length ? `${partial.join(', ')} is a partial year, not comparable with full years.` : '',
    note ?? '',
  ].filter(Boolean);
  return (
    <ChartCard<HsSeriesRow>
      // Its years span two bases and two downloads: no first-to-last change under the table.
      changeRows={false}
      name="hs-series"
      title={title}
      subtitle={`${subtitle}, $ ${unit}`}
      fileParts={fileParts}
      legend={[
        ...items.map((s) => ({
          label: s.label,
          color: s.color,
          shape: s.dash ? ('dashed' as const) : ('line' as const),
        })),
        ...(census
          ? [{ label: 'Census basis: dotted, hollow points', color: '#444444', shape: 'dashed' as const }]
          : []),
      ]}
      sources={sources}
      note={notes.join(' ')}
      summary={`Line chart of ${items.length} selected items over ${rows.length} years, broken at each change of basis and at the years without figures.`}
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.year)}
      height={320}
    >
      {items.length === 0 ? (
        <p className="empty-state">Select one or more chapters to compare them over time.</p>
      ) : without.length === items.length ? (
        <p className="empty-state">
          {items.length === 1 ? `${items[0]?.label} has` : 'The selected items have'} no figures for this flow in any
          year, so there is no line to draw.
        </p>
      ) : (
        <div className="chart-frame">
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 300 }}>
            <LineChart data={rows} margin={{ top: 16, right: 16, bottom: 4, left: 8 }} accessibilityLayer>
              <CartesianGrid {...GRID} />
              <XAxis dataKey="label" tick={TICK} tickMargin={6} interval="preserveStartEnd" />
              <YAxis {...amountYAxis(unit, balance ? [0, ...figures] : figures)} />
              {balance && <ReferenceLine y={0} stroke="#8a939e" />}
              {gap && (
                <ReferenceArea
                  x1={labelOf(gap.from)}
                  x2={labelOf(gap.to)}
                  fill="#8a939e"
                  fillOpacity={0.15}
                  // At the bottom: the "new basis" label of a break right after the gap sits at the top.
                  label={{ value: 'no data', position: 'insideBottom', fontSize: 11, fill: '#444444' }}
                />
              )}
              {breaks.map((y) => (
                <ReferenceLine
                  key={y}
                  x={labelOf(y)}
                  stroke="#444444"
                  strokeDasharray="3 3"
                  label={{ value: 'new basis', position: 'insideTopRight', fontSize: 11, fill: '#444444' }}
                />
              ))}
              <Tooltip
                content={(props) => (
                  <ChartTooltip {...props} balanceKeys={balance ? segments.map((s) => s.key) : undefined} />
                )}
              />
              {segments.map((s) => {
                const item = items.find((i) => i.id === s.itemId);
                const dotted = isCensusBasis(s.basis);
                return (
                  <Line
                    key={s.key}
                    dataKey={s.key}
                    name={`${item?.label ?? s.itemId} (${BASIS_SHORT[s.basis] ?? s.basis})`}
                    stroke={item?.color}
                    strokeDasharray={dotted ? '2 3' : item?.dash}
                    strokeWidth={2}
                    dot={dotted ? { r: 3, fill: '#ffffff', strokeWidth: 1.5 } : { r: 3 }}
                    connectNulls={false}
                    isAnimationActive={false}
                  />
                );
              })}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </ChartCard>
  );
}
