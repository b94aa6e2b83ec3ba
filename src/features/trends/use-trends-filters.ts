import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { monthlyTradeQuery } from '../../api/queries.ts';
import type { Meta } from '../../api/schemas.ts';
import { SHOW_AS } from '../../lib/show-as.ts';
import { useUrlState } from '../../lib/use-url-state.ts';
import type { MonthlyView } from './monthly-math.ts';
import { DEFAULT_PARTNERS, PARTNER_IDS, type PartnerMode } from './partner-ids.ts';

const CATEGORIES = ['goods', 'services'] as const;
const FREQUENCIES = ['annual', 'monthly'] as const;
const MONTHLY_VIEWS = ['values', 'rolling', 'yoy'] as const;
const PARTNER_MODES = ['values', 'index'] as const;
const RANGES = [
  ['from', 'to'],
  ['mfrom', 'mto'],
] as const;

/**
 * URL state of the trends page: from, to, category, events (show all timeline events), freq (annual or monthly),
 * mfrom/mto (the monthly range, YYYY-MM), mview (monthly values, 12-month total or change on a year earlier),
 * partners (the partners compared with Korea) and pview (their balance as values or an index).
 */
export function useTrendsFilters(meta: Meta | undefined) {
  // Years are checked against the chosen series' own coverage (services: 2011–2018), with a notice.
  const [searchParams] = useSearchParams();
  const rawCategory = searchParams.get('category') === 'services' ? 'services' : 'goods';
  const goods = meta?.series.find((s) => s.id === 'goods');
  const chosen = meta?.series.find((s) => s.id === rawCategory) ?? goods;
  const min = chosen?.from ?? 1985;
  const max = chosen?.to ?? 2025;
  // Months are checked against the months served (the first to the last with a figure), with a notice. The
  // annual view without months in its URL does not ask for them: its first chart must not wait behind them.
  const monthsInUrl = searchParams.has('mfrom') || searchParams.has('mto');
  const monthly = useQuery({
    ...monthlyTradeQuery(),
    enabled: monthsInUrl || searchParams.get('freq') === 'monthly',
  });
  const rows = monthly.data?.rows;
  const firstMonth = rows?.[0]?.month;
  const lastMonth = rows?.findLast((r) => r.exports !== null || r.imports !== null)?.month;
  const specs = useMemo(
    () => ({
      from: { type: 'year' as const, label: 'From', min, max },
      to: { type: 'year' as const, label: 'To', min, max },
      category: { type: 'enum' as const, label: 'Category', options: CATEGORIES, default: 'goods' },
      events: { type: 'flag' as const, label: 'Show all events' },
      freq: { type: 'enum' as const, label: 'Frequency', options: FREQUENCIES, default: 'annual' },
      mfrom: { type: 'month' as const, label: 'From month', min: firstMonth, max: lastMonth },
      mto: { type: 'month' as const, label: 'To month', min: firstMonth, max: lastMonth },
      mview: { type: 'enum' as const, label: 'Monthly view', options: MONTHLY_VIEWS, default: 'values' },
      partners: { type: 'list' as const, label: 'Partners', options: PARTNER_IDS, max: PARTNER_IDS.length },
      pview: { type: 'enum' as const, label: 'Partner view', options: PARTNER_MODES, default: 'values' },
      show: { type: 'enum' as const, label: 'Show as', options: SHOW_AS, default: 'values' },
      log: { type: 'flag' as const, label: 'Log scale' },
    }),
    [min, max, firstMonth, lastMonth],
  );
  // A month in the URL waits for the months served (or their failure), so a valid one is never "corrected".
  const ready = meta !== undefined && (!monthsInUrl || lastMonth !== undefined || monthly.isError);
  const state = useUrlState(specs, { ready, ranges: RANGES });
  const category = state.values.category === 'services' ? 'services' : 'goods';
  const series = meta?.series.find((s) => s.id === category) ?? goods;
  // Unset ends of the range mean the series' own coverage.
  const from = Math.max(state.values.from ?? series?.from ?? min, series?.from ?? min);
  const to = Math.min(state.values.to ?? series?.to ?? max, series?.to ?? max);

  const frequency = state.values.freq === 'monthly' ? 'monthly' : 'annual';
  const monthlyView: MonthlyView =
    state.values.mview === 'rolling' || state.values.mview === 'yoy' ? state.values.mview : 'values';
  const monthFrom = state.values.mfrom || undefined;
  const monthTo = state.values.mto || undefined;
  // The same array while the list is the same, so the partners card does not redraw for other filters.
  const partnerList = state.values.partners.join(',');
  const partners = useMemo(() => (partnerList ? partnerList.split(',') : [...DEFAULT_PARTNERS]), [partnerList]);
  const partnerMode: PartnerMode = state.values.pview === 'index' ? 'index' : 'values';
  return {
    ...state,
    category,
    from: Math.min(from, to),
    to: Math.max(from, to),
    coverage: series,
    frequency,
    monthlyView,
    monthFrom,
    monthTo,
    partners,
    partnerMode,
  } as const;
}
