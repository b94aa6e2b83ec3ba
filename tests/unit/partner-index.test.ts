// The partner index divides a year's balance by the base year's only within one download: a year of another
// vintage gets no index (a gap), never one download divided by another.
import { describe, expect, it } from 'vitest';
import { partnerComparison, partnerIndex, type PartnerSeries } from '../../src/features/trends/monthly-math.ts';
import type { PartnerAnnualRow } from '../../src/api/schemas.ts';

const row = (year: number, balance: number, vintage: string): PartnerAnnualRow => ({
  year,
  exports: null,
  imports: null,
  balance,
  months: { exports: 12, imports: 12 },
  vintages: [vintage],
});

const korea: PartnerSeries = {
  id: 'korea',
  name: 'South Korea',
  rows: [row(2020, -25, 'new'), row(2021, -30, 'new'), row(2022, -50, 'new')],
};
const japan: PartnerSeries = {
  id: 'japan',
  name: 'Japan',
  rows: [row(2016, -60, 'old'), row(2017, -66, 'old'), row(2020, -50, 'new'), row(2021, -60, 'new')],
};

describe('partner index', () => {
  it('indexes years of the base year’s download', () => {
    expect(partnerIndex(row(2021, -60, 'new'), row(2020, -50, 'new'))).toBeCloseTo(120);
  });

  it('gives no index for a year of another download than the base year’s', () => {
    expect(partnerIndex(row(2016, -60, 'old'), row(2020, -50, 'new'))).toBeNull();
  });

  it('draws the older download as values but leaves it out of the index', () => {
    const values = partnerComparison([korea, japan], 'values');
    const index = partnerComparison([korea, japan], 'index');
    expect(index.base).toBe(2020);
    const at = (points: typeof values.points, year: number, key: string) => points.find((p) => p.year === year)?.[key];
    const oldKey = values.lines.find((l) => l.partnerId === 'japan' && l.vintages[0] === 'old')!.key;
    const newKey = values.lines.find((l) => l.partnerId === 'japan' && l.vintages[0] === 'new')!.key;
    expect(at(values.points, 2016, oldKey)).toBe(-60);
    expect(at(index.points, 2016, oldKey)).toBeNull();
    expect(at(index.points, 2021, newKey)).toBeCloseTo(120);
    expect(at(index.points, 2022, 'korea:0')).toBeCloseTo(200);
  });
});
