import type { Expert, Meta, Viewpoint } from '../../api/schemas.ts';
import { stanceStyle } from './stance-style.ts';

interface Props {
  experts: Expert[];
  /** Every statement, for each expert's mix of stances. */
  all: Viewpoint[];
  meta: Meta;
  selected: readonly string[];
  /** Statements per expert that match the other filters; undefined while loading or when nothing is filtered. */
  matching: Map<string, number> | undefined;
  comparing: boolean;
  onToggle: (expertId: string) => void;
}

/** One card per expert: a toggle button that filters the statements by that expert (or picks them for comparison). */
export function ExpertCards({ experts, all, meta, selected, matching, comparing, onToggle }: Props) {
  return (
    <section className="vp-experts" aria-labelledby="vp-experts-title">
      <div className="vp-section-head">
        <h2 id="vp-experts-title">Experts</h2>
        <p className="vp-section-hint">
          {comparing
            ? 'Select an expert to put them in the comparison (two at most); select again to take them out.'
            : 'Select an expert to show only their statements; select again to remove the filter.'}
        </p>
      </div>
      <ul className="vp-expert-grid">
        {experts.map((e) => {
          const pressed = selected.includes(e.id);
          const mine = all.filter((v) => v.expertId === e.id);
          const stances = meta.stances
            .map((s) => ({ ...s, count: mine.filter((v) => v.stance === s.id).length }))
            .filter((s) => s.count > 0);
          const match = matching?.get(e.id) ?? (matching ? 0 : undefined);
          return (
            <li key={e.id} className={`vp-expert${pressed ? ' is-selected' : ''}`}>
              <button type="button" className="vp-expert__button" aria-pressed={pressed} onClick={() => onToggle(e.id)}>
                <span className="vp-expert__name">{e.name}</span>{' '}
                <span className="vp-expert__title">
                  {e.title}
                  <span className="visually-hidden">,</span>
                </span>{' '}
                <span className="vp-expert__org">
                  {e.organisation}
                  <span className="visually-hidden">.</span>
                </span>{' '}
                <span className="vp-expert__count">
                  {e.statementCount} {e.statementCount === 1 ? 'statement' : 'statements'}
                  {match !== undefined && <span className="vp-expert__match"> · {match} match the other filters</span>}
                </span>{' '}
                {stances.length > 0 && (
                  <span className="vp-expert__stances">
                    {stances.map((s) => (
                      <span key={s.id} className="vp-expert__stance">
                        <span aria-hidden="true" style={{ color: stanceStyle(s.id).color }}>
                          {stanceStyle(s.id).glyph}
                        </span>{' '}
                        {s.count} {s.label}
                      </span>
                    ))}
                  </span>
                )}
              </button>
              {e.profileUrl && (
                <a className="vp-expert__profile" href={e.profileUrl} target="_blank" rel="noopener noreferrer">
                  Profile<span className="visually-hidden"> of {e.name} (opens in a new tab)</span>
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
