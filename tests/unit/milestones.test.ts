// Milestone label layout and year ticks: labels never overprint each other or a neighbour's line, never
// cross the plot's edge; year ticks fall on round years.
import { describe, it, expect } from 'vitest';
import { layoutLabels, yearTicks } from '../../src/components/milestones.tsx';

const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('layoutLabels', () => {
  it('puts a label to the right of its line when there is room', () => {
    expect(layoutLabels([{ x: 100, width: 80 }], { left: 0, right: 500 })).toEqual([
      { x: 97, anchor: 'start', row: 0 },
    ]);
  });

  it('sets a label that would cross the right edge to the left of its line, so it is never clipped', () => {
    const [label] = layoutLabels([{ x: 480, width: 130 }], { left: 0, right: 500 });
    expect(label).toEqual({ x: 483, anchor: 'end', row: 0 });
  });

  it('moves a label that would overprint another into the second row', () => {
    const labels = layoutLabels(
      [
        { x: 100, width: 80 },
        { x: 300, width: 80 },
        { x: 420, width: 70 },
      ],
      { left: 0, right: 1000 },
    );
    expect(labels.map((l) => l?.row)).toEqual([0, 0, 0]);
    const close = layoutLabels(
      [
        { x: 100, width: 60 },
        { x: 165, width: 80 },
      ],
      { left: 0, right: 1000 },
    );
    expect(close).toEqual([
      { x: 97, anchor: 'start', row: 0 },
      { x: 162, anchor: 'start', row: 1 },
    ]);
  });

  it('never lets a label cross another milestone’s line, and leaves out a label that fits nowhere', () => {
    // Phone width: 2007, 2012 and 2019 lines 30 and 40 px apart.
    const labels = layoutLabels(
      [
        { x: 207, width: 76 },
        { x: 237, width: 88 },
        { x: 277, width: 139 },
      ],
      { left: 50, right: 310 },
    );
    expect(labels[0]).toEqual({ x: 210, anchor: 'end', row: 0 });
    expect(labels[1]).toBeNull();
    expect(labels[2]).toBeNull();
  });
});

describe('yearTicks', () => {
  it('ticks every 5 or 10 years over a long range, on round years', () => {
    expect(yearTicks(span(1985, 2025), 14)).toEqual([1985, 1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025]);
    expect(yearTicks(span(1985, 2025), 6)).toEqual([1990, 2000, 2010, 2020]);
    expect(yearTicks(span(1985, 2025), 6)).not.toContain(2011);
  });

  it('ticks every year over a short range, and keeps a one-year range', () => {
    expect(yearTicks(span(2013, 2017), 14)).toEqual(span(2013, 2017));
    expect(yearTicks([1988], 6)).toEqual([1988]);
    expect(yearTicks([], 6)).toEqual([]);
    expect(yearTicks(span(2011, 2018), 6)).toEqual([2012, 2014, 2016, 2018]);
  });
});
