import { formatMusd, formatPercent } from '../../lib/format.ts';
import { BASELINE_YEAR, type Change, type Headline, type Measure } from './trend-math.ts';

const LABEL: Record<Measure, string> = {
  exports: 'US exports',
  imports: 'US imports',
  balance: 'Balance',
  total: 'Total trade',
};

function ChangeLine({ label, value }: { label: string; value: Change }) {
  return (
    <p className="kpi__change">
      <span className="kpi__change-label">{label}</span>{' '}
      {value.absolute === null ? (
        <span>cannot be computed: no figure for that year</span>
      ) : (
        <span>
          {formatMusd(value.absolute, { signed: true })} ({formatPercent(value.percent)})
        </span>
      )}
    </p>
  );
}

/** The headline figures for the latest complete year in the range, with changes and growth. */
export function HeadlineFigures({ items, category, from }: { items: Headline[]; category: string; from: number }) {
  if (items.length === 0) {
    return <p className="empty-state">No year in this range has complete {category} figures, so no headline can be computed.</p>;
  }
  return (
    <dl className="kpi-grid">
      {items.map((h) => (
        <div key={h.measure} className="kpi">
          <dt>
            {LABEL[h.measure]}, {category}, {h.year}
          </dt>
          <dd>
            <span className={`kpi__value kpi__value--${h.measure}`}>
              {h.measure === 'balance' && h.value !== null ? `${h.value < 0 ? 'Deficit' : 'Surplus'} ` : ''}
              {formatMusd(h.value)}
            </span>
            <ChangeLine label={`vs ${BASELINE_YEAR}:`} value={h.vsBaseline} />
            <ChangeLine label={`vs ${h.year - 1}:`} value={h.vsPrevious} />
            <p className="kpi__change">
              <span className="kpi__change-label">
                Growth a year, {from}–{h.year}:
              </span>{' '}
              {h.cagr === null ? (
                <span>{h.measure === 'balance' ? 'not meaningful for a balance' : 'cannot be computed'}</span>
              ) : (
                formatPercent(h.cagr)
              )}
            </p>
          </dd>
        </div>
      ))}
    </dl>
  );
}
