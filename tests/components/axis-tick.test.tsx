// The axes' tick labels: drawn as one line with the axis's formatter, and without recharts measuring each label in
// a hidden span of the page (a forced layout per label in a browser).
import { render, screen } from '@testing-library/react';
import { Line, LineChart, XAxis, YAxis } from 'recharts';
import { describe, expect, it } from 'vitest';
import { bnYAxis, niceAxis, YEAR_X_AXIS } from '../../src/components/chart-axes.ts';

const ROWS = [
  { year: 2010, exports: 38_844 },
  { year: 2011, exports: 43_462 },
  { year: 2012, exports: 42_282 },
];
const MEASUREMENT_SPAN = 'recharts_measurement_span';

function Chart({ tick }: { tick?: { fontSize: number } }) {
  const yAxis = bnYAxis(ROWS.map((r) => r.exports));
  return (
    <LineChart width={600} height={300} data={ROWS}>
      <XAxis {...YEAR_X_AXIS} interval={0} {...(tick ? { tick } : {})} />
      <YAxis {...yAxis} {...(tick ? { tick } : {})} />
      <Line dataKey="exports" isAnimationActive={false} />
    </LineChart>
  );
}

describe('axis tick labels', () => {
  it('shows every year and the $ bn figures the formatter gives, one text per label', () => {
    const { container } = render(<Chart />);
    for (const year of ['2010', '2011', '2012']) expect(screen.getByText(year)).toBeInTheDocument();
    const labels = [...container.querySelectorAll('.recharts-yAxis-tick-labels text')].map((t) => t.textContent);
    const { ticks, tickFormatter } = niceAxis(
      ROWS.map((r) => r.exports),
      { count: 6, divisor: 1000 },
    );
    expect(labels).toEqual(ticks.map((t) => tickFormatter(t)));
    expect(labels).toContain('40');
    for (const text of container.querySelectorAll('.recharts-cartesian-axis-tick-value')) {
      expect(text.querySelectorAll('tspan')).toHaveLength(1);
    }
  });

  it('does not measure the labels in the page', () => {
    render(<Chart />);
    expect(document.getElementById(MEASUREMENT_SPAN)).toBeNull();
  });

  it('recharts’ default labels would (the check above can fail)', () => {
    render(<Chart tick={{ fontSize: 12 }} />);
    expect(document.getElementById(MEASUREMENT_SPAN)).not.toBeNull();
    document.getElementById(MEASUREMENT_SPAN)?.remove();
  });
});
