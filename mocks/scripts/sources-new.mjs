// Sources of the third-pass data sets, appended to the register after the original entries.
import { TIMELINE_SOURCES } from './sources-timeline.mjs';

const COMTRADE_SOURCES = [
  {
    id: 'comtrade-us-2020',
    match: ['memed01/Data_Product_Project/blob/1bdfa72b03a976442c4385bdc1b24b2f5ee949e8/US_Trade.RData'],
    publisher: 'UN Comtrade (data reported by the United States), via a third-party download',
    title: 'U.S. trade with the Republic of Korea by HS chapter, 2010–2019: total exports (f.a.s.) and general imports (CIF)',
    note: 'UN Comtrade legacy API (r=842, cc=AG2), downloaded by the repository author and committed 2020-06-10 (github.com/memed01/Data_Product_Project, commit 1bdfa72, US_Trade.RData). Values in US$, converted to US$ million. Re-exports left out. Export sums match Census (FRED EXPKR) within 0.7%; import sums are 2.6–3.6% above customs value (IMPKR), hence CIF.',
  },
  {
    id: 'comtrade-us-2015',
    match: ['memed01/Data_Product_Project/blob/3dcc7acd2644ff7be5e5c49d439cb61cd0066b07/US_Trade.RData'],
    publisher: 'UN Comtrade (data reported by the United States), via a third-party download',
    title: 'U.S. trade with the Republic of Korea by HS chapter, 2007–2009: total exports (f.a.s.) and general imports (CIF)',
    note: 'Earlier download committed 2015-03-22 (same repository, commit 3dcc7ac): US$ million rounded to 0.01, commodity names without codes; chapters assigned by identical names in the 2020 download, 18 rows by the standard chapter title. Older vintage than 2010–2019.',
  },
];

export const NEW_SOURCES = [...COMTRADE_SOURCES, ...TIMELINE_SOURCES];
