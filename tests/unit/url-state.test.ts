// Typed URL state: every field type parsed to the nearest valid state, each correction reported, and a
// canonical query string that leaves out defaults and empty values.
import { describe, it, expect } from 'vitest';
import { normaliseQuery, parseUrlState, serializeUrlState } from '../../src/lib/url-state.ts';
import type { Specs, UrlIssue } from '../../src/lib/url-state.ts';

const specs = {
  from: { type: 'year', label: 'From', min: 1985, max: 2025 },
  to: { type: 'year', label: 'To', min: 1985, max: 2025 },
  category: { type: 'enum', label: 'Category', options: ['goods', 'services'], default: 'goods' },
  sector: { type: 'list', label: 'Sectors', options: ['autos', 'beef', 'chips', 'steel'], max: 3 },
  q: { type: 'text', label: 'Search', maxLength: 10 },
  events: { type: 'flag', label: 'Show all events' },
} as const satisfies Specs;

const RANGES = [['from', 'to']] as const;

const parse = (query: string, ranges: ReadonlyArray<readonly ['from', 'to']> = RANGES) =>
  parseUrlState(specs, new URLSearchParams(query), ranges);

const params = (issues: UrlIssue[]) => issues.map((i) => i.param);

/** The canonical string as parameters, so that the assertions do not depend on percent-encoding. */
const canonicalEntries = (canonical: string) => Object.fromEntries(new URLSearchParams(canonical));

describe('parseUrlState: missing parameters', () => {
  it('gives the defaults and empty values, with no issue and an empty canonical string', () => {
    const { values, issues, canonical } = parse('');
    expect(values).toEqual({
      from: undefined,
      to: undefined,
      category: 'goods',
      sector: [],
      q: undefined,
      events: false,
    });
    expect(issues).toEqual([]);
    expect(canonical).toBe('');
  });

  it('treats an empty value like a missing one, without an issue', () => {
    const { values, issues, canonical } = parse('from=&category=&sector=&q=&events=');
    expect(values).toEqual({
      from: undefined,
      to: undefined,
      category: 'goods',
      sector: [],
      q: undefined,
      events: false,
    });
    expect(issues).toEqual([]);
    expect(canonical).toBe('');
  });

  it('uses a year field’s own default when it has one', () => {
    const withDefault = {
      year: { type: 'year', label: 'Year', min: 2000, max: 2020, default: 2020 },
    } as const satisfies Specs;
    const missing = parseUrlState(withDefault, new URLSearchParams(''));
    expect(missing.values.year).toBe(2020);
    expect(missing.issues).toEqual([]);
    const invalid = parseUrlState(withDefault, new URLSearchParams('year=soon'));
    expect(invalid.values.year).toBe(2020);
    expect(params(invalid.issues)).toEqual(['year']);
    expect(invalid.canonical).toBe('');
  });
});

describe('parseUrlState: valid parameters', () => {
  it('reads every field type and reports nothing', () => {
    const query = 'from=2012&to=2019&category=services&sector=autos,beef&q=steel&events=1';
    const { values, issues, canonical } = parse(query);
    expect(values).toEqual({
      from: 2012,
      to: 2019,
      category: 'services',
      sector: ['autos', 'beef'],
      q: 'steel',
      events: true,
    });
    expect(issues).toEqual([]);
    expect(normaliseQuery(canonical)).toBe(normaliseQuery(query));
  });

  it('accepts the bounds themselves', () => {
    const { values, issues } = parse('from=1985&to=2025');
    expect(values.from).toBe(1985);
    expect(values.to).toBe(2025);
    expect(issues).toEqual([]);
  });

  it('reads flags written as 1/0 or true/false', () => {
    expect(parse('events=1').values.events).toBe(true);
    expect(parse('events=true').values.events).toBe(true);
    expect(parse('events=0').values.events).toBe(false);
    expect(parse('events=false').values.events).toBe(false);
    expect(parse('events=false').issues).toEqual([]);
  });

  it('trims list items and removes repeated ids without complaint', () => {
    const { values, issues } = parse('sector=autos, autos ,beef,');
    expect(values.sector).toEqual(['autos', 'beef']);
    expect(issues).toEqual([]);
  });
});

