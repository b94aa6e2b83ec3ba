import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Sector, SectorValue, Source } from '../../api/schemas.ts';
import { bnYAxis, GRID, TICK } from '../../components/chart-axes.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { formatBn, formatMusd, formatYearList } from '../../lib/format.ts';
import { contextRows, type ContextRow } from './sector-math.ts';

interface Props {
  name: string;
  title: string;
  sectors: Sector[];
  values: SectorValue[];
  colorOf: (id: string) => string;
  sources: Source[];
  /** A note that comes first, e.g. how these figures differ in scope from another card's. */
  lead?: string;
}

/**
 * A context figure with its own sources, e.g. agricultural or beef exports: every reported year on a time axis
 * spaced by time, the years without a figure left visible as gaps, a lower bound drawn hatched with "≥".
 */
export function ContextCard({ name, title, sectors, values, colorOf, sources, lead }: Props) {
  const ids = sectors.map((s) => s.id);
  const { rows, years, missing } = contextRows(values, ids);
  const patternBase = `hatch${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const patternId = (id: string) => `${patternBase}-${ids.indexOf(id)}`;
  const first = years[0];
  const last = years.at(-1);
  const notes = values.filter((v) => ids.includes(v.sectorId) && v.note).map((v) => `${v.year}: ${v.note}`);
  const hasBound = rows.some((r) => ids.some((id) => r.bound[id]));
  const show = (r: ContextRow, id: string) => `${r.bound[id] ? '≥ ' : ''}${formatBn(r.values[id] ?? null)}`;
  const data = rows.map((r) => ({ year: r.year, ...r.values }));
  // Series that never share a year (one scope up to 2020, another in 2023) are drawn centred in one slot;
  // where two share a year they stand side by side, never stacked into a sum.
  const shareAYear = rows.some((r) => ids.filter((id) => r.values[id] !== null).length > 1);
  return (
    <ChartCard<ContextRow>
      name={name}
      title={title}
      subtitle={`US exports to South Korea, ${first}–${last}, reported years only, $ bn`}
      fileParts={[first, last]}
      legend={[
        ...sectors.map((s) => ({ label: s.label, color: colorOf(s.id), shape: 'rect' as const })),
        ...(hasBound
          ? [{ label: 'Hatched, ≥: lower bound ("more than")', color: '#8a939e', shape: 'rect' as const }]
          : []),
      ]}
      sources={sources}
      note={[
        lead,
        `Only the years a source reported are shown; ${missing.length ? `${formatYearList(missing)} ${missing.length === 1 ? 'has' : 'have'} no figure and ${missing.length === 1 ? 'is' : 'are'} left empty, not estimated.` : 'the others are not estimated.'}`,
        ...notes,
      ]
        .filter(Boolean)
        .join(' ')}
      summary={`Bar chart of ${sectors.map((s) => s.label).join(' and ')} on a time axis from ${first} to ${last}. Figures for ${years.join(', ')}${missing.length ? `; no figure for ${missing.join(', ')}` : ''}.`}
      columns={[
        { key: 'year', header: 'Year', rowHeader: true, value: (r) => r.year },
        ...sectors.map((s) => ({
          key: s.id,
          header: `${s.label} ($ bn)`,
          csvHeader: `${s.label} ($ m)`,
          numeric: true,
          color: colorOf(s.id),
          value: (r: ContextRow) => r.values[s.id] ?? null,
          format: (r: ContextRow) => show(r, s.id),
        })),
        { key: 'note', header: 'Note', value: (r) => r.notes.join(' ') },
      ]}
      rows={rows}
      rowKey={(r) => String(r.year)}
      height={260}
    >
      <div className="chart-frame">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 500, height: 240 }}>
          <BarChart data={data} margin={{ top: 18, right: 12, bottom: 4, left: 8 }} accessibilityLayer>
            <defs>
              {sectors.map((s) => (
                <pattern
                  key={s.id}
                  id={patternId(s.id)}
                  width="6"
                  height="6"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <rect width="6" height="6" fill="#ffffff" />
                  <line x1="0" y1="0" x2="0" y2="6" stroke={colorOf(s.id)} strokeWidth="3" />
                </pattern>
              ))}
            </defs>
            <CartesianGrid {...GRID} />
            {missing.map((y) => (
              <ReferenceArea
                key={y}
                x1={y - 0.3}
                x2={y + 0.3}
                fill="#f0f2f5"
                fillOpacity={1}
                ifOverflow="extendDomain"
                label={{
                  value: 'no figure',
                  position: 'insideBottom',
                  angle: -90,
                  dx: 0,
                  dy: -30,
                  fontSize: 11,
                  fill: '#5b6670',
                }}
              />
            ))}
            <XAxis
              type="number"
              dataKey="year"
              domain={[(first ?? 0) - 0.5, (last ?? 0) + 0.5]}
              ticks={rows.map((r) => r.year)}
              interval={0}
              allowDecimals={false}
              tickFormatter={(v: number) => String(v)}
              tick={TICK}
              tickMargin={6}
            />
            <YAxis
              {...bnYAxis(
                rows.flatMap((r) => sectors.map((s) => r.values[s.id])),
                { includeZero: true },
              )}
            />
            <Tooltip
              cursor={{ fill: '#0b395414' }}
              content={({ active, payload }) => {
                const year = (payload?.[0]?.payload as { year?: number } | undefined)?.year;
                const row = rows.find((r) => r.year === year);
                if (!active || !row) return null;
                return (
                  <div className="chart-tooltip">
                    <p className="chart-tooltip__label">{row.year}</p>
                    <ul>
                      {sectors.map((s) => (
                        <li key={s.id}>
                          <span className="swatch" style={{ background: colorOf(s.id) }} aria-hidden="true" />
                          {s.label}:{' '}
                          <strong>
                            {row.values[s.id] == null
                              ? 'no figure'
                              : `${row.bound[s.id] ? 'more than ' : ''}${formatMusd(row.values[s.id])}`}
                          </strong>
                        </li>
                      ))}
                    </ul>
                    {row.notes.length > 0 && <p className="chart-tooltip__hint">{row.notes.join(' ')}</p>}
                  </div>
                );
              }}
            />
            {sectors.map((s) => (
              <Bar
                key={s.id}
                dataKey={s.id}
                name={s.label}
                fill={colorOf(s.id)}
                stackId={shareAYear ? undefined : 'slot'}
                isAnimationActive={false}
                maxBarSize={40}
              >
                {rows.map((r) => (
                  <Cell
                    key={r.year}
                    fill={r.bound[s.id] ? `url(#${patternId(s.id)})` : colorOf(s.id)}
                    stroke={colorOf(s.id)}
                    strokeWidth={r.bound[s.id] ? 1.5 : 0}
                  />
                ))}
                <LabelList
                  dataKey={s.id}
                  position="top"
                  content={(props) => {
                    const { x, y, width, index } = props as {
                      x?: number | string;
                      y?: number | string;
                      width?: number | string;
                      index?: number;
                    };
                    const row = index === undefined ? undefined : rows[index];
                    if (!row || row.values[s.id] == null) return null;
                    return (
                      <text
                        x={Number(x) + Number(width) / 2}
                        y={Number(y) - 4}
                        textAnchor="middle"
                        fontSize={11}
                        fill="#333333"
                      >
                        {show(row, s.id)}
                      </text>
                    );
                  }}
                />
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartCard>
  );
}
