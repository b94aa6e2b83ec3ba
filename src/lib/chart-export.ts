// Chart exports: PNG and SVG drawn from one composed document (title, filters, legend, the chart
// without its controls, note, source, provenance footer), CSV with a '#' metadata block, and PNG to
// the clipboard. Each throws a readable Error on failure; the caller shows it.
// Loaded on demand (the Export menu), so its code is not part of any page's first load.
import { buildCsv, type CsvColumn } from './csv.ts';
import { downloadBlob } from './download.ts';
import { composeExport, type ExtraSurface, type LegendItem, type OverlayText } from './svg-export.ts';

/** At least this many pixels wide, so a full-width chart is sharp in a report. */
const MIN_EXPORT_WIDTH = 1600;

export interface ImageMeta {
  title: string;
  subtitle: string;
  legend: LegendItem[];
  source: string;
  note?: string;
  /** Product, view URL, data as-of date and export date. */
  footer: string;
  /** Full category names, for labels the chart shortened. */
  fullLabels?: readonly string[];
}

// The chart's own surfaces; a bare `svg.recharts-surface` would first match a legend icon.
const SURFACE = '.recharts-wrapper > svg.recharts-surface';

export function findChartSvg(figure: HTMLElement): SVGSVGElement | null {
  return figure.querySelector<SVGSVGElement>(SURFACE);
}

/**
 * The other surfaces of a figure of small multiples (one chart per panel) and the HTML panel titles marked
 * `data-export-text`, placed as on the page relative to the first surface: an export holds every panel.
 */
export function figureExtras(
  figure: HTMLElement,
  first: SVGSVGElement,
): { extraSurfaces: ExtraSurface[]; overlays: OverlayText[] } {
  const origin = first.getBoundingClientRect();
  const extraSurfaces = [...figure.querySelectorAll<SVGSVGElement>(SURFACE)]
    .filter((svg) => svg !== first)
    .map((svg) => {
      const r = svg.getBoundingClientRect();
      return { svg, dx: r.left - origin.left, dy: r.top - origin.top };
    });
  const overlays = [...figure.querySelectorAll<HTMLElement>('[data-export-text]')].flatMap((el) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const fontSize = Number.parseFloat(style.fontSize) || 12;
    const text = el.textContent?.trim() ?? '';
    if (!text) return [];
    return [
      {
        text,
        dx: r.left - origin.left + (Number.parseFloat(style.paddingLeft) || 0),
        // The baseline of one line of text centred in its box.
        dy: r.top - origin.top + (r.height + fontSize * 0.7) / 2,
        color: style.color || '#333333',
        fontSize,
        bold: Number(style.fontWeight) >= 600 || style.fontWeight === 'bold',
      },
    ];
  });
  return { extraSurfaces, overlays };
}

function compose(figure: HTMLElement, meta: ImageMeta) {
  const chartSvg = findChartSvg(figure);
  if (!chartSvg) throw new Error('The chart is not drawn yet; try again in a moment.');
  return composeExport({ chartSvg, ...figureExtras(figure, chartSvg), ...meta });
}

/**
 * The PNG is the SVG export rasterised: the same content in both, and nothing of the page's controls
 * (brush, buttons, hints) can slip in, as it did when the PNG was a screenshot of the card.
 */
async function figurePng(figure: HTMLElement, meta: ImageMeta): Promise<Blob> {
  const { svg, width, height } = compose(figure, meta);
  const scale = Math.max(2, MIN_EXPORT_WIDTH / width);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('The browser could not draw the image.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The browser could not draw the image.');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadPng(figure: HTMLElement, meta: ImageMeta, fileName: string): Promise<void> {
  downloadBlob(await figurePng(figure, meta), fileName);
}

export async function copyPng(figure: HTMLElement, meta: ImageMeta): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    throw new Error('This browser does not allow copying images; use Download PNG instead.');
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': figurePng(figure, meta) })]);
  } catch (cause) {
    throw new Error('The browser refused to copy the image (clipboard permission); use Download PNG instead.', {
      cause,
    });
  }
}

export function downloadSvg(figure: HTMLElement, meta: ImageMeta, fileName: string): void {
  const { svg } = compose(figure, meta);
  downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

export function downloadCsv<Row>(
  columns: CsvColumn<Row>[],
  rows: Row[],
  fileName: string,
  comments: string[] = [],
): void {
  downloadBlob(new Blob([buildCsv(columns, rows, { comments })], { type: 'text/csv;charset=utf-8' }), fileName);
}
