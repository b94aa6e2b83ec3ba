// The monthly view of the trends page and the cards that use the monthly and partner figures (issue 13).
import { useQuery } from '@tanstack/react-query';
import { memo, Suspense, useId, type ReactNode } from 'react';
import { monthlyTradeQuery, tariffCommitmentsQuery } from '../../api/queries.ts';
import type { Meta, TradeEvent } from '../../api/schemas.ts';
import { SegmentedFilter } from '../../components/filter-bar.tsx';
import { QueryStatus, Skeleton } from '../../components/query-status.tsx';
import { Placeholder } from '../../components/deferred.tsx';
import { eagerLazy, idleLazy } from '../../components/eager-lazy.ts';
import { DEFAULT_MONTH_FROM, isMonth, resolveMonthRange, servedMonths, type MonthlyView } from './monthly-math.ts';
import type { PartnerMode } from './partner-ids.ts';
import { PARTNERS_CARD_SIZE } from './partners-card-size.ts';
import { TariffCard } from './tariff-card.tsx';
import { YtdCard } from './ytd-card.tsx';

const MonthlyCard = eagerLazy(import('./monthly-card.tsx').then((m) => memo(m.MonthlyCard)));
const PartnersCard = idleLazy(() => import('./partners-card.tsx').then((m) => m.PartnersCard));

interface MonthlySectionProps {
  meta: Meta | undefined;
  view: MonthlyView;
  from: string | undefined;
  to: string | undefined;
  events: TradeEvent[];
  eventsToggle: ReactNode;
  onViewChange: (view: MonthlyView) => void;
  onRangeChange: (range: { from: string; to: string }) => void;
  minorRail: boolean;
}

/** Frequency "Monthly": the monthly chart of US goods trade with South Korea in place of the annual one. */
export function MonthlySection({
  meta,
  view,
  from,
  to,
  events,
  eventsToggle,
  onViewChange,
  onRangeChange,
  minorRail,
}: MonthlySectionProps) {
  const monthly = useQuery(monthlyTradeQuery());
  return (
    <QueryStatus query={monthly} label="monthly goods figures" skeleton={<Skeleton height={520} />}>
      {(data) => {
        const range = resolveMonthRange(data.rows, from, to);
        if (!range)
          return <p className="empty-state">No monthly figures are served, so no monthly chart can be drawn.</p>;
        return (
          <MonthlyCard
            data={data}
            meta={meta}
            view={view}
            from={range.from}
            to={range.to}
            events={events}
            onRangeChange={onRangeChange}
            minorRail={minorRail}
            actions={
              <>
                <SegmentedFilter
                  label="Show"
                  value={view}
                  options={[
                    { value: 'values', label: 'Values' },
                    { value: 'rolling', label: '12-month total' },
                    { value: 'yoy', label: 'Change on a year earlier (%)' },
                  ]}
                  onChange={(v) => onViewChange(v === 'rolling' || v === 'yoy' ? v : 'values')}
                />
                {eventsToggle}
              </>
            }
          />
        );
      }}
    </QueryStatus>
  );
}

interface MonthlyCardsProps {
  meta: Meta | undefined;
  annualTo: number | undefined;
  partners: readonly string[];
  partnerMode: PartnerMode;
  onPartnersChange: (ids: string[]) => void;
  onPartnerModeChange: (mode: PartnerMode) => void;
}

/** "Year to date", "Korea among US trading partners" and the tariff commitments, below the page's first chart. */
export const MonthlyCards = memo(function MonthlyCards({
  meta,
  annualTo,
  partners,
  partnerMode,
  onPartnersChange,
  onPartnerModeChange,
}: MonthlyCardsProps) {
  const monthly = useQuery(monthlyTradeQuery());
  return (
    <div className="monthly-cards">
      <section className="card" aria-labelledby="ytd-title">
        <h2 id="ytd-title">Year to date</h2>
        <QueryStatus
          query={monthly}
          label="monthly goods figures"
          skeleton={<Placeholder height={542} narrowHeight={950} />}
        >
          {(data) => <YtdCard rows={data.rows} meta={meta} annualTo={annualTo} />}
        </QueryStatus>
      </section>
      <Suspense fallback={<Placeholder {...PARTNERS_CARD_SIZE} />}>
        <PartnersCard
          meta={meta}
          chosen={partners}
          mode={partnerMode}
          onChosenChange={onPartnersChange}
          onModeChange={onPartnerModeChange}
        />
      </Suspense>
      <TariffSection meta={meta} />
    </div>
  );
});

function MonthInput({
  label,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  value: string;
  min: string;
  max: string;
  onChange: (month: string) => void;
}) {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id} className="filter__label">
        {label}
      </label>
      <input
        id={id}
        type="month"
        className="filter__control"
        value={value}
        min={min}
        max={max}
        // Half-typed months are not applied; a complete one inside the data is.
        onChange={(e) => {
          const v = e.target.value;
          if (isMonth(v) && v >= min && v <= max) onChange(v);
        }}
      />
    </div>
  );
}

/** The monthly range as two month fields (From, To), bounded by the months served. */
export function MonthRangeFilters({
  from,
  to,
  onChange,
}: {
  from: string | undefined;
  to: string | undefined;
  onChange: (range: { from: string; to: string }) => void;
}) {
  const monthly = useQuery(monthlyTradeQuery());
  const rows = monthly.data?.rows ?? [];
  const served = servedMonths(rows);
  const first = served?.first ?? '1985-01';
  const last = served?.last ?? first;
  const range = resolveMonthRange(rows, from, to);
  const f = range?.from ?? from ?? DEFAULT_MONTH_FROM;
  const t = range?.to ?? to ?? last;
  return (
    <>
      <MonthInput
        label="From"
        value={f}
        min={first}
        max={last}
        onChange={(m) => onChange({ from: m, to: m > t ? m : t })}
      />
      <MonthInput
        label="To"
        value={t}
        min={first}
        max={last}
        onChange={(m) => onChange({ from: m < f ? m : f, to: m })}
      />
    </>
  );
}

/** "KORUS tariff commitments": the staging table, from GET /api/v1/tariff-commitments. */
export function TariffSection({ meta }: { meta: Meta | undefined }) {
  const tariffs = useQuery(tariffCommitmentsQuery());
  return (
    <section className="card" aria-labelledby="tariff-title">
      <h2 id="tariff-title">KORUS tariff commitments</h2>
      {/* The skeleton at the table's final size (less the loading block's padding, 16 px): the page's end does not
          move when it arrives. */}
      <QueryStatus
        query={tariffs}
        label="the tariff commitments"
        skeleton={<Placeholder height={1417} narrowHeight={2829} />}
      >
        {(data) => (
          <div className="tariff-table-wrap">
            <TariffCard rows={data.commitments} meta={meta} />
          </div>
        )}
      </QueryStatus>
    </section>
  );
}
