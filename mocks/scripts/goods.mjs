// Annual goods series: Census via FRED (EXPKR/IMPKR), calendar-year sums as collected, 1985–2025.
import { num } from './csv.mjs';
import { sourceIdFor } from './sources.mjs';

/** Rows of an annual file (year, exports, imports, balance in US$ million), sorted by year. */
export const annualRows = (readCsv, file) =>
  readCsv(file)
    .map((r) => ({
      year: Number(r.year),
      exports: num(r.exports_musd),
      imports: num(r.imports_musd),
      balance: num(r.balance_musd),
      sourceIds: sourceIdFor(r.source),
    }))
    .sort((a, b) => a.year - b.year);

export const buildGoods = (readCsv) => annualRows(readCsv, 'korea-goods-annual-fred.csv');
