// Standalone SVG of a chart for Inkscape/Illustrator. Recharts draws its legend in HTML and styles
// through classes and CSS variables, none of which survive outside the page, so we compose a new
// document: header (title, filters, legend) + a cleaned clone of the chart + footer (note, source),
// with every style baked into presentation attributes.

export interface LegendItem {
  label: string;
  color: string;
  shape?: 'line' | 'rect' | 'dashed';
}

/** A chart surface drawn beside or below the first (small multiples), offset from the first one's top left. */
export interface ExtraSurface {
  svg: SVGSVGElement;
  dx: number;
  dy: number;
}

/** A text the page draws in HTML over the chart (a panel title), offset from the first surface's top left. */
export interface OverlayText {
  text: string;
  /** Offset of the text's baseline start. */
  dx: number;
  dy: number;
  color: string;
  fontSize: number;
  bold?: boolean;
}

export interface SvgExportInput {
  /** The recharts surface, live in the document (its computed styles are read, it is never changed). */
  chartSvg: SVGSVGElement;
  /** More surfaces of the same figure (the panels of small multiples), placed as on the page. */
  extraSurfaces?: readonly ExtraSurface[];
  /** HTML texts over the chart that belong to the image (panel titles). */
  overlays?: readonly OverlayText[];
  title: string;
  /** The active filters in words. */
  subtitle: string;
  legend: LegendItem[];
  /** "Source: U.S. Census Bureau …" */
  source: string;
  /** Optional extra line, e.g. "Missing years: 2013–2015". */
  note?: string;
  /** Last line: product, view URL, data as-of date, export date. */
  footer?: string;
  /**
   * Full names of the categories (e.g. the table's row headers). A tick label the chart shortened with
   * "…" is written out in full, and the label column widened (or the name wrapped), since an image has
   * no tooltip.
   */
  fullLabels?: readonly string[];
  background?: string;
  fontFamily?: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const DEFAULT_BACKGROUND = '#ffffff';
const DEFAULT_FONT = 'Helvetica, Arial, sans-serif';
const MARGIN = 24;
const MIN_CHART_WIDTH = 320;
/** Average advance of a Latin glyph in em; we cannot measure text outside a browser layout. */
const CHAR_EM = 0.55;
const BOLD_CHAR_EM = 0.6;

/** Computed properties baked into each chart element, so class-based CSS is no longer needed. */
const COMPUTED_PROPERTIES = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'fill-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Inherited properties need an attribute only where the value changes from the parent's. */
const INHERITED = new Set<string>([
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'fill-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'visibility',
]);
const INITIAL_VALUES: Record<string, string> = { opacity: '1', 'dominant-baseline': 'auto' };

/** CSS properties that SVG also accepts as attributes; other inline declarations are dropped. */
const PRESENTATION_ATTRIBUTES = new Set<string>([
  ...COMPUTED_PROPERTIES,
  'alignment-baseline',
  'baseline-shift',
  'clip-path',
  'clip-rule',
  'color',
  'display',
  'fill-rule',
  'filter',
  'flood-color',
  'flood-opacity',
  'font-style',
  'font-variant',
  'letter-spacing',
  'lighting-color',
  'marker-end',
  'marker-mid',
  'marker-start',
  'mask',
  'paint-order',
  'shape-rendering',
  'stop-color',
  'stop-opacity',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'text-decoration',
  'text-rendering',
  'vector-effect',
  'word-spacing',
]);

/** Helpers that only exist on hover, plus anything an SVG editor cannot use or should not run. */
const REMOVED_ELEMENTS = new Set(['foreignObject', 'style', 'script']);
// Interactive parts that mean nothing on paper: the hover cursor and dot, and the range brush.
const REMOVED_CLASSES = ['recharts-tooltip-cursor', 'recharts-active-dot', 'recharts-brush'];

// Characters XML 1.0 forbids even as entities; a stray one would make the whole file unreadable.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escape text or an attribute value for XML; data never becomes markup. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type Lookup = (name: string) => string;

/**
 * Replace every `var(--name[, fallback])` with the custom property's value, else the fallback;
 * null when one cannot be resolved (the caller then drops the value rather than keep a `var(`).
 */
export function resolveCssVars(value: string, lookup: Lookup, depth = 0): string | null {
  const pattern = /var\(/gi;
  if (!pattern.test(value)) return value;
  // Custom properties can refer to each other; a cycle must not hang the export.
  if (depth > 8) return null;
  pattern.lastIndex = 0;
  let out = '';
  let from = 0;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    const open = match.index + match[0].length - 1;
    let level = 0;
    let comma = -1;
    let close = -1;
    for (let i = open; i < value.length; i++) {
      const ch = value[i];
      if (ch === '(') level++;
      else if (ch === ')' && --level === 0) {
        close = i;
        break;
      } else if (ch === ',' && level === 1 && comma < 0) comma = i;
    }
    if (close < 0) return null;
    const name = value.slice(open + 1, comma < 0 ? close : comma).trim();
    const fallback = comma < 0 ? '' : value.slice(comma + 1, close).trim();
    const custom = name.startsWith('--') ? lookup(name).trim() : '';
    let replacement = custom ? resolveCssVars(custom, lookup, depth + 1) : null;
    if (replacement === null && fallback) replacement = resolveCssVars(fallback, lookup, depth + 1);
    if (replacement === null || replacement === '') return null;
    out += value.slice(from, match.index) + replacement;
    from = close + 1;
    pattern.lastIndex = from;
  }
  return out + value.slice(from);
}

/** `a: b; c: url(data:x;y)` → pairs; semicolons inside parentheses or quotes do not split. */
function parseStyle(style: string): Array<[string, string]> {
  const declarations: Array<[string, string]> = [];
  let level = 0;
  let quote = '';
  let start = 0;
  const flush = (end: number): void => {
    const declaration = style.slice(start, end);
    const colon = declaration.indexOf(':');
    if (colon > 0) {
      const property = declaration.slice(0, colon).trim().toLowerCase();
      const value = declaration
        .slice(colon + 1)
        .replace(/!\s*important\s*$/i, '')
        .trim();
      if (property && value) declarations.push([property, value]);
    }
    start = end + 1;
  };
  for (let i = 0; i < style.length; i++) {
    const ch = style[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') level++;
    else if (ch === ')') level = Math.max(0, level - 1);
    else if (ch === ';' && level === 0) flush(i);
  }
  flush(style.length);
  return declarations;
}

function computedStyleOf(element: Element): CSSStyleDeclaration | null {
  const view = element.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  try {
    return view.getComputedStyle(element);
  } catch {
    return null;
  }
}

/**
 * Whether computed styles include SVG presentation attributes, as in a browser. jsdom cascades style
 * sheets only, so its computed `stroke` of `<path stroke="#0072B2">` is the initial value; copying that
 * would erase the chart's colours. jsdom also draws nothing, hence has no getBBox.
 */
function computedStylesAreRendered(svg: SVGSVGElement): boolean {
  const view = svg.ownerDocument.defaultView;
  const userAgent = view?.navigator.userAgent ?? '';
  return typeof (svg as Partial<SVGGraphicsElement>).getBBox === 'function' && !/\bjsdom\//i.test(userAgent);
}

function readProperty(style: CSSStyleDeclaration | null, name: string): string {
  try {
    return style?.getPropertyValue(name).trim() ?? '';
  } catch {
    return '';
  }
}

interface BakeContext {
  rootLookup: Lookup;
  /** Copy computed values (browser); otherwise only inline styles and attributes are used (jsdom). */
  useComputed: boolean;
}

/**
 * Bake styles into `copy` from its live twin, then recurse. Both trees are walked in parallel, so the
 * clone must not be restructured before this has run. `inherited` holds the parent's computed values
 * so that unchanged inherited properties are not repeated on every element.
 */
function bakeStyles(live: Element, copy: Element, context: BakeContext, inherited: Map<string, string> | null): void {
  const { rootLookup } = context;
  const computed = computedStyleOf(live);
  // Custom properties inherit, so the element's own computed style sees scoped themes; the root is
  // the fallback where computed custom properties are not supported (jsdom).
  const lookup: Lookup = (name) => readProperty(computed, name) || rootLookup(name);

  const inline = copy.getAttribute('style');
  if (inline !== null) {
    for (const [property, value] of parseStyle(inline)) {
      if (!PRESENTATION_ATTRIBUTES.has(property)) continue;
      const resolved = resolveCssVars(value, lookup);
      if (resolved) copy.setAttribute(property, resolved);
      else copy.removeAttribute(property);
    }
    copy.removeAttribute('style');
  }

  const values = new Map<string, string>();
  for (const property of context.useComputed ? COMPUTED_PROPERTIES : []) {
    const raw = readProperty(computed, property);
    const value = raw ? resolveCssVars(raw, lookup) : null;
    if (!value) continue;
    values.set(property, value);
    const redundant = INHERITED.has(property) ? inherited?.get(property) === value : INITIAL_VALUES[property] === value;
    // An existing attribute may have been overridden by a class rule in the page: it must match.
    if (!redundant || copy.hasAttribute(property)) copy.setAttribute(property, value);
  }

  for (const attribute of Array.from(copy.attributes)) {
    if (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value)) {
      copy.removeAttributeNode(attribute);
      continue;
    }
    if (!/var\(/i.test(attribute.value)) continue;
    const resolved = resolveCssVars(attribute.value, lookup);
    if (resolved) attribute.value = resolved;
    else copy.removeAttributeNode(attribute);
  }

  const next = values.size > 0 ? values : inherited;
  const count = Math.min(live.children.length, copy.children.length);
  for (let i = 0; i < count; i++) {
    const liveChild = live.children.item(i);
    const copyChild = copy.children.item(i);
    if (liveChild && copyChild) bakeStyles(liveChild, copyChild, context, next);
  }
}

function removeHelpers(root: Element): void {
  const doomed = Array.from(root.getElementsByTagName('*')).filter(
    (element) =>
      REMOVED_ELEMENTS.has(element.localName) ||
      REMOVED_CLASSES.some((name) => (element.getAttribute('class') ?? '').split(/\s+/).includes(name)),
  );
  for (const element of doomed) element.remove();
}

function positiveLength(raw: string | null): number | null {
  if (!raw || raw.includes('%')) return null;
  const value = Number.parseFloat(raw);
  return Number.isFinite(value) && value > 0 ? value : null;
}

function viewBoxOf(svg: Element): [number, number, number, number] | null {
  const parts = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x = 0, y = 0, width = 0, height = 0] = parts;
  return width > 0 && height > 0 ? [x, y, width, height] : null;
}

function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const viewBox = viewBoxOf(svg);
  let rect: { width: number; height: number } = { width: 0, height: 0 };
  try {
    rect = svg.getBoundingClientRect();
  } catch {
    // Detached or layout-less: the attributes decide.
  }
  const width = positiveLength(svg.getAttribute('width')) ?? viewBox?.[2] ?? (rect.width > 0 ? rect.width : 600);
  const height =
    positiveLength(svg.getAttribute('height')) ?? viewBox?.[3] ?? (rect.height > 0 ? rect.height : width / 2);
  return { width, height };
}

