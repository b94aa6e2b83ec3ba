import { useEffect, useRef } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Sector, SectorValue, Source } from '../../api/schemas.ts';
import { amountYAxis } from '../../components/chart-axes.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { ChartTooltip } from '../../components/chart-tooltip.tsx';
import { chooseUnit, formatIn } from '../../lib/format.ts';

interface Props {
  sector: Sector;
  values: SectorValue[];
  color: string;
  flowWord: string;
  measureLabel: string;
  fileParts: ReadonlyArray<string | undefined>;
  sources: Source[];
  onClose: () => void;
}

/** One sector: its description, its values over time as a small chart and table, and its sources. */
export function SectorDetail({ sector, values, color, flowWord, measureLabel, fileParts, sources, onClose }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [sector.id]);
  const rows = values
    .filter((v) => v.sectorId === sector.id)
    .sort((a, b) => a.year - b.year)
    .map((v) => ({ ...v, label: v.partial ? `${v.year} (${v.period})` : String(v.year) }));
  const unit = chooseUnit(rows.map((r) => r.value));
  const notes = [...new Set(rows.map((r) => r.note).filter((n): n is string => Boolean(n)))];
  return (
    <section className="card sector-detail" aria-labelledby="sector-detail-title">
      <div className="sector-detail__head">
        <div>
          <p className="sector-detail__kicker">Sector detail</p>
          <h2 id="sector-detail-title" ref={headingRef} tabIndex={-1}>
            {sector.label}
          </h2>
        </div>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          Close detail
        </button>
      </div>
      <p className="sector-detail__description">{sector.description}</p>
      <ChartCard<(typeof rows)[number]>
        name={`sector-${sector.id}`}
        title={`${sector.label}: US ${flowWord}`}
        subtitle={`${measureLabel}, every year with a figure, $ ${unit}`}
        fileParts={fileParts}
        headingLevel={3}
        legend={[{ label: `US ${flowWord}`, color, shape: 'rect' }]}
        sources={sources}
        note={notes.length ? notes.join(' ') : undefined}
        summary={`Bar chart of ${sector.label}, ${rows.length} years.`}
        columns={[
          { key: 'year', header: 'Year', rowHeader: true, value: (r) => r.label },
          { key: 'value', header: `${measureLabel} ($ ${unit})`, csvHeader: `${measureLabel} ($ m)`, numeric: true, color, value: (r) => r.value, format: (r) => formatIn(unit, r.value) },
          { key: 'note', header: 'Note', value: (r) => r.note ?? '' },
        ]}
        rows={rows}
        rowKey={(r) => String(r.year)}
        height={220}
      >
        {rows.length === 0 ? (
          <p className="empty-state">No figures for this sector with the current flow and measure.</p>
        ) : (
          <div className="chart-frame">
            <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 500, height: 200 }}>
              <BarChart data={rows} margin={{ top: 12, right: 12, bottom: 4, left: 8 }} accessibilityLayer>
                <CartesianGrid stroke="#e3e7ec" vertical={false} />
                <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#444444' }} />
                <YAxis {...amountYAxis(unit, rows.map((r) => r.value), { includeZero: true })} />
                <Tooltip content={(props) => <ChartTooltip {...props} />} />
                <Bar dataKey="value" name={`US ${flowWord}`} fill={color} isAnimationActive={false} maxBarSize={48} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
      </ChartCard>
    </section>
  );
}
