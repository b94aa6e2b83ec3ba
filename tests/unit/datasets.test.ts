import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Meta, PartnersResponse } from '../../src/api/schemas.ts';
import { datasets } from '../../src/features/data/datasets.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const meta = JSON.parse(read('../../mocks/data/meta.json')) as Meta;

describe('data page data sets', () => {
  it('describes every served series, the months and partners, each classification, the timeline, tariffs and statements', () => {
    const list = datasets(meta);
    expect(list.map((d) => d.id)).toEqual([
      ...meta.series.map((s) => `${s.id}-annual`),
      'goods-monthly',
      'partners-monthly',
      ...meta.classifications.map((c) => `sectors-${c.id}`),
      'events',
      'tariff-commitments',
      'statements',
    ]);
    const goods = list[0]!;
    const series = meta.series[0]!;
    expect(goods.coverage).toBe(`${series.from}–${series.to}`);
    expect(goods.caveats).toBe(series.note);
    expect(goods.sources.map((s) => s.id)).toEqual(series.sourceIds);
    expect(new Set(list.map((d) => d.fileName)).size).toBe(list.length);
  });

  it('gives the months served and the partner sources once the partners are known', () => {
    const partners = JSON.parse(read('../../mocks/data/partners.json')) as PartnersResponse;
    const list = datasets(meta, partners);
    const korea = partners.partners.find((p) => p.id === 'south-korea')!;
    const monthly = list.find((d) => d.id === 'goods-monthly')!;
    expect(monthly.coverage).toBe(
      `Exports ${korea.coverage.exports.map(([a, b]) => `${a} to ${b}`).join(', ')}; imports ${korea.coverage.imports.map(([a, b]) => `${a} to ${b}`).join(', ')}`,
    );
    expect(monthly.sources.map((s) => s.id)).toEqual(korea.sourceIds);
    const others = list.find((d) => d.id === 'partners-monthly')!;
    const ids = new Set(partners.partners.flatMap((p) => p.sourceIds));
    expect(others.sources.map((s) => s.id).sort()).toEqual(
      meta.sources
        .filter((s) => ids.has(s.id))
        .map((s) => s.id)
        .sort(),
    );
    for (const p of partners.partners) expect(others.coverage).toContain(p.name);
  });

  it('names partial periods in the coverage of a classification', () => {
    const hs = datasets(meta).find((d) => d.id === 'sectors-hs-chapters');
    expect(hs?.coverage).toMatch(/partial: 2025 \(Jan–Aug\)/);
  });

  it('serves SOURCES.md as a static asset identical to the data build’s copy', () => {
    expect(read('../../public/SOURCES.md')).toBe(read('../../mocks/data/SOURCES.md'));
  });
});
