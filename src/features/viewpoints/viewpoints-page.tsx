// Expert viewpoints: who said what about KORUS, when, on which topic, and whether the numbers bear it out.
// Filters live in the URL; the list comes from the API with every filter, and the counts of each facet
// from the API with every other filter.
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Suspense, useCallback, useMemo, type MouseEvent } from 'react';
import { eventsQuery, expertsQuery, metaQuery, viewpointsQuery, type ViewpointsParams } from '../../api/queries.ts';
import type { Expert, Meta, TradeEvent, Viewpoint, ViewpointsResponse } from '../../api/schemas.ts';
import {
  FilterBar,
  MultiSelectFilter,
  SegmentedFilter,
  SelectFilter,
  YearFilter,
  type Option,
} from '../../components/filter-bar.tsx';
import { ErrorNotice, QueryStatus, Skeleton } from '../../components/query-status.tsx';
import { eagerLazy } from '../../components/eager-lazy.ts';
import { DeferUpdates, Placeholder } from '../../components/deferred.tsx';
import { UrlNotice } from '../../components/url-notice.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { CompareView } from './compare-view.tsx';
import { COMPARE_TIE_RULE, pickComparePair } from './compare-pick.ts';
import { ExpertCards } from './expert-cards.tsx';
import { SearchFilter } from './search-filter.tsx';
import { StatementCard, statementDomId } from './statement-card.tsx';
import { useViewpointsFilters, type ViewpointsFilters } from './use-viewpoints-filters.ts';
import { describeFilters, fractionalYear, tally } from './viewpoint-math.ts';
import './viewpoints.css';
import { PageHeader } from '../../components/page-header.tsx';
import { PAGE_HEADS } from '../../lib/page-heads.ts';

// The chart library loads in parallel with the statements instead of delaying the page's first render.
const StatementTimeline = eagerLazy(import('./statement-timeline.tsx').then((m) => m.StatementTimeline));

const SEVERAL = '__several';

/** The filtered list, or the counts of one facet: the same endpoint, kept on screen while the next loads. */
function useViewpoints(params: ViewpointsParams, enabled: boolean) {
  return useQuery({ ...viewpointsQuery(params), enabled, placeholderData: keepPreviousData });
}

const FACET_VALUES = {
  expert: (v: Viewpoint) => [v.expertId],
  topic: (v: Viewpoint) => v.topics,
  stance: (v: Viewpoint) => [v.stance],
} as const;

/** How many statements carry each value of a facet, in the answer for every other filter. */
function counts(
  query: UseQueryResult<ViewpointsResponse>,
  facet: keyof typeof FACET_VALUES,
): Map<string, number> | undefined {
  return query.data ? tally(query.data.viewpoints, FACET_VALUES[facet]) : undefined;
}

const withCount = (label: string, count: number | undefined) => (count === undefined ? label : `${label} (${count})`);

function goToStatement(id: string) {
  const target = document.getElementById(statementDomId(id));
  if (!target) return;
  target.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  target.focus({ preventScroll: true });
}

const STATEMENTS_ID = 'vp-statements';

/** Past the timeline (one Tab stop, but its milestones and toolbar come with it) to the statements. */
function skipToStatements(e: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(STATEMENTS_ID);
  if (!target) return;
  e.preventDefault();
  target.scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
}

export function ViewpointsPage() {
  usePageTitle(PAGE_HEADS['/viewpoints'].title);
  const meta = useQuery(metaQuery());
  const experts = useQuery(expertsQuery());
  const all = useQuery(viewpointsQuery());
  const events = useQuery(eventsQuery());
  const filters = useViewpointsFilters(meta.data, experts.data?.experts, all.data?.viewpoints);
  const { ready } = filters;
  const results = useViewpoints(filters.params, ready);
  const forExperts = useViewpoints(filters.paramsWithout('expert'), ready);
  const forTopics = useViewpoints(filters.paramsWithout('topic'), ready);
  const forStances = useViewpoints(filters.paramsWithout('stance'), ready);

  const base = [meta, experts, all] as const;
  const failed = base.filter((q) => q.isError);

  return (
    <div className="page">
      <PageHeader head={PAGE_HEADS['/viewpoints']} />

      {failed.length > 0 ? (
        <ErrorNotice
          label="the expert statements"
          error={failed[0]?.error}
          retrying={failed.some((q) => q.isFetching)}
          onRetry={() => failed.forEach((q) => void q.refetch())}
        />
      ) : !ready || !meta.data || !experts.data || !all.data ? (
        <div role="status" aria-live="polite" className="loading-block">
          <span className="visually-hidden">Loading the expert statements…</span>
          <Skeleton height={64} />
          <div className="vp-skeleton-gap" />
          <Skeleton lines={6} />
        </div>
      ) : (
        <ViewpointsContent
          filters={filters}
          meta={meta.data}
          experts={experts.data.experts}
          all={all.data}
          results={results}
          events={events}
          facetCounts={{
            expert: counts(forExperts, 'expert'),
            topic: counts(forTopics, 'topic'),
            stance: counts(forStances, 'stance'),
          }}
        />
      )}
    </div>
  );
}

