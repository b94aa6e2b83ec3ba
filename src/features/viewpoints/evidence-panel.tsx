// "Check against the data": the series a claim speaks of, over the claim period and on to the latest year,
// with the figures at the claim's start and end and at the latest year, and a reading computed from them.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { annualTradeQuery, sectorsQuery, sectorValuesQuery } from '../../api/queries.ts';
import type { Meta, Source, TradeEvent, ViewpointEvidence } from '../../api/schemas.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { BN_Y_AXIS, GRID, YEAR_X_AXIS, ZERO_LINE } from '../../components/chart-axes.ts';
import { ChartTooltip } from '../../components/chart-tooltip.tsx';
import {
  MILESTONE_LEGEND,
  MILESTONE_MARGIN_TOP,
  MilestoneDetail,
  milestoneLines,
  yearTicks,
} from '../../components/milestones.tsx';
import { QueryStatus, Skeleton } from '../../components/query-status.tsx';
import { pickSources } from '../../components/source-line.tsx';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { formatBalance, formatBn, formatMusd, formatYearList } from '../../lib/format.ts';
import {
  evidenceReading,
  parseEvidenceSeries,
  type EvidenceFigure,
  type EvidenceReading,
  type SeriesPoint,
  type SeriesSubject,
  zeroBasedTicks,
} from './viewpoint-math.ts';

interface PanelProps {
  evidence: ViewpointEvidence;
  meta: Meta;
  events: TradeEvent[];
  /** Identifies the statement in export file names: "vp-013". */
  statementId: string;
}

/** The inline data check of one statement; picks the endpoint by the evidence series. */
export function EvidencePanel({ evidence, meta, events, statementId }: PanelProps) {
  const series = parseEvidenceSeries(evidence.series);
  if (series.kind === 'annual') {
    return (
      <AnnualEvidence
        evidence={evidence}
        category={series.category}
        measure={series.measure}
        meta={meta}
        events={events}
        statementId={statementId}
      />
    );
  }
  if (series.kind === 'sector') {
    return (
      <SectorEvidence
        evidence={evidence}
        sectorId={series.sectorId}
        meta={meta}
        events={events}
        statementId={statementId}
      />
    );
  }
  return (
    <p className="notice">
      This statement names a data series (“{series.id}”) that the dashboard does not hold, so it cannot be checked here.
    </p>
  );
}

const FLOW_WORDS = { exports: 'exports to', imports: 'imports from' } as const;

function AnnualEvidence({
  evidence,
  category,
  measure,
  meta,
  events,
  statementId,
}: PanelProps & { category: 'goods' | 'services'; measure: 'exports' | 'imports' | 'balance' }) {
  const query = useQuery(annualTradeQuery({ category }));
  const subject: SeriesSubject =
    measure === 'balance'
      ? { kind: 'balance', label: `US ${category}` }
      : { kind: 'flow', label: `US ${category} ${FLOW_WORDS[measure]} South Korea` };
  const title = measure === 'balance' ? `US ${category} balance with South Korea` : subject.label;
  return (
    <QueryStatus query={query} label={`${category} trade figures`} skeleton={<Skeleton height={300} />}>
      {(data) => {
        const series: SeriesPoint[] = data.rows.map((r) => ({ year: r.year, value: r[measure], partialPeriod: null }));
        const reading = evidenceReading(subject, series, evidence, { coverageLabel: `The ${category} series` });
        const years = new Set(reading.points.map((p) => p.year));
        const sourceIds = data.rows.filter((r) => years.has(r.year)).flatMap((r) => r.sourceIds);
        return (
          <EvidenceView
            name={`check-${statementId}-${category}-${measure}`}
            title={title}
            seriesName={
              measure === 'balance'
                ? `${category === 'goods' ? 'Goods' : 'Services'} balance`
                : `US ${category} ${measure}`
            }
            balance={measure === 'balance'}
            color={SERIES_COLORS[measure]}
            reading={reading}
            claim={evidence}
            sources={pickSources(meta.sources, sourceIds)}
            events={events}
            seriesNote={meta.series.find((s) => s.id === category)?.note}
          />
        );
      }}
    </QueryStatus>
  );
}

