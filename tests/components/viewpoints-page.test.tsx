// The expert viewpoints page through the real app and the mock API: filters from the URL and the controls,
// facet counts, quotes against paraphrases, sources, the data check computed from the served figures,
// compare mode, the timeline's table view, the empty state and errors.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { realDataset, setDataset } from '../../mocks/db.ts';
import { server } from '../../mocks/node.ts';
import expertsJson from '../../mocks/data/experts.json';
import goodsJson from '../../mocks/data/goods-annual.json';
import viewpointsJson from '../../mocks/data/viewpoints.json';
import type { AnnualRow, HsChapterValue, Viewpoint } from '../../src/api/schemas.ts';
import { formatBn, formatMusd, formatPercent } from '../../src/lib/format.ts';
import { renderApp } from './render-app.tsx';

const all = viewpointsJson as Viewpoint[];
const goods = goodsJson as AnnualRow[];
const byDate = (a: Viewpoint, b: Viewpoint) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
const idsOf = (vs: Viewpoint[]) => [...vs].sort(byDate).map((v) => v.id);
const expertName = (id: string) => expertsJson.find((e) => e.id === id)!.name;

/** The page chunk loads lazily; the first render of a test file can take more than findBy's default second. */
const LOADING = { timeout: 8000 };
const SLOW = 20_000;

/** The statements list (an ordered list named "N statements") and the ids of its statements, in order. */
async function statementList(count?: number) {
  const name = count === undefined ? /^\d+ statements?$/ : new RegExp(`^${count} statements?$`);
  const list = await screen.findByRole('list', { name }, LOADING);
  const ids = within(list)
    .getAllByRole('article')
    .map((a) => a.id.replace(/^statement-/, ''));
  return { list, ids };
}

const article = (id: string) => {
  const el = document.getElementById(`statement-${id}`);
  expect(el, id).not.toBeNull();
  return el!;
};

const params = (router: ReturnType<typeof renderApp>['router']) => new URLSearchParams(router.state.location.search);