describe('parseUrlState: invalid parameters', () => {
  it.each(['abc', '20', '12345', '2012a', '-2012'])('ignores from=%s as not a year, naming it', (raw) => {
    const { values, issues } = parse(`from=${encodeURIComponent(raw)}&to=2019`);
    expect(values.from).toBeUndefined();
    expect(values.to).toBe(2019);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.param).toBe('from');
    expect(issues[0]!.message).toContain(`“${raw}”`);
    expect(issues[0]!.message).toMatch(/not a year/);
  });

  it('clamps a year below the range to the minimum, with an issue naming both', () => {
    const { values, issues, canonical } = parse('to=1700');
    expect(values.to).toBe(1985);
    expect(params(issues)).toEqual(['to']);
    expect(issues[0]!.message).toContain('1700');
    expect(issues[0]!.message).toContain('1985');
    expect(canonicalEntries(canonical)).toEqual({ to: '1985' });
  });

  it('clamps a year above the range to the maximum', () => {
    const { values, issues } = parse('from=2100');
    expect(values.from).toBe(2025);
    expect(params(issues)).toEqual(['from']);
    expect(issues[0]!.message).toContain('2100');
    expect(issues[0]!.message).toContain('2025');
  });

  it('swaps a reversed range and says so', () => {
    const { values, issues, canonical } = parse('from=2019&to=2012');
    expect(values.from).toBe(2012);
    expect(values.to).toBe(2019);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/2019.*2012.*swapped/);
    expect(canonicalEntries(canonical)).toEqual({ from: '2012', to: '2019' });
  });

  it('leaves a reversed pair alone when no range is declared', () => {
    const { values, issues } = parse('from=2019&to=2012', []);
    expect(values.from).toBe(2019);
    expect(values.to).toBe(2012);
    expect(issues).toEqual([]);
  });

  it('clamps before swapping, reporting both corrections', () => {
    const { values, issues } = parse('from=2030&to=1700');
    expect(values.from).toBe(1985);
    expect(values.to).toBe(2025);
    expect(params(issues).sort()).toEqual(['from', 'from', 'to']);
  });

  it('falls back to the default for an unknown enum option, naming it', () => {
    const { values, issues, canonical } = parse('category=oil');
    expect(values.category).toBe('goods');
    expect(params(issues)).toEqual(['category']);
    expect(issues[0]!.message).toContain('“oil”');
    expect(canonical).toBe('');
  });

  it('is case-sensitive for enum options', () => {
    const { values, issues } = parse('category=Goods');
    expect(values.category).toBe('goods');
    expect(params(issues)).toEqual(['category']);
  });

  it('drops unknown list ids with an issue naming only them, and keeps the known ones', () => {
    const { values, issues, canonical } = parse('sector=nope,autos,zzz');
    expect(values.sector).toEqual(['autos']);
    expect(params(issues)).toEqual(['sector']);
    expect(issues[0]!.message).toContain('“nope”');
    expect(issues[0]!.message).toContain('“zzz”');
    expect(issues[0]!.message).not.toContain('autos');
    expect(canonicalEntries(canonical)).toEqual({ sector: 'autos' });
  });

  it('keeps at most `max` list items, the first ones, with an issue', () => {
    const { values, issues } = parse('sector=steel,autos,beef,chips');
    expect(values.sector).toEqual(['steel', 'autos', 'beef']);
    expect(params(issues)).toEqual(['sector']);
    expect(issues[0]!.message).toContain('at most 3');
  });

  it('counts only known ids against the maximum', () => {
    const { values, issues } = parse('sector=steel,nope,autos,beef');
    expect(values.sector).toEqual(['steel', 'autos', 'beef']);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('“nope”');
  });

  it('cuts text to maxLength with an issue', () => {
    const { values, issues } = parse('q=abcdefghijklmno');
    expect(values.q).toBe('abcdefghij');
    expect(params(issues)).toEqual(['q']);
    expect(issues[0]!.message).toContain('10');
  });

  it('keeps text of exactly maxLength untouched', () => {
    const { values, issues } = parse('q=abcdefghij');
    expect(values.q).toBe('abcdefghij');
    expect(issues).toEqual([]);
  });

  it('limits text without maxLength to 200 characters', () => {
    const free = { q: { type: 'text', label: 'Search' } } as const satisfies Specs;
    const { values, issues } = parseUrlState(free, new URLSearchParams({ q: 'x'.repeat(250) }));
    expect(values.q).toHaveLength(200);
    expect(params(issues)).toEqual(['q']);
  });

  it('reads an unknown flag value as off, with an issue', () => {
    const { values, issues } = parse('events=yes');
    expect(values.events).toBe(false);
    expect(params(issues)).toEqual(['events']);
    expect(issues[0]!.message).toContain('“yes”');
  });

  it('uses the last of duplicate parameters and reports the repetition', () => {
    const { values, issues } = parse('from=2010&from=2012&sector=autos&sector=beef');
    expect(values.from).toBe(2012);
    expect(values.sector).toEqual(['beef']);
    expect(params(issues).sort()).toEqual(['from', 'sector']);
    expect(issues.find((i) => i.param === 'from')!.message).toContain('2 times');
  });

  it('reports unknown parameters and leaves them out of the canonical string', () => {
    const { values, issues, canonical } = parse('foo=1&from=2012&bar=x&foo=2');
    expect(values.from).toBe(2012);
    expect(params(issues).sort()).toEqual(['bar', 'foo']);
    expect(issues.find((i) => i.param === 'foo')!.message).toContain('“foo”');
    expect(canonicalEntries(canonical)).toEqual({ from: '2012' });
  });

  it.each(['constructor', 'toString', 'hasOwnProperty'])(
    'reports the unknown parameter %s even though it names an Object.prototype member',
    (name) => {
      const { issues, canonical } = parse(`${name}=1`);
      expect(params(issues)).toEqual([name]);
      expect(canonical).toBe('');
    },
  );

  it('shortens a very long ignored value in the message', () => {
    const long = 'y'.repeat(80);
    const { issues } = parse(`category=${long}`);
    expect(issues[0]!.message).toContain(`“${'y'.repeat(40)}…”`);
    expect(issues[0]!.message).not.toContain('y'.repeat(41));
  });

  it('turns ?from=abc&to=1700&sector=nope into the nearest valid state with three issues', () => {
    const { values, issues, canonical } = parse('?from=abc&to=1700&sector=nope');
    expect(values).toEqual({ from: undefined, to: 1985, category: 'goods', sector: [], q: undefined, events: false });
    expect(issues).toHaveLength(3);
    expect(params(issues)).toEqual(['from', 'to', 'sector']);
    expect(issues[0]!.message).toContain('abc');
    expect(issues[1]!.message).toContain('1700');
    expect(issues[2]!.message).toContain('nope');
    expect(canonicalEntries(canonical)).toEqual({ to: '1985' });
    // The canonical state is stable: parsing it again changes nothing and reports nothing.
    const again = parse(canonical);
    expect(again.values).toEqual(values);
    expect(again.issues).toEqual([]);
    expect(again.canonical).toBe(canonical);
  });
});

