// CSV export: what Excel sees when an analyst opens the file.
import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { buildCsv, neutraliseCell } from '../../src/lib/csv.ts';
import type { CsvColumn } from '../../src/lib/csv.ts';

interface Row {
  year: number;
  label: string | null;
  exports: number | null;
  balance: number | null | undefined;
}

const columns: CsvColumn<Row>[] = [
  { header: 'Year', value: (row) => row.year },
  { header: 'Label', value: (row) => row.label },
  { header: 'Exports ($ m)', value: (row) => row.exports },
  { header: 'Balance ($ m)', value: (row) => row.balance },
];

const rows: Row[] = [
  { year: 2012, label: 'Goods', exports: 42266.5, balance: -16555.1 },
  { year: 2013, label: null, exports: null, balance: undefined },
  { year: 2019, label: 'Autos, parts', exports: 56544.123456, balance: -13199.7 },
];

/** The file's lines without the BOM (every line, the last included, ends with CRLF). */
function lines(csv: string): string[] {
  return csv.slice(1).split('\r\n').slice(0, -1);
}

describe('buildCsv', () => {
  it('starts with a UTF-8 BOM and then the header row exactly as given', () => {
    const csv = buildCsv(columns, rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines(csv)[0]).toBe('Year,Label,Exports ($ m),Balance ($ m)');
  });

  it('ends every line with CRLF and has no bare CR or LF', () => {
    const csv = buildCsv(columns, rows);
    expect(csv.endsWith('-13199.7\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(1 + rows.length + 1);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes missing figures as empty cells and numbers as plain, unquoted numbers', () => {
    const out = lines(buildCsv(columns, rows));
    expect(out[1]).toBe('2012,Goods,42266.5,-16555.1');
    expect(out[2]).toBe('2013,,,');
    expect(out[3]).toBe('2019,"Autos, parts",56544.123456,-13199.7');
  });

  it('writes a header row only when there are no rows', () => {
    expect(buildCsv(columns, [])).toBe('\uFEFFYear,Label,Exports ($ m),Balance ($ m)\r\n');
  });

  it.each([
    ['=SUM(A1:A2)', "\"'=SUM(A1:A2)\""],
    ['+1', "\"'+1\""],
    ['-5+3', "\"'-5+3\""],
    ['@cmd', "\"'@cmd\""],
    ['\tTab', "\"'\tTab\""],
    ['\rCR', "\"'\rCR\""],
  ])('neutralises a string starting with a formula character: %j', (text, cell) => {
    const csv = buildCsv([{ header: 'Text', value: (row: string) => row }], [text]);
    expect(csv).toBe(`\uFEFFText\r\n${cell}\r\n`);
  });

  it('doubles the quotes of a neutralised formula inside a quoted cell', () => {
    const csv = buildCsv([{ header: 'Text', value: (row: string) => row }], ['=HYPERLINK("x")']);
    expect(lines(csv)[1]).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('quotes commas, quotes and line breaks as RFC 4180', () => {
    const csv = buildCsv(
      [{ header: 'Text', value: (row: string) => row }],
      ['a,b', 'say "hi"', 'two\nlines', 'plain'],
    );
    expect(csv.slice(1)).toBe('Text\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\nplain\r\n');
  });

  it('keeps a trailing empty row of a one-column table', () => {
    expect(buildCsv([{ header: 'Note', value: (row: string | null) => row }], ['a', null])).toBe('\uFEFFNote\r\na\r\n\r\n');
  });

  it('leaves harmless text alone', () => {
    expect(lines(buildCsv([{ header: 'Text', value: (row: string) => row }], ['Jan–Aug 2025']))[1]).toBe('Jan–Aug 2025');
  });

  it('parses back to the same table', () => {
    const tricky: Row[] = [
      ...rows,
      { year: 2020, label: '=1+2', exports: 0, balance: -0.5 },
      { year: 2021, label: 'Line 1\r\nLine "2", end', exports: 1e-7, balance: -1 },
    ];
    const csv = buildCsv(columns, tricky);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['Year', 'Label', 'Exports ($ m)', 'Balance ($ m)'],
      ['2012', 'Goods', '42266.5', '-16555.1'],
      ['2013', '', '', ''],
      ['2019', 'Autos, parts', '56544.123456', '-13199.7'],
      ['2020', "'=1+2", '0', '-0.5'],
      ['2021', 'Line 1\r\nLine "2", end', '1e-7', '-1'],
    ]);
  });
});

describe('neutraliseCell', () => {
  it('never alters numbers, including negative ones', () => {
    expect(neutraliseCell(-13199.7)).toBe(-13199.7);
    expect(neutraliseCell(0)).toBe(0);
  });

  it('turns missing and non-finite values into empty cells', () => {
    expect(neutraliseCell(null)).toBe('');
    expect(neutraliseCell(undefined)).toBe('');
    expect(neutraliseCell(Number.NaN)).toBe('');
    expect(neutraliseCell(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('prefixes formula-like strings with an apostrophe, even a negative-number string', () => {
    expect(neutraliseCell('-12.5')).toBe("'-12.5");
    expect(neutraliseCell('@SUM(1)')).toBe("'@SUM(1)");
    expect(neutraliseCell('Korea')).toBe('Korea');
    expect(neutraliseCell('')).toBe('');
  });
});
