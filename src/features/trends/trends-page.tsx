import { useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, Suspense, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  annualTradeQuery,
  eventsQuery,
  hsCatalogueQuery,
  metaQuery,
  monthlyTradeQuery,
  tariffCommitmentsQuery,
} from '../../api/queries.ts';
import type { AnnualRow, Meta, TradeEvent } from '../../api/schemas.ts';
import { ChartCard, type ChartColumn } from '../../components/chart-card.tsx';
import { FilterBar, SegmentedFilter, YearFilter } from '../../components/filter-bar.tsx';
import { QueryErrors, QueryStatus, Skeleton } from '../../components/query-status.tsx';
import { pickSources } from '../../components/source-line.tsx';
import { UrlNotice } from '../../components/url-notice.tsx';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { describeBalance, formatBn, formatMusd, formatYearList, formatYearRange } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { isShowAs, logScaleBlocker, showAsRows } from '../../lib/show-as.ts';
import { eagerLazy, idleLazy, useLazyCodeReady } from '../../components/eager-lazy.ts';
import { Deferred, Placeholder } from '../../components/deferred.tsx';
import { useStableCallback } from '../../lib/use-stable-callback.ts';
import { HeadlineFigures, MonthlyHeadlineFigures } from './headline-figures.tsx';
import { monthlyHeadlines, monthRangeLabel, resolveMonthRange } from './monthly-math.ts';
import { computedBalanceIfDifferent, headlines, missingFiguresNote } from './trend-math.ts';
import { MILESTONE_LEGEND, MINOR_EVENT_LEGEND } from '../../components/milestone-legend.ts';
import { useTrendsFilters } from './use-trends-filters.ts';
import { sectorLinkFor, yearHintFor } from './sector-link.ts';
import { MonthlyCards, MonthlySection, MonthRangeFilters } from './trends-monthly-section.tsx';
import { commitmentEvents } from './tariff-card.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PAGE_HEADS } from '../../lib/page-heads.ts';

// Memoised: a filter change redraws the chart once, not on each of the commits that follow it (URL, router).
const TradeChart = eagerLazy(import('./trade-chart.tsx').then((m) => memo(m.TradeChart)));
const BalanceComparisonCard = idleLazy(() =>
  import('./balance-comparison-card.tsx').then((m) => m.BalanceComparisonCard),
);
const YoyCard = idleLazy(() => import('./yoy-card.tsx').then((m) => m.YoyCard));

const CATEGORY_WORD = { goods: 'goods', services: 'services' } as const;
const SERIES_KEYS = ['exports', 'imports', 'balance'] as const;
// The balance comparison and year-on-year cards in one column (390 px): their notes differ by category
// (tests/tools/placeholder-heights.mjs). Their place keeps that height until they are drawn.
const LOWER_CARDS_NARROW = { goods: 1728, services: 1914 } as const;

