import { Skeleton } from '../components/query-status.tsx';

/** Shown while a lazily loaded page's code arrives. */
export function PageFallback() {
  return (
    <div className="page" role="status" aria-live="polite">
      <span className="visually-hidden">Loading page…</span>
      <Skeleton lines={2} />
      <Skeleton height={320} />
    </div>
  );
}
