import { useQuery } from '@tanstack/react-query';
import { expertsQuery, viewpointsQuery } from '../../api/queries.ts';
import { QueryStatus, Skeleton } from '../../components/query-status.tsx';
import { formatDate } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

export function ViewpointsPage() {
  usePageTitle('Expert viewpoints');
  const viewpoints = useQuery(viewpointsQuery());
  const experts = useQuery(expertsQuery());
  const expertName = (id: string) => experts.data?.experts.find((e) => e.id === id)?.name ?? id;
  return (
    <div className="page">
      <header className="page-header">
        <h1>Expert viewpoints</h1>
        <p className="lede">What experts said about KORUS, 2014–2019. Quotes are in quotation marks; paraphrases are marked.</p>
      </header>
      <QueryStatus query={viewpoints} label="expert statements" skeleton={<Skeleton lines={10} />}>
        {(data) => (
          <ol className="statement-list" aria-label={`${data.total} statements`}>
            {data.viewpoints.map((v) => (
              <li key={v.id} className="statement card">
                <p className="statement__meta">
                  <strong>{expertName(v.expertId)}</strong> · <time dateTime={v.date}>{formatDate(v.date)}</time>
                </p>
                {v.statementKind === 'quote' ? (
                  <blockquote className="statement__text">“{v.statement}”</blockquote>
                ) : (
                  <p className="statement__text">
                    <span className="badge">Paraphrase</span> {v.statement}
                  </p>
                )}
                <p className="statement__source">
                  {v.source.url ? (
                    <a href={v.source.url} target="_blank" rel="noopener noreferrer">
                      {v.source.title}
                    </a>
                  ) : (
                    v.source.title
                  )}
                  , {v.source.publisher}
                </p>
              </li>
            ))}
          </ol>
        )}
      </QueryStatus>
    </div>
  );
}
