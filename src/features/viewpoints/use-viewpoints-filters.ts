import { useMemo } from 'react';
import type { ViewpointsParams } from '../../api/queries.ts';
import type { Expert, Meta, Viewpoint } from '../../api/schemas.ts';
import { useUrlState } from '../../lib/use-url-state.ts';

const RANGES = [['from', 'to']] as const;
const NONE: readonly string[] = [];

/** The facets whose counts are computed from the statements matching all the other filters. */
export type Facet = 'expert' | 'topic' | 'stance';

/**
 * URL state of the viewpoints page: expert, topic, stance (comma lists), from, to (years), q (text search),
 * compare (two experts side by side) and events (show every timeline event, not only the milestones).
 * `ready` waits for the options (experts, topics, stances) and the years of the statements.
 */
export function useViewpointsFilters(
  meta: Meta | undefined,
  experts: Expert[] | undefined,
  all: Viewpoint[] | undefined,
) {
  const expertIds = useMemo(() => experts?.map((e) => e.id) ?? NONE, [experts]);
  const topicIds = useMemo(() => meta?.topics.map((t) => t.id) ?? NONE, [meta]);
  const stanceIds = useMemo(() => meta?.stances.map((s) => s.id) ?? NONE, [meta]);
  // The years run over the served statements (a year-only date "2024" counts as 2024). Until they arrive
  // `ready` is false and the URL is not checked against the placeholder bounds.
  const years = all?.map((v) => Number(v.date.slice(0, 4))).filter(Number.isFinite) ?? [];
  const min = years.length ? Math.min(...years) : 0;
  const max = years.length ? Math.max(...years) : 0;

  const specs = useMemo(
    () => ({
      expert: { type: 'list' as const, label: 'Expert', options: expertIds },
      topic: { type: 'list' as const, label: 'Topic', options: topicIds },
      stance: { type: 'list' as const, label: 'Stance', options: stanceIds },
      from: { type: 'year' as const, label: 'From', min, max },
      to: { type: 'year' as const, label: 'To', min, max },
      q: { type: 'text' as const, label: 'Search', maxLength: 200 },
      compare: { type: 'list' as const, label: 'Compare', options: expertIds, max: 2 },
      events: { type: 'flag' as const, label: 'Show all events' },
    }),
    [expertIds, topicIds, stanceIds, min, max],
  );
  const ready = meta !== undefined && experts !== undefined && all !== undefined;
  const state = useUrlState(specs, { ready, ranges: RANGES });
  const { values } = state;

  const comparing = values.compare.length > 0;
  /** In compare mode the two compared experts replace the expert filter. */
  const expertFilter = comparing ? values.compare : values.expert;
  const q = values.q?.trim() ?? '';

  const params = useMemo(() => {
    const p: ViewpointsParams = {};
    if (expertFilter.length) p.expert = expertFilter;
    if (values.topic.length) p.topic = values.topic;
    if (values.stance.length) p.stance = values.stance;
    if (values.from !== undefined) p.from = values.from;
    if (values.to !== undefined) p.to = values.to;
    if (q) p.q = q;
    return p;
  }, [expertFilter, values.topic, values.stance, values.from, values.to, q]);

  /** The API parameters of every filter but one: the basis of that facet's counts. */
  // An undefined parameter is left out of the request and of the query key's hash.
  const paramsWithout = (facet: Facet): ViewpointsParams => ({ ...params, [facet]: undefined });

  /** Whether any filter but the given facet is set (so that facet's counts differ from the totals). */
  const filteredBesides = (facet: Facet) => Object.values(paramsWithout(facet)).some((v) => v !== undefined);
  return {
    ...state,
    ready,
    params,
    paramsWithout,
    filteredBesides,
    comparing,
    expertFilter,
    years: { min, max },
  } as const;
}

export type ViewpointsFilters = ReturnType<typeof useViewpointsFilters>;
