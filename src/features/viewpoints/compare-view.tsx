import type { Expert, Meta, TradeEvent, Viewpoint } from '../../api/schemas.ts';
import { StatementCard } from './statement-card.tsx';

interface Props {
  /** One or two expert ids, in column order. */
  compare: readonly string[];
  viewpoints: Viewpoint[];
  experts: Expert[];
  meta: Meta;
  events: TradeEvent[];
  /** "on Autos", "on all topics". */
  topicWords: string;
}

/** Two experts' statements side by side (stacked on a narrow screen), each column in date order. */
export function CompareView({ compare, viewpoints, experts, meta, events, topicWords }: Props) {
  const columns = [compare[0], compare[1]];
  return (
    <div className="vp-compare">
      {columns.map((id, i) => {
        const expert = experts.find((e) => e.id === id);
        if (!id || !expert) {
          return (
            <section
              key={`empty-${i}`}
              className="vp-compare__col vp-compare__col--empty"
              aria-label={`Expert ${i === 0 ? 'A' : 'B'}`}
            >
              <p className="empty-state">Choose expert {i === 0 ? 'A' : 'B'} in the filters above to compare.</p>
            </section>
          );
        }
        const theirs = viewpoints.filter((v) => v.expertId === id);
        const headingId = `vp-compare-${i}`;
        return (
          <section key={id} className="vp-compare__col" aria-labelledby={headingId}>
            <header className="vp-compare__head">
              <h3 id={headingId}>
                <span className="vp-compare__letter" aria-hidden="true">
                  {i === 0 ? 'A' : 'B'}
                </span>
                {expert.name}
              </h3>
              <p className="vp-compare__org">
                {expert.title}, {expert.organisation}
              </p>
              <p className="vp-compare__count">
                {theirs.length} {theirs.length === 1 ? 'statement' : 'statements'} {topicWords}
              </p>
            </header>
            {theirs.length === 0 ? (
              <p className="empty-state">
                No statement by {expert.name} {topicWords} matches these filters.
              </p>
            ) : (
              <ol className="vp-statement-list" aria-label={`${theirs.length} statements by ${expert.name}`}>
                {theirs.map((v) => (
                  <li key={v.id}>
                    <StatementCard viewpoint={v} expert={expert} meta={meta} events={events} />
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
