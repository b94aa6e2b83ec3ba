// The data sets the API serves, described from GET /meta, and how each becomes a CSV. Pure: the page
// fetches, this shapes. Every file carries the same '#' provenance block as a chart's CSV.
import type { QueryClient } from '@tanstack/react-query';
import {
  annualTradeQuery,
  eventsQuery,
  expertsQuery,
  sectorsQuery,
  sectorValuesQuery,
  viewpointsQuery,
} from '../../api/queries.ts';
import type { Meta, Source } from '../../api/schemas.ts';
import { buildCsv, type CsvColumn } from '../../lib/csv.ts';
import { formatDate, formatYearList } from '../../lib/format.ts';
import { csvMetadataLines, today } from '../../lib/provenance.ts';

export interface Dataset {
  id: string;
  title: string;
  coverage: string;
  basis: string;
  unit: string;
  sources: Source[];
  /** Vintage: the data's as-of date and each source's own note on its edition. */
  vintage: string;
  caveats: string;
  fileName: string;
  /** Fetches the data (from the cache when already loaded) and writes the CSV. */
  csv: (client: QueryClient, url: string) => Promise<string>;
}

const pick = (meta: Meta, ids: readonly string[]) => meta.sources.filter((s) => ids.includes(s.id));

function withMeta(d: Omit<Dataset, 'csv'>, dataAsOf: string, url: string) {
  return csvMetadataLines({
    title: d.title,
    subtitle: d.coverage,
    sources: d.sources,
    note: d.caveats,
    url,
    dataAsOf,
    exportedOn: today(),
  });
}

function csvOf<Row>(columns: CsvColumn<Row>[], rows: Row[], comments: string[]): string {
  return buildCsv(columns, rows, { comments });
}

