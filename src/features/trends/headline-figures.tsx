import { describeBalanceChange, formatBalance, formatMusd, formatPercent, formatYearRange } from '../../lib/format.ts';
import { monthFromIndex, monthIndex, monthLabel, monthRangeLabel, type MonthlyHeadline } from './monthly-math.ts';
import { BASELINE_YEAR, change, type Change, type Headline, type Measure } from './trend-math.ts';

const LABEL: Record<Measure, string> = {
  exports: 'US exports',
  imports: 'US imports',
  balance: 'Balance',
  total: 'Total trade',
};

function ChangeLine({
  label,
  value,
  balance,
  missing = 'no figure for that year',
}: {
  label: string;
  value: Change;
  balance?: { from: number | null; to: number | null };
  /** Why a change is missing, in the period's words. */
  missing?: string;
}) {
  let text: string;
  if (value.absolute === null) text = `cannot be computed: ${missing}`;
  // A balance changes in words (widened, narrowed), never by a percentage of itself.
  else if (balance) text = describeBalanceChange(balance.from, balance.to);
  else if (formatMusd(value.absolute) === '$0 m') text = 'no change';
  else text = `${formatMusd(value.absolute, { signed: true })} (${formatPercent(value.percent)})`;
  return (
    <p className="kpi__change">
      <span className="kpi__change-label">{label}</span> <span>{text}</span>
    </p>
  );
}

const earlier = (value: number | null, change: Change) =>
  value === null || change.absolute === null ? null : value - change.absolute;

/** The headline figures: each measure at the latest year of the range that has it, with changes and growth. */
export function HeadlineFigures({
  items,
  category,
  from,
  to,
}: {
  items: Headline[];
  category: string;
  from: number;
  to: number;
}) {
  if (items.length === 0) {
    return (
      <p className="empty-state">
        No year in {formatYearRange(from, to)} has {category} figures, so no headline can be shown.
      </p>
    );
  }
  return (
    <dl className="kpi-grid">
      {items.map((h) => (
        <div key={h.measure} className="kpi">
          <dt>
            {LABEL[h.measure]}, {category}, {h.year ?? formatYearRange(from, to)}
          </dt>
          <dd>
            {h.year === null ? (
              <p className="kpi__change">
                No {h.measure === 'total' ? 'total (exports and imports)' : LABEL[h.measure].replace('US ', '')} figure
                was published for {formatYearRange(from, to)}.
              </p>
            ) : (
              <>
                <span className={`kpi__value kpi__value--${h.measure}`}>
                  {h.measure === 'balance' ? formatBalance(h.value) : formatMusd(h.value)}
                </span>
                {h.vsBaseline && (
                  <ChangeLine
                    label={`vs ${BASELINE_YEAR} (before KORUS):`}
                    value={h.vsBaseline}
                    balance={
                      h.measure === 'balance' ? { from: earlier(h.value, h.vsBaseline), to: h.value } : undefined
                    }
                  />
                )}
                <ChangeLine
                  label={`vs ${h.year - 1}:`}
                  value={h.vsPrevious}
                  balance={h.measure === 'balance' ? { from: earlier(h.value, h.vsPrevious), to: h.value } : undefined}
                />
                <p className="kpi__change">
                  <span className="kpi__change-label">Growth a year, {formatYearRange(from, h.year)}:</span>{' '}
                  {h.cagr === null ? (
                    <span>
                      {h.measure === 'balance'
                        ? 'not meaningful for a balance'
                        : from === h.year
                          ? 'needs more than one year'
                          : 'cannot be computed'}
                    </span>
                  ) : (
                    formatPercent(h.cagr)
                  )}
                </p>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Frequency "Monthly": each measure at the latest month of the range, against the same month a year earlier, and
 * the year to that month against the same months a year earlier (a partial year is labelled, "2026 (Jan–Apr)").
 */
export function MonthlyHeadlineFigures({
  items,
  category,
  from,
  to,
}: {
  items: MonthlyHeadline[];
  category: string;
  from: string;
  to: string;
}) {
  const range = monthRangeLabel(from, to);
  if (items.length === 0) {
    return (
      <p className="empty-state">
        No month in {range} has {category} figures, so no headline can be shown.
      </p>
    );
  }
  return (
    <dl className="kpi-grid">
      {items.map((h) => {
        const isBalance = h.measure === 'balance';
        const show = (v: number | null) => (isBalance ? formatBalance(v) : formatMusd(v));
        return (
          <div key={h.measure} className="kpi">
            <dt>
              {LABEL[h.measure]}, {category}, {h.month === null ? range : monthLabel(h.month)}
            </dt>
            <dd>
              {h.month === null || h.ytd === null ? (
                <p className="kpi__change">
                  No {h.measure === 'total' ? 'total (exports and imports)' : LABEL[h.measure].replace('US ', '')}{' '}
                  figure was published for {range}.
                </p>
              ) : (
                <>
                  <span className={`kpi__value kpi__value--${h.measure}`}>{show(h.value)}</span>
                  <ChangeLine
                    label={`vs ${monthLabel(monthFromIndex(monthIndex(h.month) - 12))}:`}
                    value={change(h.yearEarlier, h.value)}
                    balance={isBalance ? { from: h.yearEarlier, to: h.value } : undefined}
                    missing="no figure for that month"
                  />
                  <p className="kpi__change">
                    <span className="kpi__change-label">{h.ytd.label}:</span> <span>{show(h.ytd.value)}</span>
                  </p>
                  <ChangeLine
                    label={`vs ${h.ytd.previousLabel}:`}
                    value={change(h.ytd.previous, h.ytd.value)}
                    balance={isBalance ? { from: h.ytd.previous, to: h.ytd.value } : undefined}
                    missing="a month of them has no figure"
                  />
                </>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
