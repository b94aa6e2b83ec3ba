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
import type { AnnualRow, Viewpoint } from '../../src/api/schemas.ts';
import { formatMusd, formatPercent } from '../../src/lib/format.ts';
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
  async function openCheck(id: string) {
    const el = article(id);
    const user = userEvent.setup();
    const button = within(el).getByRole('button', { name: 'Check against the data' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const figure = await within(el).findByRole('figure', {}, LOADING);
    // The reading and, where the claim reaches outside the data, the note that says so.
    const reading = within(el).getByText('What the data show:').closest('div')!;
    return { el, figure, reading, user };
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
      expect(reading).not.toHaveTextContent('%');
      expect(figure).toHaveTextContent('No figures for 2013: shown as gaps, not estimated.');
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
      const figure = screen.getByRole('figure', { name: 'Statements over time' });
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
      expect(rows.map((r) => r.lastElementChild?.textContent)).toContain(snyder.statement);
    },
    SLOW,
  );

  it(
    'shows a statement on focus of its marker and goes to it with Enter',
    async () => {
      renderApp('/viewpoints?expert=schott');
      await statementList(all.filter((v) => v.expertId === 'schott').length);
      const figure = screen.getByRole('figure', { name: 'Statements over time' });
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
