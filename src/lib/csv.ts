// CSV for analysts who open it in Excel: UTF-8 BOM (else Excel guesses a legacy code page and mangles
// "–" and "—"), every line ended by CRLF, RFC 4180 quoting by papaparse, and our own formula-injection
// guard so that negative numbers stay numbers (papaparse's escapeFormulae would not tell them apart).
import Papa from 'papaparse';

export interface CsvColumn<Row> {
  /** Column header, carrying the unit, e.g. "Exports ($ m)". */
  header: string;
  value: (row: Row) => string | number | null | undefined;
}

const BOM = '\uFEFF';

/** Characters that make Excel, LibreOffice or Sheets read a cell as a formula (or a DDE call). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as it goes into the file: missing → empty, numbers untouched (a negative balance must stay a
 * number), strings that a spreadsheet would evaluate get a leading apostrophe.
 */
export function neutraliseCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  // NaN/Infinity would land as the words "NaN"/"Infinity"; a missing figure is an empty cell.
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  return guardText(value);
}

function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function buildCsv<Row>(columns: CsvColumn<Row>[], rows: Row[]): string {
  if (columns.length === 0) return BOM;
  const fields = columns.map((column) => guardText(column.header));
  const data = rows.map((row) => columns.map((column) => neutraliseCell(column.value(row))));
  const body = Papa.unparse(
    { fields, data },
    {
      newline: '\r\n',
      // Papaparse quotes commas, quotes and line breaks itself; we also quote guarded text, as its own
      // escapeFormulae does, so the apostrophe reads as part of a text cell.
      quotes: (value: unknown) => typeof value === 'string' && value.startsWith("'"),
      escapeFormulae: false,
    },
  );
  // Papaparse ends the file with a newline only when there are no rows (it adds an empty one); end
  // every line with CRLF, as spreadsheets and line-oriented tools expect.
  return `${BOM}${rows.length === 0 ? body.replace(/\r\n$/, '') : body}\r\n`;
}
