// Chart exports: PNG (whole figure, so title, legend and source come along), standalone SVG, CSV,
// and PNG to the clipboard. Each throws a readable Error on failure; the caller shows it.
// Loaded on demand (the Export menu), so its libraries are not part of any page's first load.
import { toBlob } from 'html-to-image';
import { buildCsv, type CsvColumn } from './csv.ts';
import { downloadBlob } from './download.ts';
import { composeStandaloneSvg, type LegendItem } from './svg-export.ts';

import { EXPORT_IGNORE_ATTR } from './export-ignore.ts';

const MIN_EXPORT_WIDTH = 1600;

async function figurePng(figure: HTMLElement): Promise<Blob> {
  const width = figure.getBoundingClientRect().width || figure.offsetWidth;
  // 2× device pixels, and at least 1600 px wide so a full-width chart is sharp in a report.
  const pixelRatio = Math.max(2, width > 0 ? MIN_EXPORT_WIDTH / width : 2);
  const blob = await toBlob(figure, {
    pixelRatio,
    backgroundColor: '#ffffff',
    cacheBust: false,
    // The toolbar, hints and the range brush are controls, not content.
    filter: (node) =>
      !(node instanceof Element && (node.hasAttribute(EXPORT_IGNORE_ATTR) || node.classList.contains('recharts-brush'))),
  });
  if (!blob) throw new Error('The browser could not draw the image.');
  return blob;
}

export async function downloadPng(figure: HTMLElement, fileName: string): Promise<void> {
  downloadBlob(await figurePng(figure), fileName);
}

export async function copyPng(figure: HTMLElement): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    throw new Error('This browser does not allow copying images; use Download PNG instead.');
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': figurePng(figure) })]);
  } catch (cause) {
    throw new Error('The browser refused to copy the image (clipboard permission); use Download PNG instead.', { cause });
  }
}

export function findChartSvg(figure: HTMLElement): SVGSVGElement | null {
  // The chart's own surface; a bare `svg.recharts-surface` would first match a legend icon.
  return figure.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface');
}

export function downloadSvg(
  figure: HTMLElement,
  meta: { title: string; subtitle: string; legend: LegendItem[]; source: string; note?: string },
  fileName: string,
): void {
  const chartSvg = findChartSvg(figure);
  if (!chartSvg) throw new Error('The chart is not drawn yet; try again in a moment.');
  const svg = composeStandaloneSvg({ chartSvg, ...meta });
  downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

export function downloadCsv<Row>(columns: CsvColumn<Row>[], rows: Row[], fileName: string): void {
  downloadBlob(new Blob([buildCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
}
