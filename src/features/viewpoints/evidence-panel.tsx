// "Check against the data": every series a statement's evidence names, each drawn over the claim period and on to
// its latest figure with a reading computed from the served figures (peaks and troughs inside the period, missing
// years named); the figures the statement quotes beside the recorded ones; and, where a balance is set against the
// goods balance, the share it makes up (approximate: two bases). Each series links to its own page.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
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
import { hsCatalogueQuery } from '../../api/queries.ts';
import type { HsChaptersMeta, Meta, Source, TradeEvent, Viewpoint, ViewpointEvidence } from '../../api/schemas.ts';
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
import { ErrorNotice, Skeleton } from '../../components/query-status.tsx';
import { pickSources } from '../../components/source-line.tsx';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { formatBalance, formatBn, formatMusd, formatYearList } from '../../lib/format.ts';
import { NARROW_SCREEN, useMediaQuery } from '../../lib/use-media-query.ts';
import { checkClaim, shareReading, WHY_THEY_DIFFER, type ClaimCheck } from './evidence-claims.ts';
import { evidenceLink } from './evidence-links.ts';
import type { SeriesData } from './evidence-series.ts';
import { useEvidenceSeries, type SeriesState } from './use-evidence-series.ts';
import {
  evidenceReading,
  type EvidenceFigure,
  type EvidenceReading,
  type SeriesPoint,
  zeroBasedTicks,
} from './viewpoint-math.ts';

interface PanelProps {
  viewpoint: Viewpoint;
  meta: Meta;
  events: TradeEvent[];
}

/** The inline data check of one statement. */
export function EvidencePanel({ viewpoint, meta, events }: PanelProps) {
  const { evidence, claims } = viewpoint;
  const share = sharePair(viewpoint);
  const several = evidence.length > 1;
  return (
    <div className="vp-evidence">
      {claims.length > 0 && <ClaimsTable viewpoint={viewpoint} meta={meta} />}
      {share && <ShareReadingBlock part={share.part} whole={share.whole} years={share.years} meta={meta} />}
      <div className={several ? 'vp-evidence__grid' : 'vp-evidence__single'}>
        {evidence.map((e) => (
          <SeriesBlock
            key={e.series}
            evidence={e}
            meta={meta}
            events={events}
            statementId={viewpoint.id}
            compact={several}
          />
        ))}
      </div>
    </div>
  );
}

/** A balance set against the goods balance (vehicles' share of the deficit): the share is read for the claim's years. */
function sharePair(v: Viewpoint): { part: string; whole: string; years: number[] } | null {
  const claim = v.claims.find((c) => c.kind === 'share' && c.of);
  const part = v.evidence.find((e) => /^hs-balance:/.test(e.series));
  const whole = v.evidence.find((e) => e.series === 'goods-balance');
  if (part && whole) return { part: part.series, whole: whole.series, years: span(part.from, part.to) };
  if (claim?.of) return { part: claim.series, whole: claim.of, years: [claim.year] };
  return null;
}

const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function StateNotice({ state, label }: { state: Exclude<SeriesState, { status: 'success' }>; label: string }) {
  if (state.status === 'pending')
    return (
      <div role="status" aria-live="polite" className="loading-block">
        <span className="visually-hidden">Loading {label}…</span>
        <Skeleton height={260} />
      </div>
    );
  if (state.status === 'error')
    return <ErrorNotice label={label} error={state.error} onRetry={state.retry} retrying={state.retrying} />;
  return (
    <p className="notice">
      This statement names a data series (“{state.series.id}”) that the dashboard does not hold, so it cannot be checked
      here.
    </p>
  );
}

const basisLabelOf = (data: SeriesData) => (id: string) => data.bases.find((b) => b.id === id)?.label ?? id;

// ---------------------------------------------------------------------------------------------------------
// One series: reading, figures, link and chart

