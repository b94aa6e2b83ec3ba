import type { Source } from '../api/schemas.ts';

/** "Source: …" with a link per source; every chart and table names where its figures come from. */
export function SourceLine({ sources, note }: { sources: Source[]; note?: string }) {
  return (
    <p className="source-line">
      <span className="source-line__label">{sources.length > 1 ? 'Sources: ' : 'Source: '}</span>
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.publisher}, {s.title}
            </a>
          ) : (
            <>
              {s.publisher}, {s.title}
            </>
          )}
        </span>
      ))}
      {note && <span className="source-line__note"> {note}</span>}
    </p>
  );
}

export function pickSources(all: Source[], ids: readonly string[]): Source[] {
  const wanted = new Set(ids);
  return all.filter((s) => wanted.has(s.id));
}

/** The source line as plain text, for image and file exports. */
export function sourceText(sources: Source[]): string {
  return `${sources.length > 1 ? 'Sources' : 'Source'}: ${sources.map((s) => `${s.publisher}, ${s.title}${s.url ? ` (${s.url})` : ''}`).join('; ')}`;
}
