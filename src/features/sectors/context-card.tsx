import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Sector, SectorValue, Source } from '../../api/schemas.ts';
import { bnYAxis, GRID, YEAR_X_AXIS } from '../../components/chart-axes.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { ChartTooltip } from '../../components/chart-tooltip.tsx';
import { formatBn } from '../../lib/format.ts';

interface Props {
  name: string;
  title: string;
  sectors: Sector[];
  values: SectorValue[];
  colorOf: (id: string) => string;
  sources: Source[];
}

/** A context figure with its own sources, e.g. agricultural or beef exports: every reported year, each note kept. */
export function ContextCard({ name, title, sectors, values, colorOf, sources }: Props) {
  const ids = sectors.map((s) => s.id);
  const mine = values.filter((v) => ids.includes(v.sectorId));
  const years = [...new Set(mine.map((v) => v.year))].sort((a, b) => a - b);
  const rows = years.map((year) => {
    const row: Record<string, number | null> & { year: number } = { year };
    for (const id of ids) row[id] = mine.find((v) => v.year === year && v.sectorId === id)?.value ?? null;
    return row;
  });
  const notes = mine.filter((v) => v.note).map((v) => `${v.year}: ${v.note}`);
  const first = years[0];
  const last = years.at(-1);
  return (
    <ChartCard<(typeof rows)[number]>
      name={name}
      title={title}
      subtitle={`US exports to South Korea, reported years ${first}–${last}, $ bn`}
      fileParts={[first, last]}
      legend={sectors.map((s) => ({ label: s.label, color: colorOf(s.id), shape: 'rect' as const }))}
      sources={sources}
      note={[`Only the years a source reported; the others are not estimated.`, ...notes].join(' ')}
      summary={`Bar chart of ${sectors.map((s) => s.label).join(' and ')} in the years reported: ${years.join(', ')}.`}
      columns={[
        { key: 'year', header: 'Year', rowHeader: true, value: (r) => r.year },
        ...sectors.map((s) => ({
          key: s.id,
          header: `${s.label} ($ bn)`,
          csvHeader: `${s.label} ($ m)`,
          numeric: true,
          color: colorOf(s.id),
          value: (r: (typeof rows)[number]) => r[s.id] ?? null,
          format: (r: (typeof rows)[number]) => formatBn(r[s.id] ?? null),
        })),
      ]}
      rows={rows}
      rowKey={(r) => String(r.year)}
      height={240}
    >
      <div className="chart-frame">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 500, height: 220 }}>
          <BarChart data={rows} margin={{ top: 12, right: 12, bottom: 4, left: 8 }} accessibilityLayer>
            <CartesianGrid {...GRID} />
            <XAxis {...YEAR_X_AXIS} />
            <YAxis {...bnYAxis(rows.flatMap((r) => sectors.map((s) => r[s.id])), { includeZero: true })} />
            <Tooltip content={(props) => <ChartTooltip {...props} />} />
            {sectors.map((s) => (
              <Bar key={s.id} dataKey={s.id} name={s.label} fill={colorOf(s.id)} isAnimationActive={false} maxBarSize={40} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartCard>
  );
}
