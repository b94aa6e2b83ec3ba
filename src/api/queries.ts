// queryOptions factories: one place for each endpoint's key, fetcher and schema.
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from './client.ts';
import {
  annualResponseSchema,
  eventsResponseSchema,
  expertsResponseSchema,
  hsBalanceResponseSchema,
  hsChaptersMetaSchema,
  hsChapterValuesResponseSchema,
  hsSectionsResponseSchema,
  tariffCommitmentsResponseSchema,
  metaSchema,
  sectorsResponseSchema,
  sectorValuesResponseSchema,
  monthlyResponseSchema,
  partnersResponseSchema,
  partnerAnnualResponseSchema,
  viewpointsResponseSchema,
  type Category,
  type Flow,
  type HsBasis,
} from './schemas.ts';

export const metaQuery = () =>
  queryOptions({
    queryKey: ['meta'],
    queryFn: ({ signal }) => apiGet('/meta', {}, metaSchema, signal),
    staleTime: Infinity,
  });

export interface AnnualParams {
  category: Category;
  from?: number;
  to?: number;
}
export const annualTradeQuery = (params: AnnualParams) =>
  queryOptions({
    queryKey: ['trade', 'annual', params],
    queryFn: ({ signal }) => apiGet('/trade/annual', { ...params }, annualResponseSchema, signal),
  });

export const sectorsQuery = (classification?: string) =>
  queryOptions({
    queryKey: ['sectors', classification ?? 'all'],
    queryFn: ({ signal }) => apiGet('/sectors', { classification }, sectorsResponseSchema, signal),
    staleTime: Infinity,
  });

export interface SectorValuesParams {
  classification: string;
  year?: number;
  from?: number;
  to?: number;
  sector?: readonly string[];
  flow?: Flow;
  measure?: string;
}
export const sectorValuesQuery = (params: SectorValuesParams) =>
  queryOptions({
    queryKey: ['trade', 'sectors', params],
    queryFn: ({ signal }) => apiGet('/trade/sectors', { ...params }, sectorValuesResponseSchema, signal),
  });

export const eventsQuery = () =>
  queryOptions({
    queryKey: ['events'],
    queryFn: ({ signal }) => apiGet('/events', {}, eventsResponseSchema, signal),
    staleTime: Infinity,
  });

// Monthly goods (issue 13). `from`/`to` are months (YYYY-MM); the partner defaults to South Korea.
export interface MonthlyParams {
  partner?: string;
  from?: string;
  to?: string;
}
export const monthlyTradeQuery = (params: MonthlyParams = {}) =>
  queryOptions({
    queryKey: ['trade', 'monthly', params],
    queryFn: ({ signal }) => apiGet('/trade/monthly', { ...params }, monthlyResponseSchema, signal),
    staleTime: Infinity,
  });

export const partnersQuery = () =>
  queryOptions({
    queryKey: ['partners'],
    queryFn: ({ signal }) => apiGet('/partners', {}, partnersResponseSchema, signal),
    staleTime: Infinity,
  });

/** A partner's calendar years: sums of 12 months, null unless all 12 exist. */
export const partnerAnnualQuery = (partner: string) =>
  queryOptions({
    queryKey: ['partners', 'annual', partner],
    queryFn: ({ signal }) => apiGet('/partners/annual', { partner }, partnerAnnualResponseSchema, signal),
    staleTime: Infinity,
  });

export const expertsQuery = () =>
  queryOptions({
    queryKey: ['experts'],
    queryFn: ({ signal }) => apiGet('/experts', {}, expertsResponseSchema, signal),
    staleTime: Infinity,
  });

export interface ViewpointsParams {
  expert?: readonly string[];
  topic?: readonly string[];
  stance?: readonly string[];
  sector?: string;
  from?: number;
  to?: number;
  q?: string;
}
export const viewpointsQuery = (params: ViewpointsParams = {}) =>
  queryOptions({
    queryKey: ['viewpoints', params],
    queryFn: ({ signal }) => apiGet('/viewpoints', { ...params }, viewpointsResponseSchema, signal),
  });

// HS chapters in both directions (issue 12): catalogue, chapter rows per flow and basis, balances, sections,
// and the KORUS tariff commitments.
export const hsCatalogueQuery = () =>
  queryOptions({
    queryKey: ['hs-chapters'],
    queryFn: ({ signal }) => apiGet('/hs-chapters', {}, hsChaptersMetaSchema, signal),
    staleTime: Infinity,
  });

interface HsRangeParams {
  year?: number;
  from?: number;
  to?: number;
}
export interface HsChapterValuesParams extends HsRangeParams {
  flow: Flow;
  basis?: HsBasis;
  measure?: string;
  chapter?: readonly string[];
}
export const hsChapterValuesQuery = (params: HsChapterValuesParams) =>
  queryOptions({
    queryKey: ['trade', 'hs-chapters', params],
    queryFn: ({ signal }) => apiGet('/trade/hs-chapters', { ...params }, hsChapterValuesResponseSchema, signal),
  });

export interface HsBalanceParams extends HsRangeParams {
  basis?: string;
  chapter?: readonly string[];
}
export const hsBalanceQuery = (params: HsBalanceParams = {}) =>
  queryOptions({
    queryKey: ['trade', 'hs-chapters', 'balance', params],
    queryFn: ({ signal }) =>
      apiGet('/trade/hs-chapters', { flow: 'balance', ...params }, hsBalanceResponseSchema, signal),
  });

export interface HsSectionsParams extends HsRangeParams {
  flow: Flow | 'balance';
  basis?: string;
  measure?: string;
}
export const hsSectionsQuery = (params: HsSectionsParams) =>
  queryOptions({
    queryKey: ['trade', 'hs-sections', params],
    queryFn: ({ signal }) => apiGet('/trade/hs-sections', { ...params }, hsSectionsResponseSchema, signal),
  });

export const tariffCommitmentsQuery = (params: { product?: string; chapter?: string } = {}) =>
  queryOptions({
    queryKey: ['tariff-commitments', params],
    queryFn: ({ signal }) => apiGet('/tariff-commitments', { ...params }, tariffCommitmentsResponseSchema, signal),
    staleTime: Infinity,
  });