describe('serializeUrlState', () => {
  it('omits defaults and empty values', () => {
    expect(
      serializeUrlState(specs, { from: undefined, to: undefined, category: 'goods', sector: [], q: '', events: false }),
    ).toBe('');
    expect(serializeUrlState(specs, {})).toBe('');
  });

  it('writes every non-default value: years, enum, comma-joined list, text and a flag as 1', () => {
    const query = serializeUrlState(specs, {
      from: 2012,
      to: 2019,
      category: 'services',
      sector: ['autos', 'beef'],
      q: 'rice & beef',
      events: true,
    });
    expect(canonicalEntries(query)).toEqual({
      from: '2012',
      to: '2019',
      category: 'services',
      sector: 'autos,beef',
      q: 'rice & beef',
      events: '1',
    });
  });

  it('omits a year equal to its default but keeps other years', () => {
    const withDefault = {
      year: { type: 'year', label: 'Year', min: 2000, max: 2020, default: 2020 },
    } as const satisfies Specs;
    expect(serializeUrlState(withDefault, { year: 2020 })).toBe('');
    expect(serializeUrlState(withDefault, { year: 2016 })).toBe('year=2016');
  });

  it('ignores values for names that are not in the specs', () => {
    const values = { from: 2012, extra: 'x' } as Partial<{ from: number | undefined }>;
    expect(serializeUrlState(specs, values)).toBe('from=2012');
  });

  it('round-trips through parseUrlState', () => {
    const values = { from: 1999, to: 2011, category: 'services', sector: ['chips', 'steel'], q: 'a,b=c', events: true };
    const { values: parsed, issues } = parse(serializeUrlState(specs, values));
    expect(parsed).toEqual(values);
    expect(issues).toEqual([]);
  });
});

