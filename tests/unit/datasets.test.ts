import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Meta } from '../../src/api/schemas.ts';
import { datasets } from '../../src/features/data/datasets.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const meta = JSON.parse(read('../../mocks/data/meta.json')) as Meta;

describe('data page data sets', () => {
  it('describes every served series and classification, then the timeline and the statements', () => {
    const list = datasets(meta);
    expect(list.map((d) => d.id)).toEqual([
      ...meta.series.map((s) => `${s.id}-annual`),
      ...meta.classifications.map((c) => `sectors-${c.id}`),
      'events',
      'statements',
    ]);
    const goods = list[0]!;
    const series = meta.series[0]!;
    expect(goods.coverage).toBe(`${series.from}–${series.to}`);
    expect(goods.caveats).toBe(series.note);
    expect(goods.sources.map((s) => s.id)).toEqual(series.sourceIds);
    expect(new Set(list.map((d) => d.fileName)).size).toBe(list.length);
  });

  it('names partial periods in the coverage of a classification', () => {
    const hs = datasets(meta).find((d) => d.id === 'sectors-hs-chapters');
    expect(hs?.coverage).toMatch(/partial: 2025 \(Jan–Aug\)/);
  });

  it('serves SOURCES.md as a static asset identical to the data build’s copy', () => {
    expect(read('../../public/SOURCES.md')).toBe(read('../../mocks/data/SOURCES.md'));
  });
});
