// Invariants of the served statements (mocks/data/viewpoints.json, all 49 statements with the merged evidence
// vocabulary): every evidence series resolves to served data, every expert and topic resolves.
import { describe, it, expect } from 'vitest';
import * as z from 'zod/mini';
import { expertSchema, metaSchema, viewpointSchema } from '../../src/api/schemas.ts';
import type { AnnualRow, HsChaptersMeta, HsChapterValue, Meta, Viewpoint } from '../../src/api/schemas.ts';
import viewpointsJson from '../../mocks/data/viewpoints.json';
import expertsJson from '../../mocks/data/experts.json';
import metaJson from '../../mocks/data/meta.json';
import goodsJson from '../../mocks/data/goods-annual.json';
import servicesJson from '../../mocks/data/services-annual.json';
import hsMetaJson from '../../mocks/data/hs-chapters.json';
import hsValuesJson from '../../mocks/data/hs-chapter-values.json';

const meta = metaJson as Meta;
const data = {
  viewpoints: viewpointsJson as Viewpoint[],
  experts: expertsJson,
  topics: meta.topics,
  stances: meta.stances,
};
const hsMeta = hsMetaJson as HsChaptersMeta;
const hsRows = hsValuesJson as HsChapterValue[];

/** The years in [from, to] for which the series has a figure in the served data. */
function yearsWithData(series: string, from: number, to: number): number[] {
  const inRange = (y: number) => y >= from && y <= to;
  const annual = /^(goods|services)-(exports|imports|balance)$/.exec(series);
  if (annual) {
    const rows = (annual[1] === 'goods' ? goodsJson : servicesJson) as AnnualRow[];
    const key = annual[2] as 'exports' | 'imports' | 'balance';
    return rows.filter((r) => inRange(r.year) && r[key] !== null).map((r) => r.year);
  }
  if (series === 'hs-duties:TOTAL')
    return [...new Set(hsRows.filter((r) => r.measure === 'duties' && inRange(r.year)).map((r) => r.year))];
  const hs = /^hs-(exports|imports|balance):(\d{2}|S\d{2})$/.exec(series);
  if (!hs) return [];
  const ids = hs[2]?.startsWith('S')
    ? (hsMeta.sections.find((s) => s.id === hs[2])?.chapterIds ?? [])
    : [`hs-${hs[2]}`];
  const flows = hs[1] === 'balance' ? ['exports', 'imports'] : [hs[1]];
  return [
    ...new Set(
      hsRows.filter((r) => ids.includes(r.sectorId) && flows.includes(r.flow) && inRange(r.year)).map((r) => r.year),
    ),
  ];
}

describe('viewpoints 2014–2026', () => {
  it('parses with the contract and holds vp-001 … vp-049 once each', () => {
    expect(z.array(viewpointSchema).safeParse(viewpointsJson).success).toBe(true);
    expect(z.array(z.omit(expertSchema, { statementCount: true })).safeParse(expertsJson).success).toBe(true);
    expect(metaSchema.safeParse(metaJson).success).toBe(true);
    expect(data.viewpoints.map((v) => v.id)).toEqual(
      Array.from({ length: 49 }, (_, i) => `vp-${String(i + 1).padStart(3, '0')}`),
    );
  });

  it('every expert, topic and stance resolves; every expert has a statement', () => {
    const experts = new Set(data.experts.map((e) => e.id));
    const topics = new Set(data.topics.map((t) => t.id));
    const stances = new Set(data.stances.map((s) => s.id));
    expect(
      data.viewpoints.filter(
        (v) => !experts.has(v.expertId) || !stances.has(v.stance) || v.topics.some((t) => !topics.has(t)),
      ),
    ).toEqual([]);
    expect(data.experts.filter((e) => !data.viewpoints.some((v) => v.expertId === e.id)).map((e) => e.id)).toEqual([]);
    expect(data.topics.filter((t) => ['investment', 'manufacturing'].includes(t.id)).map((t) => t.label)).toEqual([
      'Investment',
      'Manufacturing',
    ]);
  });

  it('every evidence series resolves to served data within its years', () => {
    const unresolved = data.viewpoints.flatMap((v) =>
      v.evidence
        .filter((e) => yearsWithData(e.series, e.from, e.to).length === 0)
        .map((e) => `${v.id} ${e.series} ${e.from}–${e.to}`),
    );
    expect(unresolved).toEqual([]);
    expect(data.viewpoints.find((v) => v.id === 'vp-010')?.evidence.map((e) => e.series)).toEqual([
      'goods-balance',
      'hs-exports:10',
      'hs-exports:27',
    ]);
    expect(data.viewpoints.find((v) => v.id === 'vp-022')?.evidence.map((e) => e.series)).toEqual([
      'hs-exports:S16',
      'hs-exports:S06',
      'hs-exports:S17',
    ]);
  });

  it('dates match their precision, and the two translated quotes say so', () => {
    const pattern = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };
    expect(data.viewpoints.filter((v) => !pattern[v.datePrecision].test(v.date)).map((v) => v.id)).toEqual([]);
    expect(data.viewpoints.filter((v) => v.datePrecision === 'year').map((v) => v.id)).toEqual(['vp-031', 'vp-032']);
    expect(data.viewpoints.filter((v) => v.translationNote !== null).map((v) => v.id)).toEqual(['vp-042', 'vp-043']);
  });

  it('claimed figures quote the statement and name a series that resolves in their year', () => {
    const withClaims = data.viewpoints.filter((v) => v.claims.length > 0);
    expect(withClaims.map((v) => v.id)).toEqual([
      'vp-011',
      'vp-012',
      'vp-015',
      'vp-016',
      'vp-020',
      'vp-021',
      'vp-022',
      'vp-024',
      'vp-034',
      'vp-049',
    ]);
    for (const v of withClaims) {
      for (const c of v.claims) {
        expect(v.statement, v.id).toContain(c.text);
        expect(yearsWithData(c.series, c.year, c.year), `${v.id} ${c.series} ${c.year}`).toEqual([c.year]);
        if (c.of) expect(yearsWithData(c.of, c.year, c.year), `${v.id} ${c.of} ${c.year}`).toEqual([c.year]);
        // A change is read between two years the data hold.
        if (c.fromYear !== undefined) {
          expect(c.kind === 'change' || c.kind === 'growth', v.id).toBe(true);
          expect(yearsWithData(c.series, c.fromYear, c.fromYear), `${v.id} ${c.series} ${c.fromYear}`).toEqual([
            c.fromYear,
          ]);
        }
      }
    }
    // vp-011: KEI's $6.5 bn 2012 services surplus, beside the served USTR figure.
    expect(data.viewpoints.find((v) => v.id === 'vp-011')?.claims[0]).toMatchObject({
      series: 'services-balance',
      year: 2012,
      value: 6500,
    });
    // vp-022: each of the three sections "grew by more than $1 billion", 2011–2018.
    expect(
      data.viewpoints.find((v) => v.id === 'vp-022')?.claims.map((c) => [c.kind, c.series, c.fromYear, c.year]),
    ).toEqual([
      ['growth', 'hs-exports:S16', 2011, 2018],
      ['growth', 'hs-exports:S06', 2011, 2018],
      ['growth', 'hs-exports:S17', 2011, 2018],
    ]);
    // A Korean surplus is a U.S. deficit: negative from the U.S. point of view.
    expect(data.viewpoints.find((v) => v.id === 'vp-034')?.claims[0]?.value).toBe(-55700);
  });
});
