import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Meta } from '../../api/schemas.ts';
import { SHOW_AS } from '../../lib/show-as.ts';
import { useUrlState } from '../../lib/use-url-state.ts';

const CATEGORIES = ['goods', 'services'] as const;
const RANGES = [['from', 'to']] as const;

/** URL state of the trends page: from, to, category, events (show all timeline events). */
export function useTrendsFilters(meta: Meta | undefined) {
  // Years are checked against the chosen series' own coverage (services: 2011–2018), with a notice.
  const [searchParams] = useSearchParams();
  const rawCategory = searchParams.get('category') === 'services' ? 'services' : 'goods';
  const goods = meta?.series.find((s) => s.id === 'goods');
  const chosen = meta?.series.find((s) => s.id === rawCategory) ?? goods;
  const min = chosen?.from ?? 1985;
  const max = chosen?.to ?? 2025;
  const specs = useMemo(
    () => ({
      from: { type: 'year' as const, label: 'From', min, max },
      to: { type: 'year' as const, label: 'To', min, max },
      category: { type: 'enum' as const, label: 'Category', options: CATEGORIES, default: 'goods' },
      events: { type: 'flag' as const, label: 'Show all events' },
      show: { type: 'enum' as const, label: 'Show as', options: SHOW_AS, default: 'values' },
      log: { type: 'flag' as const, label: 'Log scale' },
    }),
    [min, max],
  );
  const state = useUrlState(specs, { ready: meta !== undefined, ranges: RANGES });
  const category = state.values.category === 'services' ? 'services' : 'goods';
  const series = meta?.series.find((s) => s.id === category) ?? goods;
  // Unset ends of the range mean the series' own coverage.
  const from = Math.max(state.values.from ?? series?.from ?? min, series?.from ?? min);
  const to = Math.min(state.values.to ?? series?.to ?? max, series?.to ?? max);
  return { ...state, category, from: Math.min(from, to), to: Math.max(from, to), coverage: series } as const;
}
