// HS chapters in both directions: U.S.-reported UN Comtrade data 2007–2019 (exports f.a.s., general imports
// CIF) and the USITC DataWeb imports for consumption of 2023, 2024 and Jan–Aug 2025. Every row names its
// basis; bases are never added together. Re-exports (a subset of exports) are left out. 2020–2022 exist in
// neither source: a gap. Values are copied (US$ → US$ million where the file gives dollars).
import { check, num } from './csv.mjs';
import { sourceIdFor, useSource } from './sources.mjs';
import { MEASURES } from './sectors.mjs';

export const HS_BASES = [
  {
    id: 'comtrade-fas',
    flow: 'exports',
    system: 'comtrade',
    measure: 'fas-value',
    label: 'U.S. total exports, f.a.s. (UN Comtrade, reported by the U.S.)',
    description:
      'U.S. total exports (domestic and foreign merchandise) at f.a.s. value, as the U.S. reported them to UN Comtrade. The chapter sums match the Census totals within 1%.',
  },
  {
    id: 'comtrade-general-cif',
    flow: 'imports',
    system: 'comtrade',
    measure: 'cif-value',
    label: 'U.S. general imports, CIF (UN Comtrade, reported by the U.S.)',
    description:
      'U.S. general imports at CIF value (customs value plus freight and insurance, about 3% more), as the U.S. reported them to UN Comtrade. Not comparable with customs-value totals; the CIF label is inferred from the steady 3% gap and the Comtrade convention.',
  },
  {
    id: 'usitc-consumption',
    flow: 'imports',
    system: 'usitc-dataweb',
    measure: null,
    label: 'U.S. imports for consumption (USITC DataWeb)',
    description:
      'U.S. imports for consumption by HTS chapter from USITC DataWeb, in several value measures (customs, CIF, charges, duties, dutiable, landed duty-paid). Not general imports: never added to or joined with the Comtrade rows.',
  },
];

/** The balances that can be formed: exports and imports of one system and year. */
export const HS_BALANCES = [
  {
    id: 'comtrade-fas-minus-cif',
    exportsBasis: 'comtrade-fas',
    importsBasis: 'comtrade-general-cif',
    label: 'exports f.a.s. − imports CIF; CIF includes freight and insurance (≈3% of imports)',
  },
];

export const HS_VINTAGES = [
  {
    id: 'comtrade-2015-03',
    label: 'UN Comtrade download committed 2015-03-22 (values in US$ million rounded to 0.01)',
    note: 'Older download: chapters were assigned by their names (no codes in the file); 18 rows by their standard chapter title.',
  },
  { id: 'comtrade-2020-06', label: 'UN Comtrade legacy-API download committed 2020-06-10', note: null },
  {
    id: 'usitc-2025-10',
    label: 'USITC DataWeb exports downloaded October 2025 (before the June 2026 Census revision)',
    note: null,
  },
];

