import { valueXAxis } from '../../components/chart-axes.ts';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Source } from '../../api/schemas.ts';
import { NARROW_SCREEN, useMediaQuery } from '../../lib/use-media-query.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { formatM, formatMusd, formatPercent, truncateText } from '../../lib/format.ts';
import type { TariffRow } from './sector-math.ts';

// Three periods compared: distinct shades of one hue family would fail; these are Okabe–Ito colours not
// used for exports, imports, balance, goods or services.
const PERIOD_COLORS = ['#56B4E9', '#CC79A7', '#000000'] as const;
const MAX_BARS = 12;

interface Props {
  rows: TariffRow[];
  periods: ReadonlyArray<{ year: number; period: string; partial: boolean }>;
  sources: Source[];
}

/** Duties collected and the effective duty rate on US imports from Korea by HS chapter, 2023 to Jan–Aug 2025. */
export function TariffsCard({ rows, periods, sources }: Props) {
  const narrow = useMediaQuery(NARROW_SCREEN);
  const labelChars = narrow ? 16 : 30;
  const last = periods.at(-1);
  const label = (p: { year: number; period: string; partial: boolean }) => (p.partial ? `${p.year} (${p.period})` : String(p.year));
  const total = rows.find((r) => r.sectorId === 'hs-total');
  const chapters = rows
    .filter((r) => r.sectorId !== 'hs-total')
    .sort((a, b) => (last ? (b.byYear[last.year]?.duties ?? -1) - (a.byYear[last.year]?.duties ?? -1) : 0));
  const ordered = total ? [total, ...chapters] : chapters;
  const chartRows = ordered.slice(0, MAX_BARS + 1).map((r) => {
    const row: Record<string, string | number | null> = { short: truncateText(r.label, labelChars), label: r.label };
    for (const p of periods) row[`y${p.year}`] = r.byYear[p.year]?.rate ?? null;
    return row;
  });
  const totalRates = total ? periods.map((p) => `${label(p)} ${formatPercent(total.byYear[p.year]?.rate ?? null, { signed: false })}`).join(', ') : '';
  return (
    <ChartCard<TariffRow>
      name="tariffs-hs-chapters"
      title="Tariffs on US imports from South Korea"
      subtitle={`Effective duty rate (calculated duties ÷ customs value) by HS chapter, ${periods.map(label).join(', ')}; %`}
      fileParts={periods.map(label)}
      legend={periods.map((p, i) => ({ label: label(p), color: PERIOD_COLORS[i % PERIOD_COLORS.length] ?? '#000000', shape: 'rect' as const }))}
      sources={sources}
      note={`Customs value = CIF import value − charges, insurance and freight (for 2023 this equals the reported customs value). Ranked by duties collected in ${last ? label(last) : 'the latest period'}; the chart shows all chapters' total and the ${MAX_BARS} chapters with the most duties. ${last?.partial ? `${label(last)} covers ${last.period} only.` : ''} Imports for consumption (USITC DataWeb), not Census general imports.`}
      summary={`Grouped bar chart of effective duty rates. All chapters: ${totalRates}.`}
      columns={[
        { key: 'sector', header: 'HS chapter', rowHeader: true, value: (r) => r.label },
        ...periods.flatMap((p) => [
          { key: `duties-${p.year}`, header: `Duties ${label(p)} ($ m)`, numeric: true, value: (r: TariffRow) => r.byYear[p.year]?.duties ?? null, format: (r: TariffRow) => formatM(r.byYear[p.year]?.duties ?? null) },
          { key: `customs-${p.year}`, header: `Customs value ${label(p)} ($ m)`, numeric: true, value: (r: TariffRow) => r.byYear[p.year]?.customsValue ?? null, format: (r: TariffRow) => formatM(r.byYear[p.year]?.customsValue ?? null) },
          { key: `rate-${p.year}`, header: `Duty rate ${label(p)} (%)`, numeric: true, value: (r: TariffRow) => { const v = r.byYear[p.year]?.rate; return v === null || v === undefined ? null : Number(v.toFixed(3)); }, format: (r: TariffRow) => formatPercent(r.byYear[p.year]?.rate ?? null, { signed: false }) },
        ]),
      ]}
      rows={ordered}
      rowKey={(r) => r.sectorId}
      height={Math.max(260, chartRows.length * 34 + 60)}
    >
      <div className="chart-frame">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 420 }}>
          <BarChart data={chartRows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer>
            <CartesianGrid stroke="#e3e7ec" horizontal={false} />
            <XAxis {...valueXAxis(chartRows.flatMap((r) => periods.map((p) => r[`y${p.year}`] as number | null)))} label={{ value: '%', position: 'insideBottomRight', offset: -2, fontSize: 12, fill: '#444444' }} />
            <YAxis type="category" dataKey="short" width={narrow ? 112 : 210} tick={{ fontSize: 12, fill: '#333333' }} interval={0} />
            <Tooltip
              cursor={{ fill: '#0b395414' }}
              content={({ active, payload }) => {
                const row = payload?.[0]?.payload as { label: string } | undefined;
                const source = row ? ordered.find((r) => r.label === row.label) : undefined;
                if (!active || !source) return null;
                return (
                  <div className="chart-tooltip">
                    <p className="chart-tooltip__label">{source.label}</p>
                    <ul>
                      {periods.map((p) => (
                        <li key={p.year}>
                          {label(p)}: <strong>{formatPercent(source.byYear[p.year]?.rate ?? null, { signed: false })}</strong> (duties {formatMusd(source.byYear[p.year]?.duties ?? null)})
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              }}
            />
            {periods.map((p, i) => (
              <Bar key={p.year} dataKey={`y${p.year}`} name={label(p)} fill={PERIOD_COLORS[i % PERIOD_COLORS.length]} isAnimationActive={false} maxBarSize={9} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartCard>
  );
}