export function TrendsPage() {
  usePageTitle(PAGE_HEADS['/trends'].title);
  const meta = useQuery(metaQuery());
  const filters = useTrendsFilters(meta.data);
  const { category, from, to } = filters;
  const annual = useQuery(annualTradeQuery({ category }));
  const events = useQuery(eventsQuery());
  const navigate = useNavigate();
  const [yearMessage, setYearMessage] = useState<string | null>(null);
  // The range last chosen in each category, so that Goods → Services → Goods comes back to it.
  const lastRange = useRef<Partial<Record<'goods' | 'services', { from: number; to: number }>>>({});
  const switchCategory = (next: 'goods' | 'services') => {
    if (next === category) return;
    lastRange.current[category] = { from, to };
    const target = meta.data?.series.find((s) => s.id === next);
    const remembered = lastRange.current[next];
    // Keep the chosen years where the other series has them (a range left at the whole series was not
    // chosen); come back to the range last used there when it holds them; else the whole series.
    const chosen = filters.coverage ? from !== filters.coverage.from || to !== filters.coverage.to : true;
    const overlap = target ? { from: Math.max(from, target.from), to: Math.min(to, target.to) } : null;
    const kept = chosen && overlap && overlap.from <= overlap.to ? overlap : null;
    const range =
      remembered && (!kept || (remembered.from <= kept.from && remembered.to >= kept.to)) ? remembered : kept;
    filters.update({ category: next, from: range?.from, to: range?.to });
    setYearMessage(null);
  };

  // Where a year's click leads: the HS catalogue knows the HS chapters' years. Asked for when the pointer or the
  // focus first comes to the chart (not with the page: it is not needed to draw it), and read without
  // subscribing: its arrival must not draw the page again.
  const queryClient = useQueryClient();
  const hsCatalogue = () => queryClient.getQueryData(hsCatalogueQuery().queryKey);
  const prefetchHsCatalogue = useStableCallback(() => void queryClient.prefetchQuery(hsCatalogueQuery()));
  const openYear = useStableCallback(async (year: number) => {
    // A click before the catalogue has arrived waits for it (a failed one leaves the data description's years).
    const hs = hsCatalogue() ?? (await queryClient.fetchQuery(hsCatalogueQuery()).catch(() => undefined));
    const link = sectorLinkFor(meta.data, hs, year);
    if (link) void navigate(link);
    else {
      const sectorYears = new Set([
        ...(meta.data?.classifications ?? [])
          .filter((c) => !(hs && c.id === 'hs-chapters'))
          .flatMap((c) => c.flows.flatMap((f) => f.years)),
        ...(hs?.coverage.flatMap((c) => c.years) ?? []),
      ]);
      setYearMessage(
        `No sector data exists for ${year}. Sector figures exist for ${formatYearList([...sectorYears])}.`,
      );
    }
  });
  const onRangeChange = useStableCallback((range: { from: number; to: number }) => filters.update(range));
  // Stable: the chart is not drawn again when the HS catalogue arrives; its tooltip reads the latest.
  const yearHint = useStableCallback((year: number) => yearHintFor(meta.data, hsCatalogue(), year));
  // Show as: every year is re-expressed against the first year of the range, never another. Memoised, so the
  // chart (and its brush) gets the same rows until they change.
  const showAs = isShowAs(filters.values.show) ? filters.values.show : 'values';
  const base = showAs === 'values' ? null : from;
  const shownRows = useMemo(() => {
    const rows = annual.data?.rows;
    if (!rows) return null;
    return showAsRows(rows, SERIES_KEYS, showAs, {
      baseIndex: rows.findIndex((r) => r.year === base),
      baseLabel: String(base),
    });
  }, [annual.data, showAs, base]);
  // A balance as published that differs from exports − imports is marked (*) and explained; memoised so the
  // chart's props stay equal between renders.
  const balanceNotes = useMemo(
    () =>
      new Map(
        (annual.data?.rows ?? []).flatMap((r) => {
          const computed = computedBalanceIfDifferent(r);
          return computed === null
            ? []
            : [[r.year, `as published; exports − imports = ${formatMusd(computed)} by rounding`] as const];
        }),
      ),
    [annual.data],
  );

  const showAllEvents = filters.values.events;
  // With "Show all events", the dated tariff commitments join the timeline as minor events.
  const tariffs = useQuery({ ...tariffCommitmentsQuery(), enabled: showAllEvents });
  // Only while shown: the tariff card below loads the same query, and the chart must not redraw for it.
  const shownTariffs = showAllEvents ? tariffs.data : undefined;
  const shownEvents = useMemo(
    () => [
      ...(events.data?.events ?? []).filter((e) => showAllEvents || e.milestone),
      ...(shownTariffs ? commitmentEvents(shownTariffs.commitments) : []),
    ],
    [events.data, showAllEvents, shownTariffs],
  );
  const range = useMemo(() => ({ from, to }), [from, to]);
  const coverageYears = (s?: { from: number; to: number }) =>
    s ? Array.from({ length: s.to - s.from + 1 }, (_, i) => s.from + i) : [];
  const years = coverageYears(filters.coverage);
  const word = CATEGORY_WORD[category];
  const onMonthRangeChange = useStableCallback((r: { from: string; to: string }) =>
    filters.update({ mfrom: r.from, mto: r.to }),
  );
  const onPartnersChange = useStableCallback((ids: string[]) => filters.update({ partners: ids }));
  const onPartnerModeChange = useStableCallback((m: string) =>
    filters.update({ pview: m === 'index' ? 'index' : undefined }),
  );
  const eventsToggle = (
    <label className="toggle">
      <input
        type="checkbox"
        checked={filters.values.events}
        onChange={(e) => filters.update({ events: e.target.checked })}
      />
      Show all events
    </label>
  );

  return (
    <div className="page">
      <PageHeader head={PAGE_HEADS['/trends']} />

      <UrlNotice issues={filters.issues} onDismiss={filters.dismissIssues} />
      <QueryErrors
        items={[
          { query: meta, label: 'the data description and sources' },
          { query: events, label: 'the KORUS timeline' },
        ]}
      />

      <FilterBar onReset={filters.reset}>
        <SegmentedFilter
          label="Frequency"
          value={filters.frequency}
          options={[
            { value: 'annual', label: 'Annual' },
            { value: 'monthly', label: 'Monthly' },
          ]}
          onChange={(v) => filters.update({ freq: v === 'monthly' ? 'monthly' : undefined })}
        />
        {filters.frequency === 'monthly' ? (
          <MonthRangeFilters from={filters.monthFrom} to={filters.monthTo} onChange={onMonthRangeChange} />
        ) : (
          <>
            <SegmentedFilter
              label="Category"
              value={category}
              options={[
                { value: 'goods', label: 'Goods' },
                { value: 'services', label: 'Services' },
              ]}
              onChange={(v) => switchCategory(v === 'services' ? 'services' : 'goods')}
            />
            {/* Shown before the catalogue arrives too (with the range only), so the bar keeps its size. */}
            <YearFilter
              label="From"
              value={from}
              years={years.length ? years : [from]}
              onChange={(y) => filters.update({ from: y, to: Math.max(y, to) })}
            />
            <YearFilter
              label="To"
              value={to}
              years={years.length ? years : [to]}
              onChange={(y) => filters.update({ to: y, from: Math.min(y, from) })}
            />
          </>
        )}
      </FilterBar>

      {filters.frequency === 'monthly' ? (
        <MonthlyHeadline from={filters.monthFrom} to={filters.monthTo} />
      ) : (
        <section className="card" aria-labelledby="headline-title">
          <h2 id="headline-title">
            Headline figures, {word}, {formatYearRange(from, to)}
          </h2>
          <QueryStatus query={annual} label={`${word} trade figures`} skeleton={<Skeleton lines={3} />}>
            {(data) => (
              <HeadlineFigures items={headlines(data.rows, { from, to })} category={word} from={from} to={to} />
            )}
          </QueryStatus>
        </section>
      )}

      {filters.frequency === 'monthly' ? (
        <MonthlySection
          meta={meta.data}
          view={filters.monthlyView}
          from={filters.monthFrom}
          to={filters.monthTo}
          events={shownEvents}
          minorRail={filters.values.events}
          eventsToggle={eventsToggle}
          onViewChange={(v) => filters.update({ mview: v === 'values' ? undefined : v })}
          onRangeChange={onMonthRangeChange}
        />
      ) : (
        <div className="layout-contents" onPointerOver={prefetchHsCatalogue} onFocus={prefetchHsCatalogue}>
          <QueryStatus query={annual} label={`${word} trade figures`} skeleton={<Skeleton height={420} />}>
            {(data) => {
              const inRange = data.rows.filter((r) => r.year >= from && r.year <= to);
              const shown = shownRows ?? { rows: data.rows, unavailable: [] };
              const shownInRange = shown.rows.filter((r) => r.year >= from && r.year <= to);
              const logBlocker = logScaleBlocker(shownInRange.flatMap((r) => [r.exports, r.imports, r.balance]));
              const log = filters.values.log === true && logBlocker === null;
              const latest = inRange.findLast((r) => r.balance !== null);
              // A balance as published that differs from exports − imports is marked (*) and explained.
              const mismatches = inRange.flatMap((r) => {
                const computed = computedBalanceIfDifferent(r);
                return computed === null ? [] : [{ year: r.year, stated: r.balance, computed }];
              });
              const marked = new Set(mismatches.map((m) => m.year));
              const notes = [
                missingFiguresNote(inRange),
                category === 'goods' && to === filters.coverage?.to
                  ? `Full calendar years only (to ${to}): the months of a later year are under “Year to date” and Frequency “Monthly”.`
                  : null,
                ...mismatches.map(
                  (m) =>
                    `* ${m.year} balance ${formatMusd(m.stated)} as published; exports − imports = ${formatMusd(m.computed)} by rounding.`,
                ),
              ].filter((n): n is string => n !== null);
              const sourceIds = [...new Set(inRange.flatMap((r) => r.sourceIds))];
              const columns: ChartColumn<AnnualRow>[] = [
                { key: 'year', header: 'Year', rowHeader: true, value: (r) => r.year },
                {
                  key: 'exports',
                  header: 'US exports ($ bn)',
                  csvHeader: 'US exports ($ m)',
                  numeric: true,
                  color: SERIES_COLORS.exports,
                  value: (r) => r.exports,
                  format: (r) => formatBn(r.exports),
                },
                {
                  key: 'imports',
                  header: 'US imports ($ bn)',
                  csvHeader: 'US imports ($ m)',
                  numeric: true,
                  color: SERIES_COLORS.imports,
                  value: (r) => r.imports,
                  format: (r) => formatBn(r.imports),
                },
                {
                  key: 'balance',
                  header: 'Balance ($ bn)',
                  csvHeader: 'Balance ($ m)',
                  numeric: true,
                  color: SERIES_COLORS.balance,
                  value: (r) => r.balance,
                  format: (r) => `${formatBn(r.balance)}${marked.has(r.year) ? ' *' : ''}`,
                },
              ];
              return (
                <ChartCard
                  name={`${word}-trade`}
                  title={`US ${word} trade with South Korea`}
                  subtitle={`US ${word} exports, imports and balance, ${formatYearRange(from, to)}, $ bn; negative balance = US deficit`}
                  fileParts={[from, to]}
                  legend={[
                    { label: 'US exports', color: SERIES_COLORS.exports, shape: 'line' },
                    { label: 'US imports', color: SERIES_COLORS.imports, shape: 'dashed' },
                    { label: 'Balance (below zero = US deficit)', color: SERIES_COLORS.balance, shape: 'rect' },
                    MILESTONE_LEGEND,
                    ...(filters.values.events ? [MINOR_EVENT_LEGEND] : []),
                  ]}
                  sources={meta.data ? pickSources(meta.data.sources, sourceIds) : []}
                  note={notes.length ? notes.join(' ') : undefined}
                  summary={`Line chart of US ${word} exports and imports with South Korea and bar chart of the balance, ${from} to ${to}.${latest ? ` In ${latest.year} the balance was a ${describeBalance(latest.balance)}.` : ''}`}
                  columns={columns}
                  rows={shownInRange}
                  rowKey={(r) => String(r.year)}
                  height={400}
                  view={{
                    showAs,
                    onShowAs: (mode) => filters.update({ show: mode }),
                    keys: SERIES_KEYS,
                    unavailable: shown.unavailable,
                    log: {
                      value: log,
                      onChange: (on) => filters.update({ log: on }),
                      blocker:
                        logBlocker === null
                          ? null
                          : `${logBlocker}${shownInRange.some((r) => (r.balance ?? 0) < 0) ? ', and the balance is negative' : ''}`,
                    },
                  }}
                  actions={eventsToggle}
                >
                  <Suspense fallback={<Skeleton height={380} />}>
                    <TradeChart
                      // A new series remounts the chart: the brush must not apply old indexes to new data.
                      key={category}
                      rows={shown.rows}
                      showAs={showAs}
                      log={log}
                      from={from}
                      to={to}
                      events={shownEvents}
                      onRangeChange={onRangeChange}
                      onYearActivate={openYear}
                      yearHint={yearHint}
                      minorRail={filters.values.events}
                      balanceNotes={balanceNotes}
                    />
                  </Suspense>
                  {/* Where the user is: under the chart they clicked, and announced. */}
                  <div className="year-message" role="status">
                    {yearMessage && (
                      <div className="notice">
                        <p>{yearMessage}</p>
                        <button type="button" className="button button--ghost" onClick={() => setYearMessage(null)}>
                          Dismiss
                        </button>
                      </div>
                    )}
                  </div>
                </ChartCard>
              );
            }}
          </QueryStatus>
        </div>
      )}

      {/* Drawn after the main chart (at idle time or when scrolled near), in a place of their final size. */}
      <Deferred after={!annual.isPending} height={796} narrowHeight={LOWER_CARDS_NARROW[category]}>
        <LowerCards
          category={category}
          meta={meta.data}
          range={range}
          events={shownEvents}
          minorRail={filters.values.events}
        />
      </Deferred>
      <Deferred after={!annual.isPending} height={2915} narrowHeight={5240}>
        <MonthlyCards
          meta={meta.data}
          annualTo={meta.data?.series.find((s) => s.id === 'goods')?.to}
          partners={filters.partners}
          partnerMode={filters.partnerMode}
          onPartnersChange={onPartnersChange}
          onPartnerModeChange={onPartnerModeChange}
        />
      </Deferred>
    </div>
  );
}

