// Regenerates mocks/data/*.json from the collected source CSVs (default ../shared/data).
// Only reshapes: every figure is copied from a CSV cell or converted between units (US$ → US$ million);
// nothing is estimated or interpolated. One module per data set; this entry writes the files and meta.json.
// Run: npm run data [-- path/to/input [path/to/output]] (npm run data:update builds into a temporary folder)
import { copyFileSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvReader, writer } from './csv.mjs';
import { usedSourceList } from './sources.mjs';
import { buildGoods } from './goods.mjs';
import { buildServices } from './services.mjs';
import { buildSectors, classifications, MEASURES } from './sectors.mjs';
import { buildEvents } from './events.mjs';
import { buildViewpoints, TOPICS, STANCES } from './viewpoints.mjs';
import { buildHsChapters } from './hs-chapters.mjs';
import { buildMonthly } from './monthly.mjs';
import { buildTariffs } from './tariffs.mjs';
import { loadRefresh } from './refresh.mjs';
import { buildCensusHsChapters, censusCoverageMd } from './census-hs-chapters.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const inputDir = resolve(process.argv[2] ?? resolve(root, '../shared/data'));
const outDir = resolve(process.argv[3] ?? resolve(root, 'mocks/data'));
mkdirSync(outDir, { recursive: true });
const readCsv = csvReader(inputDir);
// Present only in a folder prepared by npm run data:update: the fetched copies' sources, vintages and date.
const refresh = loadRefresh(inputDir);

const goods = buildGoods(readCsv);
const services = buildServices(readCsv);
const { sectorList, sectorRows, sectors, COMPLETE } = buildSectors(readCsv);
const events = buildEvents(readCsv);
const { hsMeta, hsRows } = buildHsChapters(readCsv, sectorList, sectorRows);
const { koreaMonthly, partnerMonthly, partnersMeta } = buildMonthly(readCsv);
const tariffCommitments = buildTariffs(readCsv);
const { experts, viewpoints } = buildViewpoints(readCsv, hsMeta);
const census = buildCensusHsChapters(inputDir, readCsv, hsMeta);

// ---------------------------------------------------------------------------------------------
const coverage = (rows) => ({ from: rows[0].year, to: rows.at(-1).year });
const meta = {
  title: 'US–South Korea trade under KORUS',
  unit: 'USD millions',
  unitLabel: 'millions of current US dollars',
  perspective: 'United States: exports are US exports to South Korea; a negative balance is a US deficit.',
  dataAsOf: refresh?.dataAsOf ?? '2026-06-10',
  series: [
    {
      id: 'goods',
      label: 'Goods trade (Census basis)',
      ...coverage(goods),
      sourceIds: [...new Set(goods.flatMap((r) => r.sourceIds))],
      note: 'Total exports (f.a.s.) and general imports (customs value), not seasonally adjusted.',
    },
    {
      id: 'services',
      label: 'Services trade (BEA, as published by USTR and KEI)',
      ...coverage(services),
      sourceIds: [...new Set(services.flatMap((r) => r.sourceIds))],
      note: 'Only a few years were found; the figures are rounded to $0.1–1 bn and missing years are gaps.',
    },
  ],
  classifications: classifications.map((c) => {
    const rows = sectorRows.filter((r) => sectors.get(r.sectorId).classification === c.id);
    const flows = ['exports', 'imports']
      .map((flow) => {
        const fr = rows.filter((r) => r.flow === flow);
        if (!fr.length) return null;
        const periods = [
          ...new Map(fr.map((r) => [r.year, { year: r.year, period: r.period, partial: r.partial }])).values(),
        ].sort((a, b) => a.year - b.year);
        return {
          flow,
          years: periods.map((p) => p.year),
          periods,
          measures: [...new Set(fr.map((r) => r.measure))],
          complete: COMPLETE.has(`${c.id}|${flow}`),
        };
      })
      .filter(Boolean);
    return { ...c, flows, sourceIds: [...new Set(rows.map((r) => r.sourceId))] };
  }),
  measures: MEASURES,
  topics: Object.entries(TOPICS).map(([id, label]) => ({ id, label })),
  stances: Object.entries(STANCES).map(([id, label]) => ({ id, label })),
  sources: usedSourceList(),
};