function SectorEvidence({ evidence, sectorId, meta, events, statementId }: PanelProps & { sectorId: string }) {
  const sectors = useQuery(sectorsQuery());
  const sector = sectors.data?.sectors.find((s) => s.id === sectorId);
  const classification = sector?.classification;
  const values = useQuery({
    ...sectorValuesQuery({ classification: classification ?? '', sector: [sectorId], flow: 'exports' }),
    enabled: classification !== undefined,
  });
  if (sectors.isSuccess && !sector) {
    return (
      <p className="notice">
        The sector “{sectorId}” named by this statement is not in the sector catalogue, so it cannot be checked here.
      </p>
    );
  }
  const classificationLabel = meta.classifications.find((c) => c.id === classification)?.label ?? classification ?? '';
  return (
    <QueryStatus query={sectors} label="the sector catalogue" skeleton={<Skeleton height={300} />}>
      {() => (
        <QueryStatus
          query={values}
          label={`${sector?.label ?? sectorId} export figures`}
          skeleton={<Skeleton height={300} />}
        >
          {(data) => {
            const rows = data.rows.filter((r) => r.sectorId === sectorId && r.flow === 'exports');
            const measure = rows.some((r) => r.measure === 'value') ? 'value' : rows[0]?.measure;
            const series: SeriesPoint[] = rows
              .filter((r) => r.measure === measure)
              .map((r) => ({ year: r.year, value: r.value, partialPeriod: r.partial ? r.period : null }));
            const label = `US exports of ${sector?.label ?? sectorId} to South Korea`;
            const reading = evidenceReading({ kind: 'flow', label }, series, evidence, {
              coverageLabel: `The ${classificationLabel} series (${sector?.label ?? sectorId})`,
            });
            const sourceIds = [...new Set(rows.map((r) => r.sourceId))];
            return (
              <EvidenceView
                name={`check-${statementId}-${sectorId}`}
                title={`${label} (${classificationLabel})`}
                seriesName={`${sector?.label ?? sectorId} exports`}
                balance={false}
                color={SERIES_COLORS.exports}
                reading={reading}
                claim={evidence}
                sources={pickSources(meta.sources, sourceIds)}
                events={events}
                seriesNote={rows.map((r) => r.note).find((n) => n !== null) ?? undefined}
              />
            );
          }}
        </QueryStatus>
      )}
    </QueryStatus>
  );
}

/** A lighter shade of a series colour (mixed with white), for the years outside the claim period. */
function tint(hex: string, amount = 0.55): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return `#${[r, g, b].map((c) => (c ?? 0).toString(16).padStart(2, '0')).join('')}`;
}

/** A figure; a balance is written the one way, in figures and words: "−$28.3 bn deficit". */
function signedFigure(f: EvidenceFigure, balance: boolean): string {
  if (f.value === null) return 'no figure';
  return `${balance ? formatBalance(f.value) : formatMusd(f.value)}${f.partialPeriod ? `, ${f.partialPeriod} only` : ''}`;
}

interface ViewProps {
  name: string;
  title: string;
  seriesName: string;
  balance: boolean;
  color: string;
  reading: EvidenceReading;
  claim: { from: number; to: number };
  sources: Source[];
  events: TradeEvent[];
  seriesNote?: string;
}

interface ChartRow extends SeriesPoint {
  inClaim: boolean;
}

