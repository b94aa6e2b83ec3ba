// Standalone SVG export: one self-contained, well-formed document with the header, the chart and the
// footer, and nothing that depends on the page (no CSS variables, no HTML, no class-based styles).
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { createElement } from 'react';
import { render } from '@testing-library/react';
import { Bar, CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import {
  composeStandaloneSvg,
  escapeXml,
  expandTruncatedLabels,
  resolveCssVars,
  wrapText,
} from '../../src/lib/svg-export.ts';
import { citation, footerLine } from '../../src/lib/provenance.ts';
import type { SvgExportInput } from '../../src/lib/svg-export.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A surface shaped like recharts' output, live in the document. */
function rechartsLikeSurface(): SVGSVGElement {
  const svg = el('svg', { class: 'recharts-surface', width: '600', height: '300', viewBox: '0 0 600 300' });
  const line = el('path', {
    class: 'recharts-curve recharts-line-curve',
    stroke: '#0072B2',
    'stroke-width': '2',
    fill: 'none',
    d: 'M10,10L100,50',
  });
  const tick = el(
    'text',
    {
      class: 'recharts-cartesian-axis-tick-value',
      x: '40',
      y: '290',
      style: 'fill: var(--c-muted, #555); font-size: 12px',
    },
    '2012',
  );
  const foreign = el('foreignObject', { width: '100', height: '20' });
  foreign.append(document.createElement('div'));
  const bar = el('rect', {
    class: 'recharts-rectangle',
    x: '200',
    y: '100',
    width: '20',
    height: '80',
    fill: 'var(--c-exports, #0072b2)',
  });
  const unresolved = el('rect', { x: '0', y: '0', width: '5', height: '5', fill: 'red', stroke: 'var(--c-nowhere)' });
  const cursor = el('path', { class: 'recharts-tooltip-cursor', d: 'M0,0L0,300', stroke: 'var(--c-grid, #ccc)' });
  const group = el('g', { class: 'recharts-layer' });
  group.append(line, tick, bar);
  svg.append(group, foreign, unresolved, cursor);
  document.body.append(svg);
  return svg;
}

function baseInput(chartSvg: SVGSVGElement): SvgExportInput {
  return {
    chartSvg,
    title: 'US goods trade with Korea, 2010–2020',
    subtitle: 'Goods · 2010–2020 · $ bn',
    legend: [
      { label: 'Exports', color: '#0072B2', shape: 'line' },
      { label: 'Imports', color: '#D55E00', shape: 'dashed' },
      { label: 'Balance', color: 'var(--c-balance, #6b4c9a)', shape: 'rect' },
    ],
    source: 'Source: U.S. Census Bureau, via FRED (EXPKR, IMPKR).',
    note: 'Missing years: 2013–2015',
  };
}

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

/** textContent of every <text> and <tspan>, whitespace-normalised. */
function texts(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('text, tspan')).map((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

let chart: SVGSVGElement;

beforeEach(() => {
  document.documentElement.style.setProperty('--c-exports', '#0072b2');
  chart = rechartsLikeSurface();
});

afterEach(() => {
  chart.remove();
  document.documentElement.style.removeProperty('--c-exports');
});

describe('composeStandaloneSvg', () => {
  it('returns well-formed XML with an XML declaration and an SVG root', () => {
    const svg = composeStandaloneSvg(baseInput(chart));
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = parse(svg);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('svg');
    expect(doc.documentElement.namespaceURI).toBe(SVG_NS);
    expect(doc.documentElement.getAttribute('version')).toBe('1.1');
  });

  it('sizes the root from the chart plus margins and paints an opaque background', () => {
    const doc = parse(composeStandaloneSvg(baseInput(chart)));
    const root = doc.documentElement;
    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    expect(width).toBeGreaterThan(600);
    expect(height).toBeGreaterThan(300);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    const background = root.querySelector(':scope > rect');
    expect(background?.getAttribute('width')).toBe(String(width));
    expect(background?.getAttribute('height')).toBe(String(height));
    expect(background?.getAttribute('fill')).toBe('#ffffff');
    expect(background?.getAttribute('fill-opacity') ?? '1').toBe('1');
  });

  it('uses a given background colour', () => {
    const doc = parse(composeStandaloneSvg({ ...baseInput(chart), background: '#fafafa' }));
    expect(doc.documentElement.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#fafafa');
  });

  it('widens a narrow chart to at least 320 px of content', () => {
    chart.setAttribute('width', '200');
    chart.setAttribute('viewBox', '0 0 200 300');
    const root = parse(composeStandaloneSvg(baseInput(chart))).documentElement;
    expect(Number(root.getAttribute('width'))).toBeGreaterThanOrEqual(320);
  });

  it('drops foreignObject and every CSS variable, resolving them from the root, the fallback or not at all', () => {
    const svg = composeStandaloneSvg(baseInput(chart));
    expect(svg).not.toMatch(/foreignObject/i);
    expect(svg).not.toContain('var(');
    const doc = parse(svg);
    // From the :root custom property…
    expect(doc.querySelector('rect.recharts-rectangle')?.getAttribute('fill')).toBe('#0072b2');
    // …from the fallback of an inline style, which becomes an attribute…
    const tick = doc.querySelector('text.recharts-cartesian-axis-tick-value');
    expect(tick?.getAttribute('fill')).toBe('#555');
    expect(tick?.getAttribute('font-size')).toBe('12px');
    expect(tick?.hasAttribute('style')).toBe(false);
    // …and an unresolvable one is removed, leaving the element's other attributes.
    const unresolved = doc.querySelector('rect[width="5"]');
    expect(unresolved?.getAttribute('fill')).toBe('red');
    expect(unresolved?.hasAttribute('stroke')).toBe(false);
    // Legend colours go through the same resolution.
    expect(svg).toContain('#6b4c9a');
  });

  it('removes no-style leftovers: no style attribute remains anywhere', () => {
    const doc = parse(composeStandaloneSvg(baseInput(chart)));
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('keeps the chart drawing: the line path with its stroke and the tick label', () => {
    const doc = parse(composeStandaloneSvg(baseInput(chart)));
    const path = doc.querySelector('path.recharts-line-curve');
    expect(path?.getAttribute('stroke')).toBe('#0072B2');
    expect(path?.getAttribute('d')).toBe('M10,10L100,50');
    expect(texts(doc)).toContain('2012');
    // The hover cursor is an interaction helper, not part of the figure.
    expect(doc.querySelector('.recharts-tooltip-cursor')).toBeNull();
  });

  it('places the chart below the header, at its own size', () => {
    const doc = parse(composeStandaloneSvg(baseInput(chart)));
    const nested = doc.querySelector('svg > svg.recharts-surface');
    expect(nested?.getAttribute('width')).toBe('600');
    expect(nested?.getAttribute('height')).toBe('300');
    expect(nested?.getAttribute('viewBox')).toBe('0 0 600 300');
    expect(Number(nested?.getAttribute('y'))).toBeGreaterThan(40);
  });

  it('writes the title, subtitle, legend labels, note and source as text', () => {
    const input = baseInput(chart);
    const all = texts(parse(composeStandaloneSvg(input)));
    expect(all).toContain(input.title);
    expect(all).toContain(input.subtitle);
    for (const item of input.legend) expect(all).toContain(item.label);
    expect(all).toContain(input.note);
    expect(all).toContain(input.source);
  });

  it('draws a swatch of each legend shape in the item colour', () => {
    const doc = parse(composeStandaloneSvg(baseInput(chart)));
    const legend = doc.querySelector('g.legend');
    expect(legend?.querySelector('line[stroke="#0072B2"]:not([stroke-dasharray])')).not.toBeNull();
    expect(legend?.querySelector('line[stroke="#D55E00"][stroke-dasharray]')).not.toBeNull();
    expect(legend?.querySelector('rect[fill="#6b4c9a"]')).not.toBeNull();
  });

  it('leaves out the note when there is none', () => {
    const input = { ...baseInput(chart), note: undefined };
    const all = texts(parse(composeStandaloneSvg(input)));
    expect(all.some((t) => t.includes('Missing years'))).toBe(false);
  });

  it('escapes markup in every text from data', () => {
    const title = 'Trade <b>&</b> "x" \'y\'';
    const input = {
      ...baseInput(chart),
      title,
      subtitle: '<script>alert(1)</script>',
      legend: [{ label: 'A & B <i>', color: '#000"/><script>' }],
      source: 'Source: "AT&T" <source>',
    };
    const svg = composeStandaloneSvg(input);
    expect(svg).toContain('Trade &lt;b&gt;&amp;&lt;/b&gt; &quot;x&quot; &apos;y&apos;');
    const doc = parse(svg);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('i')).toHaveLength(0);
    const all = texts(doc);
    expect(all).toContain(title);
    expect(all).toContain('<script>alert(1)</script>');
    expect(all).toContain('A & B <i>');
    expect(all).toContain('Source: "AT&T" <source>');
  });

  it('wraps a long source line to the width, in several tspans that still read as the sentence', () => {
    const source = `Source: ${'U.S. Census Bureau, Foreign Trade Division, '.repeat(8)}end.`;
    const svg = composeStandaloneSvg({ ...baseInput(chart), source });
    const doc = parse(svg);
    const width = Number(doc.documentElement.getAttribute('width'));
    const block = Array.from(doc.querySelectorAll('text')).find((t) => t.textContent?.startsWith('Source:'));
    const lines = Array.from(block?.querySelectorAll('tspan') ?? []);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect((line.textContent ?? '').length * 0.55 * 11).toBeLessThanOrEqual(width);
    expect(block?.textContent?.replace(/\s+/g, ' ').trim()).toBe(source.replace(/\s+/g, ' ').trim());
  });

  it('wraps the legend onto more rows when it is wider than the figure', () => {
    const legend = Array.from({ length: 12 }, (_, i) => ({ label: `Sector number ${i + 1}`, color: '#009E73' }));
    const doc = parse(composeStandaloneSvg({ ...baseInput(chart), legend }));
    const rows = new Set(Array.from(doc.querySelectorAll('g.legend text')).map((t) => t.getAttribute('y')));
    expect(rows.size).toBeGreaterThan(1);
    const width = Number(doc.documentElement.getAttribute('width'));
    for (const text of doc.querySelectorAll('g.legend text')) {
      const right = Number(text.getAttribute('x')) + (text.textContent ?? '').length * 0.55 * 12;
      expect(right).toBeLessThanOrEqual(width);
    }
  });

  it('does not touch the live chart', () => {
    const before = chart.outerHTML;
    composeStandaloneSvg(baseInput(chart));
    expect(chart.outerHTML).toBe(before);
    expect(chart.querySelector('foreignObject')).not.toBeNull();
  });
});

describe('composeStandaloneSvg in a browser (computed styles available)', () => {
  // A small cascade in the manner of a browser: inline style > class rule > presentation attribute >
  // inherited > initial, with var() already resolved, as computed values are.
  const RULES: Record<string, Record<string, string>> = {
    'recharts-surface': { 'font-family': 'Inter, sans-serif' },
    'recharts-layer': { 'font-weight': '600' },
    'recharts-curve': { 'stroke-dasharray': '4 2' },
    'recharts-dot': { fill: 'rgb(0, 0, 0)' },
  };
  const INITIAL: Record<string, string> = {
    fill: 'rgb(0, 0, 0)',
    stroke: 'none',
    'font-size': '16px',
    'font-family': 'serif',
    'font-weight': '400',
    opacity: '1',
  };
  const INHERITED = new Set(['fill', 'stroke', 'font-size', 'font-family', 'font-weight']);
  const resolved = (value: string): string => value.replace(/var\(--[\w-]+,\s*([^)]+)\)/g, '$1');

  function cascade(element: Element, property: string): string {
    if (property.startsWith('--')) return '';
    const inline = (element as SVGElement).style?.getPropertyValue(property);
    if (inline) return resolved(inline);
    for (const name of Array.from(element.classList)) {
      const rule = RULES[name]?.[property];
      if (rule) return rule;
    }
    const attribute = element.getAttribute(property);
    if (attribute) return resolved(attribute);
    const parent = element.parentElement;
    if (INHERITED.has(property) && parent && parent !== document.body) return cascade(parent, property);
    return INITIAL[property] ?? '';
  }

  let inspected: Element[];

  beforeEach(() => {
    inspected = [];
    Object.defineProperty(chart, 'getBBox', {
      value: () => ({ x: 0, y: 0, width: 600, height: 300 }),
      configurable: true,
    });
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0');
    vi.spyOn(window, 'getComputedStyle').mockImplementation((element: Element) => {
      inspected.push(element);
      return { getPropertyValue: (property: string) => cascade(element, property) } as unknown as CSSStyleDeclaration;
    });
  });

  it('bakes class-based styles into attributes, read from the live elements', () => {
    const doc = parse(composeStandaloneSvg(baseInput(chart)));
    const nested = doc.querySelector('svg > svg.recharts-surface');
    expect(nested?.getAttribute('font-family')).toBe('Inter, sans-serif');
    const layer = doc.querySelector('g.recharts-layer');
    expect(layer?.getAttribute('font-weight')).toBe('600');
    const path = doc.querySelector('path.recharts-line-curve');
    expect(path?.getAttribute('stroke-dasharray')).toBe('4 2');
    expect(path?.getAttribute('stroke')).toBe('#0072B2');
    expect(doc.querySelector('text.recharts-cartesian-axis-tick-value')?.getAttribute('fill')).toBe('#555');
    expect(doc.querySelector('rect.recharts-rectangle')?.getAttribute('fill')).toBe('#0072b2');
    // Computed styles come from the page, never from the detached clone.
    const chartElements = inspected.filter((element) => element.namespaceURI === SVG_NS);
    expect(chartElements.length).toBeGreaterThan(4);
    for (const element of chartElements) expect(chart === element || chart.contains(element)).toBe(true);
  });

  it('does not repeat an inherited value on every descendant', () => {
    const doc = parse(composeStandaloneSvg(baseInput(chart)));
    expect(doc.querySelector('path.recharts-line-curve')?.hasAttribute('font-family')).toBe(false);
    expect(doc.querySelector('text.recharts-cartesian-axis-tick-value')?.hasAttribute('font-weight')).toBe(false);
  });

  it('overrides a presentation attribute that a class rule beats, even when the value is inherited', () => {
    chart
      .querySelector('g.recharts-layer')
      ?.append(el('circle', { class: 'recharts-dot', cx: '5', cy: '5', r: '3', fill: 'red' }));
    const doc = parse(composeStandaloneSvg(baseInput(chart)));
    expect(doc.querySelector('circle.recharts-dot')?.getAttribute('fill')).toBe('rgb(0, 0, 0)');
  });

  it('still leaves no var( and no style attribute, and keeps the live chart as it was', () => {
    const before = chart.outerHTML;
    const svg = composeStandaloneSvg(baseInput(chart));
    expect(svg).not.toContain('var(');
    expect(parse(svg).querySelectorAll('[style]')).toHaveLength(0);
    expect(chart.outerHTML).toBe(before);
  });
});

describe('composeStandaloneSvg with a real recharts chart', () => {
  it('turns the rendered surface into a well-formed, self-contained document', () => {
    const data = [
      { year: 2011, exports: 43, imports: -56 },
      { year: 2012, exports: 42, imports: null },
      { year: 2013, exports: 41, imports: 62 },
    ];
    const { container } = render(
      createElement(
        ComposedChart,
        { width: 600, height: 300, data },
        createElement(CartesianGrid, { stroke: 'var(--c-grid, #e3e7ec)' }),
        createElement(XAxis, { dataKey: 'year', tick: { fontSize: 12, fill: 'var(--c-muted, #444444)' } }),
        createElement(YAxis),
        createElement(Bar, { dataKey: 'imports', fill: '#D55E00', isAnimationActive: false }),
        createElement(Line, {
          dataKey: 'exports',
          stroke: '#0072B2',
          strokeDasharray: '6 3',
          isAnimationActive: false,
        }),
      ),
    );
    const surface = container.querySelector<SVGSVGElement>('svg.recharts-surface');
    expect(surface).not.toBeNull();
    const svg = composeStandaloneSvg({ ...baseInput(chart), chartSvg: surface! });
    expect(svg).not.toContain('var(');
    const doc = parse(svg);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.querySelector('path.recharts-line-curve')?.getAttribute('stroke')).toBe('#0072B2');
    expect(texts(doc)).toEqual(expect.arrayContaining(['2011', '2013']));
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('resolveCssVars', () => {
  const lookup = (name: string): string => ({ '--a': '#111', '--b': 'var(--a)', '--loop': 'var(--loop)' })[name] ?? '';

  it('resolves custom properties, nested references and fallbacks with commas', () => {
    expect(resolveCssVars('var(--a)', lookup)).toBe('#111');
    expect(resolveCssVars('var(--b)', lookup)).toBe('#111');
    expect(resolveCssVars('var(--none, rgb(1, 2, 3))', lookup)).toBe('rgb(1, 2, 3)');
    expect(resolveCssVars('var(--none, var(--a))', lookup)).toBe('#111');
    expect(resolveCssVars('0 0 var(--a) 1px', lookup)).toBe('0 0 #111 1px');
    expect(resolveCssVars('#222', lookup)).toBe('#222');
  });

  it('gives null when a reference cannot be resolved, including a cycle', () => {
    expect(resolveCssVars('var(--none)', lookup)).toBeNull();
    expect(resolveCssVars('var(--loop)', lookup)).toBeNull();
    expect(resolveCssVars('var(--a', lookup)).toBeNull();
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width and splits a word longer than a line', () => {
    expect(wrapText('aaaa bbbb cccc', 10 * 0.55 * 10, 10)).toEqual(['aaaa bbbb', 'cccc']);
    expect(wrapText('x'.repeat(25), 10 * 0.55 * 10, 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    expect(wrapText('  ', 100, 10)).toEqual([]);
  });
});

describe('export provenance', () => {
  const provenance = {
    url: 'https://lens.example/trends?category=goods&from=2013&to=2015',
    dataAsOf: '2026-06-10',
    exportedOn: '2026-12-01',
  };

  it('writes the footer line: product, view URL, data as of, export date', () => {
    expect(footerLine(provenance)).toBe(
      'KORUS Lens · https://lens.example/trends?category=goods&from=2013&to=2015 · data as of 10 Jun 2026 · exported 1 Dec 2026',
    );
    expect(footerLine({ ...provenance, dataAsOf: null })).toContain('data as of unknown');
  });

  it('ends the SVG with the footer, after the source, with the URL escaped', () => {
    const svg = composeStandaloneSvg({ ...baseInput(chart), footer: footerLine(provenance) });
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    const all = texts(doc);
    const footerIndex = all.findIndex((t) =>
      t.startsWith('KORUS Lens · https://lens.example/trends?category=goods&from=2013&to=2015'),
    );
    expect(footerIndex).toBeGreaterThan(all.findIndex((t) => t.startsWith('Source:')));
    expect(svg).toContain('category=goods&amp;from=2013');
    expect(doc.querySelector('.provenance text')?.textContent).toContain('exported 1 Dec 2026');
  });

  it('cites title, product, URL, sources with publishers, the as-of and the access date', () => {
    expect(
      citation({
        title: 'US goods trade with South Korea',
        sources: [
          {
            publisher: 'U.S. Census Bureau',
            title: 'U.S. Exports of Goods to South Korea',
            url: 'https://fred.stlouisfed.org/series/EXPKR',
          },
          { publisher: 'USITC', title: 'DataWeb', url: null },
        ],
        ...provenance,
      }),
    ).toBe(
      'US goods trade with South Korea. KORUS Lens, https://lens.example/trends?category=goods&from=2013&to=2015. Data: U.S. Census Bureau, U.S. Exports of Goods to South Korea (https://fred.stlouisfed.org/series/EXPKR); USITC, DataWeb. Data as of 10 Jun 2026; accessed 1 Dec 2026.',
    );
  });
});

describe('expandTruncatedLabels', () => {
  it('writes shortened tick labels in full and says how much wider the label column must be', () => {
    const svg = el('svg', { viewBox: '0 0 600 300', width: '600', height: '300' });
    const tick = el('text', { x: '230', y: '20', 'text-anchor': 'end', 'font-size': '12' });
    tick.append(el('tspan', { x: '230', dy: '0.355em' }, 'HS 73 Articles of iron or ste…'));
    const whole = el('text', { x: '230', y: '46' }, 'HS 87 Vehicles');
    svg.append(tick, whole);
    const extra = expandTruncatedLabels(svg, ['HS 87 Vehicles', 'HS 73 Articles of iron or steel']);
    expect(tick.textContent).toBe('HS 73 Articles of iron or steel');
    expect(whole.textContent).toBe('HS 87 Vehicles');
    expect(extra).toBeGreaterThan(0);
    expect(svg.textContent).not.toContain('…');
  });

  it('makes room for the whole of a name that was shown on two lines (the widest line, not both joined)', () => {
    const svg = el('svg', { viewBox: '0 0 600 300' });
    // As the sectors charts draw a wrapped, shortened tick: a hover title, then one tspan per line.
    const tick = el('text', { x: '236', y: '20', 'text-anchor': 'end', 'font-size': '12' });
    const full =
      'HS 12 Oil seeds and oleaginous fruits; miscellaneous grains, seeds and fruits; industrial or medicinal plants; straw and fodder';
    tick.append(
      el('title', {}, full),
      el('tspan', { x: '232', dy: '0' }, 'HS 12 Oil seeds and oleaginous'),
      el('tspan', { x: '232', dy: '13' }, ' fruits; miscellaneous grains,…'),
    );
    svg.append(tick);
    const extra = expandTruncatedLabels(svg, [full]);
    const lines = Array.from(tick.getElementsByTagName('tspan')).map((t) => t.textContent ?? '');
    expect(lines).toHaveLength(2);
    expect(tick.getElementsByTagName('title')).toHaveLength(0);
    // Each line, right-aligned at x = 232, must start inside the widened view box: at ≥ 0.5 em a character.
    const widestChars = Math.max(...lines.map((l) => l.length));
    expect(extra).toBeGreaterThanOrEqual(widestChars * 12 * 0.5 - 232);
  });

  it('wraps a very long name onto two lines instead of widening without bound', () => {
    const svg = el('svg', { viewBox: '0 0 600 300' });
    const tick = el('text', { x: '230', y: '20' }, 'HS 98 Special classification prov…');
    svg.append(tick);
    const full =
      'HS 98 Special classification provisions, not elsewhere specified or included, and other goods returned';
    const extra = expandTruncatedLabels(svg, [full]);
    const lines = Array.from(tick.getElementsByTagName('tspan')).map((t) => t.textContent);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(full);
    expect(extra).toBeLessThanOrEqual(420);
  });
});

describe('expandTruncatedLabels with a label recharts wrapped', () => {
  it('reads the lines of a wrapped short label as one', () => {
    const svg = el('svg', { viewBox: '0 0 600 300' });
    const tick = el('text', { x: '230', y: '20' });
    tick.append(
      el('tspan', { x: '230', dy: '-0.5em' }, 'HS 33 Essential oils, perfumery'),
      el('tspan', { x: '230', dy: '1em' }, 'a…'),
    );
    svg.append(tick);
    expandTruncatedLabels(svg, ['HS 33 Essential oils, perfumery and cosmetics']);
    expect(tick.textContent).toBe('HS 33 Essential oils, perfumery and cosmetics');
  });
});
