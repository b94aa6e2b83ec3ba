import { useRef } from 'react';
import type { UrlIssue } from '../lib/url-state.ts';

/** Says what was ignored or corrected in the address, so bad input never vanishes silently. */
export function UrlNotice({ issues, onDismiss }: { issues: UrlIssue[]; onDismiss: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  if (issues.length === 0) return null;
  const dismiss = () => {
    // The button disappears with the notice: keep keyboard focus on the page rather than losing it to <body>.
    const main = ref.current?.closest<HTMLElement>('main');
    onDismiss();
    main?.focus();
  };
  return (
    <div className="notice url-notice" role="status" ref={ref}>
      <div>
        <p className="notice__title">Some settings in the address were adjusted</p>
        <ul>
          {issues.map((issue, i) => (
            <li key={`${issue.param}-${i}`}>{issue.message}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--ghost" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
