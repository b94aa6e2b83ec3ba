import { valueXAxis, VERTICAL_GRID } from '../../components/chart-axes.ts';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Source } from '../../api/schemas.ts';
import { NARROW_SCREEN, useMediaQuery } from '../../lib/use-media-query.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { PERIOD_COLORS } from '../../lib/colors.ts';
import { formatM, formatMusd, formatPercent } from '../../lib/format.ts';
import { ListChartFrame, WrappedTick } from './list-chart.tsx';
import { orderTariffRows, type TariffRow } from './sector-math.ts';

const MAX_BARS = 12;

interface Props {
  rows: TariffRow[];
  periods: ReadonlyArray<{ year: number; period: string; partial: boolean }>;
  sources: Source[];
}

/** A rate as a bar label: one decimal, two under 1% so that 0.1% and 0.2% stay apart; a tiny rate never reads as 0. */
const rateLabel = (v: number) => (v === 0 ? '0%' : v < 0.005 ? '<0.01%' : `${v < 1 ? v.toFixed(2) : v.toFixed(1)}%`);

/** Duties collected and the effective duty rate on US imports from Korea by HS chapter, 2023 to Jan–Aug 2025. */
export function TariffsCard({ rows, periods, sources }: Props) {
  const narrow = useMediaQuery(NARROW_SCREEN);
  const labelChars = narrow ? 19 : 38;
  const last = periods.at(-1);
  const label = (p: { year: number; period: string; partial: boolean }) =>
    p.partial ? `${p.year} (${p.period})` : String(p.year);
  const { total, shown, rest } = orderTariffRows(rows, last?.year, MAX_BARS);
  const ordered = [...(total ? [total] : []), ...shown, ...rest];
  const chartRows = [...(total ? [total] : []), ...shown].map((r) => {
    const row: Record<string, string | number | null> = { label: r.label };
    for (const p of periods) row[`y${p.year}`] = r.byYear[p.year]?.rate ?? null;
    return row;
  });
  const colorOf = (i: number) => PERIOD_COLORS[i % PERIOD_COLORS.length] ?? '#000000';
  const totalRates = total
    ? periods
        .map((p) => `${label(p)} ${formatPercent(total.byYear[p.year]?.rate ?? null, { signed: false })}`)
        .join(', ')
    : '';
  const lastLabel = last ? label(last) : 'the latest period';
  return (
    <ChartCard<TariffRow>
      name="tariffs-hs-chapters"
      title="Tariffs on US imports from South Korea"
      subtitle={`Effective duty rate (calculated duties ÷ customs value) by HS chapter, ${periods.map(label).join(', ')}; %`}
      fileParts={periods.map(label)}
      legend={periods.map((p, i) => ({ label: label(p), color: colorOf(i), shape: 'rect' as const }))}
      sources={sources}
      note={`Customs value = CIF import value − charges, insurance and freight (for 2023 this equals the reported customs value). The chart shows all chapters' total, then the ${MAX_BARS} chapters with the most duties collected in ${lastLabel}, ordered by their duty rate in ${lastLabel}; the table holds every chapter. ${last?.partial ? `${label(last)} covers ${last.period} only.` : ''} Imports for consumption (USITC DataWeb), not Census general imports.`}
      summary={`Grouped bar chart of effective duty rates. All chapters: ${totalRates}.`}
      columns={[
        { key: 'sector', header: 'HS chapter', rowHeader: true, value: (r) => r.label },
        ...periods.flatMap((p) => [
          {
            key: `duties-${p.year}`,
            header: `Duties ${label(p)} ($ m)`,
            numeric: true,
            value: (r: TariffRow) => r.byYear[p.year]?.duties ?? null,
            format: (r: TariffRow) => formatM(r.byYear[p.year]?.duties ?? null),
          },
          {
            key: `customs-${p.year}`,
            header: `Customs value ${label(p)} ($ m)`,
            numeric: true,
            value: (r: TariffRow) => r.byYear[p.year]?.customsValue ?? null,
            format: (r: TariffRow) => formatM(r.byYear[p.year]?.customsValue ?? null),
          },
          {
            key: `rate-${p.year}`,
            header: `Duty rate ${label(p)} (%)`,
            numeric: true,
            value: (r: TariffRow) => {
              const v = r.byYear[p.year]?.rate;
              return v === null || v === undefined ? null : Number(v.toFixed(3));
            },
            format: (r: TariffRow) => formatPercent(r.byYear[p.year]?.rate ?? null, { signed: false }),
          },
        ]),
      ]}
      rows={ordered}
      rowKey={(r) => r.sectorId}
      height={Math.max(280, chartRows.length * (periods.length * 12 + 14) + 80)}
    >
      <ListChartFrame hint="Keyboard: focus the chart, then ↑ and ↓ move through the chapters.">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 420 }}>
          <BarChart
            data={chartRows}
            layout="vertical"
            margin={{ top: 4, right: 48, bottom: 4, left: 8 }}
            barGap={1}
            accessibilityLayer
          >
            <CartesianGrid {...VERTICAL_GRID} />
            <XAxis
              {...valueXAxis(chartRows.flatMap((r) => periods.map((p) => r[`y${p.year}`] as number | null)))}
              label={{ value: '%', position: 'insideBottomRight', offset: -2, fontSize: 12, fill: '#444444' }}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={narrow ? 132 : 280}
              tick={<WrappedTick chars={labelChars} fontSize={narrow ? 11 : 12} />}
              interval={0}
            />
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
                          {label(p)}:{' '}
                          <strong>{formatPercent(source.byYear[p.year]?.rate ?? null, { signed: false })}</strong>{' '}
                          (duties {formatMusd(source.byYear[p.year]?.duties ?? null)})
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              }}
            />
            {periods.map((p, i) => (
              <Bar
                key={p.year}
                dataKey={`y${p.year}`}
                name={label(p)}
                fill={colorOf(i)}
                isAnimationActive={false}
                maxBarSize={11}
              >
                <LabelList
                  dataKey={`y${p.year}`}
                  position="right"
                  fontSize={10}
                  fill="#333333"
                  formatter={(v: unknown) => (typeof v === 'number' ? rateLabel(v) : '')}
                />
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ListChartFrame>
    </ChartCard>
  );
}
