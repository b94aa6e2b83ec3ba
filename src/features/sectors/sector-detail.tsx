import { useEffect, useId, useRef } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Sector, SectorValue, Source } from '../../api/schemas.ts';
import { amountYAxis, GRID, TICK } from '../../components/chart-axes.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { ChartTooltip } from '../../components/chart-tooltip.tsx';
import { chooseUnit, formatIn } from '../../lib/format.ts';
import { isLowerBound } from './sector-math.ts';

interface Props {
  sector: Sector;
  values: SectorValue[];
  color: string;
  flowWord: string;
  measureLabel: string;
  fileParts: ReadonlyArray<string | undefined>;
  sources: Source[];
  onClose: () => void;
  /** Scroll the detail into view on opening (opened with a key); a click keeps the scroll position. */
  reveal?: boolean;
}

/**
 * One sector: its description, its values over time as a small chart and table, and its sources. It opens
 * with focus on its heading (scrolled into view only when opened with a key); Escape or "Close detail" closes it.
 */
export function SectorDetail({
  sector,
  values,
  color,
  flowWord,
  measureLabel,
  fileParts,
  sources,
  onClose,
  reveal = true,
}: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hatchId = `detail-hatch${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  useEffect(() => {
    const heading = headingRef.current;
    if (!heading) return;
    heading.focus({ preventScroll: true });
    if (reveal) heading.scrollIntoView?.({ block: 'nearest' });
    // Only on opening or switching sector, not when `reveal` alone changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sector.id]);
  const rows = values
    .filter((v) => v.sectorId === sector.id)
    .sort((a, b) => a.year - b.year)
    .map((v) => ({ ...v, label: v.partial ? `${v.year} (${v.period})` : String(v.year) }));
  const unit = chooseUnit(rows.map((r) => r.value));
  const notes = [...new Set(rows.map((r) => r.note).filter((n): n is string => Boolean(n)))];
  return (
    <section
      className="card sector-detail"
      aria-labelledby="sector-detail-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="sector-detail__head">
        <div>
          <p className="sector-detail__kicker">Sector detail</p>
          <h2 id="sector-detail-title" ref={headingRef} tabIndex={-1}>
            {sector.label}
          </h2>
        </div>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={onClose}
          aria-keyshortcuts="Escape"
        >
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
          {
            key: 'value',
            header: `${measureLabel} ($ ${unit})`,
            csvHeader: `${measureLabel} ($ m)`,
            numeric: true,
            color,
            value: (r) => r.value,
            format: (r) => `${isLowerBound(r.note) ? '≥ ' : ''}${formatIn(unit, r.value)}`,
          },
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
                <defs>
                  <pattern
                    id={hatchId}
                    width="6"
                    height="6"
                    patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)"
                  >
                    <rect width="6" height="6" fill="#ffffff" />
                    <line x1="0" y1="0" x2="0" y2="6" stroke={color} strokeWidth="3" />
                  </pattern>
                </defs>
                <CartesianGrid {...GRID} />
                <XAxis dataKey="label" tick={TICK} />
                <YAxis
                  {...amountYAxis(
                    unit,
                    rows.map((r) => r.value),
                    { includeZero: true },
                  )}
                />
                <Tooltip content={(props) => <ChartTooltip {...props} />} />
                <Bar dataKey="value" name={`US ${flowWord}`} fill={color} isAnimationActive={false} maxBarSize={48}>
                  {rows.map((r) => (
                    <Cell
                      key={r.year}
                      fill={isLowerBound(r.note) ? `url(#${hatchId})` : color}
                      stroke={isLowerBound(r.note) ? color : undefined}
                    />
                  ))}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
      </ChartCard>
    </section>
  );
}
