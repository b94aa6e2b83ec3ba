import type { PageHead } from '../lib/page-heads.ts';

/** A page's heading and lede (the route's HTML carries the same before the app runs: app/static-shell.ts). */
export function PageHeader({ head }: { head: PageHead }) {
  return (
    <header className="page-header">
      <h1>{head.heading}</h1>
      <p className="lede">
        {head.lede.map((part, i) => (typeof part === 'string' ? part : <code key={i}>{part.code}</code>))}
      </p>
    </header>
  );
}