const write = writer(outDir);
write('meta.json', meta);
write('goods-annual.json', goods);
write('services-annual.json', services);
write('sectors.json', sectorList);
write('sector-values.json', sectorRows);
write('events.json', events);
write('experts.json', experts);
write('viewpoints.json', viewpoints);
// Third-pass data sets, one file (or catalogue + rows) per data set, loaded on first use.
write('hs-chapters.json', hsMeta);
write('hs-chapter-values.json', hsRows);
write('goods-monthly.json', koreaMonthly);
write('partners.json', partnersMeta);
write('partner-monthly.json', partnerMonthly);
write('tariff-commitments.json', tariffCommitments);
if (census) {
  write('hs-chapters-census.json', census.censusMeta);
  write('hs-chapter-census-monthly.json', census.censusMonthly);
  write('hs-chapter-census-annual.json', census.censusAnnual);
}
const md = (s) => String(s ?? '').replace(/\|/g, '\\|');
const years = (list) => {
  // 2007, 2008, 2009 → "2007–2009"; gaps stay visible.
  const runs = [];
  for (const y of list) {
    const last = runs.at(-1);
    if (last && last[1] === y - 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
};
const ranges = (list) => (list.length ? list.map(([a, b]) => `${a} … ${b}`).join(', ') : '—');
const coverageMd = `## Coverage of the third-pass data sets (generated by \`npm run data\`)

HS chapters (\`hs-chapter-values.json\`), per basis and measure. Years marked * are partial.

| basis | flow | measure | years | vintages | sources |
|---|---|---|---|---|---|
${hsMeta.coverage
  .map(
    (c) =>
      `| \`${c.basis}\` | ${c.flow} | ${c.measure} | ${years(c.years)}${
        c.periods.some((p) => p.partial)
          ? ` (${c.periods
              .filter((p) => p.partial)
              .map((p) => `${p.year}* ${p.period}`)
              .join(', ')})`
          : ''
      } | ${c.vintages.join(', ')} | ${c.sourceIds.join(', ')} |`,
  )
  .join('\n')}

Monthly goods (\`goods-monthly.json\`, \`partner-monthly.json\`), per partner. Vintages: ${partnersMeta.vintages.map((v) => `\`${v.id}\` ${md(v.label)}`).join('; ')}.

| partner | exports | imports | vintages | FRED series |
|---|---|---|---|---|
${partnersMeta.partners
  .map(
    (p) =>
      `| ${p.name} (\`${p.id}\`) | ${ranges(p.coverage.exports)} | ${ranges(p.coverage.imports)} | ${p.vintages.join(', ')} | ${[...p.seriesIds.exports, ...p.seriesIds.imports].join(', ')} |`,
  )
  .join('\n')}

${census ? censusCoverageMd(census) : ''}Tariff commitments (\`tariff-commitments.json\`): ${tariffCommitments.length} rows, products ${[...new Set(tariffCommitments.map((t) => t.product))].join(', ')}; ${tariffCommitments.filter((t) => t.date).length} with a calendar date, the others with the source's wording only.
`;
writeFileSync(
  resolve(outDir, 'SOURCES.md'),
  `${readFileSync(resolve(root, 'mocks/scripts/sources-header.md'), 'utf8').trim()}

${coverageMd}
## Source register (generated by \`npm run data\`)

Every \`sourceId\` in the served data resolves to one of these. Viewpoints carry their own source (title,
publisher, URL, date) in \`viewpoints.json\`.

| id | publisher | title | url | note |
|---|---|---|---|---|
${meta.sources.map((s) => `| \`${s.id}\` | ${md(s.publisher)} | ${md(s.title)} | ${s.url ?? '—'} | ${md(s.note ?? '')} |`).join('\n')}
`,
);
// The data page offers SOURCES.md for download as a static asset: keep that copy equal to the one built here.
if (outDir === resolve(root, 'mocks/data'))
  copyFileSync(resolve(outDir, 'SOURCES.md'), resolve(root, 'public/SOURCES.md'));
console.log(
  `mocks/data: ${goods.length} goods years, ${services.length} services years, ${sectorList.length} sectors, ${sectorRows.length} sector values, ${events.length} events, ${experts.length} experts, ${viewpoints.length} viewpoints, ${hsRows.length} HS-chapter values, ${koreaMonthly.length} Korea months, ${partnerMonthly.length} partner months, ${tariffCommitments.length} tariff commitments, ${meta.sources.length} sources${census ? `, ${census.censusMonthly.length} Census-basis HS-chapter months` : ''}`,
);
