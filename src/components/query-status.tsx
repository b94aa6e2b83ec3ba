import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';

interface QueryStatusProps<T> {
  query: UseQueryResult<T>;
  /** What is loading, in words: "annual trade figures". */
  label: string;
  skeleton?: ReactNode;
  children: (data: T) => ReactNode;
}

/** Loading skeleton, error with Retry, or the content: one place for every data-driven block. */
export function QueryStatus<T>({ query, label, skeleton, children }: QueryStatusProps<T>) {
  if (query.isPending) {
    return (
      <div role="status" aria-live="polite" className="loading-block">
        <span className="visually-hidden">Loading {label}…</span>
        {skeleton ?? <Skeleton lines={4} />}
      </div>
    );
  }
  if (query.isError) {
    return (
      <ErrorNotice label={label} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    );
  }
  return <>{children(query.data)}</>;
}

export function ErrorNotice({
  label,
  error,
  onRetry,
  retrying = false,
}: {
  label: string;
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}) {
  const message = error instanceof ApiError ? error.message : 'An unexpected error occurred while loading the data.';
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">Could not load {label}.</p>
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}

export function Skeleton({ lines = 3, height }: { lines?: number; height?: number }) {
  if (height) return <div className="skeleton skeleton--block" style={{ height }} aria-hidden="true" />;
  return (
    <div aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="skeleton skeleton--line" style={{ width: `${90 - ((i * 17) % 40)}%` }} />
      ))}
    </div>
  );
}

/**
 * Errors of the supporting requests of a page (catalogue, sources, timeline): each failed one is named with
 * its own Retry, so a missing part never disappears silently.
 */
export function QueryErrors({ items }: { items: ReadonlyArray<{ query: UseQueryResult<unknown>; label: string }> }) {
  const failed = items.filter((i) => i.query.isError);
  if (failed.length === 0) return null;
  return (
    <div className="query-errors">
      {failed.map(({ query, label }) => (
        <ErrorNotice
          key={label}
          label={label}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ))}
    </div>
  );
}
