import { useQuery } from '@tanstack/react-query';
import { Suspense, useId, useState } from 'react';
import { sectorsQuery } from '../../api/queries.ts';
import type { Expert, Meta, TradeEvent, Viewpoint } from '../../api/schemas.ts';
import { eagerLazy } from '../../components/eager-lazy.ts';
import { Skeleton } from '../../components/query-status.tsx';
import { formatDate } from '../../lib/format.ts';
import { stanceStyle } from './stance-style.ts';
import { parseEvidenceSeries, quoteBody } from './viewpoint-math.ts';

// Opened on request; its chart code loads with the page but does not delay it.
const EvidencePanel = eagerLazy(import('./evidence-panel.tsx').then((m) => m.EvidencePanel));

/** The DOM id of a statement, the target of the timeline's "go to statement". */
export const statementDomId = (id: string) => `statement-${id}`;

function evidenceWords(
  series: ReturnType<typeof parseEvidenceSeries>,
  from: number,
  to: number,
  sectorLabel?: string,
): string {
  const span = from === to ? `${from}` : `${from}–${to}`;
  if (series.kind === 'annual') return `US ${series.category} ${series.measure}, ${span}`;
  if (series.kind === 'sector') return `US exports of ${sectorLabel ?? 'a sector'}, ${span}`;
  if (series.kind === 'hs') {
    const code = series.section ? `HS section ${series.code.slice(1)}` : `HS ${series.code}`;
    return `${code} ${series.flow === 'balance' ? 'balance' : `US ${series.flow}`}, ${span}`;
  }
  if (series.kind === 'duties') return `US duties calculated on imports from South Korea, ${span}`;
  return `${series.id}, ${span}`;
}

export function StanceBadge({ stance, label }: { stance: string; label: string }) {
  const style = stanceStyle(stance);
  return (
    <span className="vp-stance" style={{ borderColor: style.color }}>
      <span className="vp-stance__glyph" style={{ color: style.color }} aria-hidden="true">
        {style.glyph}
      </span>
      {label}
    </span>
  );
}

interface Props {
  viewpoint: Viewpoint;
  expert: Expert | undefined;
  meta: Meta;
  events: TradeEvent[];
}

/** One statement: who, when, the words (a quote, or a paraphrase marked as such), topics, stance, source, data check. */
export function StatementCard({ viewpoint: v, expert, meta, events }: Props) {
  const [checking, setChecking] = useState(false);
  const whoId = useId();
  const panelId = useId();
  const whatId = useId();
  const topicLabel = (id: string) => meta.topics.find((t) => t.id === id)?.label ?? id;
  const stanceLabel = meta.stances.find((s) => s.id === v.stance)?.label ?? v.stance;
  const isQuote = v.statementKind === 'quote';
  const name = expert?.name ?? v.expertId;
  // The first series only, until the panel draws each of them.
  const evidence = v.evidence[0];
  const series = evidence ? parseEvidenceSeries(evidence.series) : null;
  // The sector catalogue is cached for the session; only statements about a sector ask for it.
  const sectors = useQuery({ ...sectorsQuery(), enabled: series?.kind === 'sector' });
  const sectorLabel =
    series?.kind === 'sector' ? sectors.data?.sectors.find((s) => s.id === series.sectorId)?.label : undefined;

  return (
    <article
      id={statementDomId(v.id)}
      className={`vp-statement card vp-statement--${isQuote ? 'quote' : 'paraphrase'}`}
      tabIndex={-1}
      aria-labelledby={whoId}
    >
      <header className="vp-statement__head">
        <p id={whoId} className="vp-statement__who">
          <strong>{name}</strong>
          {expert && <span className="vp-statement__org">{expert.organisation}</span>}
          <span className="visually-hidden">, {formatDate(v.date)}</span>
        </p>
        <time className="vp-statement__date" dateTime={v.date} aria-hidden="true">
          {formatDate(v.date)}
        </time>
      </header>

      <div className="vp-statement__body">
        <p className={`vp-kind vp-kind--${isQuote ? 'quote' : 'paraphrase'}`}>{isQuote ? 'Quote' : 'Paraphrase'}</p>
        {isQuote ? (
          <blockquote className="vp-quote" cite={v.source.url ?? undefined}>
            <p>“{quoteBody(v.statement)}”</p>
          </blockquote>
        ) : (
          <p className="vp-paraphrase">{v.statement}</p>
        )}
      </div>

      <div className="vp-statement__facets">
        <span className="visually-hidden">Topics: </span>
        <ul className="vp-topics" aria-label="Topics">
          {v.topics.map((t) => (
            <li key={t} className="vp-topic">
              {topicLabel(t)}
            </li>
          ))}
        </ul>
        <span className="visually-hidden">Stance: </span>
        <StanceBadge stance={v.stance} label={stanceLabel} />
      </div>

      <p className="vp-statement__source">
        <span className="vp-statement__source-label">Source: </span>
        {v.source.url ? (
          <a href={v.source.url} target="_blank" rel="noopener noreferrer">
            {v.source.title}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        ) : (
          <cite className="vp-statement__source-title">{v.source.title}</cite>
        )}
        , {v.source.publisher}, {formatDate(v.source.date)}
        {!v.source.url && <span className="vp-statement__nolink"> (no link available)</span>}
      </p>

      {evidence && series && (
        <div className="vp-statement__check">
          <button
            type="button"
            className="button button--ghost button--small vp-check"
            aria-expanded={checking}
            aria-controls={panelId}
            aria-describedby={whatId}
            onClick={() => setChecking((c) => !c)}
          >
            <span aria-hidden="true" className="vp-check__icon">
              {checking ? '▾' : '▸'}
            </span>
            Check against the data
          </button>
          <span id={whatId} className="vp-check__what">
            {evidenceWords(series, evidence.from, evidence.to, sectorLabel)}
          </span>
          <div id={panelId} className="vp-statement__evidence" hidden={!checking}>
            {checking && (
              <Suspense fallback={<Skeleton height={260} />}>
                <EvidencePanel evidence={evidence} meta={meta} events={events} statementId={v.id} />
              </Suspense>
            )}
          </div>
        </div>
      )}
    </article>
  );
}
