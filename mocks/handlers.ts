// The mock API: parses and validates each request, answers per the contract in src/api/schemas.ts,
// and reports bad input as RFC 9457 problem+json. Used by the browser worker and the test server alike.
import { delay, http, HttpResponse } from 'msw';
import type { Category, Flow, HsBasis } from '../src/api/schemas.ts';
import { loadData } from './datasets.ts';
import { annualTrade, expertsWithCounts, findViewpoints, sectorValues } from './queries.ts';
import { QueryError } from './queries/errors.ts';
import {
  hsBalance,
  hsBalanceTotals,
  hsChapterValues,
  hsSections,
  withCensus,
  type HsData,
} from './queries/hs-chapters.ts';
import { monthlyTrade, partnerAnnualTrade, partnersList } from './queries/monthly.ts';
import { tariffCommitments } from './queries/tariffs.ts';

interface InvalidParam {
  name: string;
  reason: string;
}

const PROBLEM_BASE = 'https://korus-lens.dev/problems';

function problem(status: 400 | 404, title: string, detail: string, invalidParams?: InvalidParam[]) {
  return HttpResponse.json(
    {
      type: status === 400 ? `${PROBLEM_BASE}/invalid-parameters` : `${PROBLEM_BASE}/not-found`,
      title,
      status,
      detail,
      ...(invalidParams ? { invalidParams } : {}),
    },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** Collects parameter errors while reading a query string. */
class Params {
  readonly errors: InvalidParam[] = [];
  constructor(
    private readonly search: URLSearchParams,
    allowed: string[],
  ) {
    for (const name of new Set(search.keys())) {
      if (!allowed.includes(name))
        this.errors.push({ name, reason: `Unknown parameter. Allowed: ${allowed.join(', ')}.` });
    }
  }
  private raw(name: string): string | undefined {
    const values = this.search.getAll(name);
    if (values.length > 1) {
      this.errors.push({ name, reason: 'Given more than once.' });
      return undefined;
    }
    return values[0];
  }
  year(name: string): number | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (!/^\d{4}$/.test(value)) {
      this.errors.push({ name, reason: `"${value}" is not a four-digit year.` });
      return undefined;
    }
    return Number(value);
  }
  oneOf<T extends string>(name: string, options: readonly T[]): T | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (!(options as readonly string[]).includes(value)) {
      this.errors.push({ name, reason: `"${value}" is not one of: ${options.join(', ')}.` });
      return undefined;
    }
    return value as T;
  }
  list(name: string, options: readonly string[]): string[] | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const items = value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = items.filter((i) => !options.includes(i));
    if (items.length === 0) this.errors.push({ name, reason: 'Empty list.' });
    if (unknown.length) this.errors.push({ name, reason: `Unknown value(s): ${unknown.join(', ')}.` });
    return items;
  }
  text(name: string, maxLength = 200): string | undefined {
    const value = this.raw(name);
    if (value !== undefined && value.length > maxLength) {
      this.errors.push({ name, reason: `Longer than ${maxLength} characters.` });
      return undefined;
    }
    return value;
  }
  range(fromName: string, toName: string): { from?: number; to?: number } {
    const from = this.year(fromName);
    const to = this.year(toName);
    if (from !== undefined && to !== undefined && from > to) {
      this.errors.push({ name: fromName, reason: `${fromName} (${from}) is after ${toName} (${to}).` });
    }
    return { from, to };
  }
  badRequest() {
    return this.errors.length
      ? problem(400, 'Invalid request parameters', 'One or more query parameters are not valid.', this.errors)
      : null;
  }
}

// Simulated network latency in ms: none by default (the production build answers as fast as it can); the dev
// server sets one so loading states stay visible, and tests and the benchmark set theirs (window.korusMock).
let latencyMs = 0;
export function setLatency(ms: number): void {
  latencyMs = Math.max(0, ms);
}
export const getLatency = (): number => latencyMs;

async function wait() {
  if (latencyMs > 0) await delay(latencyMs);
}

/** The HS-chapter data served: the snapshot, plus the Census basis where `npm run data:update` wrote its files. */
async function loadHs(): Promise<HsData> {
  const db = await loadData('hsChapters', 'hsChapterValues', 'hsCensus', 'hsCensusValues');
  return withCensus(
    { meta: db.hsChapters, rows: db.hsChapterValues },
    { meta: db.hsCensus ?? null, rows: db.hsCensusValues ?? [] },
  );
}