export function datasets(meta: Meta): Dataset[] {
  const unit = `$ m (${meta.unitLabel}); ${meta.perspective}`;
  const out: Dataset[] = [];

  for (const series of meta.series) {
    const d = {
      id: `${series.id}-annual`,
      title: `${series.label}, annual`,
      coverage: `${series.from}–${series.to}`,
      basis: series.label,
      unit,
      sources: pick(meta, series.sourceIds),
      vintage: `Data as of ${formatDate(meta.dataAsOf)}`,
      caveats: series.note,
      fileName: `korus-data-${series.id}-annual.csv`,
    };
    out.push({
      ...d,
      csv: async (client, url) => {
        const data = await client.fetchQuery(annualTradeQuery({ category: series.id }));
        return csvOf(
          [
            { header: 'Year', value: (r) => r.year },
            { header: 'US exports ($ m)', value: (r) => r.exports },
            { header: 'US imports ($ m)', value: (r) => r.imports },
            { header: 'Balance ($ m)', value: (r) => r.balance },
            { header: 'Source ids', value: (r) => r.sourceIds.join(' ') },
          ],
          data.rows,
          withMeta(d, meta.dataAsOf, url),
        );
      },
    });
  }

  for (const c of meta.classifications) {
    const measureLabel = (id: string) => meta.measures.find((m) => m.id === id)?.label ?? id;
    const flows = c.flows.map((f) => {
      const partial = f.periods.filter((p) => p.partial).map((p) => `${p.year} (${p.period})`);
      return `${f.flow} ${formatYearList(f.years)}${partial.length ? ` (partial: ${partial.join(', ')})` : ''}`;
    });
    const d = {
      id: `sectors-${c.id}`,
      title: `Sectors: ${c.label}`,
      coverage: flows.join('; '),
      basis: `${c.description} Measures: ${[...new Set(c.flows.flatMap((f) => f.measures))].map(measureLabel).join(', ')}.`,
      unit,
      sources: pick(meta, c.sourceIds),
      vintage: `Data as of ${formatDate(meta.dataAsOf)}`,
      caveats: c.flows.some((f) => !f.complete)
        ? 'The items do not cover the whole flow: shares of their sum are not shares of the total. Never add up figures across classifications.'
        : 'Never add up figures across classifications.',
      fileName: `korus-data-sectors-${c.id}.csv`,
    };
    out.push({
      ...d,
      csv: async (client, url) => {
        const [values, sectors] = await Promise.all([
          Promise.all(c.flows.map((f) => client.fetchQuery(sectorValuesQuery({ classification: c.id, flow: f.flow })))),
          client.fetchQuery(sectorsQuery(c.id)),
        ]);
        const label = new Map(sectors.sectors.map((s) => [s.id, s.label]));
        const rows = values.flatMap((v) => v.rows);
        return csvOf(
          [
            { header: 'Year', value: (r) => r.year },
            { header: 'Period', value: (r) => r.period },
            { header: 'Partial year', value: (r) => (r.partial ? 'yes' : 'no') },
            { header: 'Sector id', value: (r) => r.sectorId },
            { header: 'Sector', value: (r) => label.get(r.sectorId) ?? r.sectorId },
            { header: 'Flow', value: (r) => r.flow },
            { header: 'Measure', value: (r) => measureLabel(r.measure) },
            { header: 'Value ($ m)', value: (r) => r.value },
            { header: 'Source id', value: (r) => r.sourceId },
            { header: 'Note', value: (r) => r.note },
          ],
          rows,
          withMeta(d, meta.dataAsOf, url),
        );
      },
    });
  }

  const events = {
    id: 'events',
    title: 'KORUS timeline (events)',
    coverage: 'Dated events of the agreement, with day, month or year precision',
    basis: 'Short titles are the project’s; descriptions are the source’s text',
    unit: 'Dates',
    sources: [],
    vintage: `Data as of ${formatDate(meta.dataAsOf)}`,
    caveats: 'Scheduled dates (e.g. 2041) are not reports that something happened.',
    fileName: 'korus-data-events.csv',
  };
  out.push({
    ...events,
    csv: async (client, url) => {
      const data = await client.fetchQuery(eventsQuery());
      return csvOf(
        [
          { header: 'Date', value: (e) => e.date },
          { header: 'Precision', value: (e) => e.precision },
          { header: 'Title', value: (e) => e.title },
          { header: 'Description', value: (e) => e.description },
          { header: 'Milestone', value: (e) => (e.milestone ? 'yes' : 'no') },
          {
            header: 'Sources',
            value: (e) =>
              pick(meta, e.sourceIds)
                .map((s) => `${s.publisher}, ${s.title}`)
                .join('; '),
          },
        ],
        data.events,
        withMeta(events, meta.dataAsOf, url),
      );
    },
  });

  const statements = {
    id: 'statements',
    title: 'Expert statements',
    coverage: 'Statements by named experts, with topic, stance and the publication',
    basis: 'Quotes are verbatim; everything else is a paraphrase and marked as such',
    unit: 'Text',
    sources: [],
    vintage: `Data as of ${formatDate(meta.dataAsOf)}`,
    caveats: 'Each statement names its own publication (columns Source …); a paraphrase is not the expert’s wording.',
    fileName: 'korus-data-statements.csv',
  };
  out.push({
    ...statements,
    csv: async (client, url) => {
      const [data, experts] = await Promise.all([
        client.fetchQuery(viewpointsQuery()),
        client.fetchQuery(expertsQuery()),
      ]);
      const expert = new Map(experts.experts.map((e) => [e.id, e]));
      const word = (list: { id: string; label: string }[], id: string) => list.find((x) => x.id === id)?.label ?? id;
      return csvOf(
        [
          { header: 'Statement id', value: (v) => v.id },
          { header: 'Date', value: (v) => v.date },
          { header: 'Expert', value: (v) => expert.get(v.expertId)?.name ?? v.expertId },
          { header: 'Organisation', value: (v) => expert.get(v.expertId)?.organisation ?? '' },
          { header: 'Kind', value: (v) => v.statementKind },
          { header: 'Statement', value: (v) => v.statement },
          { header: 'Topics', value: (v) => v.topics.map((t) => word(meta.topics, t)).join('; ') },
          { header: 'Stance', value: (v) => word(meta.stances, v.stance) },
          { header: 'Source title', value: (v) => v.source.title },
          { header: 'Source publisher', value: (v) => v.source.publisher },
          { header: 'Source date', value: (v) => v.source.date },
          { header: 'Source URL', value: (v) => v.source.url },
        ],
        data.viewpoints,
        withMeta(statements, meta.dataAsOf, url),
      );
    },
  });
  return out;
}