interface ContentProps {
  filters: ViewpointsFilters;
  meta: Meta;
  experts: Expert[];
  all: ViewpointsResponse;
  results: UseQueryResult<ViewpointsResponse>;
  events: UseQueryResult<{ events: TradeEvent[] }>;
  facetCounts: Record<'expert' | 'topic' | 'stance', Map<string, number> | undefined>;
}

function ViewpointsContent({ filters, meta, experts, all, results, events, facetCounts }: ContentProps) {
  const { values, update, comparing } = filters;
  const expertName = (id: string) => experts.find((e) => e.id === id)?.name ?? id;
  const topicLabel = (id: string) => meta.topics.find((t) => t.id === id)?.label ?? id;
  const stanceLabel = (id: string) => meta.stances.find((s) => s.id === id)?.label ?? id;
  const years = Array.from({ length: filters.years.max - filters.years.min + 1 }, (_, i) => filters.years.min + i);
  const from = values.from ?? filters.years.min;
  const to = values.to ?? filters.years.max;

  const allEvents = useMemo(() => events.data?.events ?? [], [events.data]);
  const shownEvents = useMemo(() => allEvents.filter((e) => values.events || e.milestone), [allEvents, values.events]);

  const words = describeFilters({
    experts: filters.expertFilter.map(expertName),
    topics: values.topic.map(topicLabel),
    stances: values.stance.map(stanceLabel),
    from: values.from,
    to: values.to,
    q: values.q,
  });
  const topicWords = values.topic.length ? `on ${values.topic.map(topicLabel).join(' or ')}` : 'on all topics';

  // The time axis: the years of the range, plus (when no start is chosen) back to the milestone before the
  // first statement, so that "KORUS in force" is on it.
  const axisStart = useMemo(() => {
    if (values.from !== undefined) return values.from;
    const before = allEvents
      .filter((e) => e.milestone && fractionalYear(e.date) <= filters.years.min)
      .map((e) => Math.floor(fractionalYear(e.date)));
    return Math.min(filters.years.min, ...before.slice(-1));
  }, [values.from, allEvents, filters.years.min]);
  const domain = [axisStart, to + 1] as const;

  const onSearch = useCallback((q: string) => update({ q }), [update]);

  // Compare mode: the two experts replace the expert filter; one topic at a time. It starts with the experts
  // already filtered on, then those with the most statements on the topic (counted in every statement served).
  const startComparing = () => {
    const topic = values.topic.slice(0, 1);
    update({ compare: pickComparePair(experts, all.viewpoints, topic, values.expert), expert: [], topic });
  };
  // While the pair is still the one preselected for the topic, it follows a change of topic; once an
  // expert has been chosen by hand, the pair stays.
  const changeCompareTopic = (topic: string[]) => {
    const preselected = pickComparePair(experts, all.viewpoints, values.topic.slice(0, 1));
    const automatic = preselected.join(',') === values.compare.join(',');
    update(automatic ? { topic, compare: pickComparePair(experts, all.viewpoints, topic) } : { topic });
  };
  const stopComparing = () => update({ compare: [], expert: values.compare });
  const setCompared = (index: 0 | 1, id: string) => {
    const next = [values.compare[0] ?? '', values.compare[1] ?? ''];
    next[index] = id;
    update({ compare: next.filter(Boolean) });
  };
  const toggleExpert = (id: string) => {
    if (comparing) {
      const current = values.compare;
      if (current.includes(id)) update({ compare: current.filter((c) => c !== id) });
      else update({ compare: current.length < 2 ? [...current, id] : [current[0] ?? id, id] });
      return;
    }
    update({ expert: values.expert.includes(id) ? values.expert.filter((e) => e !== id) : [...values.expert, id] });
  };

  const expertOptions: Option[] = experts.map((e) => ({
    value: e.id,
    label: withCount(e.name, facetCounts.expert?.get(e.id) ?? (facetCounts.expert ? 0 : undefined)),
  }));
  const topicOptions: Option[] = meta.topics.map((t) => ({
    value: t.id,
    label: withCount(t.label, facetCounts.topic?.get(t.id) ?? (facetCounts.topic ? 0 : undefined)),
  }));
  const stanceOptions: Option[] = meta.stances.map((s) => ({
    value: s.id,
    label: withCount(s.label, facetCounts.stance?.get(s.id) ?? (facetCounts.stance ? 0 : undefined)),
  }));

  const chips = [
    ...(comparing
      ? []
      : values.expert.map((id) => ({
          key: `expert-${id}`,
          label: expertName(id),
          kind: 'Expert',
          remove: () => update({ expert: values.expert.filter((e) => e !== id) }),
        }))),
    ...values.topic.map((id) => ({
      key: `topic-${id}`,
      label: topicLabel(id),
      kind: 'Topic',
      remove: () => update({ topic: values.topic.filter((t) => t !== id) }),
    })),
    ...values.stance.map((id) => ({
      key: `stance-${id}`,
      label: stanceLabel(id),
      kind: 'Stance',
      remove: () => update({ stance: values.stance.filter((s) => s !== id) }),
    })),
    ...(values.from !== undefined || values.to !== undefined
      ? [
          {
            key: 'years',
            label: from === to ? `${from}` : `${from}–${to}`,
            kind: 'Years',
            remove: () => update({ from: undefined, to: undefined }),
          },
        ]
      : []),
    ...(values.q?.trim()
      ? [{ key: 'q', label: `“${values.q.trim()}”`, kind: 'Search', remove: () => update({ q: undefined }) }]
      : []),
  ];

  return (
    <>
      <UrlNotice issues={filters.issues} onDismiss={filters.dismissIssues} />

      <div className="vp-filters">
        <FilterBar onReset={filters.reset} label="Filter statements">
          <SegmentedFilter
            label="View"
            value={comparing ? 'compare' : 'list'}
            options={[
              { value: 'list', label: 'List' },
              { value: 'compare', label: 'Compare two experts' },
            ]}
            onChange={(v) => (v === 'compare' ? startComparing() : stopComparing())}
          />
          {comparing ? (
            <>
              <SelectFilter
                label="Expert A"
                value={values.compare[0] ?? ''}
                options={[
                  { value: '', label: 'Choose an expert', disabled: true },
                  ...expertOptions.map((o) => ({ ...o, disabled: o.value === values.compare[1] })),
                ]}
                onChange={(v) => setCompared(0, v)}
              />
              <SelectFilter
                label="Expert B"
                value={values.compare[1] ?? ''}
                options={[
                  { value: '', label: 'Choose an expert', disabled: true },
                  ...expertOptions.map((o) => ({ ...o, disabled: o.value === values.compare[0] })),
                ]}
                onChange={(v) => setCompared(1, v)}
              />
              <SelectFilter
                label="Topic"
                value={values.topic.length === 1 ? (values.topic[0] ?? '') : values.topic.length > 1 ? SEVERAL : ''}
                options={[
                  { value: '', label: 'All topics' },
                  ...(values.topic.length > 1
                    ? [{ value: SEVERAL, label: values.topic.map(topicLabel).join(' or '), disabled: true }]
                    : []),
                  ...topicOptions,
                ]}
                onChange={(v) => changeCompareTopic(v ? [v] : [])}
              />
            </>
          ) : (
            <>
              <MultiSelectFilter
                label="Expert"
                selected={values.expert}
                options={expertOptions}
                onChange={(v) => update({ expert: v })}
              />
              <MultiSelectFilter
                label="Topic"
                selected={values.topic}
                options={topicOptions}
                onChange={(v) => update({ topic: v })}
              />
            </>
          )}
          <MultiSelectFilter
            label="Stance"
            selected={values.stance}
            options={stanceOptions}
            onChange={(v) => update({ stance: v })}
          />
          <YearFilter
            label="From"
            value={from}
            years={years}
            onChange={(y) => update({ from: y, to: Math.max(y, to) })}
          />
          <YearFilter
            label="To"
            value={to}
            years={years}
            onChange={(y) => update({ to: y, from: Math.min(y, from) })}
          />
          <SearchFilter label="Search" value={values.q ?? ''} onCommit={onSearch} placeholder="Words, names, sources" />
        </FilterBar>
        <p className="vp-filters__note">
          Numbers in brackets count the statements that match all the <em>other</em> filters.
          {comparing &&
            ` In compare mode the two experts chosen replace the expert filter; it starts with the two experts with the most statements ${topicWords} (${COMPARE_TIE_RULE}), and follows a change of topic until you choose an expert.`}
        </p>
      </div>

      <ExpertCards
        experts={experts}
        all={all.viewpoints}
        meta={meta}
        selected={filters.expertFilter}
        matching={filters.filteredBesides('expert') ? facetCounts.expert : undefined}
        comparing={comparing}
        onToggle={toggleExpert}
      />

      <section className="vp-results" aria-labelledby="vp-results-title" aria-busy={results.isFetching}>
        <div className="vp-section-head">
          <h2 id="vp-results-title">{comparing ? 'Side by side' : 'Statements'}</h2>
          <p className="vp-results__count" role="status" aria-live="polite">
            {results.data ? `Showing ${results.data.total} of ${all.total} statements${words ? `: ${words}` : ''}` : ''}
            {results.isPlaceholderData && <span className="vp-results__updating"> (updating…)</span>}
          </p>
        </div>
        {chips.length > 0 && (
          <ul className="vp-chips" aria-label="Active filters">
            {chips.map((c) => (
              <li key={c.key}>
                <button
                  type="button"
                  className="vp-chip"
                  onClick={c.remove}
                  aria-label={`Remove filter ${c.kind}: ${c.label}`}
                >
                  <span className="vp-chip__kind">{c.kind}:</span> {c.label} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}

        <QueryStatus query={results} label="the matching statements" skeleton={<Skeleton lines={8} />}>
          {(data) =>
            data.total === 0 && !comparing ? (
              <div className="empty-state vp-empty">
                <p className="vp-empty__title">No statements match these filters</p>
                <p>{words ? `Filters in use: ${words}.` : ''} Remove a filter or start again.</p>
                <button type="button" className="button" onClick={filters.reset}>
                  Reset filters
                </button>
              </div>
            ) : (
              <>
                {data.total > 0 && (
                  <a className="vp-skip" href={`#${STATEMENTS_ID}`} onClick={skipToStatements}>
                    Skip to statements
                  </a>
                )}
                {data.total > 0 && (
                  <Suspense fallback={<Skeleton height={300} />}>
                    <StatementTimeline
                      viewpoints={data.viewpoints}
                      experts={experts}
                      meta={meta}
                      events={shownEvents}
                      domain={domain}
                      subtitle={`${data.total} ${data.total === 1 ? 'statement' : 'statements'}${words ? ` · ${words}` : ''}; one row per expert; ${values.events ? 'all KORUS events' : 'KORUS milestones'} marked`}
                      showAllEvents={values.events}
                      onShowAllEvents={(show) => update({ events: show })}
                      onGoTo={goToStatement}
                      {...(comparing
                        ? {
                            laneIds: values.compare,
                            emptyLaneText: values.topic.length
                              ? 'No statement on this topic'
                              : 'No statement matches these filters',
                          }
                        : {})}
                    />
                  </Suspense>
                )}
                {events.isError && (
                  <ErrorNotice
                    label="the KORUS milestones"
                    error={events.error}
                    retrying={events.isFetching}
                    onRetry={() => void events.refetch()}
                  />
                )}
                {comparing ? (
                  <CompareView
                    id={STATEMENTS_ID}
                    compare={values.compare}
                    viewpoints={data.viewpoints}
                    all={all.viewpoints}
                    experts={experts}
                    meta={meta}
                    events={shownEvents}
                    topicWords={topicWords}
                    topicChosen={values.topic.length > 0}
                    otherFilters={
                      values.stance.length > 0 ||
                      values.from !== undefined ||
                      values.to !== undefined ||
                      Boolean(values.q?.trim())
                    }
                  />
                ) : (
                  // The long list follows the timeline: drawn right after it at first, and after it on a change.
                  <DeferUpdates initial={<Placeholder height={900} />}>
                    <ol
                      id={STATEMENTS_ID}
                      tabIndex={-1}
                      className="vp-statement-list"
                      aria-label={`${data.total} statements`}
                    >
                      {data.viewpoints.map((v) => (
                        <li key={v.id}>
                          <StatementCard
                            viewpoint={v}
                            expert={experts.find((e) => e.id === v.expertId)}
                            meta={meta}
                            events={shownEvents}
                          />
                        </li>
                      ))}
                    </ol>
                  </DeferUpdates>
                )}
              </>
            )
          }
        </QueryStatus>
      </section>
    </>
  );
}
