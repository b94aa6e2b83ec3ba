// Hook of `npm run data:update` into the data build: when the input folder holds data-update.json (written by
// the update next to the CSVs it converted), the fetched copies get their own source ids, vintages and
// "data as of". Without that file nothing is registered and the build is exactly the snapshot build.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SOURCES } from './sources.mjs';
import { COPIES, MONTHLY_VINTAGES } from './monthly.mjs';

export const REFRESH_FILE = 'data-update.json';

export const FRED_SOURCE_ID = 'fred-fredgraph';
export const CENSUS_SOURCE_ID = 'census-intltrade-hs';

/** Reads and registers the refresh description; returns it, or null for the snapshot build. */
export function loadRefresh(inputDir) {
  const file = resolve(inputDir, REFRESH_FILE);
  if (!existsSync(file)) return null;
  const info = JSON.parse(readFileSync(file, 'utf8'));
  if (info.fred) {
    SOURCES.push({
      id: FRED_SOURCE_ID,
      match: ['fred.stlouisfed.org/graph/fredgraph.csv'],
      publisher: 'U.S. Census Bureau, via FRED (Federal Reserve Bank of St. Louis)',
      title: `U.S. goods exports (f.a.s.) and general imports (customs basis) by partner (${info.fred.seriesIds.join(', ')}), monthly, not seasonally adjusted, as of ${info.fred.date}`,
      url: 'https://fred.stlouisfed.org/series/EXPKR',
      note: `Fetched ${info.fred.date} from fredgraph.csv by npm run data:update; values as written. Annual values are the sum of 12 months (full years only), rounded to 0.1. Balance = exports − imports.`,
    });
    COPIES.push({
      match: 'fred.stlouisfed.org/graph/fredgraph.csv',
      sourceId: FRED_SOURCE_ID,
      vintage: info.fred.vintage,
      csvVintage: info.fred.csvVintage,
      korea: true,
    });
    MONTHLY_VINTAGES.unshift({
      id: info.fred.vintage,
      label: info.fred.label,
      note: 'The current vintage, fetched by npm run data:update; the latest months are preliminary and Census revises the last years every June.',
    });
  }
  if (info.census) {
    SOURCES.push({
      id: CENSUS_SOURCE_ID,
      match: ['api.census.gov/data/timeseries/intltrade'],
      publisher: 'U.S. Census Bureau, International Trade API',
      title:
        'U.S. trade with South Korea (CTY_CODE 5800) by HS chapter (COMM_LVL HS2), monthly: total exports f.a.s. (ALL_VAL_MO), general imports and imports for consumption, customs value (GEN_VAL_MO, CON_VAL_MO)',
      url: 'https://api.census.gov/data/timeseries/intltrade/exports/hs',
      note: `Fetched ${info.census.date} by npm run data:update (months ${info.census.from} … ${info.census.to} requested). Census basis: not comparable with the UN Comtrade (CIF) or USITC rows, never joined with them.`,
    });
  }
  return info;
}
