// The one hook pages use for filter state in the URL (react-router search params). Changes push a history
// entry so Back/Forward walk through the analyst's steps; invalid input is rewritten with replace.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import {
  normaliseQuery,
  parseUrlState,
  serializeUrlState,
  type Specs,
  type UrlIssue,
  type UrlValues,
} from './url-state.ts';

export interface UrlState<S extends Specs> {
  values: UrlValues<S>;
  /** Merge a change into the state; pushes a history entry unless `replace`. */
  update: (patch: Partial<UrlValues<S>>, options?: { replace?: boolean }) => void;
  reset: () => void;
  /** What was ignored or corrected in the URL the page was opened with. */
  issues: UrlIssue[];
  dismissIssues: () => void;
}

/**
 * `specs` and `ranges` must be stable (memoised or module constants) and `ready` false until the bounds it depends on (e.g. the data's year
 * coverage from /meta) are known, so that a valid URL is never "corrected" against placeholder bounds.
 */
export function useUrlState<S extends Specs>(
  specs: S,
  options: { ready?: boolean; ranges?: ReadonlyArray<readonly [keyof S & string, keyof S & string]> } = {},
): UrlState<S> {
  const { ready = true, ranges } = options;
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();
  const search = searchParams.toString();
  const parsed = useMemo(() => parseUrlState(specs, new URLSearchParams(search), ranges), [specs, search, ranges]);
  // Only invalid input is rewritten; a valid URL stays as it was shared, even when it spells out defaults.
  const needsRewrite = ready && parsed.issues.length > 0 && normaliseQuery(parsed.canonical) !== normaliseQuery(search);

  // The issues outlive the rewrite that fixes them, so they are kept in state, noted while rendering the
  // URL that had them (React's "adjust state on a prop change" pattern).
  const [noticed, setNoticed] = useState<{ search: string; issues: UrlIssue[] }>({ search: '', issues: [] });
  if (needsRewrite && parsed.issues.length > 0 && noticed.search !== search) {
    setNoticed({ search, issues: parsed.issues });
  }
  const setIssues = useCallback((next: UrlIssue[]) => setNoticed((n) => ({ search: n.search, issues: next })), []);
  const issues = noticed.issues;

  useEffect(() => {
    if (needsRewrite)
      setSearchParams(new URLSearchParams(parsed.canonical), { replace: true, preventScrollReset: true });
  }, [needsRewrite, parsed.canonical, setSearchParams]);

  // A change shows at once: the router applies a new URL a moment later, and controlled inputs (checkboxes,
  // radios, selects) must not flick back to the old value meanwhile. Kept while the URL is still the old one.
  const [pending, setPending] = useState<{ from: string; values: UrlValues<S> } | null>(null);
  if (pending && pending.from !== search) setPending(null); // the URL has moved on (or Back): it rules again
  const values = pending && pending.from === search ? pending.values : parsed.values;
  const update = useCallback(
    (patch: Partial<UrlValues<S>>, opts: { replace?: boolean } = {}) => {
      const next = serializeUrlState(specs, { ...values, ...patch });
      if (normaliseQuery(next) === normaliseQuery(search)) return;
      setIssues([]);
      const token = { from: search, values: parseUrlState(specs, new URLSearchParams(next), ranges).values };
      setPending(token);
      // Once the navigation has settled, the URL rules, even if a quick Back came back to the old URL meanwhile.
      void Promise.resolve(
        navigate({ search: next ? `?${next}` : '' }, { replace: opts.replace ?? false, preventScrollReset: true }),
      ).finally(() => setPending((current) => (current === token ? null : current)));
    },
    [specs, values, search, ranges, navigate, setIssues],
  );
  const reset = useCallback(() => {
    setIssues([]);
    if (search !== '') setSearchParams(new URLSearchParams(), { preventScrollReset: true });
  }, [search, setSearchParams, setIssues]);
  const dismissIssues = useCallback(() => setIssues([]), [setIssues]);

  return { values, update, reset, issues, dismissIssues };
}
