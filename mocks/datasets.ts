// The data sets the mock API serves, one file each under mocks/data/, loaded the first time an endpoint needs
// them (a dynamic import: each JSON file is its own chunk in the build, never part of the mock API's code).
// The browser worker and the node test server read them through the same store, so there is one source of truth.
//
// Adding a data set: put its JSON under mocks/data/, add its key and type to `Dataset` and one line to `LOADERS`,
// then ask for it in the handler that serves it: `const db = await loadData('myKey', 'meta')`.
import type {
  AnnualRow,
  Category,
  Expert,
  HsChaptersMeta,
  HsChapterValue,
  Meta,
  MonthlyRow,
  PartnerMonthlyRow,
  PartnersMeta,
  Sector,
  SectorValue,
  TariffCommitment,
  TradeEvent,
  Viewpoint,
} from '../src/api/schemas.ts';
import type { CensusHsMeta } from './queries/hs-chapters.ts';

type ExpertRecord = Omit<Expert, 'statementCount'>;

export interface Dataset {
  meta: Meta;
  // Monthly goods (issue 13): South Korea, the other partners' months, and the partner catalogue with coverage.
  goodsMonthly: MonthlyRow[];
  partnerMonthly: PartnerMonthlyRow[];
  partners: PartnersMeta;
  annual: Record<Category, AnnualRow[]>;
  sectors: Sector[];
  sectorValues: SectorValue[];
  events: TradeEvent[];
  experts: ExpertRecord[];
  viewpoints: Viewpoint[];
  // HS chapters in both directions (issue 12): catalogue/coverage, the value rows, and the KORUS tariff commitments.
  hsChapters: HsChaptersMeta;
  hsChapterValues: HsChapterValue[];
  tariffCommitments: TariffCommitment[];
  // HS chapters on the Census basis (issue 16): only after `npm run data:update`; absent = null and no rows.
  hsCensus: CensusHsMeta | null;
  hsCensusValues: HsChapterValue[];
}
export type DatasetKey = keyof Dataset;

/** JSON imports are widened by TypeScript; their shapes are checked by tests/unit/data.test.ts. */
const json = async <T>(module: Promise<{ default: unknown }>): Promise<T> => (await module).default as T;

// Files that exist only after `npm run data:update`: a glob matches what is there (nothing in the snapshot), so
// an absent file is no build error, and each present one is still its own lazily loaded chunk. The monthly
// Census file (hs-chapter-census-monthly.json, ~8 MB after a full run) is left out: no endpoint serves months.
const OPTIONAL = import.meta.glob<{ default: unknown }>([
  './data/hs-chapters-census.json',
  './data/hs-chapter-census-annual.json',
]);
const optional = <T>(path: string, absent: T): Promise<T> => {
  const load = OPTIONAL[path];
  return load ? json<T>(load()) : Promise.resolve(absent);
};

const LOADERS: { [K in DatasetKey]: () => Promise<Dataset[K]> } = {
  meta: () => json(import('./data/meta.json')),
  goodsMonthly: () => json(import('./data/goods-monthly.json')),
  partnerMonthly: () => json(import('./data/partner-monthly.json')),
  partners: () => json(import('./data/partners.json')),
  annual: async () => {
    const [goods, services] = await Promise.all([
      json<AnnualRow[]>(import('./data/goods-annual.json')),
      json<AnnualRow[]>(import('./data/services-annual.json')),
    ]);
    return { goods, services };
  },
  sectors: () => json(import('./data/sectors.json')),
  sectorValues: () => json(import('./data/sector-values.json')),
  events: () => json(import('./data/events.json')),
  experts: () => json(import('./data/experts.json')),
  viewpoints: () => json(import('./data/viewpoints.json')),
  hsChapters: () => json(import('./data/hs-chapters.json')),
  hsChapterValues: () => json(import('./data/hs-chapter-values.json')),
  tariffCommitments: () => json(import('./data/tariff-commitments.json')),
  hsCensus: () => optional('./data/hs-chapters-census.json', null),
  hsCensusValues: () => optional('./data/hs-chapter-census-annual.json', []),
};
export const DATASET_KEYS = Object.keys(LOADERS) as DatasetKey[];

const loaded = new Map<DatasetKey, Promise<unknown>>();
// A whole data set put in place by a test or the benchmark (window.korusMock.setDataset), instead of the files.
let replacement: Promise<Dataset> | null = null;

function loadOne<K extends DatasetKey>(key: K): Promise<Dataset[K]> {
  let pending = loaded.get(key) as Promise<Dataset[K]> | undefined;
  if (!pending) {
    pending = LOADERS[key]();
    loaded.set(key, pending);
    // A failed download (a flaky network in the browser) is tried again by the next request.
    pending.catch(() => loaded.delete(key));
  }
  return pending;
}

/** The named parts of the data set the mock API is serving (loading those not loaded yet). */
export async function loadData<K extends DatasetKey>(...keys: K[]): Promise<Pick<Dataset, K>> {
  if (replacement) return replacement;
  const parts = await Promise.all(keys.map(async (key) => [key, await loadOne(key)] as const));
  return Object.fromEntries(parts) as Pick<Dataset, K>;
}

/** The whole data set being served (all files loaded). */
export const getDataset = (): Promise<Dataset> => loadData(...DATASET_KEYS);

/** Serves the given data set instead of the files until `resetDataset()` (a promise is awaited by every request). */
export function setDataset(next: Dataset | Promise<Dataset>): void {
  replacement = Promise.resolve(next);
}

export function resetDataset(): void {
  replacement = null;
}