describe('normaliseQuery', () => {
  it('orders parameters so equal states compare equal', () => {
    expect(normaliseQuery('to=2019&from=2012')).toBe(normaliseQuery('from=2012&to=2019'));
    expect(normaliseQuery('to=2019&from=2012')).toBe('from=2012&to=2019');
  });

  it('ignores a leading question mark and normalises encoding', () => {
    expect(normaliseQuery('?to=2019&from=2012')).toBe('from=2012&to=2019');
    expect(normaliseQuery('sector=autos,beef')).toBe(normaliseQuery('sector=autos%2Cbeef'));
  });

  it('keeps different states different', () => {
    expect(normaliseQuery('from=2012')).not.toBe(normaliseQuery('from=2013'));
    expect(normaliseQuery('')).toBe('');
  });
});

describe('parseUrlState: months', () => {
  const months = {
    mfrom: { type: 'month', label: 'From month', min: '1985-01', max: '2026-04' },
    mto: { type: 'month', label: 'To month', min: '1985-01', max: '2026-04' },
  } satisfies Specs;
  const ranges = [['mfrom', 'mto']] as const;
  const parse = (q: string) => parseUrlState(months, new URLSearchParams(q), ranges);

  it('keeps a valid month range as given', () => {
    const r = parse('mfrom=2011-01&mto=2012-05');
    expect(r.values).toEqual({ mfrom: '2011-01', mto: '2012-05' });
    expect(r.issues).toEqual([]);
  });

  it.each(['2030-13', '2025-00', '2025-1', 'abc', '202501'])('ignores %s, which is not a month', (bad) => {
    const r = parse(`mfrom=${bad}`);
    expect(r.values.mfrom).toBeUndefined();
    expect(r.issues).toEqual([{ param: 'mfrom', message: `Ignored From month “${bad}”: not a month (YYYY-MM).` }]);
    expect(r.canonical).toBe('');
  });

  it('clamps a month outside the data to its nearest end, and says so', () => {
    const r = parse('mfrom=1970-06&mto=2030-01');
    expect(r.values).toEqual({ mfrom: '1985-01', mto: '2026-04' });
    expect(r.issues.map((i) => i.message)).toEqual([
      'From month 1970-06 is outside the data (1985-01 to 2026-04); used 1985-01.',
      'To month 2030-01 is outside the data (1985-01 to 2026-04); used 2026-04.',
    ]);
  });

  it('swaps a From month after the To month', () => {
    const r = parse('mfrom=2026-03&mto=2019-02');
    expect(r.values).toEqual({ mfrom: '2019-02', mto: '2026-03' });
    expect(r.canonical).toBe('mfrom=2019-02&mto=2026-03');
    expect(r.issues.map((i) => i.message)).toEqual(['From month 2026-03 was after To month 2019-02; swapped them.']);
  });

  it('does not clamp while the bounds are unknown', () => {
    const open = { mfrom: { type: 'month', label: 'From month' } } satisfies Specs;
    expect(parseUrlState(open, new URLSearchParams('mfrom=2030-01')).values.mfrom).toBe('2030-01');
  });
});
