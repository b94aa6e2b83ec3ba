// Typed, validated URL state. Each page declares its parameters once; parsing normalises bad input to the
// nearest valid state and reports what it changed, so nothing crashes and nothing vanishes silently.

export type FieldSpec =
  | { type: 'year'; label: string; min: number; max: number; default?: number }
  | { type: 'enum'; label: string; options: readonly string[]; default?: string }
  | { type: 'list'; label: string; options: readonly string[]; max?: number }
  | { type: 'text'; label: string; maxLength?: number }
  /** A calendar month, YYYY-MM, clamped to min/max (YYYY-MM) when they are given. */
  | { type: 'month'; label: string; min?: string; max?: string }
  | { type: 'flag'; label: string };

export type Specs = Record<string, FieldSpec>;

export type FieldValue<F extends FieldSpec> = F extends { type: 'year' }
  ? number | undefined
  : F extends { type: 'list' }
    ? string[]
    : F extends { type: 'flag' }
      ? boolean
      : string | undefined;

export type UrlValues<S extends Specs> = { [K in keyof S]: FieldValue<S[K]> };

export interface UrlIssue {
  param: string;
  message: string;
}

export interface ParsedUrlState<S extends Specs> {
  values: UrlValues<S>;
  issues: UrlIssue[];
  /** The query string of the valid state (only parameters that differ from their default). */
  canonical: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const quote = (s: string) => `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`;

function emptyValue(spec: FieldSpec): string[] | boolean | undefined {
  if (spec.type === 'list') return [];
  if (spec.type === 'flag') return false;
  return undefined;
}

/**
 * Parses a query string against the specs. `ranges` names pairs of year or month fields (from, to) that must be
 * in order: a reversed pair is swapped, with a notice.
 */
export function parseUrlState<S extends Specs>(
  specs: S,
  search: URLSearchParams,
  ranges: ReadonlyArray<readonly [keyof S & string, keyof S & string]> = [],
): ParsedUrlState<S> {
  const issues: UrlIssue[] = [];
  const values: Record<string, unknown> = {};

  for (const name of new Set(search.keys())) {
    if (!Object.hasOwn(specs, name)) issues.push({ param: name, message: `Ignored unknown parameter ${quote(name)}.` });
  }

  for (const [name, spec] of Object.entries(specs)) {
    const all = search.getAll(name);
    const raw = all.at(-1);
    if (all.length > 1)
      issues.push({ param: name, message: `${spec.label} was given ${all.length} times; used the last value.` });
    if (raw === undefined || raw === '') {
      values[name] = spec.type === 'year' || spec.type === 'enum' ? spec.default : emptyValue(spec);
      continue;
    }
    switch (spec.type) {
      case 'year': {
        if (!/^\d{4}$/.test(raw.trim())) {
          values[name] = spec.default;
          issues.push({ param: name, message: `Ignored ${spec.label} ${quote(raw)}: not a year.` });
          break;
        }
        const year = Number(raw.trim());
        const clamped = Math.min(Math.max(year, spec.min), spec.max);
        if (clamped !== year) {
          issues.push({
            param: name,
            message: `${spec.label} ${year} is outside the data (${spec.min}–${spec.max}); used ${clamped}.`,
          });
        }
        values[name] = clamped;
        break;
      }
      case 'enum': {
        if (spec.options.includes(raw)) values[name] = raw;
        else {
          values[name] = spec.default;
          issues.push({ param: name, message: `Ignored ${spec.label} ${quote(raw)}: not one of the options.` });
        }
        break;
      }
      case 'list': {
        const items = [
          ...new Set(
            raw
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ];
        const known = items.filter((i) => spec.options.includes(i));
        const unknown = items.filter((i) => !spec.options.includes(i));
        if (unknown.length) {
          issues.push({
            param: name,
            message: `Ignored ${spec.label.toLowerCase()} ${unknown.map(quote).join(', ')}: not available here.`,
          });
        }
        if (spec.max !== undefined && known.length > spec.max) {
          issues.push({
            param: name,
            message: `${spec.label}: at most ${spec.max} can be selected; kept the first ${spec.max}.`,
          });
        }
        values[name] = spec.max !== undefined ? known.slice(0, spec.max) : known;
        break;
      }
      case 'month': {
        const month = raw.trim();
        if (!MONTH.test(month)) {
          issues.push({ param: name, message: `Ignored ${spec.label} ${quote(raw)}: not a month (YYYY-MM).` });
          break;
        }
        const clamped =
          spec.min !== undefined && month < spec.min
            ? spec.min
            : spec.max !== undefined && month > spec.max
              ? spec.max
              : month;
        if (clamped !== month) {
          issues.push({
            param: name,
            message: `${spec.label} ${month} is outside the data (${spec.min ?? '…'} to ${spec.max ?? '…'}); used ${clamped}.`,
          });
        }
        values[name] = clamped;
        break;
      }
      case 'text': {
        const max = spec.maxLength ?? 200;
        if (raw.length > max) issues.push({ param: name, message: `${spec.label} was cut to ${max} characters.` });
        values[name] = raw.slice(0, max);
        break;
      }
      case 'flag': {
        if (raw === '1' || raw === 'true') values[name] = true;
        else if (raw === '0' || raw === 'false') values[name] = false;
        else {
          values[name] = false;
          issues.push({ param: name, message: `Ignored ${spec.label} ${quote(raw)}: use 1 or 0.` });
        }
        break;
      }
    }
  }

  for (const [fromName, toName] of ranges) {
    const from = values[fromName];
    const to = values[toName];
    // Years compare as numbers, months (YYYY-MM) as strings.
    const reversed =
      (typeof from === 'number' && typeof to === 'number' && from > to) ||
      (typeof from === 'string' && typeof to === 'string' && from > to);
    if (reversed) {
      values[fromName] = to;
      values[toName] = from;
      issues.push({
        param: fromName,
        message: `${specs[fromName]?.label ?? fromName} ${from} was after ${specs[toName]?.label ?? toName} ${to}; swapped them.`,
      });
    }
  }

  const typed = values as UrlValues<S>;
  return { values: typed, issues, canonical: serializeUrlState(specs, typed) };
}

/** Writes the values as a query string, leaving out defaults and empty values so URLs stay short. */
export function serializeUrlState<S extends Specs>(specs: S, values: Partial<UrlValues<S>>): string {
  const out = new URLSearchParams();
  for (const [name, spec] of Object.entries(specs)) {
    const value: unknown = values[name];
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (Array.isArray(value)) {
      if (value.length) out.set(name, value.join(','));
      continue;
    }
    if ((spec.type === 'year' || spec.type === 'enum') && value === spec.default) continue;
    out.set(name, value === true ? '1' : String(value));
  }
  return out.toString();
}

/** The query string in a stable order, so that two equal states compare equal. */
export function normaliseQuery(search: string): string {
  const params = new URLSearchParams(search);
  params.sort();
  return params.toString();
}
