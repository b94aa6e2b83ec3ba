import type { Expert, Meta, TradeEvent, Viewpoint } from '../../api/schemas.ts';
import { StatementCard } from './statement-card.tsx';

interface Props {
  /** The element's id, the target of "Skip to statements". */
  id: string;
  /** One or two expert ids, in column order. */
  compare: readonly string[];
  /** The statements matching the filters. */
  viewpoints: Viewpoint[];
  /** Every statement, to say what an expert without a match has said elsewhere. */
  all: readonly Viewpoint[];
  experts: Expert[];
  meta: Meta;
  events: TradeEvent[];
  /** "on Autos", "on all topics". */
  topicWords: string;
  topicChosen: boolean;
  /** Whether a stance, years or a search narrow the statements besides the topic. */
  otherFilters: boolean;
}

/**
 * Two experts' statements side by side (stacked on a narrow screen), each column in date order. An expert
 * with nothing on the topic keeps their column, with that said in it: "A said nothing on this" is an answer.
 */
export function CompareView({
  id,
  compare,
  viewpoints,
  all,
  experts,
  meta,
  events,
  topicWords,
  topicChosen,
  otherFilters,
}: Props) {
  const columns = [compare[0], compare[1]];
  return (
    <div className="vp-compare" id={id} tabIndex={-1}>
      {columns.map((expertId, i) => {
        const expert = experts.find((e) => e.id === expertId);
        if (!expertId || !expert) {
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
        const theirs = viewpoints.filter((v) => v.expertId === expertId);
        const elsewhere = all.filter((v) => v.expertId === expertId).length;
        const headingId = `vp-compare-${i}`;
        return (
          <section key={expertId} className="vp-compare__col" aria-labelledby={headingId}>
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
              <div className="empty-state vp-compare__none">
                <p className="vp-compare__none-title">
                  {topicChosen
                    ? otherFilters
                      ? 'No statement on this topic matches the other filters'
                      : 'No statement on this topic'
                    : 'No statement matches these filters'}
                </p>
                <p>
                  {elsewhere === 0
                    ? `${expert.name} has no statement in the collection.`
                    : `${expert.name} has ${elsewhere} ${elsewhere === 1 ? 'statement' : 'statements'} in all; ${topicChosen ? 'choose another topic or expert' : 'remove a filter'} to see ${elsewhere === 1 ? 'it' : 'them'}.`}
                </p>
              </div>
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