/** The headline of Frequency "Monthly" (goods only: the monthly figures are Census goods), over the months shown. */
function MonthlyHeadline({ from, to }: { from: string | undefined; to: string | undefined }) {
  const monthly = useQuery(monthlyTradeQuery());
  const range = monthly.data ? resolveMonthRange(monthly.data.rows, from, to) : null;
  return (
    <section className="card" aria-labelledby="headline-title">
      <h2 id="headline-title">
        Headline figures, goods, monthly
        {range ? `, ${monthRangeLabel(range.from, range.to)}` : ''}
      </h2>
      <QueryStatus query={monthly} label="monthly goods figures" skeleton={<Skeleton lines={3} />}>
        {(data) =>
          range ? (
            <MonthlyHeadlineFigures
              items={monthlyHeadlines(data.rows, range)}
              category="goods"
              from={range.from}
              to={range.to}
            />
          ) : (
            <p className="empty-state">No monthly figures are served, so no headline can be shown.</p>
          )
        }
      </QueryStatus>
    </section>
  );
}

interface LowerCardsProps {
  category: 'goods' | 'services';
  meta: Meta | undefined;
  range: { from: number; to: number };
  events: TradeEvent[];
  minorRail: boolean;
}

/**
 * The cards further down follow a filter change after the main chart has drawn it. The deferred values live
 * here, not in the page: a deferred render of the page would redraw the main chart's card a second time.
 */
