// Where an exported figure came from, in the same words on every export: the product, the view's URL,
// the data's as-of date and the export date. PNG and SVG end with it as a footer line; the CSV starts
// with it as '#' lines (pandas `read_csv(f, comment='#')`, R `read.csv(comment.char = '#')` and
// papaparse `comments: '#'` skip them; Excel shows them as text rows above the header).
import { formatDate } from './format.ts';

export const PRODUCT = 'KORUS Lens';

/** What a citation needs of a data source (the API's Source has more). */
export interface SourceRef {
  publisher: string;
  title: string;
  url: string | null;
}

export interface Provenance {
  /** The view's full URL, filters included. */
  url: string;
  /** meta.dataAsOf (YYYY-MM-DD), null while unknown. */
  dataAsOf: string | null;
  /** The export or access date, YYYY-MM-DD. */
  exportedOn: string;
}

/** Today's date as YYYY-MM-DD in the user's time zone (the date they see on their calendar). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const asOf = (date: string | null) => (date ? formatDate(date) : 'unknown');

/** "KORUS Lens · https://… · data as of 10 Jun 2026 · exported 1 Dec 2026" */
export function footerLine(p: Provenance): string {
  return `${PRODUCT} · ${p.url} · data as of ${asOf(p.dataAsOf)} · exported ${formatDate(p.exportedOn)}`;
}

/** "U.S. Census Bureau, U.S. Exports of Goods … (https://…)" joined by "; ". */
export function sourcesText(sources: readonly SourceRef[]): string {
  return sources.map((s) => `${s.publisher}, ${s.title}${s.url ? ` (${s.url})` : ''}`).join('; ');
}

export interface CsvMetaInput extends Provenance {
  title: string;
  subtitle: string;
  sources: readonly SourceRef[];
  note?: string;
  /** E.g. "Show as: Index (first year = 100)". */
  view?: string;
}

/** The metadata block at the top of a CSV: one '#' line each, no line breaks inside. */
export function csvMetadataLines(m: CsvMetaInput): string[] {
  const clean = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();
  return [
    `${m.title}: ${m.subtitle}`,
    m.view ?? '',
    m.sources.length ? `${m.sources.length > 1 ? 'Sources' : 'Source'}: ${sourcesText(m.sources)}` : '',
    m.note ? `Note: ${m.note}` : '',
    `${PRODUCT}: ${m.url}`,
    `Data as of ${asOf(m.dataAsOf)}; downloaded ${formatDate(m.exportedOn)}`,
  ]
    .filter(Boolean)
    .map((line) => `# ${clean(line)}`);
}

export interface CitationInput extends Provenance {
  title: string;
  sources: readonly SourceRef[];
}

/**
 * A citation to paste into a report:
 * "US goods trade with South Korea. KORUS Lens, https://…. Data: U.S. Census Bureau, … . Data as of
 * 10 Jun 2026; accessed 1 Dec 2026."
 */
export function citation(c: CitationInput): string {
  const data = c.sources.length ? ` Data: ${sourcesText(c.sources)}.` : '';
  return `${c.title}. ${PRODUCT}, ${c.url}.${data} Data as of ${asOf(c.dataAsOf)}; accessed ${formatDate(c.exportedOn)}.`;
}

/**
 * The subtitle for a CSV whose columns carry another unit than the chart's ("$ m" in the file, "$ bn" on screen):
 * the unit in the subtitle is the file's, so the title line, the headers and the values agree. Only a unit that
 * every such column changes in the same way is replaced.
 */
export function csvSubtitle(subtitle: string, columns: ReadonlyArray<{ header: string; csvHeader?: string }>): string {
  const unitOf = (header: string) => /\(([^()]*)\)\s*$/.exec(header)?.[1]?.trim();
  const swaps = new Map<string, string>();
  for (const c of columns) {
    if (c.csvHeader === undefined) continue;
    const shown = unitOf(c.header);
    const file = unitOf(c.csvHeader);
    if (!shown || !file || shown === file) continue;
    if (swaps.has(shown) && swaps.get(shown) !== file) return subtitle;
    swaps.set(shown, file);
  }
  let out = subtitle;
  for (const [shown, file] of swaps) out = out.split(shown).join(file);
  return out;
}
