// Shared helpers of the data build: CSV reading, cell parsing, output writing and small checks.
// Only reshaping lives here; every figure is copied from a CSV cell.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';

export function csvReader(inputDir) {
  return (name) => {
    const parsed = Papa.parse(readFileSync(resolve(inputDir, name), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    if (parsed.errors.length) throw new Error(`${name}: ${JSON.stringify(parsed.errors[0])}`);
    return parsed.data;
  };
}

export const num = (cell) => {
  if (cell === undefined || cell.trim() === '') return null;
  const n = Number(cell);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${cell}`);
  return n;
};

export const slug = (s) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The URLs of a source cell: several are separated by " | " or " ; ", each may carry a "(comment)". */
export const splitUrls = (cell) =>
  cell
    .split(/ \| | ; /)
    .map((u) => u.trim().split(' (')[0].split(' sheet ')[0].trim())
    .filter(Boolean);

export const datePrecision = (date) =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) ? 'day' : /^\d{4}-\d{2}$/.test(date) ? 'month' : 'year';

/** Fails the build with a message naming the row: the data is never bent to pass. */
export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Arrays are written one record per line: small files with readable diffs. */
export function writer(outDir) {
  return (name, value) =>
    writeFileSync(
      resolve(outDir, name),
      Array.isArray(value)
        ? `[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]\n`
        : `${JSON.stringify(value, null, 1)}\n`,
    );
}

/** Round half away from zero to `digits` decimals (sums of monthly values; exports − imports). */
export const round = (value, digits = 1) => {
  const f = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
};
