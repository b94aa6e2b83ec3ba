import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Flow, Meta, Sector } from '../../api/schemas.ts';
import { SHOW_AS } from '../../lib/show-as.ts';
import { useUrlState } from '../../lib/use-url-state.ts';

const FLOWS = ['exports', 'imports'] as const;
const VIEWS = ['value', 'share'] as const;
// HS chapters (the default) and HS sections are served by the HS views; this hook runs for the others only, so
// their id always stays in the address.
export const DEFAULT_CLASSIFICATION = 'hs-chapters';
const DEFAULT_MEASURE: Record<Flow, string> = { exports: 'value', imports: 'cif-value' };

/**
 * URL state of the sectors page. The options of year, sector and measure depend on the classification
 * (and flow), which are read first: a switch of classification therefore validates the rest against it.
 */
export function useSectorsFilters(meta: Meta | undefined, catalogue: Sector[] | undefined) {
  const [searchParams] = useSearchParams();
  const classifications = meta?.classifications ?? [];
  const rawClassification = searchParams.get('classification');
  const classification =
    classifications.find((c) => c.id === rawClassification) ??
    classifications.find((c) => c.id === DEFAULT_CLASSIFICATION) ??
    classifications[0];
  const rawFlow = searchParams.get('flow');
  const flowInfo = classification?.flows.find((f) => f.flow === rawFlow) ?? classification?.flows[0];
  const years = flowInfo?.years ?? [];
  const sectors = useMemo(
    () => (catalogue ?? []).filter((s) => s.classification === classification?.id),
    [catalogue, classification?.id],
  );
  const itemIds = useMemo(() => sectors.filter((s) => s.kind === 'item').map((s) => s.id), [sectors]);
  const classificationIds = classifications.map((c) => c.id).join(',');
  const yearKey = years.join(',');
  const measureKey = (flowInfo?.measures ?? []).join(',');
  const flowOptions = (classification?.flows ?? []).map((f) => f.flow).join(',');
  const currentFlowKey = flowInfo?.flow ?? '';

  const specs = useMemo(() => {
    // Years are offered only where the classification has figures, so they are an enumeration.
    const ys = yearKey ? yearKey.split(',') : [];
    const measures = measureKey ? measureKey.split(',') : ['value'];
    const flows = (flowOptions ? flowOptions.split(',') : FLOWS) as readonly string[];
    const defaultFlow = flows[0] ?? 'exports';
    const currentFlow = (currentFlowKey || defaultFlow) as Flow;
    return {
      classification: {
        type: 'enum' as const,
        label: 'Classification',
        options: [...classificationIds.split(','), 'hs-sections'],
        default: DEFAULT_CLASSIFICATION,
      },
      flow: { type: 'enum' as const, label: 'Flow', options: flows, default: defaultFlow },
      measure: {
        type: 'enum' as const,
        label: 'Measure',
        options: measures,
        default: measures.includes(DEFAULT_MEASURE[currentFlow]) ? DEFAULT_MEASURE[currentFlow] : measures[0],
      },
      year: { type: 'enum' as const, label: 'Year', options: ys, default: ys.at(-1) },
      compare: { type: 'enum' as const, label: 'Compare with', options: ys },
      sector: { type: 'list' as const, label: 'Sectors', options: itemIds, max: 12 },
      view: { type: 'enum' as const, label: 'View', options: VIEWS, default: 'value' },
      detail: { type: 'enum' as const, label: 'Sector detail', options: itemIds },
      all: { type: 'flag' as const, label: 'Show all' },
      show: { type: 'enum' as const, label: 'Show as', options: SHOW_AS, default: 'values' },
      log: { type: 'flag' as const, label: 'Log scale' },
    };
  }, [classificationIds, yearKey, measureKey, flowOptions, currentFlowKey, itemIds]);

  const ready = meta !== undefined && catalogue !== undefined;
  const state = useUrlState(specs, { ready });
  const v = state.values;
  // Comparing a year with itself means nothing: drop it from the address.
  const { update } = state;
  useEffect(() => {
    if (ready && v.compare !== undefined && v.compare === v.year) update({ compare: undefined }, { replace: true });
  }, [ready, v.compare, v.year, update]);
  return {
    ...state,
    classification,
    flowInfo,
    flow: (v.flow === 'imports' ? 'imports' : 'exports') as Flow,
    measure: v.measure ?? 'value',
    year: v.year !== undefined ? Number(v.year) : years.at(-1),
    compare: v.compare !== undefined ? Number(v.compare) : undefined,
    years,
    sectors,
    ready,
  };
}
