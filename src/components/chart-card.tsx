import { QueryClientContext } from '@tanstack/react-query';
import { useContext, useId, useRef, useState, type ReactNode } from 'react';
import type { Meta } from '../api/schemas.ts';
import type { Source } from '../api/schemas.ts';
import type * as ChartExport from '../lib/chart-export.ts';
import { exportIgnore } from '../lib/export-ignore.ts';
import { exportFileName } from '../lib/export-filename.ts';
import { citation, csvMetadataLines, csvSubtitle, footerLine, today } from '../lib/provenance.ts';
import type { LegendItem } from '../lib/svg-export.ts';
import { SHOW_AS, SHOW_AS_LABELS, isShowAs, showAsHeader, type ShowAs } from '../lib/show-as.ts';
import { changeBetween, inferChangeKind, type ChangeKind } from '../lib/table-math.ts';
import { formatBn, formatM, formatPercent } from '../lib/format.ts';
import { DataTable, type Column, type SummaryRow } from './data-table.tsx';
import { MenuButton } from './menu-button.tsx';
import { SourceLine, sourceText } from './source-line.tsx';

export interface ChartColumn<Row> {
  key: string;
  /** Header with its unit: "Exports ($ bn)". Used by the table and the CSV. */
  header: string;
  /** Raw value for the CSV (full precision, null when missing). */
  value: (row: Row) => string | number | null;
  /** Display text for the table; defaults to the raw value. */
  format?: (row: Row) => string;
  numeric?: boolean;
  rowHeader?: boolean;
  /** Series colour, shown as a swatch in the table header. */
  color?: string;
  /** Header for the CSV when it differs from the table's (e.g. "$ m" in the CSV, "$ bn" on screen). */
  csvHeader?: string;
  /** Decimals of the source figures; the CSV rounds computed values to it (no −5199.799999999999). */
  decimals?: number;
  /** Interactive cell content for the table view (e.g. a button that opens a detail); CSV keeps `value`. */
  render?: (row: Row) => ReactNode;
  /** First-to-last-year change in the table: `level` absolute and %, `balance` absolute only. Guessed from the header. */
  change?: ChangeKind;
}

interface ChartCardProps<Row> {
  /** Short machine name used in export file names: "goods-trade". */
  name: string;
  title: string;
  /** The active filters in words: "US goods trade with South Korea, 2012–2019, $ bn". */
  subtitle: string;
  fileParts: ReadonlyArray<string | number | null | undefined>;
  legend: LegendItem[];
  sources: Source[];
  /** Sources named in exported files when they differ from the on-screen line (which may point at a list on the page). */
  exportSources?: Source[];
  note?: string;
  /** What the chart shows and its main reading, for screen readers. */
  summary: string;
  columns: ChartColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Extra toolbar controls, e.g. a "Show all events" toggle. */
  actions?: ReactNode;
  headingLevel?: 2 | 3;
  height?: number;
  view?: SeriesView;
  /** False where the rows span a change of basis or vintage: a first-to-last change would compare unlike figures. */
  changeRows?: boolean;
  children: ReactNode;
}

type Status = { kind: 'info' | 'error'; text: string } | null;

/** "Show as" and "Log scale" for a time-series chart; the page keeps both in its URL. */
export interface SeriesView {
  showAs: ShowAs;
  onShowAs: (mode: ShowAs) => void;
  /** Column keys of the series that follow Show as (the rows passed in are already rebased). */
  keys: readonly string[];
  /** Series that cannot be shown in this mode, by column key, with the reason. */
  unavailable?: ReadonlyArray<{ key: string; reason: string }>;
  log?: {
    value: boolean;
    onChange: (on: boolean) => void;
    /** Why a log scale is not possible, or null. */ blocker: string | null;
  };
}

// The export code (papaparse, the SVG composer) loads when an Export menu first opens.
let exporters: Promise<typeof ChartExport> | undefined;
const loadExporters = () => (exporters ??= import('../lib/chart-export.ts'));

