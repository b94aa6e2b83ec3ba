// The data set for Node (vitest and the node test server): the same files and store as the browser worker
// (mocks/datasets.ts), loaded whole once so tests can read `realDataset` synchronously. The browser never imports
// this module: it would load every file at once.
import { getDataset, resetDataset, setDataset, type Dataset } from './datasets.ts';

export type { Dataset };
export { annualTrade, expertsWithCounts, findViewpoints, sectorValues, seriesCoverage } from './queries.ts';
export type { SectorQuery, ViewpointQuery } from './queries.ts';

/** The real data set, from the files in mocks/data. */
export const realDataset: Dataset = await getDataset();

/** Serves a changed data set to the test server until `resetDataset()` (tests/setup.ts resets after each test). */
export { setDataset, resetDataset };
