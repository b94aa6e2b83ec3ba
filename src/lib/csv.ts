// CSV for analysts who open it in Excel: UTF-8 BOM (else Excel guesses a legacy code page and mangles
// "–" and "—"), every line ended by CRLF, RFC 4180 quoting by papaparse, and our own formula-injection
// guard so that negative numbers stay numbers (papaparse's escapeFormulae would not tell them apart).
import Papa from 'papaparse';

export interface CsvColumn<Row> {
  /** Column header, carrying the unit, e.g. "Exports ($ m)". */
  header: string;
  value: (row: Row) => string | number | null | undefined;
  /** Decimals the source gives (1 for $ m figures); computed cells are rounded to it. */
  decimals?: number;
}

export interface CsvOptions {
  /** Metadata lines written before the header, each starting with '#'. */
  comments?: string[];
}

const BOM = '\uFEFF';

/** Characters that make Excel, LibreOffice or Sheets read a cell as a formula (or a DDE call). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as it goes into the file: missing → empty, numbers untouched (a negative balance must stay a
 * number), strings that a spreadsheet would evaluate get a leading apostrophe.
 */
export function neutraliseCell(value: string | number | null | undefined, decimals?: number): string | number {
  if (value === null || value === undefined) return '';
  // NaN/Infinity would land as the words "NaN"/"Infinity"; a missing figure is an empty cell.
  if (typeof value === 'number') return Number.isFinite(value) ? roundCell(value, decimals) : '';
  return guardText(value);
}

/**
 * A computed figure without float noise: −5199.799999999999 is −5199.8. Twelve significant digits
 * keep every source figure exact; `decimals` rounds to the source's precision.
 */
export function roundCell(value: number, decimals?: number): number {
  const rounded = decimals === undefined ? value : Math.round(value * 10 ** decimals) / 10 ** decimals;
  const clean = Number(rounded.toPrecision(12));
  return Object.is(clean, -0) ? 0 : clean;
}

function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function buildCsv<Row>(columns: CsvColumn<Row>[], rows: Row[], options: CsvOptions = {}): string {
  // '#' lines first: pandas (comment='#'), R (comment.char='#') and papaparse (comments: '#') skip them.
  const head = (options.comments ?? [])
    .map((line) => `${line.startsWith('#') ? '' : '# '}${line.replace(/[\r\n]+/g, ' ')}\r\n`)
    .join('');
  if (columns.length === 0) return `${BOM}${head}`;
  const fields = columns.map((column) => guardText(column.header));
  const data = rows.map((row) => columns.map((column) => neutraliseCell(column.value(row), column.decimals)));
  const body = Papa.unparse(
    { fields, data },
    {
      newline: '\r\n',
      // Papaparse quotes commas, quotes and line breaks itself; we also quote guarded text, as its own
      // escapeFormulae does, so the apostrophe reads as part of a text cell.
      // A '#' in a cell is quoted too, so a reader skipping '#' comments keeps the rest of the line.
      quotes: (value: unknown) => typeof value === 'string' && (value.startsWith("'") || value.includes('#')),
      escapeFormulae: false,
    },
  );
  // Papaparse ends the file with a newline only when there are no rows (it adds an empty one); end
  // every line with CRLF, as spreadsheets and line-oriented tools expect.
  return `${BOM}${head}${rows.length === 0 ? body.replace(/\r\n$/, '') : body}\r\n`;
}