function EvidenceView({
  name,
  title,
  seriesName,
  balance,
  color,
  reading,
  claim,
  sources,
  events,
  seriesNote,
}: ViewProps) {
  const [activeEvent, setActiveEvent] = useState<TradeEvent | null>(null);
  const rows: ChartRow[] = reading.points.map((p) => ({ ...p, inClaim: p.year >= claim.from && p.year <= claim.to }));
  const first = rows[0]?.year ?? claim.from;
  const last = rows.at(-1)?.year ?? claim.to;
  const claimText = claim.from === claim.to ? `${claim.from}` : `${claim.from}–${claim.to}`;
  const light = tint(color);
  // Bars start at zero: a series that is negative throughout (a deficit) still hangs from the zero line.
  const ticks = zeroBasedTicks(rows.map((r) => r.value));
  const figures: { term: string; figure: EvidenceFigure }[] = [
    {
      term: claim.from === claim.to ? `Claim year, ${reading.start.year}` : `Claim start, ${reading.start.year}`,
      figure: reading.start,
    },
    ...(reading.end ? [{ term: `Claim end, ${reading.end.year}`, figure: reading.end }] : []),
    ...(reading.latest && reading.latest.year !== reading.start.year && reading.latest.year !== reading.end?.year
      ? [{ term: `Latest figure, ${reading.latest.year}`, figure: reading.latest }]
      : []),
  ];
  const notes = [
    reading.gaps.length ? `No figures for ${formatYearList(reading.gaps)}: shown as gaps, not estimated.` : null,
    seriesNote ?? null,
  ].filter((n): n is string => n !== null && n !== '');

  return (
    <div className="vp-evidence">
      <dl className="vp-evidence__figures">
        {figures.map(({ term, figure }) => (
          <div key={term} className="vp-evidence__figure">
            <dt>{term}</dt>
            <dd>{signedFigure(figure, balance)}</dd>
          </div>
        ))}
      </dl>
      <div className="vp-evidence__reading">
        <p>
          <span className="vp-evidence__reading-label">What the data show: </span>
          {reading.text}.
        </p>
        {reading.coverageNote && <p className="vp-evidence__coverage">{reading.coverageNote}</p>}
      </div>
      <ChartCard<ChartRow>
        name={name}
        title={title}
        subtitle={`${first}–${last}, $ bn${balance ? ' (negative = US deficit)' : ''}; the claim period, ${claimText}, in full colour${last > claim.to ? ', then on to the latest figure' : ''}`}
        fileParts={[first, last]}
        headingLevel={3}
        height={300}
        legend={[
          { label: `Claim period, ${claimText}`, color, shape: 'rect' as const },
          ...(rows.some((r) => !r.inClaim) ? [{ label: 'Later years', color: light, shape: 'rect' as const }] : []),
          MILESTONE_LEGEND,
        ]}
        sources={sources}
        note={notes.length ? notes.join(' ') : undefined}
        summary={`Bar chart: ${title}, ${first} to ${last}, with the claim period ${claimText} highlighted. ${reading.text}.`}
        columns={[
          {
            key: 'year',
            header: 'Year',
            rowHeader: true,
            value: (r) => r.year,
            format: (r) => (r.partialPeriod ? `${r.year} (${r.partialPeriod})` : String(r.year)),
          },
          {
            key: 'value',
            header: `${seriesName} ($ bn)`,
            csvHeader: `${seriesName} ($ m)`,
            numeric: true,
            color,
            value: (r) => r.value,
            format: (r) => formatBn(r.value),
          },
          { key: 'claim', header: 'In the claim period', value: (r) => (r.inClaim ? 'yes' : 'no') },
        ]}
        rows={rows}
        rowKey={(r) => String(r.year)}
      >
        <div className="chart-frame">
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 240 }}>
            <BarChart
              data={rows}
              margin={{ top: MILESTONE_MARGIN_TOP, right: 12, bottom: 4, left: 8 }}
              accessibilityLayer
            >
              <CartesianGrid {...GRID} />
              <XAxis
                {...YEAR_X_AXIS}
                ticks={yearTicks(
                  rows.map((r) => r.year),
                  10,
                )}
                interval={0}
              />
              <YAxis {...BN_Y_AXIS} domain={[ticks[0] ?? 0, ticks.at(-1) ?? 0]} ticks={ticks} />
              <ReferenceLine {...ZERO_LINE} />
              <Tooltip content={(props) => <ChartTooltip {...props} balanceKeys={balance ? ['value'] : []} />} />
              <Bar dataKey="value" name={seriesName} fill={color} maxBarSize={36} isAnimationActive={false}>
                {rows.map((r) => (
                  <Cell key={r.year} fill={r.inClaim ? color : light} />
                ))}
              </Bar>
              {milestoneLines(
                events,
                rows.map((r) => r.year),
                setActiveEvent,
              )}
            </BarChart>
          </ResponsiveContainer>
        </div>
        <MilestoneDetail event={activeEvent} />
      </ChartCard>
    </div>
  );
}