// The 21 sections of the Harmonized System and their chapters (77 is reserved; 98 and 99 are U.S. special
// provisions outside the sections).
const SECTION_DEFS = [
  ['I', 'Live animals; animal products', 1, 5],
  ['II', 'Vegetable products', 6, 14],
  ['III', 'Animal or vegetable fats and oils', 15, 15],
  ['IV', 'Prepared foodstuffs; beverages, spirits and vinegar; tobacco', 16, 24],
  ['V', 'Mineral products', 25, 27],
  ['VI', 'Products of the chemical or allied industries', 28, 38],
  ['VII', 'Plastics and rubber, and articles thereof', 39, 40],
  ['VIII', 'Raw hides, skins, leather and furskins; saddlery; travel goods and handbags', 41, 43],
  ['IX', 'Wood, cork and basketware', 44, 46],
  ['X', 'Pulp of wood; paper and paperboard', 47, 49],
  ['XI', 'Textiles and textile articles', 50, 63],
  ['XII', 'Footwear, headgear, umbrellas; prepared feathers; artificial flowers', 64, 67],
  ['XIII', 'Articles of stone, plaster, cement, asbestos, mica; ceramics; glass', 68, 70],
  ['XIV', 'Pearls, precious stones and metals; imitation jewellery; coin', 71, 71],
  ['XV', 'Base metals and articles of base metal', 72, 83],
  ['XVI', 'Machinery and mechanical appliances; electrical equipment', 84, 85],
  ['XVII', 'Vehicles, aircraft, vessels and associated transport equipment', 86, 89],
  ['XVIII', 'Optical, photographic, measuring, medical instruments; clocks and watches; musical instruments', 90, 92],
  ['XIX', 'Arms and ammunition', 93, 93],
  ['XX', 'Miscellaneous manufactured articles', 94, 96],
  ['XXI', "Works of art, collectors' pieces and antiques", 97, 97],
];
const pad = (n) => String(n).padStart(2, '0');
export const HS_SECTIONS = SECTION_DEFS.map(([roman, label, first, last], i) => {
  const chapters = [];
  for (let c = first; c <= last; c++) if (c !== 77) chapters.push(`hs-${pad(c)}`);
  return {
    id: `S${pad(i + 1)}`,
    roman,
    label: `Section ${roman}: ${label}`,
    chapterRange: first === last ? pad(first) : `${pad(first)}–${pad(last)}`,
    chapterIds: chapters,
  };
});

const FLOW = {
  us_exports_total: { flow: 'exports', basis: 'comtrade-fas', measure: 'fas-value' },
  us_imports_general_cif: { flow: 'imports', basis: 'comtrade-general-cif', measure: 'cif-value' },
  // Re-exports are a subset of exports: left out, never added.
  us_reexports_subset_of_exports: null,
};

const sentence = (s) => {
  const lower = s.toLowerCase().replace(/\s+/g, ' ').trim();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
};

/**
 * @param readCsv the CSV reader
 * @param sectorList the sector catalogue: its hs-chapters items give the chapter ids and labels
 * @param sectorRows the sector values: the USITC DataWeb import rows are carried over with their basis
 */