function SeriesBlock({
  evidence,
  meta,
  events,
  statementId,
  compact,
}: {
  evidence: ViewpointEvidence;
  meta: Meta;
  events: TradeEvent[];
  statementId: string;
  compact: boolean;
}) {
  const state = useEvidenceSeries(evidence.series, meta);
  const hs = useQuery({ ...hsCatalogueQuery(), enabled: state.status === 'success' && state.data.page === 'sectors' });
  if (state.status !== 'success') {
    const label =
      (state.status === 'pending' || state.status === 'error') && state.descriptor
        ? state.descriptor.short
        : evidence.series;
    return <StateNotice state={state} label={`${label} figures`} />;
  }
  const { data } = state;
  const reading = evidenceReading(data.subject, data.points, evidence, {
    coverageLabel: data.short,
    basisLabel: basisLabelOf(data),
  });
  const link = evidenceLink(state.parsed, evidence, hs.data);
  return (
    <section className="vp-evidence__series" aria-label={data.short}>
      <EvidenceView
        name={`check-${statementId}-${data.id.replace(/[^a-z0-9]+/gi, '-')}`}
        data={data}
        reading={reading}
        claim={evidence}
        sources={pickSources(meta.sources, chartSourceIds(data, reading))}
        events={events}
        link={link}
        gapsNote={hs.data ? hsGapNote(hs.data, reading) : null}
        height={compact ? 240 : 300}
      />
    </section>
  );
}

/** The sources of the years drawn (a series' point without its own sources falls back to the series'). */
function chartSourceIds(data: SeriesData, reading: EvidenceReading): string[] {
  const drawn = reading.points.filter((p) => p.value !== null);
  if (drawn.some((p) => !p.sourceIds)) return data.sourceIds;
  return [...new Set(drawn.flatMap((p) => p.sourceIds ?? []))];
}

