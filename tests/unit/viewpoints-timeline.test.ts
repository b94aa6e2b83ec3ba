import { describe, expect, it } from 'vitest';
import { pickComparePair, rankForCompare } from '../../src/features/viewpoints/compare-pick.ts';
import {
  datePeriod,
  datePrecisionOf,
  laneBoxes,
  laneLabel,
  markerAfterKey,
  precisionNote,
  stackMarkers,
  type PlacedMarker,
} from '../../src/features/viewpoints/timeline-layout.ts';
import type { Expert, Viewpoint } from '../../src/api/schemas.ts';

describe('dates of a statement', () => {
  it('knows the precision from the date and says it in words', () => {
    expect(datePrecisionOf('2024')).toBe('year');
    expect(datePrecisionOf('2025-11')).toBe('month');
    expect(datePrecisionOf('2018-01-04')).toBe('day');
    expect(precisionNote('year')).toBe('dated to the year only; placed mid-year');
    expect(precisionNote('month')).toBe('dated to the month only; placed mid-month');
    expect(precisionNote('day')).toBeNull();
  });

  it('gives the period a year or a month names', () => {
    expect(datePeriod('2024')).toEqual([2024, 2025]);
    const [from, to] = datePeriod('2025-11');
    expect(from).toBeCloseTo(2025 + 304 / 365, 6);
    expect(to).toBeCloseTo(2025 + 334 / 365, 6);
  });

  it('names a lane after the expert, without a bracketed remark, family name first kept', () => {
    expect(laneLabel('Capital Economics (client note; author not named in the source seen)')).toBe('Capital Economics');
    expect(laneLabel('Kim Jin-wook')).toBe('Kim Jin-wook');
  });
});

describe('stacking markers within a lane', () => {
  const px = 100; // pixels per year
  it('puts markers of one date in rows, and closer than the gap in another row', () => {
    const items = [
      { id: 'a', lane: 0, t: 2018.01 },
      { id: 'b', lane: 0, t: 2018.01 },
      { id: 'c', lane: 0, t: 2018.01 },
      { id: 'd', lane: 0, t: 2018.1 }, // 9 px after: too close to any of a–c
      { id: 'e', lane: 0, t: 2018.3 }, // 29 px after a: back in the first row
      { id: 'f', lane: 1, t: 2018.01 }, // another lane: its own rows
    ];
    const { markers, rows } = stackMarkers(items, 2, px, 17);
    const row = (id: string) => markers.find((m) => m.id === id)?.row;
    expect([row('a'), row('b'), row('c'), row('d'), row('e'), row('f')]).toEqual([0, 1, 2, 3, 0, 0]);
    expect(rows).toEqual([4, 1]);
  });

  it('never leaves two markers of a row closer than the gap, whatever the input order', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`, lane: i % 3, t: 2014 + ((i * 7919) % 97) / 8 }));
    const { markers, rows } = stackMarkers(items, 3, 30, 17);
    expect(markers).toHaveLength(40);
    for (const a of markers) {
      for (const b of markers) {
        if (a !== b && a.lane === b.lane && a.row === b.row)
          expect(Math.abs(a.t - b.t) * 30).toBeGreaterThanOrEqual(17);
      }
      expect(a.row).toBeLessThan(rows[a.lane]!);
    }
    expect(stackMarkers([], 2, 30, 17).rows).toEqual([1, 1]);
  });

  it('gives each lane its height: a label row on phones, then its rows', () => {
    const boxes = laneBoxes([1, 3], { rowHeight: 17, padding: 4, labelHeight: 15 });
    expect(boxes).toEqual([
      { top: 0, height: 15 + 17 + 8, firstRow: 15 + 4 + 8.5 },
      { top: 40, height: 15 + 51 + 8, firstRow: 15 + 4 + 8.5 },
    ]);
  });
});

describe('arrow keys between markers', () => {
  const m = (id: string, lane: number, t: number, row = 0): PlacedMarker => ({ id, lane, t, row });
  const markers = [
    m('a1', 0, 2018),
    m('a2', 0, 2025.2),
    m('a3', 0, 2025.5),
    m('b1', 1, 2018, 0),
    m('b2', 1, 2018, 1),
    m('b3', 1, 2024.5),
    m('c1', 3, 2022), // lane 2 is empty
  ];
  const go = (from: string, key: string, ctrl = false) => markerAfterKey(markers, from, key, ctrl);

  it('walks a lane in time with ← → (stacked markers in row order) and stops at its ends', () => {
    expect(go('b1', 'ArrowRight')).toBe('b2');
    expect(go('b2', 'ArrowRight')).toBe('b3');
    expect(go('b3', 'ArrowRight')).toBe('b3');
    expect(go('b2', 'ArrowLeft')).toBe('b1');
    expect(go('a1', 'ArrowLeft')).toBe('a1');
    expect(go('a2', 'Home')).toBe('a1');
    expect(go('a1', 'End')).toBe('a3');
  });

  it('moves between lanes with ↑ ↓ to the nearest in time, past an empty lane', () => {
    expect(go('a2', 'ArrowDown')).toBe('b3');
    expect(go('a1', 'ArrowDown')).toBe('b1');
    expect(go('b3', 'ArrowUp')).toBe('a2');
    expect(go('b3', 'ArrowDown')).toBe('c1');
    expect(go('c1', 'ArrowDown')).toBe('c1');
    expect(go('a1', 'ArrowUp')).toBe('a1');
  });

  it('goes to the first and last statement of all with Ctrl+Home and Ctrl+End, and ignores other keys', () => {
    expect(go('b3', 'Home', true)).toBe('a1');
    expect(go('b1', 'End', true)).toBe('a3');
    expect(go('a1', 'Tab')).toBeNull();
    expect(go('a1', 'Enter')).toBeNull();
  });
});

describe('compare preselection', () => {
  const expert = (id: string, name: string): Expert => ({
    id,
    name,
    title: 't',
    organisation: 'o',
    profileUrl: null,
    statementCount: 0,
  });
  const experts = [expert('z', 'Zed Zulu'), expert('y', 'Amy Young'), expert('x', 'Bob Xu'), expert('w', 'Cy West')];
  const vp = (id: string, expertId: string, topics: string[]) => ({ id, expertId, topics }) as unknown as Viewpoint;
  const viewpoints = [
    vp('1', 'z', ['other']),
    vp('2', 'z', ['other']),
    vp('3', 'z', ['other']),
    vp('4', 'y', ['autos']),
    vp('5', 'x', ['autos']),
    vp('6', 'x', ['other']),
    vp('7', 'w', ['autos']),
  ];

  it('ranks by statements on the topic, then in all, then by name; 0 on the topic never comes first', () => {
    const ranked = rankForCompare(experts, viewpoints, ['autos']);
    expect(ranked.map((r) => [r.expert.id, r.onTopic, r.total])).toEqual([
      ['x', 1, 2],
      ['y', 1, 1], // Amy Young before Cy West: same counts, name A–Z
      ['w', 1, 1],
      ['z', 0, 3],
    ]);
    expect(pickComparePair(experts, viewpoints, ['autos'])).toEqual(['x', 'y']);
  });

  it('counts every statement when no topic is chosen, and keeps the experts already chosen first', () => {
    expect(pickComparePair(experts, viewpoints, [])).toEqual(['z', 'x']);
    expect(pickComparePair(experts, viewpoints, ['autos'], ['z'])).toEqual(['z', 'x']);
    expect(pickComparePair(experts, viewpoints, ['autos'], ['nobody', 'w'])).toEqual(['w', 'x']);
  });
});
