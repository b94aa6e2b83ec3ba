// Loads one evidence series from the endpoint that holds it: annual totals, HS chapters (per flow, or the
// balance), HS sections, or calculated duties. The same request is shared through the query cache by every
// statement and series that needs it.
import { useQuery } from '@tanstack/react-query';
import {
  annualTradeQuery,
  hsBalanceQuery,
  hsCatalogueQuery,
  hsChapterValuesQuery,
  hsSectionsQuery,
} from '../../api/queries.ts';
import type { Meta } from '../../api/schemas.ts';
import {
  annualSeries,
  describeSeries,
  dutiesSeries,
  hsBalanceSeries,
  hsFlowSeries,
  hsSectionSeries,
  type SeriesData,
  type SeriesDescriptor,
} from './evidence-series.ts';
import { parseEvidenceSeries, type EvidenceSeries } from './viewpoint-math.ts';

export type SeriesState =
  | { status: 'pending'; descriptor: SeriesDescriptor | null }
  | { status: 'error'; descriptor: SeriesDescriptor | null; error: unknown; retry: () => void; retrying: boolean }
  | { status: 'unknown'; series: EvidenceSeries }
  | { status: 'success'; data: SeriesData; parsed: EvidenceSeries };

export function useEvidenceSeries(id: string, meta: Meta): SeriesState {
  const parsed = parseEvidenceSeries(id);
  const isHs = parsed.kind === 'hs' || parsed.kind === 'duties';
  const catalogue = useQuery({ ...hsCatalogueQuery(), enabled: isHs });
  const annual = useQuery({
    ...annualTradeQuery({ category: parsed.kind === 'annual' ? parsed.category : 'goods' }),
    enabled: parsed.kind === 'annual',
  });
  const chapter = parsed.kind === 'hs' && !parsed.section ? `hs-${parsed.code}` : '';
  const flowValues = useQuery({
    ...hsChapterValuesQuery(
      parsed.kind === 'duties'
        ? { flow: 'imports', basis: 'usitc-consumption', measure: 'duties' }
        : parsed.kind === 'hs' && parsed.flow === 'imports'
          ? { flow: 'imports', measure: 'cif-value', chapter: [chapter] }
          : { flow: 'exports', chapter: [chapter] },
    ),
    enabled: parsed.kind === 'duties' || (parsed.kind === 'hs' && !parsed.section && parsed.flow !== 'balance'),
  });
  const balance = useQuery({
    ...hsBalanceQuery({ chapter: [chapter] }),
    enabled: parsed.kind === 'hs' && !parsed.section && parsed.flow === 'balance',
  });
  const sections = useQuery({
    ...hsSectionsQuery({ flow: parsed.kind === 'hs' ? parsed.flow : 'exports' }),
    enabled: parsed.kind === 'hs' && parsed.section,
  });
  // A section's chapters, for the sources of each year drawn (a section row names its basis, not its download).
  const sectionChapters =
    parsed.kind === 'hs' && parsed.section
      ? (catalogue.data?.sections.find((x) => x.id === parsed.code)?.chapterIds ?? [])
      : [];
  const sectionFlow = parsed.kind === 'hs' && parsed.flow !== 'balance' ? parsed.flow : 'exports';
  const chapterSources = useQuery({
    ...hsChapterValuesQuery({
      flow: sectionFlow,
      chapter: sectionChapters,
      ...(sectionFlow === 'imports' ? { measure: 'cif-value' } : {}),
    }),
    enabled: sectionChapters.length > 0 && parsed.kind === 'hs' && parsed.flow !== 'balance',
  });

  if (parsed.kind === 'unknown') return { status: 'unknown', series: parsed };
  const main =
    parsed.kind === 'annual'
      ? annual
      : parsed.kind === 'duties'
        ? flowValues
        : parsed.section
          ? sections
          : parsed.flow === 'balance'
            ? balance
            : flowValues;
  const needed = isHs ? [catalogue, main] : [main];
  const failed = needed.find((q) => q.isError);
  const hs = catalogue.data;
  const descriptor = describeSeries(parsed, hs);
  if (failed)
    return {
      status: 'error',
      descriptor,
      error: failed.error,
      retry: () => needed.filter((q) => q.isError).forEach((q) => void q.refetch()),
      retrying: needed.some((q) => q.isFetching),
    };
  if (needed.some((q) => q.isPending)) return { status: 'pending', descriptor };
  if (!descriptor) return { status: 'unknown', series: parsed };

  if (parsed.kind === 'annual' && annual.data)
    return {
      status: 'success',
      parsed,
      data: annualSeries(descriptor, parsed.category, parsed.measure, annual.data.rows, meta),
    };
  if (!hs) return { status: 'pending', descriptor };
  if (parsed.kind === 'duties' && flowValues.data)
    return { status: 'success', parsed, data: dutiesSeries(descriptor, flowValues.data.rows, hs) };
  if (parsed.kind === 'hs') {
    if (parsed.section && sections.data)
      return {
        status: 'success',
        parsed,
        data: hsSectionSeries(descriptor, parsed.code, sections.data.rows, hs, chapterSources.data?.rows),
      };
    if (parsed.flow === 'balance' && balance.data)
      return {
        status: 'success',
        parsed,
        data: hsBalanceSeries(
          descriptor,
          balance.data.rows.filter((r) => r.sectorId === chapter),
          hs,
          balance.data.label,
        ),
      };
    if (flowValues.data)
      return {
        status: 'success',
        parsed,
        data: hsFlowSeries(
          descriptor,
          flowValues.data.rows.filter((r) => r.sectorId === chapter),
          hs,
        ),
      };
  }
  return { status: 'pending', descriptor };
}
