// The data files the opened page's first chart is drawn from. src/start-mock-api.ts loads them as soon as the
// app's code runs, in parallel with the mock API's own code (msw), so the first requests do not wait for them.
import { loadData, type DatasetKey } from './datasets.ts';

// The data sets the first chart of each page is drawn from (the view its URL opens).
const FIRST_CHART_DATA: Record<string, (search: URLSearchParams) => DatasetKey[]> = {
  '/': () => ['annual', 'events'],
  '/trends': () => ['annual', 'events'],
  // The HS views (the default) or a sector classification: not both, each is a large file to parse.
  '/sectors': (search) =>
    (search.get('classification') ?? 'hs-').startsWith('hs-')
      ? ['hsChapters', 'hsChapterValues']
      : ['sectors', 'sectorValues'],
  '/viewpoints': () => ['experts', 'viewpoints', 'events'],
};

/** Starts loading the data description and the opened view's first-chart data (the store keeps them). */
export function loadFirstChartData(): void {
  const path = window.location.pathname.replace(/\/+$/, '') || '/';
  const firstChart = FIRST_CHART_DATA[path]?.(new URLSearchParams(window.location.search)) ?? [];
  void loadData('meta', ...firstChart).catch(() => undefined);
}
