import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { metaQuery, partnersQuery } from '../../api/queries.ts';
import { QueryStatus, Skeleton } from '../../components/query-status.tsx';
import { SourceLine } from '../../components/source-line.tsx';
import { downloadBlob } from '../../lib/download.ts';
import { formatDate } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { datasets, type Dataset } from './datasets.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PAGE_HEADS } from '../../lib/page-heads.ts';

/** SOURCES.md (what each served file is and where it comes from) is a static asset of the app. */
const SOURCES_URL = `${import.meta.env.BASE_URL}SOURCES.md`;

type Status = { kind: 'info' | 'error'; text: string } | null;

export function DataPage() {
  usePageTitle(PAGE_HEADS['/data'].title);
  const meta = useQuery(metaQuery());
  // The monthly coverage and the partner sources; the list is shown without them until they arrive.
  const partners = useQuery(partnersQuery());
  const client = useQueryClient();
  const [status, setStatus] = useState<Status>(null);

  const run = async (work: () => Promise<string>) => {
    setStatus({ kind: 'info', text: 'Preparing download…' });
    try {
      setStatus({ kind: 'info', text: await work() });
    } catch (error) {
      setStatus({
        kind: 'error',
        text: `Download failed: ${error instanceof Error ? error.message : 'unknown error'}`,
      });
    }
  };
  const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });
  const downloadOne = (d: Dataset) =>
    run(async () => {
      downloadBlob(csvBlob(await d.csv(client, window.location.href)), d.fileName);
      return `Saved ${d.fileName}`;
    });
  const downloadAll = (list: Dataset[]) =>
    run(async () => {
      const [{ zipFiles }, sources, ...csvs] = await Promise.all([
        import('./zip.ts'),
        fetch(SOURCES_URL).then((r) => {
          if (!r.ok) throw new Error('SOURCES.md could not be loaded.');
          return r.text();
        }),
        ...list.map((d) => d.csv(client, window.location.href)),
      ]);
      const files = [
        ...list.map((d, i) => ({ name: d.fileName, text: csvs[i] ?? '' })),
        { name: 'SOURCES.md', text: sources },
      ];
      const name = `korus-data-${meta.data?.dataAsOf ?? 'all'}.zip`;
      downloadBlob(new Blob([zipFiles(files)], { type: 'application/zip' }), name);
      return `Saved ${name} (${list.length} CSV files and SOURCES.md)`;
    });

  return (
    <div className="page">
      <PageHeader head={PAGE_HEADS['/data']} />
      <QueryStatus query={meta} label="the data description and sources" skeleton={<Skeleton height={480} />}>
        {(m) => {
          const list = datasets(m, partners.data);
          return (
            <>
              <section className="card data-summary" aria-labelledby="data-all">
                <h2 id="data-all">All data sets</h2>
                <p>
                  {list.length} data sets, as of {formatDate(m.dataAsOf)}. Amounts in {m.unitLabel}. {m.perspective}
                </p>
                <button type="button" className="button" onClick={() => void downloadAll(list)}>
                  Download all (ZIP)
                </button>
                <p className={`chart-card__status${status?.kind === 'error' ? ' is-error' : ''}`} role="status">
                  {status?.text}
                </p>
              </section>
              <ul className="dataset-list" aria-label="Data sets">
                {list.map((d) => (
                  <li key={d.id} className="card dataset" aria-labelledby={`ds-${d.id}`}>
                    <div className="dataset__head">
                      <h2 id={`ds-${d.id}`}>{d.title}</h2>
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        aria-label={`Download CSV: ${d.title}`}
                        onClick={() => void downloadOne(d)}
                      >
                        Download CSV
                      </button>
                    </div>
                    <dl className="dataset__facts">
                      <dt>Coverage</dt>
                      <dd>{d.coverage}</dd>
                      <dt>Basis</dt>
                      <dd>{d.basis}</dd>
                      <dt>Unit</dt>
                      <dd>{d.unit}</dd>
                      <dt>Publisher</dt>
                      <dd>
                        {d.sources.length
                          ? [...new Set(d.sources.map((s) => s.publisher))].join('; ')
                          : 'Named with each row (see the CSV)'}
                      </dd>
                      <dt>Vintage</dt>
                      <dd>
                        {d.vintage}
                        {d.sources.some((s) => s.note) && (
                          <ul className="dataset__notes">
                            {d.sources
                              .filter((s) => s.note)
                              .map((s) => (
                                <li key={s.id}>{s.note}</li>
                              ))}
                          </ul>
                        )}
                      </dd>
                      <dt>Caveats</dt>
                      <dd>{d.caveats}</dd>
                      <dt>File</dt>
                      <dd>
                        <code>{d.fileName}</code>
                      </dd>
                    </dl>
                    {d.sources.length > 0 && <SourceLine sources={d.sources} />}
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </QueryStatus>
    </div>
  );
}