/** Two decimals are plenty for layout coordinates and keep the file readable. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Wide (CJK, Hangul, full-width) glyphs take about a full em. */
function glyphEm(ch: string, em: number): number {
  const code = ch.codePointAt(0) ?? 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6);
  return wide ? 1 : em;
}

function textWidth(text: string, fontSize: number, em: number): number {
  let total = 0;
  for (const ch of text) total += glyphEm(ch, em);
  return total * fontSize;
}

/** Greedy word wrap to an estimated width; a word longer than a line is broken. */
export function wrapText(text: string, maxWidth: number, fontSize: number, em = CHAR_EM): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (textWidth(word, fontSize, em) > maxWidth) {
      if (line) {
        lines.push(line);
        line = '';
      }
      let cut = 1;
      const chars = Array.from(word);
      while (cut < chars.length && textWidth(chars.slice(0, cut + 1).join(''), fontSize, em) <= maxWidth) cut++;
      lines.push(chars.slice(0, cut).join(''));
      word = chars.slice(cut).join('');
    }
    if (!word) continue;
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, em) <= maxWidth) line = candidate;
    else {
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface TextStyle {
  fontSize: number;
  fill: string;
  bold?: boolean;
}

/** A wrapped paragraph as one <text> (one object in an editor), a <tspan> per line. */
function paragraph(
  text: string,
  x: number,
  top: number,
  width: number,
  style: TextStyle,
): { markup: string; height: number } {
  const lines = wrapText(text, width, style.fontSize, style.bold ? BOLD_CHAR_EM : CHAR_EM);
  if (lines.length === 0) return { markup: '', height: 0 };
  const lineHeight = Math.round(style.fontSize * 1.3);
  const attributes =
    `x="${num(x)}" y="${num(top + style.fontSize)}" font-size="${num(style.fontSize)}" fill="${escapeXml(style.fill)}"` +
    (style.bold ? ' font-weight="bold"' : '');
  // Trailing spaces keep the element's textContent equal to the original sentence.
  const body =
    lines.length === 1
      ? escapeXml(lines[0] ?? '')
      : lines
          .map((line, i) => {
            const dy = i === 0 ? '' : ` dy="${lineHeight}"`;
            const text = i < lines.length - 1 ? `${line} ` : line;
            return `<tspan x="${num(x)}"${dy}>${escapeXml(text)}</tspan>`;
          })
          .join('');
  return { markup: `<text ${attributes}>${body}</text>`, height: lines.length * lineHeight };
}

const LEGEND_FONT = 12;
const LEGEND_ROW = 20;
const SWATCH_GAP = 6;
const ITEM_GAP = 18;

function legendRows(
  items: LegendItem[],
  x0: number,
  top: number,
  width: number,
  color: (c: string) => string,
): { markup: string; height: number } {
  if (items.length === 0) return { markup: '', height: 0 };
  const parts: string[] = [];
  let x = x0;
  let rowTop = top;
  for (const item of items) {
    const shape = item.shape ?? 'rect';
    const swatchWidth = shape === 'rect' ? 12 : 22;
    const labelRoom = width - swatchWidth - SWATCH_GAP;
    let label = item.label.replace(/\s+/g, ' ').trim();
    // A label wider than the figure is shortened; the full text stays in a <title> tooltip.
    const truncated = textWidth(label, LEGEND_FONT, CHAR_EM) > labelRoom;
    if (truncated) label = `${(wrapText(label, labelRoom - LEGEND_FONT, LEGEND_FONT)[0] ?? '').trimEnd()}…`;
    const itemWidth = swatchWidth + SWATCH_GAP + textWidth(label, LEGEND_FONT, CHAR_EM);
    if (x > x0 && x + itemWidth > x0 + width) {
      x = x0;
      rowTop += LEGEND_ROW;
    }
    const middle = rowTop + LEGEND_ROW / 2;
    const fill = escapeXml(color(item.color));
    const swatch =
      shape === 'rect'
        ? `<rect x="${num(x)}" y="${num(middle - 6)}" width="12" height="12" rx="2" fill="${fill}"/>`
        : `<line x1="${num(x)}" y1="${num(middle)}" x2="${num(x + swatchWidth)}" y2="${num(middle)}" stroke="${fill}" stroke-width="2.5"` +
          (shape === 'dashed' ? ' stroke-dasharray="6 3"/>' : ' stroke-linecap="round"/>');
    const title = truncated ? `<title>${escapeXml(item.label)}</title>` : '';
    parts.push(
      `<g>${title}${swatch}<text x="${num(x + swatchWidth + SWATCH_GAP)}" y="${num(middle + LEGEND_FONT * 0.35)}" font-size="${LEGEND_FONT}" fill="#333333">${escapeXml(label)}</text></g>`,
    );
    x += itemWidth + ITEM_GAP;
  }
  return { markup: `<g class="legend">${parts.join('')}</g>`, height: rowTop - top + LEGEND_ROW };
}

const TICK_FONT = 12;
/** Widest label column an export gets; longer names wrap onto two lines. */
const MAX_LABEL_WIDTH = 420;

/**
 * Replace shortened tick labels ("HS 71 Natural or cultured pearls,…") by their full names; returns
 * how much wider the label column must become.
 */
export function expandTruncatedLabels(root: Element, fullLabels: readonly string[]): number {
  if (fullLabels.length === 0) return 0;
  let extra = 0;
  // A label ends at its x (text-anchor end): the room it has is what lies left of that, within the view box.
  const viewBoxLeft =
    Number.parseFloat(
      root
        .getAttribute('viewBox')
        ?.trim()
        .split(/[\s,]+/)[0] ?? '',
    ) || 0;
  for (const text of Array.from(root.getElementsByTagName('text'))) {
    // Recharts may already have wrapped the short label into several <tspan> lines.
    const parts = Array.from(text.getElementsByTagName('tspan'));
    const shown = (parts.length ? parts.map((t) => t.textContent ?? '').join(' ') : (text.textContent ?? ''))
      .replace(/\s+/g, ' ')
      .trim();
    if (!shown.endsWith('…')) continue;
    const prefix = shown.slice(0, -1).trimEnd();
    const full = fullLabels.find((label) => label.length > prefix.length && label.startsWith(prefix));
    if (!full) continue;
    const fontSize = Number.parseFloat(text.getAttribute('font-size') ?? '') || TICK_FONT;
    const spans = Array.from(text.getElementsByTagName('tspan'));
    const x = spans[0]?.getAttribute('x') ?? text.getAttribute('x') ?? '0';
    const wrapped = wrapText(full, MAX_LABEL_WIDTH, fontSize);
    // At most two lines fit a bar's row; a name longer still ends its second line with "…".
    const lines =
      wrapped.length <= 1
        ? [full]
        : wrapped.length === 2
          ? wrapped
          : [
              wrapped[0] ?? '',
              `${(wrapText(wrapped.slice(1).join(' '), MAX_LABEL_WIDTH - fontSize, fontSize)[0] ?? '').trimEnd()}…`,
            ];
    for (const span of spans) span.remove();
    text.textContent = '';
    const ns = text.namespaceURI ?? SVG_NS;
    lines.forEach((line, i) => {
      const span = text.ownerDocument.createElementNS(ns, 'tspan');
      span.setAttribute('x', x);
      // One line keeps the tick's baseline; two lines sit either side of it.
      span.setAttribute('dy', lines.length === 1 ? '0.355em' : i === 0 ? '-0.25em' : '1.15em');
      span.textContent = line;
      text.append(span);
    });
    const widest = Math.max(...lines.map((l) => textWidth(l, fontSize, CHAR_EM)));
    // The label shown may have been two lines already: its width is that of its widest line, not of both joined.
    const shownWidth = Math.max(
      ...(parts.length ? parts : [text]).map((t) => textWidth((t.textContent ?? '').trim(), fontSize, CHAR_EM)),
    );
    const room = Number.parseFloat(x) - viewBoxLeft;
    extra = Math.max(extra, widest - shownWidth, Number.isFinite(room) ? widest - room + 2 : 0);
  }
  return Math.ceil(Math.max(0, extra));
}

export function composeStandaloneSvg(input: SvgExportInput): string {
  return composeExport(input).svg;
}

/** The standalone SVG and its size in CSS pixels (the PNG export draws it at a higher density). */
export function composeExport(input: SvgExportInput): { svg: string; width: number; height: number } {
  const { chartSvg } = input;
  const documentElement = chartSvg.ownerDocument.documentElement;
  const rootStyle = computedStyleOf(documentElement);
  const rootLookup: Lookup = (name) =>
    readProperty(rootStyle, name) || documentElement.style?.getPropertyValue(name).trim() || '';
  const color = (value: string, fallback = '#333333'): string => resolveCssVars(value, rootLookup) || fallback;

  const { width: baseWidth, height: baseHeight } = chartSize(chartSvg);
  // The clone is styled from the live tree first (parallel walk), only then pruned.
  const prepare = (live: SVGSVGElement) => {
    const copy = live.cloneNode(true) as SVGSVGElement;
    bakeStyles(live, copy, { rootLookup, useComputed: computedStylesAreRendered(live) }, null);
    removeHelpers(copy);
    return copy;
  };
  const clone = prepare(chartSvg);
  const extra = expandTruncatedLabels(clone, input.fullLabels ?? []);
  const [vx, vy, vw, vh] = viewBoxOf(clone) ?? [0, 0, baseWidth, baseHeight];
  // Room for the full labels on the left: the viewBox starts further left, the plot keeps its size.
  clone.setAttribute('viewBox', `${num(vx - extra)} ${num(vy)} ${num(vw + extra)} ${num(vh)}`);
  const more = (input.extraSurfaces ?? []).map((surface) => ({
    ...surface,
    clone: prepare(surface.svg),
    size: chartSize(surface.svg),
  }));
  const chartWidth = Math.max(baseWidth + extra, ...more.map((m) => extra + m.dx + m.size.width));
  const chartHeight = Math.max(baseHeight, ...more.map((m) => m.dy + m.size.height));
  const contentWidth = Math.max(chartWidth, MIN_CHART_WIDTH);
  const width = contentWidth + 2 * MARGIN;
  const fontFamily = escapeXml(input.fontFamily ?? DEFAULT_FONT);
  const background = escapeXml(color(input.background ?? DEFAULT_BACKGROUND, DEFAULT_BACKGROUND));

  let y = MARGIN;
  const header: string[] = [];
  const title = paragraph(input.title, MARGIN, y, contentWidth, { fontSize: 18, fill: '#111111', bold: true });
  header.push(title.markup);
  y += title.height;
  const subtitle = paragraph(input.subtitle, MARGIN, y + 2, contentWidth, { fontSize: 13, fill: '#555555' });
  header.push(subtitle.markup);
  y += subtitle.height + (subtitle.height ? 2 : 0);
  const legend = legendRows(input.legend, MARGIN, y + 6, contentWidth, color);
  header.push(legend.markup);
  y += legend.height + (legend.height ? 6 : 0) + 8;

  const place = (svg: SVGSVGElement, x: number, top: number, size: { width: number; height: number }) => {
    svg.setAttribute('x', num(x));
    svg.setAttribute('y', num(top));
    svg.setAttribute('width', num(size.width));
    svg.setAttribute('height', num(size.height));
    // Interaction attributes mean nothing in a drawing; the namespaces are declared on the root.
    for (const name of ['xmlns', 'xmlns:xlink', 'version', 'role', 'tabindex']) svg.removeAttribute(name);
    for (const element of Array.from(svg.querySelectorAll('[tabindex]'))) element.removeAttribute('tabindex');
    // Without a family (computed styles unavailable), editors would fall back to a serif font.
    if (!svg.hasAttribute('font-family')) svg.setAttribute('font-family', input.fontFamily ?? DEFAULT_FONT);
    return new XMLSerializer().serializeToString(svg);
  };
  const chartParts = [
    place(clone, MARGIN, y, { width: baseWidth + extra, height: baseHeight }),
    ...more.map((m) => place(m.clone, MARGIN + extra + m.dx, y + m.dy, m.size)),
    ...(input.overlays ?? []).map(
      (o) =>
        `<text x="${num(MARGIN + extra + o.dx)}" y="${num(y + o.dy)}" fill="${escapeXml(color(o.color))}" font-size="${num(o.fontSize)}"${o.bold ? ' font-weight="bold"' : ''} font-family="${fontFamily}">${escapeXml(o.text)}</text>`,
    ),
  ];
  const chart = chartParts.join('\n');
  y += chartHeight + 12;

  const footer: string[] = [];
  if (input.note) {
    const note = paragraph(input.note, MARGIN, y, contentWidth, { fontSize: 12, fill: '#333333' });
    footer.push(note.markup);
    y += note.height + (note.height ? 4 : 0);
  }
  const source = paragraph(input.source, MARGIN, y, contentWidth, { fontSize: 11, fill: '#555555' });
  footer.push(source.markup);
  y += source.height;
  if (input.footer) {
    const line = paragraph(input.footer, MARGIN, y + 6, contentWidth, { fontSize: 11, fill: '#555555' });
    footer.push(`<g class="provenance">${line.markup}</g>`);
    y += line.height + 6;
  }
  const height = Math.ceil(y + MARGIN);

  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}" version="1.1" width="${num(width)}" height="${height}" viewBox="0 0 ${num(width)} ${height}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect x="0" y="0" width="${num(width)}" height="${height}" fill="${background}" fill-opacity="1"/>`,
    `<g font-family="${fontFamily}">${header.join('')}</g>`,
    chart,
    `<g font-family="${fontFamily}">${footer.join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
  return { svg: svg.replace(INVALID_XML_CHARS, ''), width, height };
}