/** The catalogue's own words for a gap (2020–2022) that falls inside the years drawn. */
function hsGapNote(hs: HsChaptersMeta, reading: EvidenceReading): string | null {
  const notes = hs.gaps.filter((g) => reading.gaps.some((y) => y >= g.from && y <= g.to)).map((g) => g.note);
  return notes.length ? notes.join(' ') : null;
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

interface ChartRow extends SeriesPoint {
  inClaim: boolean;
  /** The basis in words, for the table. */
  basisLabel: string;
  /** A second (or later) basis in the chart: drawn with a dashed outline, never joined to the first. */
  otherBasis: boolean;
}

function EvidenceView({
  name,
  data,
  reading,
  claim,
  sources,
  events,
  link,
  gapsNote,
  height,
}: {
  name: string;
  data: SeriesData;
  reading: EvidenceReading;
  claim: { from: number; to: number };
  sources: Source[];
  events: TradeEvent[];
  link: ReturnType<typeof evidenceLink>;
  gapsNote: string | null;
  height: number;
}) {
  const [activeEvent, setActiveEvent] = useState<TradeEvent | null>(null);
  // Phones: fewer year ticks, so that four-digit years never overprint.
  const narrow = useMediaQuery(NARROW_SCREEN);
  const balance = data.meaning === 'balance';
  const color = SERIES_COLORS[data.meaning];
  const light = tint(color);
  const label = basisLabelOf(data);
  // The first basis of the claim period is the main one; another basis is marked as such in chart and table.
  const mainBasis =
    reading.points.find((p) => p.year >= claim.from && p.year <= claim.to && p.value !== null)?.basis ??
    data.bases[0]?.id ??
    null;
  const rows: ChartRow[] = reading.points.map((p) => ({
    ...p,
    inClaim: p.year >= claim.from && p.year <= claim.to,
    basisLabel: p.value === null ? '' : p.basis ? label(p.basis) : '',
    otherBasis: p.value !== null && (p.basis ?? null) !== mainBasis,
  }));
  const otherBases = data.bases.filter((b) => b.id !== mainBasis && rows.some((r) => r.basis === b.id));
  const first = rows[0]?.year ?? claim.from;
  const last = rows.at(-1)?.year ?? claim.to;
  const claimText = claim.from === claim.to ? `${claim.from}` : `${claim.from}–${claim.to}`;
  // Bars start at zero: a series that is negative throughout (a deficit) still hangs from the zero line.
  const ticks = zeroBasedTicks(rows.map((r) => r.value));
  const figures: { term: string; figure: EvidenceFigure }[] = [
    {
      term: claim.from === claim.to ? `Claim year, ${reading.start.year}` : `Claim start, ${reading.start.year}`,
      figure: reading.start,
    },
    ...reading.turns.map((t) => ({
      term: `${t.kind === 'peak' ? 'Peak' : 'Trough'} inside the claim, ${t.figure.year}`,
      figure: t.figure,
    })),
    ...(reading.end ? [{ term: `Claim end, ${reading.end.year}`, figure: reading.end }] : []),
    ...(reading.latest && reading.latest.year !== reading.start.year && reading.latest.year !== reading.end?.year
      ? [{ term: `Latest figure, ${reading.latest.year}`, figure: reading.latest }]
      : []),
  ];
  const partial = rows.filter((r) => r.partialPeriod && r.value !== null);
  const notes = [
    reading.gaps.length ? `No figures for ${formatYearList(reading.gaps)}: shown as gaps, not estimated.` : null,
    gapsNote,
    otherBases.length
      ? `${otherBases.map((b) => b.label).join('; ')}: another basis, drawn with a dashed outline and never joined to or compared with ${mainBasis ? label(mainBasis) : 'the first'}.`
      : null,
    partial.length ? `${partial.map((r) => `${r.year}: ${r.partialPeriod} only`).join('; ')}.` : null,
    ...data.notes,
  ].filter((n): n is string => n !== null && n !== '');

  return (
    <>
      <div className="vp-evidence__reading">
        <p>
          <span className="vp-evidence__reading-label">What the data show: </span>
          {reading.text}.
        </p>
        {reading.coverageNote && <p className="vp-evidence__coverage">{reading.coverageNote}</p>}
        {link && (
          <p className="vp-evidence__link">
            <Link to={link.href}>{link.label}</Link>
            <span className="visually-hidden">: {data.title}</span>
          </p>
        )}
      </div>
      <dl className="vp-evidence__figures">
        {figures.map(({ term, figure }) => (
          <div key={term} className="vp-evidence__figure">
            <dt>{term}</dt>
            <dd>{signedFigure(figure, balance)}</dd>
          </div>
        ))}
      </dl>
      <ChartCard<ChartRow>
        name={name}
        title={data.title}
        subtitle={`${first}–${last}, $ bn${balance ? ' (negative = US deficit)' : ''}; the claim period, ${claimText}, in full colour${last > claim.to ? ', then on to the latest figure' : ''}`}
        fileParts={[first, last]}
        headingLevel={3}
        height={height}
        legend={[
          { label: `Claim period, ${claimText}`, color, shape: 'rect' as const },
          ...(rows.some((r) => !r.inClaim) ? [{ label: 'Later years', color: light, shape: 'rect' as const }] : []),
          ...otherBases.map((b) => ({ label: `Another basis: ${b.label}`, color, shape: 'dashed' as const })),
          MILESTONE_LEGEND,
        ]}
        sources={sources}
        note={notes.length ? notes.join(' ') : undefined}
        summary={`Bar chart: ${data.title}, ${first} to ${last}, with the claim period ${claimText} highlighted. ${reading.text}.`}
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
            header: `${data.short} ($ bn)`,
            csvHeader: `${data.short} ($ m)`,
            // The sources' own precision ($ m to 0.1 for the annual totals, to 0.000001 for HS chapters), so a
            // summed section or balance carries no float noise.
            decimals: data.page === 'trends' ? 1 : 6,
            numeric: true,
            color,
            value: (r) => r.value,
            format: (r) => formatBn(r.value),
          },
          { key: 'basis', header: 'Basis', value: (r) => r.basisLabel },
          { key: 'claim', header: 'In the claim period', value: (r) => (r.inClaim ? 'yes' : 'no') },
        ]}
        rows={rows}
        rowKey={(r) => String(r.year)}
      >
        <div className="chart-frame">
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: height - 60 }}>
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
                  narrow ? 5 : 10,
                )}
                interval={0}
              />
              <YAxis {...BN_Y_AXIS} domain={[ticks[0] ?? 0, ticks.at(-1) ?? 0]} ticks={ticks} />
              <ReferenceLine {...ZERO_LINE} />
              <Tooltip content={(props) => <ChartTooltip {...props} balanceKeys={balance ? ['value'] : []} />} />
              <Bar dataKey="value" name={data.short} fill={color} maxBarSize={36} isAnimationActive={false}>
                {rows.map((r) => (
                  <Cell
                    key={r.year}
                    fill={r.inClaim ? color : light}
                    fillOpacity={r.otherBasis ? 0.45 : 1}
                    stroke={r.otherBasis ? color : undefined}
                    strokeDasharray={r.otherBasis ? '4 2' : undefined}
                    strokeWidth={r.otherBasis ? 1.5 : undefined}
                  />
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
    </>
  );
}

// ---------------------------------------------------------------------------------------------------------
// Claimed vs recorded

function ClaimsTable({ viewpoint, meta }: { viewpoint: Viewpoint; meta: Meta }) {
  return (
    <div className="vp-claims">
      <table className="vp-claims__table">
        <caption>Claimed vs recorded</caption>
        <thead>
          <tr>
            <th scope="col">The statement says</th>
            <th scope="col">Claimed</th>
            <th scope="col">Recorded</th>
            <th scope="col">Gap</th>
          </tr>
        </thead>
        <tbody>
          {viewpoint.claims.map((c, i) => (
            <ClaimRow key={`${c.series}-${c.year}-${i}`} claim={c} meta={meta} />
          ))}
        </tbody>
      </table>
      <p className="vp-claims__why">
        {WHY_THEY_DIFFER} The notes under each claim say what is known of its figure; the table does not judge.
      </p>
    </div>
  );
}

function ClaimRow({ claim, meta }: { claim: Viewpoint['claims'][number]; meta: Meta }) {
  const series = useEvidenceSeries(claim.series, meta);
  const of = useEvidenceSeries(claim.of ?? claim.series, meta);
  let check: ClaimCheck | null = null;
  let recordedBasis = '';
  let pending = false;
  let failed: Extract<SeriesState, { status: 'error' }> | null = null;
  for (const s of [series, of]) {
    if (s.status === 'pending') pending = true;
    if (s.status === 'error') failed = s;
  }
  if (series.status === 'success' && of.status === 'success') {
    const balance = series.data.meaning === 'balance';
    check = checkClaim(
      claim,
      series.data.points,
      balance,
      claim.of ? { points: of.data.points, balance: of.data.meaning === 'balance' } : undefined,
    );
    const p = series.data.points.find((x) => x.year === claim.year);
    const basis = p?.basis ? basisLabelOf(series.data)(p.basis) : '';
    recordedBasis =
      claim.kind === 'share' && claim.of
        ? `${series.data.short} ÷ ${of.data.short}`
        : `${series.data.short}${basis ? `; ${basis}` : ''}`;
  }
  return (
    <tr>
      <th scope="row">
        “{claim.text}”{claim.note && <span className="vp-claims__note">{claim.note}</span>}
      </th>
      <td data-label="Claimed">{check?.claimed ?? ''}</td>
      <td data-label="Recorded">
        {failed ? (
          <ErrorNotice
            label="the recorded figure"
            error={failed.error}
            onRetry={failed.retry}
            retrying={failed.retrying}
          />
        ) : pending ? (
          <span className="skeleton skeleton--line" aria-label="Loading the recorded figure" />
        ) : check ? (
          <>
            {check.recorded}
            {recordedBasis && <span className="vp-claims__note">{recordedBasis}</span>}
          </>
        ) : (
          'not held by the dashboard'
        )}
      </td>
      <td data-label="Gap">{check?.gap ?? (check ? '—' : '')}</td>
    </tr>
  );
}

// ---------------------------------------------------------------------------------------------------------
// Share of one balance in another

function ShareReadingBlock({ part, whole, years, meta }: { part: string; whole: string; years: number[]; meta: Meta }) {
  const a = useEvidenceSeries(part, meta);
  const b = useEvidenceSeries(whole, meta);
  if (a.status !== 'success') return <StateNotice state={a} label="the share's figures" />;
  if (b.status !== 'success') return <StateNotice state={b} label="the share's figures" />;
  const label = `${a.data.short} ÷ ${b.data.short}`;
  const reading = shareReading(label, a.data.points, b.data.points, years);
  // Name the two bases the share divides, in the catalogue's and the series' own words.
  const basisWords = (d: SeriesData) =>
    d.bases.map((x) => x.label.replace(/^Balance: /, '')).join('; ') +
    (d.notes[0] ? ` (${d.notes[0].replace(/\.$/, '')})` : '');
  const partWords = a.data.page === 'sectors' ? basisWords({ ...a.data, notes: [] }) : basisWords(a.data);
  const wholeWords = basisWords(b.data);
  return (
    <div className="vp-evidence__reading vp-evidence__share">
      <p>
        <span className="vp-evidence__reading-label">Share, approximate: </span>
        {reading.text}.
      </p>
      <p className="vp-evidence__coverage">
        Approximate: it divides figures of two bases, the {a.data.short} (UN Comtrade, {partWords}) by the{' '}
        {b.data.short.toLowerCase()} ({wholeWords}). Read it as an order of size, not an exact share.
      </p>
    </div>
  );
}
