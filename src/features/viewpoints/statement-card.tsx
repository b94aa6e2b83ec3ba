import { Suspense, useId, useState } from 'react';
import type { Expert, Meta, TradeEvent, Viewpoint } from '../../api/schemas.ts';
import { idleLazy } from '../../components/eager-lazy.ts';
import { Skeleton } from '../../components/query-status.tsx';
import { formatDate } from '../../lib/format.ts';
import { stanceStyle } from './stance-style.ts';
import { parseEvidenceSeries, quoteBody } from './viewpoint-math.ts';

// Opened on request; its chart code loads with the page but does not delay it.
const EvidencePanel = idleLazy(() => import('./evidence-panel.tsx').then((m) => m.EvidencePanel));

/** The DOM id of a statement, the target of the timeline's "go to statement". */
export const statementDomId = (id: string) => `statement-${id}`;

/** "US goods balance, 2011–2013; HS 10 exports, 2011–2013": what the check draws, in short. */
function evidenceWords(series: ReturnType<typeof parseEvidenceSeries>, from: number, to: number): string {
  const span = from === to ? `${from}` : `${from}–${to}`;
  if (series.kind === 'annual') return `US ${series.category} ${series.measure}, ${span}`;
  if (series.kind === 'hs') {
    const code = series.section ? `HS section ${SECTION_ROMAN[series.code] ?? series.code}` : `HS ${series.code}`;
    return `${code} ${series.flow === 'balance' ? 'balance' : series.flow}, ${span}`;
  }
  if (series.kind === 'duties') return `calculated duties, ${span}`;
  return `${series.id}, ${span}`;
}

const SECTION_ROMAN: Record<string, string> = Object.fromEntries(
  [
    'I',
    'II',
    'III',
    'IV',
    'V',
    'VI',
    'VII',
    'VIII',
    'IX',
    'X',
    'XI',
    'XII',
    'XIII',
    'XIV',
    'XV',
    'XVI',
    'XVII',
    'XVIII',
    'XIX',
    'XX',
    'XXI',
  ].map((r, i) => [`S${String(i + 1).padStart(2, '0')}`, r]),
);

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
  const checks = v.evidence.map((e) => evidenceWords(parseEvidenceSeries(e.series), e.from, e.to));

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
        {v.translationNote && (
          <p className="vp-translated">
            <span className="vp-translated__flag">(translated)</span> {v.translationNote.replace(/^Translated:\s*/, '')}
          </p>
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

      {checks.length > 0 && (
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
            {checks.join('; ')}
          </span>
          <div id={panelId} className="vp-statement__evidence" hidden={!checking}>
            {checking && (
              <Suspense fallback={<Skeleton height={260} />}>
                <EvidencePanel viewpoint={v} meta={meta} events={events} />
              </Suspense>
            )}
          </div>
        </div>
      )}
    </article>
  );
}
