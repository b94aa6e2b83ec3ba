// The source register: every URL used by a served row maps to one source id with publisher and title.
// Entries are listed in the order they appear in meta.json; new data sets append theirs at the end.
import { splitUrls } from './csv.mjs';
import { NEW_SOURCES } from './sources-new.mjs';

export const SOURCES = [
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
    publisher:
      'USTR figures reported by Inside US Trade (18 Mar 2016), reposted by the Coalition for a Prosperous America',
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
  {
    id: 'piglix-korus',
    match: ['piglix.com/piglix/KORUS_FTA'],
    publisher: 'Piglix (mirror of Wikipedia)',
    title: 'KORUS FTA',
  },
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
    match: [
      'ustr.gov/about-us/policy-offices/press-office/press-releases/2018/january/statement-conclusion-meeting-us',
    ],
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
// Sources of the data sets added in the third pass (HS chapters, monthly goods, partners, tariff staging,
// timeline 2019–2026) are kept in their own module.
SOURCES.push(...NEW_SOURCES);

for (const s of SOURCES) {
  if (!s.url) s.url = null;
  if (!s.note) s.note = null;
}
const ids = new Set();
for (const s of SOURCES) {
  if (ids.has(s.id)) throw new Error(`Duplicate source id ${s.id}`);
  ids.add(s.id);
}

const usedSources = new Set();

/** The source ids of a CSV source cell, in order, each registered as used. */
export const sourceIdFor = (cell) => {
  const found = [];
  for (const url of splitUrls(cell)) {
    const s = SOURCES.find((x) => x.match.some((m) => url.includes(m)));
    if (!s) throw new Error(`No source registered for ${url}`);
    if (!s.url) s.url = url;
    if (!found.includes(s.id)) found.push(s.id);
    usedSources.add(s.id);
  }
  if (found.length === 0) throw new Error(`Row without source: ${cell}`);
  return found;
};

/** Marks a source id as used by a data set that does not name it by URL in each row. */
export const useSource = (id) => {
  if (!SOURCES.some((s) => s.id === id)) throw new Error(`Unknown source id ${id}`);
  usedSources.add(id);
  return id;
};

export const usedSourceList = () =>
  SOURCES.filter((s) => usedSources.has(s.id)).map(({ id, publisher, title, url, note }) => ({
    id,
    publisher,
    title,
    url,
    note,
  }));
