// Sources of the third-pass data sets, appended to the register after the original entries.
import { TIMELINE_SOURCES } from './sources-timeline.mjs';

const COMTRADE_SOURCES = [
  {
    id: 'comtrade-us-2020',
    match: ['memed01/Data_Product_Project/blob/1bdfa72b03a976442c4385bdc1b24b2f5ee949e8/US_Trade.RData'],
    publisher: 'UN Comtrade (data reported by the United States), via a third-party download',
    title:
      'U.S. trade with the Republic of Korea by HS chapter, 2010–2019: total exports (f.a.s.) and general imports (CIF)',
    note: 'UN Comtrade legacy API (r=842, cc=AG2), downloaded by the repository author and committed 2020-06-10 (github.com/memed01/Data_Product_Project, commit 1bdfa72, US_Trade.RData). Values in US$, converted to US$ million. Re-exports left out. Export sums match Census (FRED EXPKR) within 0.7%; import sums are 2.6–3.6% above customs value (IMPKR), hence CIF.',
  },
  {
    id: 'comtrade-us-2015',
    match: ['memed01/Data_Product_Project/blob/3dcc7acd2644ff7be5e5c49d439cb61cd0066b07/US_Trade.RData'],
    publisher: 'UN Comtrade (data reported by the United States), via a third-party download',
    title:
      'U.S. trade with the Republic of Korea by HS chapter, 2007–2009: total exports (f.a.s.) and general imports (CIF)',
    note: 'Earlier download committed 2015-03-22 (same repository, commit 3dcc7ac): US$ million rounded to 0.01, commodity names without codes; chapters assigned by identical names in the 2020 download, 18 rows by the standard chapter title. Older vintage than 2010–2019.',
  },
];

// Monthly goods series. Rows name these by id (the monthly module checks each row's URLs against them).
const MONTHLY_SOURCES = [
  {
    id: 'census-fred-monthly',
    match: [],
    publisher: 'U.S. Census Bureau, via FRED (Federal Reserve Bank of St. Louis)',
    title:
      'U.S. exports of goods (f.a.s.) to South Korea (EXPKR) and imports of goods (customs basis) from South Korea (IMPKR), monthly, not seasonally adjusted, 1985-01 … 2026-04',
    url: 'https://fred.stlouisfed.org/series/EXPKR',
    note: 'Monthly values as written in a copy of the FRED series downloaded 2026-06-10, after the June 2026 annual revision (github.com/fckintroller/main-analyst-report-dashboard, commit 47e3e8b). 2026 months are preliminary. Balance = exports − imports, rounded to 0.1.',
  },
  {
    id: 'fred-copy-sleep2117',
    match: [],
    publisher: 'U.S. Census Bureau, via FRED; copy in a third-party repository',
    title:
      'FRED goods exports and imports by partner (EXPJP/IMPJP, EXPCH, EXPMX/IMPMX, EXPGE/IMPGE, EXPCA/IMPCA, EXPUK/IMPUK, EXP5520/IMP5520, IMP5330), monthly, 2020-01 … 2025-12',
    url: 'https://github.com/sleep2117/macro_strategy/blob/04c7f5b712beb530ac746d24ecd7091049829ff4/us_eco/data/int_trade_data_refactored.csv',
    note: 'Commit 04c7f5b, read from an archived copy of the file and checked against the fetchable snapshot b987938 (936 values identical). Downloaded early 2026, before the June 2026 revision: 2023–2025 may since have been revised.',
  },
  {
    id: 'fred-copy-kwang101',
    match: [],
    publisher: 'U.S. Census Bureau, via FRED; copy in a third-party repository',
    title: 'U.S. imports of goods from China (IMPCH), monthly, 1985-01 … 2025-12',
    url: 'https://github.com/kwang101-cb/Timeseries-FinalProject/blob/0ec739741cbd797f242d8a69082e5ea571efa633/IMPCH.csv',
    note: 'Downloaded c. 2026-02-28, before the June 2026 revision. Identical to the sleep2117 copy for 2020–2025.',
  },
  {
    id: 'fred-copy-agjaeger',
    match: [],
    publisher: 'U.S. Census Bureau, via FRED; copy in a third-party repository',
    title:
      'U.S. goods exports to China (EXPCH), and exports and imports with Mexico (EXPMX/IMPMX) and Germany (EXPGE/IMPGE), monthly, 2006-12 … 2016-12',
    url: 'https://github.com/agjaeger/fred-viz/tree/40f0e842caf4209b08188320defb9c0e371a8e81/data',
    note: 'Downloaded 2017-03-03. Values for 2006-12 … 2013-12 match the 2026 vintage; 2014–2016 are a superseded vintage (flagged in each row).',
  },
];

// KORUS tariff staging: fact-sheet copies and news reports, as read.
const t = (id, match, publisher, title) => ({ id, match: [match], publisher, title });
const TARIFF_SOURCES = [
  t(
    'ustr-auto-provisions-2010',
    'paperzz.com/doc/8792457/',
    'Office of the U.S. Trade Representative (USTR), copy at paperzz.com',
    'Automotive Provisions in the U.S.-Korea FTA (fact sheet on the December 2010 supplemental deal)',
  ),
  t(
    'inautonews-2010',
    'inautonews.com/us-skorea-reach-pact-on-free-trade',
    'inautonews, citing a White House fact sheet',
    'US, S.Korea reach pact on free trade (December 2010)',
  ),
  t(
    'ustr-korus-outcomes-2018',
    'tsrhschlaflyxilinx.pages.dev/890412.html',
    'Office of the U.S. Trade Representative (USTR), third-party copy',
    'Fact Sheet on U.S.-Korea Free Trade Agreement Outcomes (2018)',
  ),
  t(
    'freightwaves-201946',
    'freightwaves.com/?p=201946',
    'FreightWaves',
    'Presidential proclamation implementing the 2018 KORUS modifications: truck tariff to 2041',
  ),
  t(
    'miq-korus-update',
    'miq.com/resources/news/article/united-states---korea-free-trade-agreement-korus-update',
    'MIQ Logistics',
    'United States – Korea Free Trade Agreement (KORUS) update (summarising USTR "Agreed Outcomes", 3 Sep 2018)',
  ),
  t(
    'meatpoultry-2012-6756',
    'meatpoultry.com/articles/6756-',
    'Meat+Poultry, quoting a USMEF economist',
    'S. Korea FTA starts March 15, benefits US beef, pork (2012)',
  ),
  t(
    'meatpoultry-2018-20213',
    'meatpoultry.com/articles/20213-',
    'Meat+Poultry, quoting the USMEF CEO',
    'Trump signs revised trade agreement with South Korea (Sep 2018)',
  ),
  t(
    'usda-fas-korus',
    'fas.usda.gov./topics/korea-trade-agreement',
    'U.S. Department of Agriculture, Foreign Agricultural Service (USDA FAS)',
    'U.S.-Korea Free Trade Agreement (KORUS)',
  ),
  t(
    'ratednews-2025-12-autos',
    'ratednews.com/Archives/2025/12/asia-pacific/us-puts-on-federal-register-15-tariff',
    'Ratednews',
    'US puts on Federal Register 15% tariff on S. Korean autos, retroactive to Nov. 1 (Dec 2025)',
  ),
];

export const NEW_SOURCES = [...COMTRADE_SOURCES, ...MONTHLY_SOURCES, ...TIMELINE_SOURCES, ...TARIFF_SOURCES];