const LowerCards = memo(function LowerCards({ range, events, ...rest }: LowerCardsProps) {
  return <LowerCardsContent {...rest} range={useDeferredValue(range)} events={useDeferredValue(events)} />;
});

/** The balance comparison and the year-on-year change: memoised, so they redraw only when their inputs change. */
const LowerCardsContent = memo(function LowerCardsContent({
  category,
  meta,
  range,
  events,
  minorRail,
}: LowerCardsProps) {
  const annual = useQuery(annualTradeQuery({ category }));
  const goods = useQuery(annualTradeQuery({ category: 'goods' }));
  const services = useQuery(annualTradeQuery({ category: 'services' }));
  const word = CATEGORY_WORD[category];
  // The cards' code loads late (idleLazy): their place keeps its final size until it is there.
  if (!useLazyCodeReady(BalanceComparisonCard, YoyCard))
    return <Placeholder height={796} narrowHeight={LOWER_CARDS_NARROW[category]} />;
  return (
    <Suspense
      fallback={
        <div className="card-grid">
          <Skeleton height={360} />
          <Skeleton height={360} />
        </div>
      }
    >
      <div className="card-grid">
        <BalanceComparisonCard
          goods={goods}
          services={services}
          meta={meta}
          range={range}
          events={events}
          minorRail={minorRail}
        />
        <QueryStatus query={annual} label={`${word} trade figures`} skeleton={<Skeleton height={320} />}>
          {(data) => (
            <YoyCard rows={data.rows} range={range} category={word} meta={meta} events={events} minorRail={minorRail} />
          )}
        </QueryStatus>
      </div>
    </Suspense>
  );
});
