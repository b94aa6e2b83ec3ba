// CSV export: what Excel sees when an analyst opens the file.
import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { buildCsv, neutraliseCell, roundCell } from '../../src/lib/csv.ts';
import { csvMetadataLines, csvSubtitle } from '../../src/lib/provenance.ts';
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
    ['=SUM(A1:A2)', '"\'=SUM(A1:A2)"'],
    ['+1', '"\'+1"'],
    ['-5+3', '"\'-5+3"'],
    ['@cmd', '"\'@cmd"'],
    ['\tTab', '"\'\tTab"'],
    ['\rCR', '"\'\rCR"'],
  ])('neutralises a string starting with a formula character: %j', (text, cell) => {
    const csv = buildCsv([{ header: 'Text', value: (row: string) => row }], [text]);
    expect(csv).toBe(`\uFEFFText\r\n${cell}\r\n`);
  });

  it('doubles the quotes of a neutralised formula inside a quoted cell', () => {
    const csv = buildCsv([{ header: 'Text', value: (row: string) => row }], ['=HYPERLINK("x")']);
    expect(lines(csv)[1]).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('quotes commas, quotes and line breaks as RFC 4180', () => {
    const csv = buildCsv([{ header: 'Text', value: (row: string) => row }], ['a,b', 'say "hi"', 'two\nlines', 'plain']);
    expect(csv.slice(1)).toBe('Text\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\nplain\r\n');
  });

  it('keeps a trailing empty row of a one-column table', () => {
    expect(buildCsv([{ header: 'Note', value: (row: string | null) => row }], ['a', null])).toBe(
      '\uFEFFNote\r\na\r\n\r\n',
    );
  });

  it('leaves harmless text alone', () => {
    expect(lines(buildCsv([{ header: 'Text', value: (row: string) => row }], ['Jan–Aug 2025']))[1]).toBe(
      'Jan–Aug 2025',
    );
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

describe('buildCsv: provenance and precision', () => {
  const cols = [
    { header: 'Year', value: (r: { year: number; change: number | null; label: string }) => r.year },
    { header: 'Change ($ m)', value: (r: { year: number; change: number | null; label: string }) => r.change },
    { header: 'Label', value: (r: { year: number; change: number | null; label: string }) => r.label },
  ];
  const data = [
    { year: 2012, change: -5199.799999999999, label: 'HS 71 #1 pearls, stones' },
    { year: 2013, change: 398.6999999999998, label: 'Machinery' },
    { year: 2014, change: null, label: 'Other' },
  ];
  const comments = csvMetadataLines({
    title: 'US goods trade with South Korea',
    subtitle: 'exports, 2012–2014, $ m',
    sources: [{ publisher: 'U.S. Census Bureau', title: 'Trade in Goods, Korea', url: 'https://www.census.gov/x' }],
    url: 'https://lens.example/trends?from=2012&to=2014',
    dataAsOf: '2026-06-10',
    exportedOn: '2026-12-01',
  });

  it('starts with # metadata lines: title, source, the view URL, data as of and download date', () => {
    const csv = buildCsv(cols, data, { comments });
    const lines = csv.slice(1).split('\r\n');
    expect(lines.slice(0, 4)).toEqual([
      '# US goods trade with South Korea: exports, 2012–2014, $ m',
      '# Source: U.S. Census Bureau, Trade in Goods, Korea (https://www.census.gov/x)',
      '# KORUS Lens: https://lens.example/trends?from=2012&to=2014',
      '# Data as of 10 Jun 2026; downloaded 1 Dec 2026',
    ]);
    expect(lines[4]).toBe('Year,Change ($ m),Label');
  });

  it('parses cleanly with the comment lines skipped (papaparse comments: "#", as pandas comment="#")', () => {
    const csv = buildCsv(cols, data, { comments });
    const parsed = Papa.parse<string[]>(csv.slice(1), { comments: '#', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['Year', 'Change ($ m)', 'Label'],
      ['2012', '-5199.8', 'HS 71 #1 pearls, stones'],
      ['2013', '398.7', 'Machinery'],
      ['2014', '', 'Other'],
    ]);
    // A '#' inside a cell is quoted, so a reader skipping comments keeps the line whole.
    expect(csv).toContain('"HS 71 #1 pearls, stones"');
  });

  it('rounds computed figures: no float noise, and to the source decimals when given', () => {
    expect(roundCell(-5199.799999999999)).toBe(-5199.8);
    expect(roundCell(14.800000000001091)).toBe(14.8);
    expect(roundCell(130458.73562600001)).toBe(130458.735626);
    expect(roundCell(42282.64, 1)).toBe(42282.6);
    expect(roundCell(-0.04, 1)).toBe(0);
    const csv = buildCsv([{ header: 'x', value: (r: { v: number }) => r.v, decimals: 1 }], [{ v: 1.26 }]);
    expect(csv.slice(1).split('\r\n')[1]).toBe('1.3');
  });
});

describe('csvSubtitle: the title line of a CSV carries the file’s unit', () => {
  it('writes $ m where every column is $ m in the file and $ bn on screen', () => {
    const columns = [
      { header: 'Year' },
      { header: 'US exports ($ bn)', csvHeader: 'US exports ($ m)' },
      { header: 'Balance ($ bn)', csvHeader: 'Balance ($ m)' },
    ];
    expect(csvSubtitle('US goods trade, 1985–2025, $ bn; negative balance = US deficit', columns)).toBe(
      'US goods trade, 1985–2025, $ m; negative balance = US deficit',
    );
    expect(csvSubtitle('1985–2025, change in $ bn', columns)).toBe('1985–2025, change in $ m');
  });

  it('leaves the subtitle alone where the units agree or disagree among columns', () => {
    expect(csvSubtitle('x, %', [{ header: 'US exports (%)', csvHeader: 'US exports (%)' }])).toBe('x, %');
    expect(
      csvSubtitle('x, $ bn', [
        { header: 'A ($ bn)', csvHeader: 'A ($ m)' },
        { header: 'B ($ bn)', csvHeader: 'B (index)' },
      ]),
    ).toBe('x, $ bn');
  });
});
