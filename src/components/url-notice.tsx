import type { UrlIssue } from '../lib/url-state.ts';

/** Says what was ignored or corrected in the address, so bad input never vanishes silently. */
export function UrlNotice({ issues, onDismiss }: { issues: UrlIssue[]; onDismiss: () => void }) {
  if (issues.length === 0) return null;
  return (
    <div className="notice url-notice" role="status">
      <div>
        <p className="notice__title">Some settings in the address were adjusted</p>
        <ul>
          {issues.map((issue, i) => (
            <li key={`${issue.param}-${i}`}>{issue.message}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--ghost" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
