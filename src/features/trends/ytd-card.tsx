import type { Meta, MonthlyRow } from '../../api/schemas.ts';
import { DataTable } from '../../components/data-table.tsx';
import { pickSources, SourceLine } from '../../components/source-line.tsx';
import { SERIES_COLORS } from '../../lib/colors.ts';
import { describeBalance, describeBalanceChange, formatBn, formatMusd, formatPercent } from '../../lib/format.ts';
import { percentChange, yearToDate, type YtdTotals } from './monthly-math.ts';

const LABEL = { exports: 'US exports', imports: 'US imports', balance: 'Balance' } as const;

/**
 * The latest, partial year against the same months of earlier years ("Jan–Apr 2026 vs Jan–Apr 2025"), from the
 * served monthly figures; never against a full year.
 */
export function YtdCard({
  rows,
  meta,
  annualTo,
}: {
  rows: MonthlyRow[];
  meta: Meta | undefined;
  annualTo: number | undefined;
}) {
  const ytd = yearToDate(rows, 2019);
  if (!ytd)
    return <p className="empty-state">No monthly figures are served, so no year-to-date comparison can be made.</p>;
  const { year, span, current, previous } = ytd;
  const now = `${span} ${year}`;
  const before = `${span} ${year - 1}`;
  const sourceIds = [
    ...new Set(
      rows
        .filter((r) => r.month.startsWith(String(year)) || r.month.startsWith(String(year - 1)))
        .flatMap((r) => r.sourceIds),
    ),
  ];
  const history = [...ytd.history].reverse();
  return (
    <>
      <p className="ytd__compare">
        {now} vs {before} · US goods trade with South Korea, the same months of each year
      </p>
      <dl className="kpi-grid">
        {(['exports', 'imports', 'balance'] as const).map((flow) => {
          const a = current[flow];
          const b = previous[flow];
          const diff = a !== null && b !== null ? a - b : null;
          return (
            <div key={flow} className="kpi">
              <dt>
                {LABEL[flow]}, {now}
              </dt>
              <dd>
                <span className={`kpi__value kpi__value--${flow}`}>
                  {flow === 'balance' ? describeBalance(a) : formatMusd(a)}
                </span>
                <p className="kpi__change">
                  <span className="kpi__change-label">vs {before}:</span>{' '}
                  {diff === null ? (
                    <span>cannot be computed: a month is missing</span>
                  ) : flow === 'balance' ? (
                    // A balance moves in words (widened, narrowed), as in the headline.
                    <span>
                      {describeBalance(b)}; {describeBalanceChange(b, a)}
                    </span>
                  ) : (
                    <span>
                      {formatMusd(b)}; {formatMusd(diff, { signed: true })} ({formatPercent(percentChange(b, a))})
                    </span>
                  )}
                </p>
              </dd>
            </div>
          );
        })}
      </dl>
      <DataTable<YtdTotals>
        caption={`${span} of each year, US goods trade with South Korea, $ bn`}
        columns={[
          { key: 'year', header: 'Months', rowHeader: true, cell: (r) => `${span} ${r.year}` },
          {
            key: 'exports',
            header: (
              <>
                <span className="swatch" style={{ background: SERIES_COLORS.exports }} aria-hidden="true" />
                US exports ($ bn)
              </>
            ),
            numeric: true,
            cell: (r) => (r.exports === null ? null : formatBn(r.exports)),
          },
          {
            key: 'imports',
            header: (
              <>
                <span className="swatch" style={{ background: SERIES_COLORS.imports }} aria-hidden="true" />
                US imports ($ bn)
              </>
            ),
            numeric: true,
            cell: (r) => (r.imports === null ? null : formatBn(r.imports)),
          },
          {
            key: 'balance',
            header: (
              <>
                <span className="swatch" style={{ background: SERIES_COLORS.balance }} aria-hidden="true" />
                Balance ($ bn)
              </>
            ),
            numeric: true,
            cell: (r) => (r.balance === null ? null : formatBn(r.balance)),
          },
        ]}
        rows={history}
        rowKey={(r) => String(r.year)}
      />
      <p className="chart-card__note">
        {year} is partial ({span}, preliminary), so it is compared only with the same months of earlier years, never
        with a full year.
        {annualTo !== undefined && annualTo < year ? ` The annual chart holds full years (to ${annualTo}).` : ''} Census
        goods, not seasonally adjusted.
      </p>
      <SourceLine sources={meta ? pickSources(meta.sources, sourceIds) : []} />
    </>
  );
}