/** Every chart sits in one of these: title, filters in words, legend, chart or table, source, exports. */
export function ChartCard<Row>({
  name,
  title,
  subtitle,
  fileParts,
  legend,
  sources,
  exportSources = sources,
  note: baseNote,
  summary,
  changeRows = true,
  columns: baseColumns,
  rows,
  rowKey,
  actions,
  headingLevel = 2,
  height = 320,
  view,
  children,
}: ChartCardProps<Row>) {
  const viewId = useId();
  const mode = view?.showAs ?? 'values';
  const followsView = (c: ChartColumn<Row>) => mode !== 'values' && (view?.keys.includes(c.key) ?? false);
  // Table and CSV follow Show as: the rows are rebased already; headers and number formats change here.
  const columns = baseColumns.map((c) =>
    followsView(c)
      ? {
          ...c,
          header: showAsHeader(c.header, mode),
          csvHeader: showAsHeader(c.csvHeader ?? c.header, mode),
          change: 'none' as const,
          decimals: 2,
          format: (r: Row) => {
            const v = c.value(r);
            if (typeof v !== 'number') return '—';
            return mode === 'index' ? v.toFixed(1) : formatPercent(v);
          },
        }
      : c,
  );
  const unavailableNote = (view?.unavailable ?? [])
    .map(
      (u) =>
        `${(columns.find((c) => c.key === u.key)?.header ?? u.key).replace(/\s*\([^)]*\)\s*$/, '')} cannot be shown as ${SHOW_AS_LABELS[mode].toLowerCase()}: ${u.reason}.`,
    )
    .join(' ');
  const note = [baseNote, unavailableNote].filter(Boolean).join(' ') || undefined;
  const shownSubtitle = mode === 'values' ? subtitle : `${subtitle}; shown as ${SHOW_AS_LABELS[mode].toLowerCase()}`;
  const viewLine = view
    ? `Show as: ${SHOW_AS_LABELS[mode]}${view.log?.value && !view.log.blocker ? '; log scale' : ''}`
    : undefined;
  const [showTable, setShowTable] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [citeOpen, setCiteOpen] = useState(false);
  const figureRef = useRef<HTMLElement>(null);
  // The data's as-of date comes from the cached meta (every page loads it); no provider, no date.
  const queryClient = useContext(QueryClientContext);
  const citeId = useId();
  const titleId = useId();
  const summaryId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const file = (ext: 'png' | 'svg' | 'csv') => exportFileName(name, fileParts, ext);

  const run = async (work: () => Promise<string>) => {
    setStatus({ kind: 'info', text: 'Preparing export…' });
    try {
      setStatus({ kind: 'info', text: await work() });
    } catch (error) {
      setStatus({ kind: 'error', text: `Export failed: ${error instanceof Error ? error.message : 'unknown error'}` });
    }
  };
  const figure = () => {
    if (!figureRef.current) throw new Error('The chart is not on the page.');
    return figureRef.current;
  };
  const imageHint = showTable ? 'show the chart first' : undefined;
  const csvColumns = columns.map((c) => ({ header: c.csvHeader ?? c.header, value: c.value, decimals: c.decimals }));
  const provenance = () => ({
    url: window.location.href,
    dataAsOf: queryClient?.getQueryData<Meta>(['meta'])?.dataAsOf ?? null,
    exportedOn: today(),
  });
  const labelColumn = columns.find((c) => c.rowHeader);
  const imageMeta = () => ({
    title,
    subtitle: shownSubtitle,
    legend,
    source: sourceText(exportSources),
    note,
    footer: footerLine(provenance()),
    fullLabels: labelColumn ? rows.map((r) => String(labelColumn.value(r) ?? '')) : [],
  });
  const copyText = async (text: string, done: string) => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'info', text: done });
    } catch {
      setStatus({ kind: 'error', text: 'The browser did not allow copying; select the text and copy it yourself.' });
    }
  };
  const citationText = () => citation({ title, sources: exportSources, ...provenance() });
  const tableColumns: Column<Row>[] = columns.map((c) => ({
    key: c.key,
    header: c.color ? (
      <>
        <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
        {c.header}
      </>
    ) : (
      c.header
    ),
    numeric: c.numeric,
    rowHeader: c.rowHeader,
    sortValue: (row) => {
      const v = c.value(row);
      return typeof v === 'string' && c.numeric && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
    },
    cell: (row) => {
      if (c.render) return c.render(row);
      const text = c.format ? c.format(row) : c.value(row);
      return text === null || text === '' ? null : text;
    },
  }));

  return (
    <figure ref={figureRef} className="chart-card card" aria-labelledby={titleId} aria-describedby={summaryId}>
      <div className="chart-card__head">
        <figcaption className="chart-card__caption">
          <Heading id={titleId} className="chart-card__title">
            {title}
          </Heading>
          <p className="chart-card__subtitle">{shownSubtitle}</p>
        </figcaption>
        <div className="chart-card__toolbar" {...exportIgnore}>
          {actions}
          <button
            type="button"
            className="button button--ghost button--small"
            aria-pressed={showTable}
            onClick={() => setShowTable((s) => !s)}
          >
            {showTable ? 'Show chart' : 'Show table'}
          </button>
          <MenuButton
            label="Export"
            onOpen={() => void loadExporters()}
            actions={[
              {
                id: 'png',
                label: 'Download PNG',
                disabled: showTable,
                hint: imageHint,
                onSelect: () =>
                  void run(async () => {
                    await (await loadExporters()).downloadPng(figure(), imageMeta(), file('png'));
                    return `Saved ${file('png')}`;
                  }),
              },
              {
                id: 'svg',
                label: 'Download SVG',
                disabled: showTable,
                hint: imageHint,
                onSelect: () =>
                  void run(async () => {
                    (await loadExporters()).downloadSvg(figure(), imageMeta(), file('svg'));
                    return `Saved ${file('svg')}`;
                  }),
              },
              {
                id: 'csv',
                label: 'Download CSV',
                onSelect: () =>
                  void run(async () => {
                    (await loadExporters()).downloadCsv(
                      csvColumns,
                      rows,
                      file('csv'),
                      csvMetadataLines({
                        title,
                        // The file's unit ($ m), not the screen's ($ bn).
                        subtitle: csvSubtitle(shownSubtitle, columns),
                        sources: exportSources,
                        note,
                        view: viewLine,
                        ...provenance(),
                      }),
                    );
                    return `Saved ${file('csv')} (${rows.length} rows)`;
                  }),
              },
              {
                id: 'copy',
                label: 'Copy image',
                disabled: showTable,
                hint: imageHint,
                onSelect: () =>
                  void run(async () => {
                    await (await loadExporters()).copyPng(figure(), imageMeta());
                    return 'Image copied to the clipboard';
                  }),
              },
            ]}
          />
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => void copyText(window.location.href, 'Link copied to the clipboard')}
          >
            Copy link
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            aria-expanded={citeOpen}
            aria-controls={citeOpen ? citeId : undefined}
            onClick={() => setCiteOpen((o) => !o)}
          >
            Cite
          </button>
        </div>
      </div>
      {view && (
        <div className="series-view" {...exportIgnore}>
          <label className="series-view__field">
            Show as{' '}
            <select value={mode} onChange={(e) => isShowAs(e.target.value) && view.onShowAs(e.target.value)}>
              {SHOW_AS.map((m) => (
                <option key={m} value={m}>
                  {SHOW_AS_LABELS[m]}
                </option>
              ))}
            </select>
          </label>
          {view.log && (
            <label className="toggle series-view__field">
              <input
                type="checkbox"
                checked={view.log.value && !view.log.blocker}
                disabled={view.log.blocker !== null}
                aria-describedby={view.log.blocker ? viewId : undefined}
                onChange={(e) => view.log?.onChange(e.target.checked)}
              />
              Log scale
              {view.log.blocker && (
                <span id={viewId} className="series-view__reason">
                  {' '}
                  (not available: {view.log.blocker})
                </span>
              )}
            </label>
          )}
        </div>
      )}
      {citeOpen && (
        <div id={citeId} className="cite-panel" role="group" aria-label="Citation" {...exportIgnore}>
          <textarea
            className="cite-panel__text"
            readOnly
            rows={3}
            value={citationText()}
            aria-label="Citation text"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            className="button button--small"
            onClick={() => void copyText(citationText(), 'Citation copied to the clipboard')}
          >
            Copy citation
          </button>
        </div>
      )}
      {legend.length > 0 && !showTable && (
        <ul className="legend" aria-label="Legend">
          {legend.map((item) => (
            <li key={item.label} className="legend__item">
              <span
                className={`legend__swatch legend__swatch--${item.shape ?? 'rect'}`}
                style={{ color: item.color }}
                aria-hidden="true"
              />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <p id={summaryId} className="visually-hidden">
        {summary}
      </p>
      {showTable ? (
        <DataTable
          caption={`${title}: ${shownSubtitle}`}
          columns={tableColumns}
          rows={rows}
          rowKey={rowKey}
          summary={changeRows ? changeSummary(columns, rows) : []}
        />
      ) : (
        <div className="chart-card__chart" style={{ height }}>
          {children}
        </div>
      )}
      {note && <p className="chart-card__note">{note}</p>}
      <SourceLine sources={sources} />
      <p className={`chart-card__status${status?.kind === 'error' ? ' is-error' : ''}`} role="status" {...exportIgnore}>
        {status?.text}
      </p>
    </figure>
  );
}

const MINUS = '\u2212';
const YEAR = /^\d{4}$/;

/** A change in the column's display unit, with its sign: "+4.2", "−0.7". */
function formatChange(header: string, value: number): string {
  const text = /\$ bn/.test(header)
    ? formatBn(value)
    : /\$ m/.test(header)
      ? formatM(value)
      : (Math.round(value * 10) / 10).toFixed(1);
  return value > 0 ? `+${text}` : text.replace(/^-/, MINUS);
}

/**
 * Rows under a table that spans several years: the absolute and the relative change between its first
 * and last full year (a partial year such as "2025 (Jan–Aug)" is not comparable, so it is not used).
 */
export function changeSummary<Row>(columns: ChartColumn<Row>[], rows: Row[]): SummaryRow[] {
  const yearColumn = columns.find((c) => c.rowHeader);
  if (!yearColumn || yearColumn.key !== 'year') return [];
  const years = rows.filter((r) => YEAR.test(String(yearColumn.value(r) ?? '')));
  const first = years[0];
  const last = years.at(-1);
  if (!first || !last || first === last) return [];
  const span = `${yearColumn.value(first)}–${yearColumn.value(last)}`;
  const absolute: Record<string, ReactNode> = {};
  const relative: Record<string, ReactNode> = {};
  let any = false;
  for (const c of columns) {
    if (!c.numeric || c.rowHeader) continue;
    const kind = c.change ?? inferChangeKind(c.header);
    if (kind === 'none') continue;
    any = true;
    const change = changeBetween(c.value(first), c.value(last), kind);
    absolute[c.key] = change.absolute === null ? null : formatChange(c.header, change.absolute);
    relative[c.key] =
      kind === 'balance' ? (
        <abbr title="A percentage change of a balance is not meaningful">n/a</abbr>
      ) : (
        formatPercent(change.relative)
      );
  }
  if (!any) return [];
  return [
    { key: 'change-absolute', label: `Change ${span}`, cells: absolute },
    { key: 'change-relative', label: `Change ${span} (%)`, cells: relative },
  ];
}