export function buildHsChapters(readCsv, sectorList, sectorRows) {
  const catalogue = new Map(
    sectorList.filter((s) => s.classification === 'hs-chapters' && s.kind === 'item').map((s) => [s.id, s]),
  );
  const rows = [];
  const addComtrade = (r, value, sourceId, vintage, note) => {
    const f = FLOW[r.flow];
    if (f === null) return;
    check(f, `Unknown Comtrade flow ${r.flow}`);
    check(/^\d{2}$/.test(r.hs2), `Bad HS chapter ${r.hs2}`);
    check(r.reporter === 'USA (842)' && r.partner === 'Rep. of Korea (410)', `Row ${r.year} ${r.hs2}: not USA → Korea`);
    const sectorId = `hs-${r.hs2}`;
    if (!catalogue.has(sectorId)) {
      // A chapter without imports from Korea in the DataWeb files (HS 02 meat): labelled the same way.
      const description = r.hs2_description ?? r.hs2_description_as_in_file;
      catalogue.set(sectorId, {
        id: sectorId,
        label: `HS ${r.hs2} ${sentence(description)}`,
        classification: 'hs-chapters',
        description: `HS chapter ${r.hs2}: ${sentence(description)}.`,
        kind: 'item',
      });
    }
    rows.push({
      year: Number(r.year),
      period: 'Jan–Dec',
      partial: false,
      sectorId,
      flow: f.flow,
      measure: f.measure,
      basis: f.basis,
      vintage,
      value,
      sourceId,
      note,
    });
  };
  for (const r of readCsv('korea-goods-by-hs2-comtrade-us-reported-2007-2009.csv')) {
    const manual = r.hs2_code_assignment.startsWith('manual');
    addComtrade(
      r,
      num(r.value_musd),
      sourceIdFor(r.source)[0],
      'comtrade-2015-03',
      manual ? `Chapter assigned by its standard title; the file names it "${r.hs2_description_as_in_file}".` : null,
    );
  }
  for (const r of readCsv('korea-goods-by-hs2-comtrade-us-reported-2010-2019.csv')) {
    addComtrade(r, Number(r.value_usd) / 1e6, sourceIdFor(r.source)[0], 'comtrade-2020-06', null);
  }
  // The DataWeb chapters as served in sector-values.json, with their basis; the file's TOTAL rows are left
  // out (a total is the sum of the chapters of one year, flow, basis and measure).
  for (const r of sectorRows) {
    const sector = catalogue.get(r.sectorId);
    if (!sector || r.flow !== 'imports' || !r.sourceId.startsWith('usitc-dataweb')) continue;
    rows.push({ ...r, note: r.note, basis: 'usitc-consumption', vintage: 'usitc-2025-10' });
  }
  rows.sort(
    (a, b) =>
      a.year - b.year ||
      a.basis.localeCompare(b.basis) ||
      a.measure.localeCompare(b.measure) ||
      a.sectorId.localeCompare(b.sectorId),
  );
  // Field order of every row as the contract lists it.
  const ordered = rows.map((r) => ({
    year: r.year,
    period: r.period,
    partial: r.partial,
    sectorId: r.sectorId,
    flow: r.flow,
    measure: r.measure,
    basis: r.basis,
    vintage: r.vintage,
    value: r.value,
    sourceId: r.sourceId,
    note: r.note,
  }));
  const keys = new Set();
  for (const r of ordered) {
    const key = `${r.year}|${r.sectorId}|${r.flow}|${r.measure}|${r.basis}`;
    check(!keys.has(key), `Duplicate HS-chapter row ${key}`);
    keys.add(key);
  }

  const chapters = [...catalogue.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((c) => ({
      id: c.id,
      code: c.id.slice(3),
      label: c.label,
      description: c.description,
      sectionId: HS_SECTIONS.find((s) => s.chapterIds.includes(c.id))?.id ?? null,
    }));
  // Coverage: which years (and periods) exist per basis, flow and measure.
  const coverage = [];
  for (const basis of HS_BASES) {
    const br = ordered.filter((r) => r.basis === basis.id);
    for (const measure of [...new Set(br.map((r) => r.measure))].sort()) {
      const mr = br.filter((r) => r.measure === measure);
      const periods = [
        ...new Map(mr.map((r) => [r.year, { year: r.year, period: r.period, partial: r.partial }])).values(),
      ].sort((a, b) => a.year - b.year);
      coverage.push({
        basis: basis.id,
        flow: basis.flow,
        measure,
        years: periods.map((p) => p.year),
        periods,
        vintages: [...new Set(mr.map((r) => r.vintage))],
        sourceIds: [...new Set(mr.map((r) => r.sourceId))],
      });
    }
  }
  for (const id of new Set(ordered.map((r) => r.sourceId))) useSource(id);
  const used = new Set(ordered.map((r) => r.measure));
  const measures = [
    {
      id: 'fas-value',
      label: 'F.a.s. value',
      description:
        'Free alongside ship: the value of exports at the U.S. port of export, excluding freight and insurance.',
    },
    ...MEASURES,
  ].filter((m) => used.has(m.id));
  const meta = {
    unit: 'USD millions',
    measures,
    bases: HS_BASES,
    balances: HS_BALANCES,
    vintages: HS_VINTAGES,
    coverage,
    gaps: [
      {
        from: 2020,
        to: 2022,
        note: 'No source has HS-chapter trade with South Korea for 2020–2022: a gap, never filled.',
      },
    ],
    chapters,
    sections: HS_SECTIONS,
  };
  return { hsMeta: meta, hsRows: ordered };
}
