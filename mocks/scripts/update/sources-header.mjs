// The head of the generated SOURCES.md after `npm run data:update`. mocks/scripts/sources-header.md describes
// the snapshot (goods to April 2026, the June-2026 FRED download, the partners' mixed copies); a refreshed
// build rewrites the rows that would no longer be true from the data it built. The snapshot build never
// calls this (its SOURCES.md stays byte-identical).

const monthRange = (rows) => `${rows[0].month} … ${rows.at(-1).month}`;

/** Replaces the table row of `file` (the line starting with "| `file`") or throws, so a header edit is noticed. */
function replaceRow(lines, file, row) {
  const i = lines.findIndex((l) => l.startsWith(`| \`${file}\``));
  if (i < 0) throw new Error(`sources-header.md: no row for ${file}`);
  lines[i] = row;
}

/**
 * @param {string} header the snapshot header (sources-header.md)
 * @param {{ refresh: { dataAsOf: string, fred?: { date: string, vintage: string, seriesIds: string[] }, census?: { date: string, from: string, to: string } },
 *   goods: Array<{ year: number }>, koreaMonthly: Array<{ month: string, vintage: { exports: string | null } }>,
 *   partnersMeta: { vintages: Array<{ id: string, label: string }>, partners: Array<{ id: string, name: string, vintages: string[] }> },
 *   census: { censusMeta: { coverage: Array<{ basis: string, months: string[][] }> }, censusMonthly: unknown[] } | null }} facts
 */
export function refreshedHeader(header, { refresh, goods, koreaMonthly, partnersMeta, census }) {
  const lines = header.trim().split('\n');
  const fred = refresh.fred;
  const firstYear = goods[0].year;
  const lastYear = goods.at(-1).year;
  const last = koreaMonthly.at(-1).month;
  const partialYear = last.endsWith('-12') ? null : last.slice(0, 4);
  const koreaVintages = [...new Set(koreaMonthly.map((r) => r.vintage.exports).filter(Boolean))];
  // The intro: which input this build read.
  const intro = lines.findIndex((l) => l.startsWith('Units:'));
  if (intro < 0) throw new Error('sources-header.md: no "Units:" line');
  lines.splice(
    intro,
    0,
    `**This build is of a folder prepared by \`npm run data:update\` (data as of ${refresh.dataAsOf}).**${
      fred
        ? ` \`korea-goods-monthly-fred.csv\`, \`korea-goods-annual-fred.csv\` and \`korea-peers-goods-monthly-fred.csv\` are the FRED series fetched ${fred.date} (${fred.seriesIds.join(', ')}), not the collected copies.`
        : ''
    }${
      refresh.census
        ? ` \`korea-goods-by-hs2-census-monthly.csv\` holds the HS chapters on the Census basis fetched ${refresh.census.date} (months ${refresh.census.from} … ${refresh.census.to} requested).`
        : ''
    } The rows below describe this build.`,
    '',
  );
  if (fred) {
    replaceRow(
      lines,
      'goods-annual.json',
      `| \`goods-annual.json\` | US goods exports, imports, balance with South Korea, ${firstYear}–${lastYear} | Census (total exports f.a.s., general imports customs value), calendar-year sums of the monthly FRED series EXPKR/IMPKR fetched ${fred.date} (full years only; vintage \`${fred.vintage}\`). The main goods series. |`,
    );
    replaceRow(
      lines,
      'goods-monthly.json',
      `| \`goods-monthly.json\` | US goods trade with South Korea by month, ${monthRange(koreaMonthly)} (${koreaMonthly.length} months) | Census via FRED (EXPKR/IMPKR), NSA, copied as written; balance = exports − imports rounded to 0.1. Vintage${koreaVintages.length > 1 ? 's' : ''}: ${koreaVintages.map((v) => `\`${v}\``).join(', ')} (fetched ${fred.date} by \`npm run data:update\`); the latest months are preliminary${partialYear ? ` and ${partialYear} is a partial year` : ''}; Census revises the last years every June. The 12 months of each full year add up to \`goods-annual.json\` within 0.2. |`,
    );
    replaceRow(
      lines,
      'partners.json',
      `| \`partners.json\`, \`partner-monthly.json\` | The same Census/FRED series for ${partnersMeta.partners
        .filter((p) => p.id !== 'south-korea')
        .map((p) => p.name)
        .join(
          ', ',
        )}, with each partner's coverage (runs of months per flow) and vintages | Vintages in use: ${partnersMeta.vintages
        .filter((v) => partnersMeta.partners.some((p) => p.vintages.includes(v.id)))
        .map((v) => `\`${v.id}\` (${v.label})`)
        .join(
          '; ',
        )}. Each row names the vintage of each flow; the coverage table below lists each partner's months and vintages. An annual partner figure is the sum of 12 months and exists only where all 12 are present. |`,
    );
  }
  if (census) {
    const i = lines.findIndex((l) => l.startsWith('| `hs-chapter-values.json`'));
    if (i < 0) throw new Error('sources-header.md: no row for hs-chapter-values.json');
    lines[i] = lines[i].replace(
      '2020–2022 exist in no source.',
      '2020–2022 exist in no UN Comtrade or USITC source (the Census basis has them, in its own files).',
    );
    lines.splice(
      i + 1,
      0,
      `| \`hs-chapters-census.json\`, \`hs-chapter-census-annual.json\`, \`hs-chapter-census-monthly.json\` | HS chapters on the Census basis, both directions, by month (${census.censusMonthly.length} values) and calendar year: ${census.censusMeta.coverage
        .map((c) => `\`${c.basis}\` ${c.months.map(([a, b]) => `${a} … ${b}`).join(', ') || '—'}`)
        .join(
          '; ',
        )} | U.S. Census International Trade API, fetched by \`npm run data:update\`: total exports f.a.s., general imports and imports for consumption at customs value. A basis of its own: never added to or joined with the Comtrade or USITC rows; general imports and imports for consumption are never added together. A year is the sum of its released months (partial years labelled); null where a released month has no row. The API serves the catalogue and the annual rows (\`basis=census-…\`); the monthly file is not served. |`,
    );
  }
  return lines.join('\n');
}
