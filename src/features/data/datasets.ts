// The data sets the API serves, described from GET /meta, and how each becomes a CSV. Pure: the page
// fetches, this shapes. Every file carries the same '#' provenance block as a chart's CSV.
import type { QueryClient } from '@tanstack/react-query';
import {
  annualTradeQuery,
  eventsQuery,
  expertsQuery,
  monthlyTradeQuery,
  partnersQuery,
  sectorsQuery,
  sectorValuesQuery,
  tariffCommitmentsQuery,
  viewpointsQuery,
} from '../../api/queries.ts';
import type { Meta, PartnersResponse, Source } from '../../api/schemas.ts';
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

const monthRuns = (runs: ReadonlyArray<readonly [string, string]>) => runs.map(([a, b]) => `${a} to ${b}`).join(', ');

/**
 * The data sets, described from GET /meta; `partners` (GET /partners, once loaded) gives the monthly coverage and
 * the partner sources.
 */
export function datasets(meta: Meta, partners?: PartnersResponse): Dataset[] {
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

  // Monthly goods with South Korea: the months behind the annual figures, the year to date and Frequency "Monthly".
  const korea = partners?.partners.find((p) => p.id === 'south-korea');
  const vintageLabel = new Map((partners?.vintages ?? []).map((v) => [v.id, v.label]));
  const monthly = {
    id: 'goods-monthly',
    title: 'Goods trade (Census basis), monthly',
    coverage: korea
      ? `Exports ${monthRuns(korea.coverage.exports)}; imports ${monthRuns(korea.coverage.imports)}`
      : 'By month (the months served are in the file)',
    basis: 'Goods trade (Census basis): total exports (f.a.s.) and general imports (customs value), by month',
    unit,
    sources: pick(meta, korea?.sourceIds ?? ['census-fred-monthly']),
    vintage: `Data as of ${formatDate(meta.dataAsOf)}`,
    caveats:
      'Not seasonally adjusted: compare a month with the same month of another year. The latest months are preliminary. A calendar year of the annual file is the sum of its 12 months.',
    fileName: 'korus-data-goods-monthly.csv',
  };
  out.push({
    ...monthly,
    csv: async (client, url) => {
      const data = await client.fetchQuery(monthlyTradeQuery());
      return csvOf(
        [
          { header: 'Month', value: (r) => r.month },
          { header: 'US exports ($ m)', value: (r) => r.exports },
          { header: 'US imports ($ m)', value: (r) => r.imports },
          { header: 'Balance ($ m)', value: (r) => r.balance },
          { header: 'Vintage (exports)', value: (r) => r.vintage.exports },
          { header: 'Vintage (imports)', value: (r) => r.vintage.imports },
          { header: 'Note', value: (r) => r.note },
          { header: 'Source ids', value: (r) => r.sourceIds.join(' ') },
        ],
        data.rows,
        withMeta(monthly, meta.dataAsOf, url),
      );
    },
  });

  // The other US partners (Korea among them), for "Korea among US trading partners".
  const partnerList = partners?.partners ?? [];
  const partnerSet = {
    id: 'partners-monthly',
    title: 'Goods trade of the US with South Korea and other partners, monthly',
    coverage: partnerList.length
      ? partnerList
          .map((p) => `${p.name}: exports ${monthRuns(p.coverage.exports)}; imports ${monthRuns(p.coverage.imports)}`)
          .join(' · ')
      : 'By partner and month (the months served are in the file)',
    basis: 'U.S. Census goods, by partner and month: total exports (f.a.s.) and general imports (customs value)',
    unit,
    sources: pick(meta, [...new Set(partnerList.flatMap((p) => p.sourceIds))]),
    vintage: partners
      ? `Data as of ${formatDate(meta.dataAsOf)}; download vintages: ${partners.vintages.map((v) => v.label).join('; ')}`
      : `Data as of ${formatDate(meta.dataAsOf)}`,
    caveats:
      'Partners differ in coverage and in download vintage (each row names its vintage): compare them only where the months exist, and never join two vintages into one series.',
    fileName: 'korus-data-partners-monthly.csv',
  };
  out.push({
    ...partnerSet,
    csv: async (client, url) => {
      const list = (await client.fetchQuery(partnersQuery())).partners;
      const all = await Promise.all(list.map((p) => client.fetchQuery(monthlyTradeQuery({ partner: p.id }))));
      const rows = all.flatMap((d, i) => d.rows.map((r) => ({ ...r, partner: list[i]?.name ?? d.partner })));
      return csvOf(
        [
          { header: 'Partner', value: (r) => r.partner },
          { header: 'Month', value: (r) => r.month },
          { header: 'US exports ($ m)', value: (r) => r.exports },
          { header: 'US imports ($ m)', value: (r) => r.imports },
          { header: 'Balance ($ m)', value: (r) => r.balance },
          {
            header: 'Vintage (exports)',
            value: (r) => (r.vintage.exports ? (vintageLabel.get(r.vintage.exports) ?? r.vintage.exports) : ''),
          },
          {
            header: 'Vintage (imports)',
            value: (r) => (r.vintage.imports ? (vintageLabel.get(r.vintage.imports) ?? r.vintage.imports) : ''),
          },
          { header: 'Note', value: (r) => r.note },
        ],
        rows,
        withMeta(partnerSet, meta.dataAsOf, url),
      );
    },
  });

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

  const tariffs = {
    id: 'tariff-commitments',
    title: 'KORUS tariff commitments',
    coverage: 'Tariff staging for cars, trucks, electric cars and beef, and the 2025 US tariff on Korean autos',
    basis: 'Rates and timing in the source’s wording; a calendar date only where the source gives one',
    unit: 'Tariff rates (%) and dates',
    sources: [],
    vintage: `Data as of ${formatDate(meta.dataAsOf)}`,
    caveats:
      'Superseded schedules (replaced by the 2018 amendments) are kept and flagged; the 2025 Section 232 rate is not a KORUS commitment.',
    fileName: 'korus-data-tariff-commitments.csv',
  };
  out.push({
    ...tariffs,
    csv: async (client, url) => {
      const data = await client.fetchQuery(tariffCommitmentsQuery());
      return csvOf(
        [
          { header: 'Id', value: (t) => t.id },
          { header: 'Product', value: (t) => t.productLabel },
          { header: 'Item', value: (t) => t.item },
          { header: 'Levied by', value: (t) => t.side },
          { header: 'HS chapters', value: (t) => t.hsChapterIds.join(' ') },
          { header: 'Rate before', value: (t) => t.rateBefore },
          { header: 'Rate after', value: (t) => t.rateAfter },
          { header: 'Timing (source’s wording)', value: (t) => t.timingAsStated },
          { header: 'Date', value: (t) => t.date },
          { header: 'Date as stated', value: (t) => t.dateAsStated },
          { header: 'KORUS commitment', value: (t) => (t.korus ? 'yes' : 'no') },
          { header: 'Superseded', value: (t) => (t.superseded ? 'yes' : 'no') },
          { header: 'Quote', value: (t) => t.quote },
          {
            header: 'Sources',
            value: (t) =>
              pick(meta, t.sourceIds)
                .map((s) => `${s.publisher}, ${s.title}${s.url ? ` (${s.url})` : ''}`)
                .join('; '),
          },
        ],
        data.commitments,
        withMeta(tariffs, meta.dataAsOf, url),
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
