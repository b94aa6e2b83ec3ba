// Regenerates mocks/data/*.json from the collected source CSVs (default ../shared/data).
// Only reshapes: every figure is copied from a CSV cell or converted between units (US$ → US$ million);
// nothing is estimated, interpolated or summed here. Run: npm run data [-- path/to/data]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const inputDir = resolve(process.argv[2] ?? resolve(root, '../shared/data'));
const outDir = resolve(root, 'mocks/data');
mkdirSync(outDir, { recursive: true });

const readCsv = (name) => {
  const parsed = Papa.parse(readFileSync(resolve(inputDir, name), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length) throw new Error(`${name}: ${JSON.stringify(parsed.errors[0])}`);
  return parsed.data;
};
const num = (cell) => {
  if (cell === undefined || cell.trim() === '') return null;
  const n = Number(cell);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${cell}`);
  return n;
};
const slug = (s) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const splitUrls = (cell) =>
  cell
    .split(' | ')
    .map((u) => u.trim().split(' (')[0].split(' sheet ')[0].trim())
    .filter(Boolean);

// ---------------------------------------------------------------------------------------------
// Source registry: every URL used by a served row maps to one source id with publisher and title.
const SOURCES = [
  {
    id: 'census-fred',
    match: ['fred_EXPKR.csv', 'fred_IMPKR.csv'],
    publisher: 'U.S. Census Bureau, via FRED (Federal Reserve Bank of St. Louis)',
    title:
      'U.S. exports of goods (f.a.s.) to South Korea (EXPKR) and imports of goods (customs basis) from South Korea (IMPKR), monthly, not seasonally adjusted; calendar-year sums',
    url: 'https://fred.stlouisfed.org/series/EXPKR',
    note: 'Annual values are the sum of the 12 monthly values, read from a copy of the FRED series downloaded 2026-06-10 (github.com/fckintroller/main-analyst-report-dashboard, commit 47e3e8b). Balance = exports − imports.',
  },
  {
    id: 'ustr-korea-2012',
    match: ['webarchive.library.unt.edu/web/20120926061318'],
    publisher: 'Office of the U.S. Trade Representative (USTR)',
    title: 'Korea country page (archived 26 Sep 2012): 2011 trade in goods and services',
  },
  {
    id: 'ustr-korea-2014',
    match: ['http://www.ustr.gov/countries-regions/japan-korea-apec/korea'],
    publisher: 'Office of the U.S. Trade Representative (USTR)',
    title: 'Korea country page (2014 version): 2012 trade in private services',
  },
  {
    id: 'ustr-trade-facts-2016',
    match: ['aalep.eu/us-korea-trade-facts'],
    publisher: 'Office of the U.S. Trade Representative (USTR), text reproduced by AALEP',
    title: 'U.S.-Korea Trade Facts (2016 data)',
  },
  {
    id: 'ustr-trade-facts-2017',
    match: ['ntlconsulting.blogspot.com/2018/10/us-korea-free-trade-agreement.html'],
    publisher: 'Office of the U.S. Trade Representative (USTR), text reproduced by NTL Consulting',
    title: 'U.S.-Korea Trade Facts (2017 data)',
  },
  {
    id: 'kei-2019-services',
    match: ['oldblog.keia.org/tag/fta/'],
    publisher: 'Korea Economic Institute of America (KEI)',
    title: 'KEI blog (Phil Eskeland, early 2019): record U.S. services exports to Korea in 2018',
  },
  {
    id: 'usitc-trade-shifts-2017',
    match: ['usitc.gov/research_and_analysis/trade_shifts_2017/southkorea.htm'],
    publisher: 'U.S. International Trade Commission (USITC)',
    title: 'Shifts in U.S. Merchandise Trade 2017: South Korea, Table KR.1 (U.S. total exports by sector, 2013–17)',
  },
  {
    id: 'asia-matters-2001-2010',
    match: ['asiamattersforamerica.org/articles/us-south-korea-trade-2001-2010'],
    publisher: 'Asia Matters for America (East-West Center), citing the U.S. Department of Commerce',
    title: 'US-South Korea Trade 2001–2010: A Template to Emulate',
  },
  {
    id: 'usmef-wowo-2018',
    match: ['wowo.com/korus-good-for-u-s-beef-and-pork/'],
    publisher: 'U.S. Meat Export Federation (USMEF), reported by WOWO',
    title: 'KORUS good for U.S. beef and pork',
  },
  {
    id: 'usda-opportimes-2021',
    match: ['opportimes.com/?p=77730'],
    publisher: 'U.S. Department of Agriculture (USDA), reported by Opportimes',
    title: 'U.S. agricultural and beef exports to Korea (2020, 2021)',
  },
  {
    id: 'hoeven-tsln-2023',
    match: ['tsln.com/news/hoeven-in-korea-for-defense-ag-events/'],
    publisher: 'Sen. John Hoeven, reported by Tri-State Livestock News',
    title: 'Hoeven in Korea for defense, ag events (2022 beef exports)',
  },
  {
    id: 'usmef-2024',
    match: ['usmef.org/news/usda-trade-delegation-sees-vibrant-market'],
    publisher: 'U.S. Meat Export Federation (USMEF)',
    title: 'USDA trade delegation sees vibrant market for U.S. red meat in Korea (4 Apr 2024)',
  },
  {
    id: 'inside-us-trade-2016',
    match: ['prosperousamerica.org/u-s-auto-imports-from-korea-surge'],
    publisher: 'USTR figures reported by Inside US Trade (18 Mar 2016), reposted by the Coalition for a Prosperous America',
    title: 'U.S. auto imports from Korea surge in first month after tariffs lifted',
  },
  {
    id: 'usitc-dataweb-2023',
    match: ['fe54f5e873920aa7f0365952f67cf8e5b05bc6d3/impor_2023_yearly_hts2.xlsx'],
    publisher: 'U.S. International Trade Commission, DataWeb (Census data), via a third-party download',
    title: 'U.S. imports for consumption from South Korea by HTS chapter, 2023 (all value measures)',
    note: 'USITC DataWeb export downloaded 2025-10-11 (github.com/utamiu1807/uutami, commit fe54f5e). Totals are sums of the chapter rows. Imports for consumption: not the same basis as Census general imports.',
  },
  {
    id: 'usitc-dataweb-2024',
    match: ['a2c7a6ab7476e6b38d2725070083486780436e82/IMPORT%202024_HTS_2.xlsx'],
    publisher: 'U.S. International Trade Commission, DataWeb (Census data), via a third-party download',
    title: 'U.S. imports for consumption from South Korea by HTS chapter, 2024',
    note: 'USITC DataWeb export downloaded 2025-10-03 (github.com/utamiu1807/uutami, commit a2c7a6a). No customs-value sheet. Totals are sums of the chapter rows.',
  },
  {
    id: 'usitc-dataweb-2025-jan-aug',
    match: ['a2c7a6ab7476e6b38d2725070083486780436e82/IMPORT%20AUG-2025-HTS4_2.xlsx'],
    publisher: 'U.S. International Trade Commission, DataWeb (Census data), via a third-party download',
    title: 'U.S. imports for consumption from South Korea by HTS chapter, January–August 2025',
    note: 'USITC DataWeb export downloaded 2025-10-03 (github.com/utamiu1807/uutami, commit a2c7a6a). Partial year. No customs-value sheet. Totals are sums of the chapter rows.',
  },
  { id: 'piglix-korus', match: ['piglix.com/piglix/KORUS_FTA'], publisher: 'Piglix (mirror of Wikipedia)', title: 'KORUS FTA' },
  {
    id: 'ustr-2007-signing',
    match: ['ustr.gov/about-us/policy-offices/press-office/press-releases/archives/2007/june'],
    publisher: 'Office of the U.S. Trade Representative (USTR)',
    title: 'United States and Republic of Korea sign landmark free trade agreement (press release, 30 Jun 2007)',
  },
  {
    id: 'crs-r41879',
    match: ['everycrsreport.com/reports/R41879.html'],
    publisher: 'Congressional Research Service (CRS)',
    title: 'R41879: The U.S.-South Korea Free Trade Agreement (KORUS FTA)',
  },
  {
    id: 'textile-world-2012',
    match: ['textileworld.com/textile-world/textile-news/2012/02/'],
    publisher: 'USTR press release, reprinted by Textile World',
    title: 'United States, Korea set date for entry into force of U.S.-Korea trade agreement (21 Feb 2012)',
  },
  {
    id: 'itt-2017-lighthizer',
    match: ['internationaltradetoday.com/article/2017/07/13/'],
    publisher: 'International Trade Today',
    title: 'Lighthizer requests special KORUS Joint Committee meeting to consider potential amendments (13 Jul 2017)',
  },
  {
    id: 'ustr-2018-jan-statement',
    match: ['ustr.gov/about-us/policy-offices/press-office/press-releases/2018/january/statement-conclusion-meeting-us'],
    publisher: 'Office of the U.S. Trade Representative (USTR)',
    title: 'Statement on the conclusion of the meeting of the U.S.-Korea KORUS Joint Committee (January 2018)',
  },
  {
    id: 'ustr-2018-jan-factsheet',
    match: ['ustr.gov/about-us/policy-offices/press-office/fact-sheets/2018/january/'],
    publisher: 'Office of the U.S. Trade Representative (USTR)',
    title: 'Statement on the conclusion of the U.S.-Korea KORUS negotiating round (fact sheet, January 2018)',
  },
  {
    id: 'foxbusiness-2017',
    match: ['foxbusiness.com/features/u-s-korean-officials-agree-to-amend-trade-deal'],
    publisher: 'Fox Business',
    title: 'U.S., Korean officials agree to amend trade deal Trump disparaged (Oct 2017)',
  },
  {
    id: 'itcu-2018-03',
    match: ['internationaltradecomplianceupdate.com/2018/03/26/'],
    publisher: 'International Trade Compliance Update',
    title: 'Korea: KORUS FTA revisions agreed to in principle (26 Mar 2018)',
  },
  {
    id: 'us-embassy-2018-joint-statement',
    match: ['kr.usembassy.gov/032818-joint-statement'],
    publisher: 'U.S. Embassy & Consulate in the Republic of Korea',
    title: 'Joint statement by USTR Robert E. Lighthizer and ROK Minister for Trade Hyun-chong Kim (28 Mar 2018)',
  },
  {
    id: 'calchamber-2018',
    match: ['advocacy.calchamber.com/international/portals/south-korea/'],
    publisher: 'CalChamber',
    title: 'USTR, South Korea publish modifications and amendments to KORUS (Sep 2018)',
  },
  {
    id: 'itcu-2018-09',
    match: ['internationaltradecomplianceupdate.com/2018/09/26/'],
    publisher: 'International Trade Compliance Update',
    title: 'U.S.-Korea FTA outcomes announced (26 Sep 2018)',
  },
  {
    id: 'crs-if10733',
    match: ['everycrsreport.com/reports/IF10733.html'],
    publisher: 'Congressional Research Service (CRS)',
    title: 'IF10733: U.S.-South Korea (KORUS) FTA (In Focus, Dec 2018)',
  },
  {
    id: 'kei-us-exports-to-korea',
    match: ['keia.org/analysis/us-exports-to-korea/'],
    publisher: 'Korea Economic Institute of America (KEI)',
    title: 'U.S. exports to Korea (analysis, 2018)',
  },
];
for (const s of SOURCES) {
  if (!s.url) s.url = null;
  if (!s.note) s.note = null;
}
const usedSources = new Set();
const sourceIdFor = (cell) => {
  const ids = [];
  for (const url of splitUrls(cell)) {
    const found = SOURCES.find((s) => s.match.some((m) => url.includes(m)));
    if (!found) throw new Error(`No source registered for ${url}`);
    if (!found.url) found.url = url;
    if (!ids.includes(found.id)) ids.push(found.id);
    usedSources.add(found.id);
  }
  if (ids.length === 0) throw new Error(`Row without source: ${cell}`);
  return ids;
};

// ---------------------------------------------------------------------------------------------
// Annual series: goods (Census via FRED, 1985–2025) and services (BEA via USTR/KEI, sparse).
const annualRows = (file) =>
  readCsv(file)
    .map((r) => ({
      year: Number(r.year),
      exports: num(r.exports_musd),
      imports: num(r.imports_musd),
      balance: num(r.balance_musd),
      sourceIds: sourceIdFor(r.source),
    }))
    .sort((a, b) => a.year - b.year);

const goods = annualRows('korea-goods-annual-fred.csv');
const services = annualRows('korea-services-annual.csv');

// ---------------------------------------------------------------------------------------------
// Sector catalogue and values. Each classification is its own system; nothing is summed across them.
const classifications = [
  {
    id: 'usitc-sectors',
    label: 'USITC sectors',
    description:
      'U.S. total exports to South Korea by the 12 major industry/commodity sectors of the U.S. International Trade Commission (Trade Shifts 2017, Table KR.1).',
  },
  {
    id: 'hs-chapters',
    label: 'HS chapters (2-digit)',
    description:
      'Harmonized System chapters. Imports: every chapter, U.S. imports for consumption from South Korea (USITC DataWeb), 2023, 2024 and January–August 2025, in several value measures. Exports: only the five top categories USTR listed for 2016.',
  },
  {
    id: 'agriculture',
    label: 'Agricultural products',
    description:
      'U.S. agricultural exports to South Korea as reported by USTR, USDA and the U.S. Meat Export Federation. Only the products these sources named; lower bounds are marked.',
  },
  {
    id: 'agency-products',
    label: 'Products quoted by US agencies',
    description:
      'Single product figures quoted by the U.S. Department of Commerce and USTR, each with its own scope. They are separate series and do not add up to a total.',
  },
];

const MEASURES = [
  { id: 'value', label: 'Value', description: 'Trade value as reported by the source.' },
  { id: 'customs-value', label: 'Customs value', description: 'Value appraised by U.S. Customs, excluding duties, freight and insurance.' },
  { id: 'cif-value', label: 'CIF import value', description: 'Customs value plus charges, insurance and freight.' },
  { id: 'charges', label: 'Charges, insurance and freight', description: 'Import charges: CIF value − customs value.' },
  { id: 'duties', label: 'Calculated duties', description: 'Duties calculated by Census from the tariff rates applied.' },
  { id: 'dutiable-value', label: 'Dutiable value', description: 'The part of the customs value that is subject to duty.' },
  { id: 'landed-duty-paid', label: 'Landed duty-paid value', description: 'CIF value plus calculated duties.' },
];
const HTS_MEASURE = {
  'Customs value': 'customs-value',
  'CIF import value': 'cif-value',
  'Charges, insurance and freight': 'charges',
  'Calculated duties': 'duties',
  'Dutiable value': 'dutiable-value',
  'Landed duty-paid value': 'landed-duty-paid',
};

const sectors = new Map();
const addSector = (s) => {
  if (!sectors.has(s.id)) sectors.set(s.id, { kind: 'item', ...s });
  return s.id;
};
const sectorRows = [];
const flowOf = (f) => {
  if (f === 'export') return 'exports';
  if (f === 'import') return 'imports';
  throw new Error(`unknown flow ${f}`);
};
const periodOf = (p) => ({ 'Jan-Dec': 'Jan–Dec', 'Jan-Aug': 'Jan–Aug' })[p] ?? p;

const sentenceCase = (s) => {
  const lower = s.toLowerCase().replace(/\s+/g, ' ').trim();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
};
const shortHts = {
  '84': 'Machinery',
  '85': 'Electrical machinery',
  '87': 'Vehicles and parts',
  '88': 'Aircraft and parts',
  '90': 'Optical and medical instruments',
  '27': 'Mineral fuels and oils',
  '39': 'Plastics',
  '73': 'Articles of iron or steel',
  '30': 'Pharmaceutical products',
  '29': 'Organic chemicals',
  '38': 'Miscellaneous chemical products',
  '72': 'Iron and steel',
  '33': 'Essential oils, perfumery and cosmetics',
  '40': 'Rubber',
};
// The DataWeb file names every chapter in full; USTR's short labels are used as labels only.
const HTS_DESCRIPTIONS = new Map(readCsv('korea-imports-hts2-usitc.csv').map((r) => [r.hts2, r.description]));
const htsSector = (code, description) =>
  addSector(
    code === 'TOTAL'
      ? {
          id: 'hs-total',
          label: 'Total, all HS chapters',
          classification: 'hs-chapters',
          description: 'Sum of all HTS chapters in the source file.',
          kind: 'total',
        }
      : {
          id: `hs-${code}`,
          label: `HS ${code} ${shortHts[code] ?? sentenceCase(description)}`,
          classification: 'hs-chapters',
          description: `HTS chapter ${code}: ${sentenceCase(HTS_DESCRIPTIONS.get(code) ?? description)}.`,
        },
  );

// Agricultural labels: one series per product; where a source words it differently the row keeps a note.
const AG = {
  'Agricultural products (total)': { id: 'ag-total', label: 'Agricultural products, total', kind: 'total' },
  'Agricultural and related products (lower bound; "more than $8 billion")': {
    id: 'ag-related-total',
    label: 'Agricultural and related products, total',
    kind: 'total',
    note: 'Lower bound: the source says "more than $8 billion".',
  },
  'Beef & beef products': { id: 'ag-beef', label: 'Beef and beef products' },
  Beef: { id: 'ag-beef', label: 'Beef and beef products', note: 'Source label: "Beef".' },
  'Beef and beef products (lower bound; "more than $2.6 billion")': {
    id: 'ag-beef',
    label: 'Beef and beef products',
    note: 'Lower bound: the source says "more than $2.6 billion".',
  },
  'Beef and beef variety meat': { id: 'ag-beef', label: 'Beef and beef products', note: 'Source label: "Beef and beef variety meat".' },
  'Pork & pork products': { id: 'ag-pork', label: 'Pork and pork products' },
  'Pork and pork variety meat': { id: 'ag-pork', label: 'Pork and pork products', note: 'Source label: "Pork and pork variety meat".' },
  Corn: { id: 'ag-corn', label: 'Corn' },
  'Fresh fruit': { id: 'ag-fresh-fruit', label: 'Fresh fruit' },
  'Prepared food': { id: 'ag-prepared-food', label: 'Prepared food' },
  Wheat: { id: 'ag-wheat', label: 'Wheat' },
  'Red meat (beef + pork)': {
    id: 'ag-red-meat',
    label: 'Red meat (beef and pork)',
    kind: 'group',
    note: 'USMEF aggregate of beef and pork; overlaps the beef and pork rows.',
  },
};
const AG_NOTES = {
  'ag-total|2020': 'USDA figure; its coverage may be "agricultural and related products".',
  'ag-beef|2021': 'The source prints "$2.345 million", an evident typo for $2.345 billion (up 41.8%).',
};

const USITC_DESCRIPTIONS = {
  'Total (all sectors)': 'Total U.S. exports to South Korea as printed in Table KR.1.',
};

for (const r of readCsv('korea-sectors.csv')) {
  const [prefix, ...rest] = r.sector.split(': ');
  const name = rest.join(': ');
  const base = {
    year: Number(r.year),
    period: 'Jan–Dec',
    partial: false,
    flow: flowOf(r.flow),
    measure: 'value',
    value: num(r.value_musd),
    sourceId: sourceIdFor(r.source)[0],
    note: null,
  };
  if (prefix === 'USITC sector') {
    const isTotal = name.startsWith('Total');
    const id = addSector({
      id: isTotal ? 'usitc-total' : `usitc-${slug(name)}`,
      label: isTotal ? 'Total, all sectors' : name,
      classification: 'usitc-sectors',
      description: USITC_DESCRIPTIONS[name] ?? `USITC sector "${name}": U.S. total exports to South Korea.`,
      kind: isTotal ? 'total' : 'item',
    });
    sectorRows.push({ ...base, sectorId: id });
  } else if (prefix === 'USTR top export category') {
    const [code, label] = name.replace(/^HS /, '').split(': ');
    const id = htsSector(code, label);
    sectorRows.push({ ...base, sectorId: id, note: 'USTR top-five export category; other chapters not reported for this year.' });
  } else if (prefix.startsWith('USITC DataWeb HTS')) {
    // The same CIF values are in korea-imports-hts2-usitc.csv with every measure; served from there.
    continue;
  } else if (['USTR agriculture', 'USDA', 'USDA/USMEF', 'USMEF'].includes(prefix)) {
    const ag = AG[name];
    if (!ag) throw new Error(`Unmapped agricultural label: ${name}`);
    const id = addSector({
      id: ag.id,
      label: ag.label,
      classification: 'agriculture',
      description: `${ag.label}: U.S. exports to South Korea.`,
      kind: ag.kind ?? 'item',
    });
    sectorRows.push({ ...base, sectorId: id, note: AG_NOTES[`${id}|${r.year}`] ?? ag.note ?? null });
  } else if (prefix === 'US Commerce') {
    const id = addSector({
      id: 'commerce-machinery',
      label: 'Industrial, agricultural, construction and mining machinery',
      classification: 'agency-products',
      description: 'U.S. exports to South Korea of industrial, agricultural, construction and mining machinery (U.S. Department of Commerce).',
    });
    sectorRows.push({ ...base, sectorId: id });
  } else if (prefix === 'USTR (via Inside US Trade)') {
    const id = addSector({
      id: 'ustr-passenger-vehicles',
      label: 'Passenger vehicles',
      classification: 'agency-products',
      description: 'U.S. exports of passenger vehicles to South Korea (USTR figures; scope probably HS 8703).',
    });
    sectorRows.push({ ...base, sectorId: id });
  } else {
    throw new Error(`Unknown sector prefix: ${prefix}`);
  }
}

for (const r of readCsv('korea-imports-hts2-usitc.csv')) {
  const measure = HTS_MEASURE[r.measure];
  if (!measure) throw new Error(`Unknown measure ${r.measure}`);
  const period = periodOf(r.period);
  sectorRows.push({
    year: Number(r.year),
    period,
    partial: period !== 'Jan–Dec',
    sectorId: htsSector(r.hts2, r.description),
    flow: flowOf(r.flow),
    measure,
    value: Number(r.value_usd) / 1e6,
    sourceId: sourceIdFor(r.source)[0],
    note: null,
  });
}

// Flows whose items cover the whole flow, so that shares of their sum are meaningful: the 12 USITC sectors
// (their sum matches the Census total within $3 m) and every HS chapter of the DataWeb files.
const COMPLETE = new Set(['usitc-sectors|exports', 'hs-chapters|imports']);

const classOrder = new Map(classifications.map((c, i) => [c.id, i]));
const sectorList = [...sectors.values()].sort(
  (a, b) => classOrder.get(a.classification) - classOrder.get(b.classification) || a.id.localeCompare(b.id),
);
sectorRows.sort(
  (a, b) =>
    a.year - b.year || a.sectorId.localeCompare(b.sectorId) || a.flow.localeCompare(b.flow) || a.measure.localeCompare(b.measure),
);

// ---------------------------------------------------------------------------------------------
// KORUS timeline. Short titles are ours; the description is the CSV's text.
const EVENT_TITLES = {
  '2006-02-02': 'Negotiations launched',
  '2007-04-01': 'Negotiations concluded',
  '2007-06-30': 'KORUS signed',
  '2010-12': 'Supplemental deal agreed',
  '2011-02': 'Revised text finalised',
  '2011-10-12': 'US Congress approves',
  '2011-11-22': 'Korea ratifies',
  '2012-02-21': 'Entry-into-force date set',
  '2012-03-15': 'KORUS in force',
  '2017-07-12': 'US requests Joint Committee',
  '2017-08-22': 'Joint Committee, 1st session',
  '2017-10-04': 'Joint Committee, 2nd session',
  '2018-01-05': 'Amendment talks, round 1',
  '2018-01-31': 'Amendment talks, round 2',
  '2018-03-26': 'Agreement in principle (Korea)',
  '2018-03-28': 'Joint statement on amendments',
  '2018-05-01': 'Steel quota expected',
  '2018-09-03': 'Amendment texts published',
  '2018-09-24': 'Revised KORUS signed',
  '2018-12-07': 'Korea ratifies amendments',
  '2018-12-21': 'US proclamation',
  '2019-01-01': 'Amended KORUS in force',
  '2022-03-15': 'Scheduled full tariff phase-out',
  '2041': 'US pickup-truck tariff ends (scheduled)',
};
// Drawn and labelled on every time axis; the other events appear on request.
const MILESTONES = new Set(['2007-06-30', '2012-03-15', '2019-01-01']);
const events = readCsv('korus-timeline.csv').map((r) => {
  const precision = /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? 'day' : /^\d{4}-\d{2}$/.test(r.date) ? 'month' : 'year';
  const title = EVENT_TITLES[r.date];
  if (!title) throw new Error(`No title for event ${r.date}`);
  return {
    id: `ev-${r.date}`,
    date: r.date,
    precision,
    title,
    description: r.event,
    milestone: MILESTONES.has(r.date),
    sourceIds: sourceIdFor(r.source),
  };
});

// ---------------------------------------------------------------------------------------------
// Experts and viewpoints.
const TOPICS = {
  'trade-deficit': 'Trade deficit',
  autos: 'Autos',
  services: 'Services',
  agriculture: 'Agriculture',
  energy: 'Energy',
  steel: 'Steel',
  tariffs: 'Tariffs',
  renegotiation: 'Renegotiation',
  security: 'Security',
  'other-partners': 'Other trade partners',
};
const STANCES = {
  'critical-of-korus': 'Critical of KORUS',
  'supportive-of-korus': 'Supportive of KORUS',
  'neutral-analysis': 'Neutral analysis',
};
const sectorIdByLabel = new Map(
  readCsv('korea-sectors.csv')
    .filter((r) => r.sector.startsWith('USITC sector: '))
    .map((r) => {
      const name = r.sector.slice('USITC sector: '.length);
      return [r.sector, name.startsWith('Total') ? 'usitc-total' : `usitc-${slug(name)}`];
    }),
);
const experts = readCsv('experts.csv').map((r) => ({
  id: r.id,
  name: r.name,
  title: r.title,
  organisation: r.organisation,
  profileUrl: r.profile_url || null,
}));
const viewpoints = readCsv('viewpoints.csv').map((r) => {
  const topics = r.topics.split(';').filter(Boolean);
  for (const t of topics) if (!TOPICS[t]) throw new Error(`Unknown topic ${t}`);
  if (!STANCES[r.stance]) throw new Error(`Unknown stance ${r.stance}`);
  if (!experts.some((e) => e.id === r.expert_id)) throw new Error(`Unknown expert ${r.expert_id}`);
  let evidence = null;
  if (r.evidence_series) {
    let series = r.evidence_series;
    if (series.startsWith('sector:')) {
      const id = sectorIdByLabel.get(series.slice('sector:'.length));
      if (!id) throw new Error(`Unknown evidence sector ${series}`);
      series = `sector:${id}`;
    }
    evidence = { series, from: Number(r.evidence_from), to: Number(r.evidence_to) };
  }
  const datePrecision = /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? 'day' : 'month';
  return {
    id: r.id,
    expertId: r.expert_id,
    date: r.date,
    datePrecision,
    statement: r.statement,
    statementKind: r.statement_kind,
    topics,
    stance: r.stance,
    sectors: r.sectors.split(';').filter(Boolean),
    evidence,
    source: {
      title: r.source_title,
      publisher: r.source_publisher,
      url: r.source_url || null,
      date: r.source_date,
    },
  };
});

// ---------------------------------------------------------------------------------------------
const coverage = (rows) => ({ from: rows[0].year, to: rows.at(-1).year });
const meta = {
  title: 'US–South Korea trade under KORUS',
  unit: 'USD millions',
  unitLabel: 'millions of current US dollars',
  perspective: 'United States: exports are US exports to South Korea; a negative balance is a US deficit.',
  dataAsOf: '2026-06-10',
  series: [
    {
      id: 'goods',
      label: 'Goods trade (Census basis)',
      ...coverage(goods),
      sourceIds: ['census-fred'],
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
        const periods = [...new Map(fr.map((r) => [r.year, { year: r.year, period: r.period, partial: r.partial }])).values()].sort(
          (a, b) => a.year - b.year,
        );
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
  sources: SOURCES.filter((s) => usedSources.has(s.id)).map(({ id, publisher, title, url, note }) => ({ id, publisher, title, url, note })),
};

// Arrays are written one record per line: small files with readable diffs.
const write = (name, value) =>
  writeFileSync(
    resolve(outDir, name),
    Array.isArray(value) ? `[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]\n` : `${JSON.stringify(value, null, 1)}\n`,
  );
write('meta.json', meta);
write('goods-annual.json', goods);
write('services-annual.json', services);
write('sectors.json', sectorList);
write('sector-values.json', sectorRows);
write('events.json', events);
write('experts.json', experts);
write('viewpoints.json', viewpoints);
const md = (s) => String(s ?? '').replace(/\|/g, '\\|');
writeFileSync(
  resolve(outDir, 'SOURCES.md'),
  `${readFileSync(resolve(root, 'mocks/scripts/sources-header.md'), 'utf8').trim()}

## Source register (generated by \`npm run data\`)

Every \`sourceId\` in the served data resolves to one of these. Viewpoints carry their own source (title,
publisher, URL, date) in \`viewpoints.json\`.

| id | publisher | title | url | note |
|---|---|---|---|---|
${meta.sources.map((s) => `| \`${s.id}\` | ${md(s.publisher)} | ${md(s.title)} | ${s.url ?? '—'} | ${md(s.note ?? '')} |`).join('\n')}
`,
);
console.log(
  `mocks/data: ${goods.length} goods years, ${services.length} services years, ${sectorList.length} sectors, ${sectorRows.length} sector values, ${events.length} events, ${experts.length} experts, ${viewpoints.length} viewpoints, ${meta.sources.length} sources`,
);