describe('viewpoints page: filters', () => {
  it(
    'combines expert and topic from the URL: exactly the matching statements, in date order',
    async () => {
      renderApp('/viewpoints?expert=stangarone&topic=autos');
      const expected = idsOf(all.filter((v) => v.expertId === 'stangarone' && v.topics.includes('autos')));
      expect(expected.length).toBeGreaterThan(0);
      const { ids } = await statementList(expected.length);
      expect(ids).toEqual(expected);
      expect(
        screen.getByText(`Showing ${expected.length} of ${all.length} statements: Troy Stangarone · Autos`),
      ).toBeInTheDocument();
      for (const id of ids) expect(within(article(id)).getByText('Troy Stangarone')).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'combines stance, years and several topics (any of them)',
    async () => {
      renderApp('/viewpoints?topic=services,energy&stance=neutral-analysis&from=2018&to=2019');
      const expected = idsOf(
        all.filter(
          (v) =>
            v.topics.some((t) => t === 'services' || t === 'energy') &&
            v.stance === 'neutral-analysis' &&
            Number(v.date.slice(0, 4)) >= 2018 &&
            Number(v.date.slice(0, 4)) <= 2019,
        ),
      );
      const { ids } = await statementList(expected.length);
      expect(ids).toEqual(expected);
    },
    SLOW,
  );

  it(
    'narrows with the Topic control, writes the URL, and counts each topic from the other filters',
    async () => {
      const { router } = renderApp('/viewpoints?expert=stangarone');
      const mine = all.filter((v) => v.expertId === 'stangarone');
      await statementList(mine.length);
      const user = userEvent.setup();
      const topicButton = screen.getByRole('button', { name: /^Topic:/ });
      await user.click(topicButton);
      const panel = document.getElementById(topicButton.getAttribute('aria-controls')!)!;
      // Counts: Stangarone's statements per topic (the other filter is the expert).
      const autos = mine.filter((v) => v.topics.includes('autos')).length;
      const deficit = mine.filter((v) => v.topics.includes('trade-deficit')).length;
      await waitFor(() =>
        expect(within(panel).getByRole('checkbox', { name: `Autos (${autos})` })).toBeInTheDocument(),
      );
      expect(within(panel).getByRole('checkbox', { name: `Trade deficit (${deficit})` })).toBeInTheDocument();
      expect(within(panel).getByRole('checkbox', { name: 'Steel (0)' })).toBeInTheDocument();

      await user.click(within(panel).getByRole('checkbox', { name: `Autos (${autos})` }));
      await waitFor(() => expect(params(router).get('topic')).toBe('autos'));
      expect(params(router).get('expert')).toBe('stangarone');
      const { ids } = await statementList(autos);
      expect(ids).toEqual(idsOf(mine.filter((v) => v.topics.includes('autos'))));

      // The expert counts now come from the topic filter alone.
      const expertButton = screen.getByRole('button', { name: /^Expert:/ });
      await user.click(expertButton);
      const expertPanel = document.getElementById(expertButton.getAttribute('aria-controls')!)!;
      const tanAutos = all.filter((v) => v.expertId === 'tan' && v.topics.includes('autos')).length;
      await waitFor(() =>
        expect(within(expertPanel).getByRole('checkbox', { name: `Krystal Tan (${tanAutos})` })).toBeInTheDocument(),
      );
      expect(screen.getByText(/count the statements that match all the/)).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'filters by an expert from the expert cards, with Enter as well as a click',
    async () => {
      const { router } = renderApp('/viewpoints');
      await statementList(all.length);
      const experts = screen.getByRole('region', { name: 'Experts' });
      const card = within(experts).getByRole('button', { name: /^Phil Eskeland\b/ });
      expect(card).toHaveAttribute('aria-pressed', 'false');
      expect(card).toHaveTextContent(`${all.filter((v) => v.expertId === 'eskeland').length} statements`);
      card.focus();
      const user = userEvent.setup();
      await user.keyboard('{Enter}');
      await waitFor(() => expect(params(router).get('expert')).toBe('eskeland'));
      const { ids } = await statementList(all.filter((v) => v.expertId === 'eskeland').length);
      expect(ids).toEqual(idsOf(all.filter((v) => v.expertId === 'eskeland')));
      expect(within(experts).getByRole('button', { name: /^Phil Eskeland\b/ })).toHaveAttribute('aria-pressed', 'true');

      await user.click(within(experts).getByRole('button', { name: /^Phil Eskeland\b/ }));
      await waitFor(() => expect(params(router).get('expert')).toBeNull());
      await statementList(all.length);
    },
    SLOW,
  );

  it(
    'searches the text after a pause and writes q to the URL',
    async () => {
      const { router } = renderApp('/viewpoints');
      await statementList(all.length);
      const user = userEvent.setup();
      await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Mercedes');
      await waitFor(() => expect(params(router).get('q')).toBe('Mercedes'), { timeout: 3000 });
      const { ids } = await statementList(1);
      expect(ids).toEqual(idsOf(all.filter((v) => v.statement.includes('Mercedes'))));
    },
    SLOW,
  );

  it(
    'shows an empty state when nothing matches, and Reset brings every statement back',
    async () => {
      const { router } = renderApp('/viewpoints?expert=trump&topic=autos');
      expect(await screen.findByText('No statements match these filters', {}, LOADING)).toBeInTheDocument();
      expect(screen.queryByRole('figure', { name: 'Statements over time' })).not.toBeInTheDocument();
      const user = userEvent.setup();
      const empty = screen.getByText('No statements match these filters').closest('div')!;
      await user.click(within(empty).getByRole('button', { name: 'Reset filters' }));
      await waitFor(() => expect(router.state.location.search).toBe(''));
      await statementList(all.length);
    },
    SLOW,
  );

  it(
    'says what it ignored in the address',
    async () => {
      renderApp('/viewpoints?topic=autos,cars&stance=angry');
      await statementList(all.filter((v) => v.topics.includes('autos')).length);
      const notice = screen.getByText('Some settings in the address were adjusted').closest('div')!;
      expect(notice).toHaveTextContent('“cars”');
      expect(notice).toHaveTextContent('“angry”');
    },
    SLOW,
  );
});

describe('viewpoints page: statements', () => {
  it(
    'puts a quote in a blockquote with one pair of quotation marks, and never a paraphrase',
    async () => {
      renderApp('/viewpoints?expert=eskeland');
      await statementList();
      const quote = all.find((v) => v.id === 'vp-013')!;
      expect(quote.statementKind).toBe('quote');
      const quoted = article('vp-013');
      const blockquote = quoted.querySelector('blockquote')!;
      expect(blockquote).not.toBeNull();
      const inner = quote.statement.replace(/^"|"$/g, '');
      expect(blockquote.textContent).toBe(`“${inner}”`);
      expect(within(quoted).getByText('Quote')).toBeInTheDocument();
      expect(within(quoted).queryByText('Paraphrase')).not.toBeInTheDocument();

      const paraphrase = all.find((v) => v.id === 'vp-012')!;
      expect(paraphrase.statementKind).toBe('paraphrase');
      const para = article('vp-012');
      expect(para.querySelector('blockquote')).toBeNull();
      expect(within(para).getByText('Paraphrase')).toBeInTheDocument();
      const text = within(para).getByText(paraphrase.statement);
      expect(text.textContent).toBe(paraphrase.statement);
      expect(text.textContent).not.toMatch(/^[“"]/);
      // Every quote on the page is in a blockquote; no paraphrase is.
      const eskeland = all.filter((v) => v.expertId === 'eskeland');
      for (const v of eskeland) {
        expect(article(v.id).querySelector('blockquote') !== null, v.id).toBe(v.statementKind === 'quote');
      }
    },
    SLOW,
  );

  it(
    'shows who, when (by precision), topics, stance and the source: a link in a new tab, or the title as text',
    async () => {
      renderApp('/viewpoints?expert=stangarone');
      await statementList();
      const diplomat = article('vp-020');
      expect(within(diplomat).getByText('Apr 2019')).toHaveAttribute('dateTime', '2019-04');
      expect(within(diplomat).getByText('Trade deficit')).toBeInTheDocument();
      expect(within(diplomat).getByText('Neutral analysis')).toBeInTheDocument();
      const link = within(diplomat).getByRole('link', { name: /Was the Korea-US FTA Really a 'Horrible Deal\?'/ });
      expect(link).toHaveAttribute(
        'href',
        'https://thediplomat.com/2019/04/was-the-korea-us-fta-really-a-horrible-deal/',
      );
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');

      const seed = article('vp-002');
      expect(within(seed).getByText('4 Jan 2018')).toBeInTheDocument();
      expect(within(seed).queryByRole('link')).not.toBeInTheDocument();
      expect(within(seed).getByText(all.find((v) => v.id === 'vp-002')!.source.title)).toBeInTheDocument();
      expect(seed).toHaveTextContent('(no link available)');
    },
    SLOW,
  );

  it(
    'marks translated quotes and shows year-only and month-only dates as such',
    async () => {
      renderApp('/viewpoints?from=2024');
      await statementList();
      const translated = all.filter((v) => v.translationNote !== null);
      expect(translated.map((v) => v.id)).toEqual(['vp-042', 'vp-043']);
      for (const v of translated) expect(within(article(v.id)).getByText('(translated)')).toBeInTheDocument();
      expect(within(article('vp-040')).queryByText('(translated)')).not.toBeInTheDocument();
      const yearOnly = all.find((v) => v.datePrecision === 'year')!;
      expect(within(article(yearOnly.id)).getByText(yearOnly.date)).toHaveAttribute('dateTime', yearOnly.date);
      const monthOnly = all.find((v) => v.id === 'vp-047')!;
      expect(monthOnly.date).toBe('2025-11');
      expect(within(article('vp-047')).getByText('Nov 2025')).toHaveAttribute('dateTime', '2025-11');
    },
    SLOW,
  );

  it(
    'renders text from the data as text, never as HTML',
    async () => {
      const evil = { ...all[0]!, statement: '<img src=x onerror="alert(1)"><b>bold</b>' };
      setDataset({ ...realDataset, viewpoints: [evil, ...all.slice(1)] });
      renderApp('/viewpoints?expert=trump');
      await statementList(all.filter((v) => v.expertId === 'trump').length);
      const el = article(evil.id);
      expect(el.querySelector('img')).toBeNull();
      expect(el.querySelector('b')).toBeNull();
      expect(within(el).getByText(evil.statement)).toBeInTheDocument();
    },
    SLOW,
  );
});

describe('viewpoints page: check against the data', () => {
  /** Opens a statement's check and waits for one chart per evidence series. */
  async function openCheck(id: string) {
    const el = article(id);
    const user = userEvent.setup();
    const button = within(el).getByRole('button', { name: 'Check against the data' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const count = all.find((v) => v.id === id)!.evidence.length;
    await waitFor(() => expect(within(el).getAllByRole('figure')).toHaveLength(count), LOADING);
    const figures = within(el).getAllByRole('figure');
    // Each series' reading and, where the claim's years are not all in the data, the note that says so.
    const readings = within(el)
      .getAllByText('What the data show:')
      .map((label) => label.closest('div')!);
    return { el, figure: figures[0]!, figures, reading: readings[0]!, readings, user };
  }

  it(
    'reads the goods deficit from the served data: start, end, change and latest year',
    async () => {
      renderApp('/viewpoints?expert=eskeland');
      await statementList();
      const { reading, el, figure } = await openCheck('vp-013');
      const b = (y: number) => goods.find((r) => r.year === y)!.balance!;
      const latest = goods.at(-1)!;
      const pct = ((Math.abs(b(2016)) - Math.abs(b(2015))) / Math.abs(b(2015))) * 100;
      expect(reading).toHaveTextContent(
        `US goods deficit with South Korea: ${formatMusd(-b(2015))} in 2015 → ${formatMusd(-b(2016))} in 2016 (${formatPercent(pct)}); ${formatMusd(-latest.balance!)} in ${latest.year}.`,
      );
      // The figures keep their sign.
      expect(within(el).getByText(`Claim start, 2015`).nextElementSibling).toHaveTextContent(
        `${formatMusd(b(2015))} deficit`,
      );
      expect(within(el).getByText(`Latest figure, ${latest.year}`).nextElementSibling).toHaveTextContent(
        formatMusd(latest.balance),
      );
      expect(figure).toHaveAccessibleName('US goods balance with South Korea');
      const user = userEvent.setup();
      await user.click(within(figure).getByRole('button', { name: 'Show table' }));
      const years = within(within(figure).getByRole('table'))
        .getAllByRole('rowheader')
        .filter((r) => !r.closest('tfoot'))
        .map((h) => h.textContent);
      expect(years).toEqual(Array.from({ length: latest.year - 2015 + 1 }, (_, i) => String(2015 + i)));
    },
    SLOW,
  );

  it(
    'follows the served figures when they change',
    async () => {
      const modified = realDataset.annual.goods.map((r) =>
        r.year === 2015
          ? { ...r, balance: -30000 }
          : r.year === 2016
            ? { ...r, balance: -25000 }
            : r.year === 2025
              ? { ...r, balance: -60000 }
              : r,
      );
      setDataset({ ...realDataset, annual: { ...realDataset.annual, goods: modified } });
      renderApp('/viewpoints?expert=eskeland');
      await statementList();
      const { reading } = await openCheck('vp-013');
      expect(reading).toHaveTextContent(
        'US goods deficit with South Korea: $30.0 bn in 2015 → $25.0 bn in 2016 (−16.7%); $60.0 bn in 2025.',
      );
    },
    SLOW,
  );

  it(
    'names a missing figure instead of estimating it',
    async () => {
      const modified = realDataset.annual.goods.map((r) =>
        r.year === 2013 ? { ...r, exports: null, imports: null, balance: null } : r,
      );
      setDataset({ ...realDataset, annual: { ...realDataset.annual, goods: modified } });
      renderApp('/viewpoints?expert=eskeland&to=2014');
      await statementList();
      const { reading, figure } = await openCheck('vp-010');
      expect(reading).toHaveTextContent(/: \$13\.2 bn in 2011 → no figure for 2013; \$56\.5 bn in 2025\./);
      expect(reading).toHaveTextContent('has none for 2013. No change is computed from other years in their place.');
      expect(reading).not.toHaveTextContent('%');
      expect(figure).toHaveTextContent('No figures for 2013: shown as gaps, not estimated.');
    },
    SLOW,
  );

  it(
    'reads each series of a multi-series claim from the served HS chapters, and follows them when they change',
    async () => {
      // vp-010: the goods deficit with HS 10 cereals and HS 27 mineral fuels exports, 2011–2013.
      const v = all.find((x) => x.id === 'vp-010')!;
      expect(v.evidence.map((e) => e.series)).toEqual(['goods-balance', 'hs-exports:10', 'hs-exports:27']);
      const fas = (rows: HsChapterValue[], chapter: string, year: number) =>
        rows.find((r) => r.sectorId === chapter && r.flow === 'exports' && r.year === year)!.value!;
      const expected = (rows: HsChapterValue[], chapter: string, name: string) => {
        const [a, b] = [fas(rows, chapter, 2011), fas(rows, chapter, 2013)];
        return `${name} exports: ${formatMusd(a)} in 2011 → ${formatMusd(b)} in 2013 (${formatPercent(((b - a) / a) * 100)})`;
      };
      renderApp('/viewpoints?expert=eskeland&to=2014');
      await statementList();
      const { figures, readings } = await openCheck('vp-010');
      expect(figures.map((f) => f.getAttribute('aria-label') ?? f.querySelector('h3')?.textContent)).toEqual([
        'US goods balance with South Korea',
        'US exports of HS 10 Cereals to South Korea',
        'US exports of HS 27 Mineral fuels and oils to South Korea',
      ]);
      const real = realDataset.hsChapterValues;
      expect(readings[1]).toHaveTextContent(expected(real, 'hs-10', 'HS 10 Cereals'));
      expect(readings[1]).toHaveTextContent('HS 10 Cereals exports: $2.4 bn in 2011 → $707 m in 2013 (−70.9%)');
      expect(readings[2]).toHaveTextContent(expected(real, 'hs-27', 'HS 27 Mineral fuels and oils'));
      // The table of the HS 10 chart lists the served figures with their basis.
      const user = userEvent.setup();
      await user.click(within(figures[1]!).getByRole('button', { name: 'Show table' }));
      const row2012 = within(within(figures[1]!).getByRole('table')).getByRole('row', { name: /^2012 / });
      expect(row2012).toHaveTextContent(formatBn(fas(real, 'hs-10', 2012)));
      expect(row2012).toHaveTextContent('U.S. total exports, f.a.s.');
    },
    SLOW,
  );

  it(
    'computes the reading of a changed served HS chapter',
    async () => {
      const changed = realDataset.hsChapterValues.map((r) =>
        r.sectorId === 'hs-10' && r.flow === 'exports' && r.year === 2013 ? { ...r, value: 500 } : r,
      );
      setDataset({ ...realDataset, hsChapterValues: changed });
      renderApp('/viewpoints?expert=eskeland&to=2014');
      await statementList();
      const { readings } = await openCheck('vp-010');
      const a = changed.find((r) => r.sectorId === 'hs-10' && r.flow === 'exports' && r.year === 2011)!.value!;
      expect(readings[1]).toHaveTextContent(
        `HS 10 Cereals exports: ${formatMusd(a)} in 2011 → $500 m in 2013 (${formatPercent(((500 - a) / a) * 100)})`,
      );
    },
    SLOW,
  );

  it(
    'gives the HS 87 share of the goods deficit computed from the served data, labelled approximate, and follows it',
    async () => {
      const share = (rows: HsChapterValue[], goodsRows: AnnualRow[], year: number) => {
        const pick = (basis: string) =>
          rows.find((r) => r.sectorId === 'hs-87' && r.basis === basis && r.year === year)!;
        const part = pick('comtrade-fas').value! - pick('comtrade-general-cif').value!;
        return (part / goodsRows.find((r) => r.year === year)!.balance!) * 100;
      };
      renderApp('/viewpoints?expert=snyder');
      await statementList();
      const { el } = await openCheck('vp-024');
      const real = share(realDataset.hsChapterValues, goods, 2016);
      const block = within(el).getByText('Share, approximate:').closest('div')!;
      expect(block).toHaveTextContent(
        `HS 87 Vehicles and parts balance ÷ Goods balance: ${formatPercent(real, { signed: false })} in 2016.`,
      );
      expect(block).toHaveTextContent('it divides figures of two bases');
      expect(block).toHaveTextContent('exports f.a.s. − imports CIF');
      expect(block).toHaveTextContent('Goods trade (Census basis)');
      // Claimed vs recorded: the statement's "over 30 percent" beside the computed share.
      const table = within(el).getByRole('table', { name: 'Claimed vs recorded' });
      const row = within(table).getByRole('row', { name: /over 30 percent/ });
      expect(row).toHaveTextContent('over 30% in 2016');
      expect(row).toHaveTextContent(`${formatPercent(real, { signed: false })} in 2016 (approximate)`);
      expect(row).toHaveTextContent(`recorded ${Math.abs(real - 30).toFixed(1)} points higher`);
    },
    SLOW,
  );

  it(
    'recomputes the share when the served HS 87 imports change',
    async () => {
      const changed = realDataset.hsChapterValues.map((r) =>
        r.sectorId === 'hs-87' && r.basis === 'comtrade-general-cif' && r.year === 2016 ? { ...r, value: 10000 } : r,
      );
      setDataset({ ...realDataset, hsChapterValues: changed });
      renderApp('/viewpoints?expert=snyder');
      await statementList();
      const { el } = await openCheck('vp-024');
      const exports2016 = changed.find((r) => r.sectorId === 'hs-87' && r.basis === 'comtrade-fas' && r.year === 2016)!;
      const expected = ((exports2016.value! - 10000) / goods.find((r) => r.year === 2016)!.balance!) * 100;
      expect(within(el).getByText('Share, approximate:').closest('div')).toHaveTextContent(
        `Goods balance: ${formatPercent(expected, { signed: false })} in 2016.`,
      );
    },
    SLOW,
  );

  it(
    'shows a claimed figure beside the recorded one with the gap and why they may differ',
    async () => {
      renderApp('/viewpoints?expert=eskeland');
      await statementList();
      const { el } = await openCheck('vp-011');
      const recorded = realDataset.annual.services.find((r) => r.year === 2012)!.balance!;
      const table = within(el).getByRole('table', { name: 'Claimed vs recorded' });
      const row = within(table).getByRole('row', { name: /\$6\.5 billion services surplus/ });
      expect(row).toHaveTextContent('$6.5 bn surplus in 2012');
      expect(row).toHaveTextContent(`${formatMusd(recorded)} surplus in 2012`);
      expect(row).toHaveTextContent(`(${formatPercent(((recorded - 6500) / 6500) * 100)})`);
      expect(el).toHaveTextContent('Figures can differ with the vintage');
    },
    SLOW,
  );

  it(
    'says when the HS figures cannot be loaded, with Retry, and draws them after',
    async () => {
      let fail = true;
      server.use(
        http.get('*/api/v1/trade/hs-chapters', () =>
          fail ? HttpResponse.json({ title: 'boom' }, { status: 503 }) : undefined,
        ),
      );
      renderApp('/viewpoints?expert=stangarone&to=2018');
      await statementList();
      const el = article('vp-006');
      const user = userEvent.setup();
      await user.click(within(el).getByRole('button', { name: 'Check against the data' }));
      const alert = await within(el).findByRole('alert', {}, LOADING);
      expect(alert).toHaveTextContent('Could not load HS 87 Vehicles and parts exports figures.');
      fail = false;
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      expect(
        await within(el).findByRole(
          'figure',
          { name: 'US exports of HS 87 Vehicles and parts to South Korea' },
          LOADING,
        ),
      ).toBeInTheDocument();
      expect(within(el).queryByRole('alert')).not.toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'links a chapter claim to the sectors page with the chapter and the years',
    async () => {
      renderApp('/viewpoints?expert=stangarone&to=2018');
      await statementList();
      const { el } = await openCheck('vp-006');
      const link = within(el).getByRole('link', { name: /^Open in Sectors/ });
      expect(link).toHaveAttribute(
        'href',
        '/sectors?classification=hs-chapters&flow=exports&year=2016&compare=2011&sector=hs-87',
      );
    },
    SLOW,
  );
});

describe('viewpoints page: timeline and compare', () => {
  it(
    'draws one marker per statement and lists them all in the table view',
    async () => {
      renderApp('/viewpoints?topic=autos');
      const expected = all.filter((v) => v.topics.includes('autos'));
      await statementList(expected.length);
      const figure = await screen.findByRole('figure', { name: 'Statements over time' }, LOADING);
      await waitFor(() => expect(figure.querySelectorAll('.vp-point')).toHaveLength(expected.length));
      expect(within(figure).getByRole('list', { name: 'Legend' })).toHaveTextContent('KORUS milestone');
      expect(await within(figure).findByRole('img', { name: /^Amended KORUS in force/ })).toBeInTheDocument();

      const user = userEvent.setup();
      await user.click(within(figure).getByRole('button', { name: 'Show table' }));
      const table = within(figure).getByRole('table');
      expect(
        within(table)
          .getAllByRole('row')
          .filter((r) => !r.closest('tfoot')),
      ).toHaveLength(expected.length + 1);
      const snyder = all.find((v) => v.id === 'vp-025')!;
      const rows = within(table).getAllByRole('row', {
        name: /^7 Sep 2017 Scott A\. Snyder Neutral analysis Paraphrase/,
      });
      const row = rows.find((r) => r.textContent?.includes(snyder.statement));
      expect(row).toBeDefined();
      // The statement's id, publisher and URL go with it (into the CSV too).
      const cells = [...row!.querySelectorAll('td')].map((c) => c.textContent);
      expect(cells.slice(-3)).toEqual([snyder.id, snyder.source.publisher, snyder.source.url ?? '']);
    },
    SLOW,
  );

  it(
    'shows a statement on focus of its marker and goes to it with Enter',
    async () => {
      renderApp('/viewpoints?expert=schott');
      await statementList(all.filter((v) => v.expertId === 'schott').length);
      const figure = await screen.findByRole('figure', { name: 'Statements over time' }, LOADING);
      const marker = await within(figure).findByRole('button', {
        name: /^Jeffrey J\. Schott, Nov 2018 \(dated to the month only; placed mid-month\), Neutral analysis, quote:/,
      });
      marker.focus();
      expect(document.activeElement).toBe(marker);
      await waitFor(() =>
        expect(figure.querySelector('.vp-timeline__tooltip')).toHaveTextContent(
          '“On balance, the modest revisions will restrict, not enlarge, bilateral trade.”',
        ),
      );
      expect(document.activeElement).toBe(marker);
      const user = userEvent.setup();
      await user.keyboard('{Enter}');
      expect(document.activeElement).toBe(article('vp-028'));
    },
    SLOW,
  );

  it(
    'puts two experts side by side on one topic',
    async () => {
      renderApp('/viewpoints?compare=stangarone,tan&topic=autos');
      const a = await screen.findByRole('region', { name: /Troy Stangarone/ }, LOADING);
      const b = screen.getByRole('region', { name: /Krystal Tan/ });
      const of = (expert: string) => idsOf(all.filter((v) => v.expertId === expert && v.topics.includes('autos')));
      const ids = (region: HTMLElement) =>
        within(region)
          .getAllByRole('article')
          .map((el) => el.id.replace(/^statement-/, ''));
      expect(ids(a)).toEqual(of('stangarone'));
      expect(ids(b)).toEqual(of('tan'));
      expect(a).toHaveTextContent(`${of('stangarone').length} statements on Autos`);
      expect(screen.getByRole('combobox', { name: 'Expert A' })).toHaveValue('stangarone');
      expect(screen.getByRole('combobox', { name: 'Expert B' })).toHaveValue('tan');
      expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('autos');
      expect(screen.getByRole('radio', { name: 'Compare two experts' })).toBeChecked();
    },
    SLOW,
  );

  it(
    'enters compare mode from the list and changes the topic there',
    async () => {
      const { router } = renderApp('/viewpoints?expert=stangarone,eskeland&topic=services');
      await statementList();
      const user = userEvent.setup();
      await user.click(screen.getByRole('radio', { name: 'Compare two experts' }));
      await waitFor(() => expect(params(router).get('compare')).toBe('stangarone,eskeland'));
      expect(params(router).get('expert')).toBeNull();
      await user.selectOptions(await screen.findByRole('combobox', { name: 'Topic' }), 'trade-deficit');
      await waitFor(() => expect(params(router).get('topic')).toBe('trade-deficit'));
      const region = await screen.findByRole('region', { name: new RegExp(expertName('eskeland')) });
      const expected = idsOf(all.filter((v) => v.expertId === 'eskeland' && v.topics.includes('trade-deficit')));
      await waitFor(() => expect(within(region).getAllByRole('article')).toHaveLength(expected.length));
    },
    SLOW,
  );
});

describe('viewpoints page: loading and errors', () => {
  it(
    'shows an error with Retry when the statements cannot be loaded, and recovers',
    async () => {
      let fail = true;
      server.use(
        http.get('*/api/v1/viewpoints', () =>
          fail ? HttpResponse.json({ title: 'boom' }, { status: 503 }) : undefined,
        ),
      );
      renderApp('/viewpoints');
      const alert = await screen.findByRole('alert', {}, LOADING);
      expect(alert).toHaveTextContent('Could not load the expert statements');
      expect(alert).toHaveTextContent('HTTP 503');
      fail = false;
      await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
      await statementList(all.length);
    },
    SLOW,
  );

  it(
    'sets the page title',
    async () => {
      renderApp('/viewpoints');
      await statementList(all.length);
      expect(document.title).toBe('Expert viewpoints · KORUS Lens');
    },
    SLOW,
  );
});