/**
 * The HS catalogue alone (GET /hs-chapters): the same as `loadHs().meta`, which depends on the Census rows but
 * not on the snapshot's values, so the ~0.9 MB values file is not loaded for it (the trends page asks for the
 * catalogue to know where a year's click leads).
 */
async function loadHsMeta(): Promise<HsData['meta']> {
  const db = await loadData('hsChapters', 'hsCensus', 'hsCensusValues');
  return withCensus({ meta: db.hsChapters, rows: [] }, { meta: db.hsCensus ?? null, rows: db.hsCensusValues ?? [] })
    .meta;
}

export function createHandlers() {
  return [
    http.get('*/api/v1/meta', async ({ request }) => {
      await wait();
      const p = new Params(new URL(request.url).searchParams, []);
      return p.badRequest() ?? HttpResponse.json((await loadData('meta')).meta);
    }),

    http.get('*/api/v1/trade/annual', async ({ request }) => {
      await wait();
      const db = await loadData('meta', 'annual');
      const p = new Params(new URL(request.url).searchParams, ['from', 'to', 'category']);
      const category: Category = p.oneOf('category', ['goods', 'services'] as const) ?? 'goods';
      const range = p.range('from', 'to');
      const bad = p.badRequest();
      if (bad) return bad;
      return HttpResponse.json({ category, ...annualTrade(db, category, range) });
    }),

    http.get('*/api/v1/sectors', async ({ request }) => {
      await wait();
      const db = await loadData('meta', 'sectors');
      const p = new Params(new URL(request.url).searchParams, ['classification']);
      const classification = p.oneOf(
        'classification',
        db.meta.classifications.map((c) => c.id),
      );
      const bad = p.badRequest();
      if (bad) return bad;
      return HttpResponse.json({
        sectors: classification ? db.sectors.filter((s) => s.classification === classification) : db.sectors,
      });
    }),

    http.get('*/api/v1/trade/sectors', async ({ request }) => {
      await wait();
      const db = await loadData('meta', 'sectors', 'sectorValues');
      const search = new URL(request.url).searchParams;
      const p = new Params(search, ['classification', 'year', 'from', 'to', 'sector', 'flow', 'measure']);
      const classification = p.oneOf(
        'classification',
        db.meta.classifications.map((c) => c.id),
      );
      if (!search.has('classification')) {
        p.errors.push({ name: 'classification', reason: 'Required: sector systems are never mixed.' });
      }
      const year = p.year('year');
      const range = p.range('from', 'to');
      if (year !== undefined && (range.from !== undefined || range.to !== undefined)) {
        p.errors.push({ name: 'year', reason: 'Give either year or from/to, not both.' });
      }
      const sectorIds = p.list(
        'sector',
        db.sectors.filter((s) => s.classification === classification).map((s) => s.id),
      );
      const flow: Flow | undefined = p.oneOf('flow', ['exports', 'imports'] as const);
      const measure = p.oneOf(
        'measure',
        db.meta.measures.map((m) => m.id),
      );
      const bad = p.badRequest();
      if (bad) return bad;
      if (!classification) return problem(400, 'Invalid request parameters', 'classification is required.');
      return HttpResponse.json({
        classification,
        rows: sectorValues(db, { classification, year, ...range, sectorIds, flow, measure }),
      });
    }),

    http.get('*/api/v1/events', async ({ request }) => {
      await wait();
      const p = new Params(new URL(request.url).searchParams, []);
      return p.badRequest() ?? HttpResponse.json({ events: (await loadData('events')).events });
    }),

    // --- Monthly goods and the partner catalogue (issue 13) ------------------------------------------------
    http.get('*/api/v1/trade/monthly', async ({ request }) => {
      await wait();
      const p = new Params(new URL(request.url).searchParams, ['from', 'to', 'partner']);
      const query = { from: p.text('from', 7), to: p.text('to', 7), partner: p.text('partner', 60) };
      const bad = p.badRequest();
      if (bad) return bad;
      const { goodsMonthly, partnerMonthly, partners } = await loadData('goodsMonthly', 'partnerMonthly', 'partners');
      try {
        return HttpResponse.json(
          monthlyTrade({ korea: goodsMonthly, partnerRows: partnerMonthly, meta: partners }, query),
        );
      } catch (error) {
        if (error instanceof QueryError)
          return problem(400, 'Invalid request parameters', error.message, error.invalidParams);
        throw error;
      }
    }),

    http.get('*/api/v1/partners', async ({ request }) => {
      await wait();
      const p = new Params(new URL(request.url).searchParams, []);
      return p.badRequest() ?? HttpResponse.json(partnersList((await loadData('partners')).partners));
    }),

    // A partner's calendar years: each flow the sum of its 12 months, null unless all 12 exist.
    http.get('*/api/v1/partners/annual', async ({ request }) => {
      await wait();
      const p = new Params(new URL(request.url).searchParams, ['partner', 'from', 'to']);
      const query = { partner: p.text('partner', 60), from: p.year('from'), to: p.year('to') };
      const bad = p.badRequest();
      if (bad) return bad;
      const { goodsMonthly, partnerMonthly, partners } = await loadData('goodsMonthly', 'partnerMonthly', 'partners');
      try {
        return HttpResponse.json(
          partnerAnnualTrade({ korea: goodsMonthly, partnerRows: partnerMonthly, meta: partners }, query),
        );
      } catch (error) {
        if (error instanceof QueryError)
          return problem(400, 'Invalid request parameters', error.message, error.invalidParams);
        throw error;
      }
    }),

    // --- end of monthly goods ---------------------------------------------------------------------------------

    http.get('*/api/v1/experts', async ({ request }) => {
      await wait();
      const p = new Params(new URL(request.url).searchParams, []);
      return (
        p.badRequest() ?? HttpResponse.json({ experts: expertsWithCounts(await loadData('experts', 'viewpoints')) })
      );
    }),

    http.get('*/api/v1/viewpoints', async ({ request }) => {
      await wait();
      const db = await loadData('meta', 'experts', 'viewpoints');
      const p = new Params(new URL(request.url).searchParams, [
        'expert',
        'topic',
        'stance',
        'sector',
        'from',
        'to',
        'q',
      ]);
      const query = {
        expert: p.list(
          'expert',
          db.experts.map((e) => e.id),
        ),
        topic: p.list(
          'topic',
          db.meta.topics.map((t) => t.id),
        ),
        stance: p.list(
          'stance',
          db.meta.stances.map((s) => s.id),
        ),
        sector: p.text('sector'),
        ...p.range('from', 'to'),
        q: p.text('q'),
      };
      const bad = p.badRequest();
      if (bad) return bad;
      const viewpoints = findViewpoints(db, query);
      return HttpResponse.json({ total: viewpoints.length, viewpoints });
    }),

    // --- HS chapters in both directions and the KORUS tariff commitments (issue 12) -------------------------
    http.get('*/api/v1/hs-chapters', async ({ request }) => {
      await wait();
      const p = new Params(new URL(request.url).searchParams, []);
      return p.badRequest() ?? HttpResponse.json(await loadHsMeta());
    }),

    http.get('*/api/v1/trade/hs-chapters', async ({ request }) => {
      await wait();
      const { meta, rows } = await loadHs();
      const search = new URL(request.url).searchParams;
      const p = new Params(search, ['flow', 'year', 'from', 'to', 'chapter', 'basis', 'measure']);
      const flow = p.oneOf('flow', ['exports', 'imports', 'balance'] as const);
      if (!search.has('flow')) p.errors.push({ name: 'flow', reason: 'Required: exports, imports or balance.' });
      const year = p.year('year');
      const range = p.range('from', 'to');
      if (year !== undefined && (range.from !== undefined || range.to !== undefined)) {
        p.errors.push({ name: 'year', reason: 'Give either year or from/to, not both.' });
      }
      const chapters = p.list(
        'chapter',
        meta.chapters.map((c) => c.id),
      );
      const balanceIds = meta.balances.map((b) => b.id);
      const basis = p.oneOf('basis', flow === 'balance' ? balanceIds : meta.bases.map((b) => b.id));
      const measure = p.oneOf(
        'measure',
        meta.measures.map((m) => m.id),
      );
      if (flow === 'balance' && measure !== undefined)
        p.errors.push({ name: 'measure', reason: 'A balance has its bases’ own measures; leave measure out.' });
      const bad = p.badRequest();
      if (bad) return bad;
      try {
        if (flow === 'balance') {
          const def = meta.balances.find((b) => b.id === (basis ?? balanceIds[0]));
          return HttpResponse.json({
            balance: def?.id ?? '',
            label: def?.label ?? '',
            rows: hsBalance({ meta, rows }, { year, ...range, chapters, balance: basis }),
            totals: hsBalanceTotals({ meta, rows }, { year, ...range, balance: basis }),
          });
        }
        return HttpResponse.json({
          rows: hsChapterValues(
            { meta, rows },
            { year, ...range, flow, chapters, basis: basis as HsBasis | undefined, measure },
          ),
        });
      } catch (e) {
        if (e instanceof QueryError) return problem(400, 'Invalid request parameters', e.message, e.invalidParams);
        throw e;
      }
    }),

    http.get('*/api/v1/trade/hs-sections', async ({ request }) => {
      await wait();
      const { meta, rows } = await loadHs();
      const search = new URL(request.url).searchParams;
      const p = new Params(search, ['flow', 'year', 'from', 'to', 'basis', 'measure']);
      const flow = p.oneOf('flow', ['exports', 'imports', 'balance'] as const);
      if (!search.has('flow')) p.errors.push({ name: 'flow', reason: 'Required: exports, imports or balance.' });
      const year = p.year('year');
      const range = p.range('from', 'to');
      if (year !== undefined && (range.from !== undefined || range.to !== undefined)) {
        p.errors.push({ name: 'year', reason: 'Give either year or from/to, not both.' });
      }
      const basis = p.oneOf('basis', flow === 'balance' ? meta.balances.map((b) => b.id) : meta.bases.map((b) => b.id));
      const measure = p.oneOf(
        'measure',
        meta.measures.map((m) => m.id),
      );
      const bad = p.badRequest();
      if (bad) return bad;
      if (!flow) return problem(400, 'Invalid request parameters', 'flow is required.');
      // The years the flow's basis (or, for a balance, both of its bases) holds; a section is summed per year.
      const def = flow === 'balance' ? meta.balances.find((b) => b.id === (basis ?? meta.balances[0]?.id)) : undefined;
      const bases =
        flow === 'balance'
          ? [def?.exportsBasis, def?.importsBasis]
          : [basis ?? meta.bases.find((b) => b.flow === flow && b.system === 'comtrade')?.id];
      const yearsOf = (id: string | undefined) =>
        new Set(meta.coverage.filter((c) => c.basis === id).flatMap((c) => c.years));
      const [first, ...others] = bases.map(yearsOf);
      const years = [...(first ?? [])]
        .filter((y) => others.every((o) => o.has(y)))
        .filter(
          (y) =>
            (year === undefined || y === year) &&
            (range.from === undefined || y >= range.from) &&
            (range.to === undefined || y <= range.to),
        )
        .sort((a, b) => a - b);
      try {
        const out = years.flatMap((y) => hsSections({ meta, rows }, { year: y, flow, basis, measure }));
        // Also validates a query that matches no year (a bad basis/flow pair still answers 400).
        if (years.length === 0) hsSections({ meta, rows }, { year: year ?? 0, flow, basis, measure });
        return HttpResponse.json({ rows: out });
      } catch (e) {
        if (e instanceof QueryError) return problem(400, 'Invalid request parameters', e.message, e.invalidParams);
        throw e;
      }
    }),

    http.get('*/api/v1/tariff-commitments', async ({ request }) => {
      await wait();
      const { tariffCommitments: rows } = await loadData('tariffCommitments');
      const p = new Params(new URL(request.url).searchParams, ['product', 'chapter']);
      const product = p.text('product', 40);
      const chapter = p.text('chapter', 10);
      const bad = p.badRequest();
      if (bad) return bad;
      try {
        return HttpResponse.json({ commitments: tariffCommitments(rows, { product, chapter }) });
      } catch (e) {
        if (e instanceof QueryError) return problem(400, 'Invalid request parameters', e.message, e.invalidParams);
        throw e;
      }
    }),
    // --- end of the HS-chapter block ------------------------------------------------------------------------

    http.all('*/api/v1/*', ({ request }) =>
      problem(404, 'Not found', `No API resource at ${new URL(request.url).pathname}.`),
    ),
  ];
}
