// HS chapters on the Census basis (U.S. Census International Trade API, fetched by `npm run data:update`):
// total exports f.a.s. (census-fas), general imports customs value (census-general-customs) and imports for
// consumption customs value (census-consumption-customs), month by month from 2010-01. A basis of its own,
// served in its own files: never added to, joined with or merged into the Comtrade or USITC rows. Read only
// when the input folder holds the file; without it the build writes nothing here.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from './csv.mjs';
import { useSource } from './sources.mjs';
import { monthRanges } from './monthly.mjs';
import { CENSUS_SOURCE_ID, REFRESH_FILE } from './refresh.mjs';

export const CENSUS_HS_FILE = 'korea-goods-by-hs2-census-monthly.csv';

export const CENSUS_HS_BASES = [
  {
    id: 'census-fas',
    flow: 'exports',
    system: 'census-intltrade',
    measure: 'fas-value',
    variable: 'ALL_VAL_MO',
    label: 'U.S. total exports, f.a.s. (Census basis)',
    description:
      'U.S. total exports (domestic and foreign merchandise) at f.a.s. value, from the Census International Trade API (ALL_VAL_MO). The basis of the Census goods totals (FRED EXPKR).',
  },
  {
    id: 'census-general-customs',
    flow: 'imports',
    system: 'census-intltrade',
    measure: 'customs-value',
    variable: 'GEN_VAL_MO',
    label: 'U.S. general imports, customs value (Census basis)',
    description:
      'U.S. general imports at customs value, from the Census International Trade API (GEN_VAL_MO). The basis of the Census goods totals (FRED IMPKR). Not CIF: not comparable with the UN Comtrade import rows.',
  },
  {
    id: 'census-consumption-customs',
    flow: 'imports',
    system: 'census-intltrade',
    measure: 'customs-value',
    variable: 'CON_VAL_MO',
    label: 'U.S. imports for consumption, customs value (Census basis)',
    description:
      'U.S. imports for consumption at customs value, from the Census International Trade API (CON_VAL_MO). Not general imports: never added to or joined with them.',
  },
];

export const CENSUS_HS_BALANCES = [
  {
    id: 'census-fas-minus-general-customs',
    exportsBasis: 'census-fas',
    importsBasis: 'census-general-customs',
    label: 'exports f.a.s. − general imports, customs value (Census basis)',
  },
];

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * @param inputDir the build's input folder
 * @param readCsv the CSV reader
 * @param hsMeta the HS-chapter catalogue of the snapshot data (chapter ids and labels)
 * @returns null when the Census file is absent
 */
