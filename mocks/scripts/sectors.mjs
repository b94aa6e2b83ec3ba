// Sector catalogue and values. Each classification is its own system; nothing is summed across them.
import { num, slug } from './csv.mjs';
import { sourceIdFor } from './sources.mjs';

export const classifications = [
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

export const MEASURES = [
  { id: 'value', label: 'Value', description: 'Trade value as reported by the source.' },
  {
    id: 'customs-value',
    label: 'Customs value',
    description: 'Value appraised by U.S. Customs, excluding duties, freight and insurance.',
  },
  { id: 'cif-value', label: 'CIF import value', description: 'Customs value plus charges, insurance and freight.' },
  { id: 'charges', label: 'Charges, insurance and freight', description: 'Import charges: CIF value − customs value.' },
  {
    id: 'duties',
    label: 'Calculated duties',
    description: 'Duties calculated by Census from the tariff rates applied.',
  },
  {
    id: 'dutiable-value',
    label: 'Dutiable value',
    description: 'The part of the customs value that is subject to duty.',
  },
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

export const sentenceCase = (s) => {
  const lower = s.toLowerCase().replace(/\s+/g, ' ').trim();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
};
export const shortHts = {
  84: 'Machinery',
  85: 'Electrical machinery',
  87: 'Vehicles and parts',
  88: 'Aircraft and parts',
  90: 'Optical and medical instruments',
  27: 'Mineral fuels and oils',
  39: 'Plastics',
  73: 'Articles of iron or steel',
  30: 'Pharmaceutical products',
  29: 'Organic chemicals',
  38: 'Miscellaneous chemical products',
  72: 'Iron and steel',
  33: 'Essential oils, perfumery and cosmetics',
  40: 'Rubber',
};

export function buildSectors(readCsv) {
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
    'Beef and beef variety meat': {
      id: 'ag-beef',
      label: 'Beef and beef products',
      note: 'Source label: "Beef and beef variety meat".',
    },
    'Pork & pork products': { id: 'ag-pork', label: 'Pork and pork products' },
    'Pork and pork variety meat': {
      id: 'ag-pork',
      label: 'Pork and pork products',
      note: 'Source label: "Pork and pork variety meat".',
    },
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
      sectorRows.push({
        ...base,
        sectorId: id,
        note: 'USTR top-five export category; other chapters not reported for this year.',
      });
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
        description:
          'U.S. exports to South Korea of industrial, agricultural, construction and mining machinery (U.S. Department of Commerce).',
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
      a.year - b.year ||
      a.sectorId.localeCompare(b.sectorId) ||
      a.flow.localeCompare(b.flow) ||
      a.measure.localeCompare(b.measure),
  );
  return { sectorList, sectorRows, sectors, COMPLETE };
}
