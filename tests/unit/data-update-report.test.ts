// The revision report of `npm run data:update`: months added, figures revised old → new with the size of the
// revision, figures no longer in the source, chapters new, and the "data as of".
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareData, formatReport } from '../../mocks/scripts/update/report.mjs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const folder = (files: Record<string, unknown>) => {
  const d = mkdtempSync(join(tmpdir(), 'korus-report-'));
  dirs.push(d);
  for (const [name, value] of Object.entries(files)) writeFileSync(join(d, name), JSON.stringify(value));
  return d;
};
const month = (m: string, exports: number | null, imports: number | null) => ({ month: m, exports, imports });

// Constructed figures (US$ million), for the report only.
const oldDir = folder({
  'meta.json': { dataAsOf: '2026-06-10' },
  'goods-monthly.json': [month('2026-03', 1000, 2000), month('2026-04', 1100, 2100)],
  'partner-monthly.json': [{ partner: 'japan', ...month('2025-12', 50, null) }],
  'goods-annual.json': [{ year: 2025, exports: 12000, imports: 24000 }],
});
const newDir = folder({
  'meta.json': { dataAsOf: '2026-12-01' },
  'goods-monthly.json': [month('2026-03', 1000, 2000), month('2026-04', 1010, 2100), month('2026-05', 1200, 2200)],
  'partner-monthly.json': [{ partner: 'japan', ...month('2025-12', 50, 70) }],
  'goods-annual.json': [{ year: 2025, exports: 12000, imports: 23990.5 }],
  'hs-chapters-census.json': { chapterIds: ['hs-87', 'hs-97'], newChapters: [] },
  'hs-chapter-census-monthly.json': [{ month: '2026-05', sectorId: 'hs-87', basis: 'census-fas', value: 3.5 }],
});

describe('revision report', () => {
  const report = compareData(oldDir, newDir);
  const [monthly, annual, census] = report.sets;

  it('lists months added per series, and only non-null figures', () => {
    expect(monthly?.added.sort()).toEqual([
      'South Korea exports|2026-05',
      'South Korea imports|2026-05',
      'japan imports|2025-12',
    ]);
    expect(census?.added).toEqual(['hs-87 census-fas|2026-05']);
  });

  it('gives each revision old → new with its size, largest first', () => {
    expect(monthly?.revised).toEqual([
      { series: 'South Korea exports', period: '2026-04', old: 1100, new: 1010, delta: -90, pct: (-90 / 1100) * 100 },
    ]);
    expect(annual?.revised).toEqual([
      {
        series: 'South Korea imports',
        period: '2025',
        old: 24000,
        new: 23990.5,
        delta: -9.5,
        pct: (-9.5 / 24000) * 100,
      },
    ]);
  });

  it('names the chapters new on the Census basis and the new data as of', () => {
    expect(report.chaptersNew).toEqual(['hs-87', 'hs-97']);
    expect(report.dataAsOf).toEqual({ old: '2026-06-10', new: '2026-12-01' });
  });

  it('prints it for a person', () => {
    const text = formatReport(report);
    expect(text).toContain('Data as of: 2026-06-10 → 2026-12-01');
    expect(text).toContain('South Korea exports: 2026-05');
    expect(text).toContain('South Korea exports 2026-04: 1,100 → 1,010 (−90, −8.18%)');
    expect(text).toContain('South Korea imports 2025: 24,000 → 23,990.5 (−9.5, −0.04%)');
    expect(text).toContain('Chapters new (Census basis): hs-87, hs-97');
  });

  it('says "no change" when nothing changed, and lists figures no longer in the source', () => {
    const same = formatReport(compareData(oldDir, oldDir));
    expect(same.match(/no change/g)).toHaveLength(3);
    const back = compareData(newDir, oldDir);
    expect(back.sets[0]?.removed.sort()).toEqual([
      'South Korea exports|2026-05',
      'South Korea imports|2026-05',
      'japan imports|2025-12',
    ]);
  });
});