export function buildCensusHsChapters(inputDir, readCsv, hsMeta) {
  if (!existsSync(resolve(inputDir, CENSUS_HS_FILE))) return null;
  const refresh = JSON.parse(readFileSync(resolve(inputDir, REFRESH_FILE), 'utf8'));
  const released = refresh.census?.released ?? {};
  const known = new Set(hsMeta.chapters.map((c) => c.id));
  const vintages = new Map((refresh.census?.vintages ?? []).map((v) => [v.id, v]));
  const bases = new Map(CENSUS_HS_BASES.map((b) => [b.id, b]));
  const descriptions = new Map();
  const keys = new Set();
  const monthly = readCsv(CENSUS_HS_FILE).map((r) => {
    const basis = bases.get(r.basis);
    check(
      basis && basis.flow === r.flow && basis.variable === r.variable,
      `Census HS row ${r.month} ${r.hs2}: basis ${r.basis} ${r.flow} ${r.variable}`,
    );
    check(
      /^\d{4}-(0[1-9]|1[0-2])$/.test(r.month) && /^\d{2}$/.test(r.hs2),
      `Census HS row: bad month or chapter ${r.month} ${r.hs2}`,
    );
    check(/^-?\d+$/.test(r.value_usd), `Census HS row ${r.month} ${r.hs2}: value ${r.value_usd}`);
    check(vintages.has(r.vintage), `Census HS row ${r.month} ${r.hs2}: unknown vintage ${r.vintage}`);
    check(
      r.source.includes('api.census.gov/data/timeseries/intltrade') && !/[?&]key=(?!REDACTED)/.test(r.source),
      `Census HS row ${r.month} ${r.hs2}: source ${r.source}`,
    );
    check(
      (released[r.basis] ?? []).includes(r.month),
      `Census HS row ${r.month}: month not listed as released for ${r.basis}`,
    );
    const key = `${r.month}|${r.hs2}|${r.basis}`;
    check(!keys.has(key), `Census HS row twice: ${key}`);
    keys.add(key);
    if (r.hs2_description) descriptions.set(`hs-${r.hs2}`, r.hs2_description);
    return {
      month: r.month,
      sectorId: `hs-${r.hs2}`,
      flow: r.flow,
      measure: basis.measure,
      basis: r.basis,
      vintage: r.vintage,
      value: Number(r.value_usd) / 1e6,
      dollars: BigInt(r.value_usd),
      sourceId: CENSUS_SOURCE_ID,
    };
  });
  monthly.sort(
    (a, b) => a.month.localeCompare(b.month) || a.basis.localeCompare(b.basis) || a.sectorId.localeCompare(b.sectorId),
  );
  useSource(CENSUS_SOURCE_ID);

  // Years: the sum of a chapter's months, for the months the basis has (released) in that year. A year is
  // partial unless all 12 months are released; a chapter missing a released month gets null and a note
  // (a month without a row is not read as zero).
  const annual = [];
  for (const basis of CENSUS_HS_BASES) {
    const rel = released[basis.id] ?? [];
    const rows = monthly.filter((r) => r.basis === basis.id);
    for (const year of [...new Set(rel.map((m) => m.slice(0, 4)))].sort()) {
      const months = rel.filter((m) => m.startsWith(year));
      const n = months.map((m) => Number(m.slice(5)));
      const consecutive = n.every((v, i) => v === i + 1);
      const period = consecutive
        ? n.length === 12
          ? 'Jan–Dec'
          : n.length === 1
            ? MONTH_NAMES[0]
            : `Jan–${MONTH_NAMES[n.length - 1]}`
        : n.map((v) => MONTH_NAMES[v - 1]).join(', ');
      for (const sectorId of [...new Set(rows.filter((r) => r.month.startsWith(year)).map((r) => r.sectorId))].sort()) {
        const own = rows.filter((r) => r.sectorId === sectorId && r.month.startsWith(year));
        const missing = months.filter((m) => !own.some((r) => r.month === m));
        const dollars = own.reduce((acc, r) => acc + r.dollars, 0n);
        const rowVintages = [...new Set(own.map((r) => r.vintage))];
        annual.push({
          year: Number(year),
          period,
          partial: n.length !== 12,
          sectorId,
          flow: basis.flow,
          measure: basis.measure,
          basis: basis.id,
          vintage: rowVintages.sort().at(-1),
          value: missing.length ? null : Number(dollars) / 1e6,
          sourceId: CENSUS_SOURCE_ID,
          note:
            [
              missing.length ? `No Census row for ${missing.join(', ')}: the year is not summed.` : null,
              rowVintages.length > 1 ? `Months from fetches ${rowVintages.join(', ')}.` : null,
            ]
              .filter(Boolean)
              .join(' ') || null,
        });
      }
    }
  }

  const coverage = CENSUS_HS_BASES.map((b) => ({
    basis: b.id,
    flow: b.flow,
    measure: b.measure,
    months: monthRanges(released[b.id] ?? []),
    vintages: [...new Set(monthly.filter((r) => r.basis === b.id).map((r) => r.vintage))].sort(),
    sourceIds: [CENSUS_SOURCE_ID],
  }));
  const chapterIds = [...new Set(monthly.map((r) => r.sectorId))].sort();
  const meta = {
    unit: 'USD millions',
    basisNote:
      'Census basis: a basis of its own. Never added to or joined with the UN Comtrade (exports f.a.s., imports CIF) or USITC DataWeb rows; general imports and imports for consumption are never added together.',
    bases: CENSUS_HS_BASES,
    balances: CENSUS_HS_BALANCES,
    vintages: [...vintages.values()].filter((v) => monthly.some((r) => r.vintage === v.id)),
    coverage,
    annualRule:
      'A year is the sum of the chapter’s released months (partial years are labelled); null where a released month has no row for the chapter.',
    chapterIds,
    // Chapters without an entry in the HS-chapter catalogue, labelled with the Census description.
    newChapters: chapterIds
      .filter((id) => !known.has(id))
      .map((id) => ({ id, code: id.slice(3), label: `HS ${id.slice(3)} ${descriptions.get(id) ?? ''}`.trim() })),
  };
  return {
    censusMeta: meta,
    censusMonthly: monthly.map((r) => ({
      month: r.month,
      sectorId: r.sectorId,
      flow: r.flow,
      measure: r.measure,
      basis: r.basis,
      vintage: r.vintage,
      value: r.value,
      sourceId: r.sourceId,
    })),
    censusAnnual: annual,
  };
}

/** The coverage paragraph of the generated SOURCES.md. */
export const censusCoverageMd = ({
  censusMeta,
  censusMonthly,
}) => `HS chapters on the Census basis (\`hs-chapters-census.json\`, \`hs-chapter-census-monthly.json\`, \`hs-chapter-census-annual.json\`),
fetched by \`npm run data:update\`; never joined with the rows above. ${censusMonthly.length} monthly values.

| basis | flow | measure | months | vintages |
|---|---|---|---|---|
${censusMeta.coverage.map((c) => `| \`${c.basis}\` | ${c.flow} | ${c.measure} | ${c.months.map(([a, b]) => `${a} … ${b}`).join(', ') || '—'} | ${c.vintages.join(', ')} |`).join('\n')}

`;
