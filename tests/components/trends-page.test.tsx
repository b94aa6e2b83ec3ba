// The trends page through the real app: URL-driven range, the table view of the main chart, headline
// figures computed from the data, gaps in the services series, KORUS milestones, and the URL notice.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, it, expect } from 'vitest';
import goodsJson from '../../mocks/data/goods-annual.json';
import servicesJson from '../../mocks/data/services-annual.json';
import type { AnnualRow } from '../../src/api/schemas.ts';
import { SERIES_COLORS } from '../../src/lib/colors.ts';
import { formatBn, formatMusd, formatPercent } from '../../src/lib/format.ts';
import { renderApp } from './render-app.tsx';

const goods = goodsJson as AnnualRow[];
const goodsYear = (year: number) => goods.find((r) => r.year === year)!;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

const GOODS_CHART = 'US goods trade with South Korea';

const hexToRgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

/** The page chunk loads lazily; the first render of a test file can take more than findBy's default second. */
const LOADING = { timeout: 8000 };
/** Whole-app tests render three charts; give them room on a busy machine. */
const SLOW = 20_000;

async function openTable(chartTitle: string) {
  const user = userEvent.setup();
  const figure = await screen.findByRole('figure', { name: chartTitle }, LOADING);
  await user.click(within(figure).getByRole('button', { name: 'Show table' }));
  return { user, figure, table: within(figure).getByRole('table') };
}

const rowYears = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .filter((r) => !r.closest('tfoot'))
    .map((h) => h.textContent);

/** The definition (dd) that follows the term (dt) with exactly this text. */
function kpi(term: string): HTMLElement {
  const terms = screen.getAllByRole('term');
  const index = terms.findIndex((t) => t.textContent === term);
  expect(index, `headline "${term}"`).toBeGreaterThanOrEqual(0);
  return screen.getAllByRole('definition')[index]!;
}

describe('trends page: range and table view', () => {
  it(
    'shows exactly the years of the range in the table, and narrows it with the From filter',
    async () => {
      const { router } = renderApp('/trends?from=2012&to=2019');
      const { user, table } = await openTable(GOODS_CHART);
      expect(table).toHaveAccessibleName(new RegExp(`^${GOODS_CHART}: .*2012–2019`));
      expect(
        within(table)
          .getAllByRole('row')
          .filter((r) => !r.closest('tfoot')),
      ).toHaveLength(1 + 8);
      expect(rowYears(table)).toEqual(range(2012, 2019));

      const r2015 = within(table).getByRole('row', { name: /^2015\b/ });
      expect(
        within(r2015)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual([
        formatBn(goodsYear(2015).exports),
        formatBn(goodsYear(2015).imports),
        formatBn(goodsYear(2015).balance),
      ]);

      const fromSelect = screen.getByRole('combobox', { name: 'From' });
      expect(fromSelect).toHaveValue('2012');
      expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('2019');
      await user.selectOptions(fromSelect, '2015');

      await waitFor(() =>
        expect(rowYears(screen.getByRole('table', { name: new RegExp(`^${GOODS_CHART}`) }))).toEqual(range(2015, 2019)),
      );
      expect(
        within(screen.getByRole('table', { name: new RegExp(`^${GOODS_CHART}`) }))
          .getAllByRole('row')
          .filter((r) => !r.closest('tfoot')),
      ).toHaveLength(1 + 5);
      expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('2015');
      const params = new URLSearchParams(router.state.location.search);
      expect(params.get('from')).toBe('2015');
      expect(params.get('to')).toBe('2019');
      expect(router.state.historyAction).toBe('PUSH');
    },
    SLOW,
  );

  it(
    'moves To along when From is set after it',
    async () => {
      const { router } = renderApp('/trends?from=2012&to=2014');
      const user = userEvent.setup();
      await user.selectOptions(await screen.findByRole('combobox', { name: 'From' }, LOADING), '2016');
      await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('to')).toBe('2016'));
      expect(new URLSearchParams(router.state.location.search).get('from')).toBe('2016');
    },
    SLOW,
  );
});

describe('trends page: headline figures', () => {
  it(
    'reports the latest year with the figures and changes computed from the data',
    async () => {
      renderApp('/trends');
      const latest = goods.findLast((r) => r.exports !== null && r.imports !== null && r.balance !== null)!;
      expect(latest.year).toBe(2025);
      await screen.findByText(`US exports, goods, ${latest.year}`, {}, LOADING);

      const base = goodsYear(2011);
      const previous = goodsYear(latest.year - 1);
      const exports = kpi(`US exports, goods, ${latest.year}`);
      expect(exports).toHaveTextContent(formatMusd(latest.exports));
      const vsBase = latest.exports! - base.exports!;
      expect(exports).toHaveTextContent(
        `vs 2011 (before KORUS): ${formatMusd(vsBase, { signed: true })} (${formatPercent((vsBase / base.exports!) * 100)})`,
      );
      const vsPrev = latest.exports! - previous.exports!;
      expect(exports).toHaveTextContent(
        `vs ${latest.year - 1}: ${formatMusd(vsPrev, { signed: true })} (${formatPercent((vsPrev / previous.exports!) * 100)})`,
      );
      const first = goods[0]!;
      const growth = ((latest.exports! / first.exports!) ** (1 / (latest.year - first.year)) - 1) * 100;
      expect(exports).toHaveTextContent(`Growth a year, ${first.year}–${latest.year}: ${formatPercent(growth)}`);

      const imports = kpi(`US imports, goods, ${latest.year}`);
      expect(imports).toHaveTextContent(formatMusd(latest.imports));
      const importsVsBase = latest.imports! - base.imports!;
      expect(imports).toHaveTextContent(`vs 2011 (before KORUS): ${formatMusd(importsVsBase, { signed: true })}`);

      // The balance in the one form, and its changes in words: no percentage of a balance.
      const balance = kpi(`Balance, goods, ${latest.year}`);
      expect(balance).toHaveTextContent(`${formatMusd(latest.balance)} deficit`);
      expect(latest.balance! < base.balance!).toBe(true);
      expect(balance).toHaveTextContent(
        `vs 2011 (before KORUS): deficit widened by ${formatMusd(base.balance! - latest.balance!)}`,
      );
      expect(previous.balance! < latest.balance!).toBe(true);
      expect(balance).toHaveTextContent(
        `vs ${previous.year}: deficit narrowed by ${formatMusd(latest.balance! - previous.balance!)}`,
      );
      expect(balance).not.toHaveTextContent('%');
      expect(balance).toHaveTextContent('not meaningful for a balance');

      const total = kpi(`Total trade, goods, ${latest.year}`);
      expect(total).toHaveTextContent(formatMusd(latest.exports! + latest.imports!));
    },
    SLOW,
  );

  it(
    'compares with 2011 only when it lies before the headline year, never with a later year',
    async () => {
      renderApp('/trends?from=1990&to=2000');
      await screen.findByText('US exports, goods, 2000', {}, LOADING);
      const exports = kpi('US exports, goods, 2000');
      expect(exports).toHaveTextContent(formatMusd(goodsYear(2000).exports));
      expect(exports).toHaveTextContent(
        `vs 1999: ${formatMusd(goodsYear(2000).exports! - goodsYear(1999).exports!, { signed: true })}`,
      );
      for (const term of ['US exports', 'US imports', 'Balance', 'Total trade']) {
        expect(kpi(`${term}, goods, 2000`)).not.toHaveTextContent('2011');
      }
    },
    SLOW,
  );

  it(
    'names a one-year range by its year',
    async () => {
      renderApp('/trends?from=1988&to=1988');
      expect(
        await screen.findByRole('heading', { name: 'Headline figures, goods, 1988' }, LOADING),
      ).toBeInTheDocument();
      expect(screen.queryByText(/1988–1988/)).not.toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'follows the range: the headline year is the end of the range',
    async () => {
      renderApp('/trends?from=2012&to=2019');
      expect(
        await screen.findByRole('heading', { name: 'Headline figures, goods, 2012–2019' }, LOADING),
      ).toBeInTheDocument();
      await screen.findByText('US exports, goods, 2019', {}, LOADING);
      expect(kpi('US exports, goods, 2019')).toHaveTextContent(formatMusd(goodsYear(2019).exports));
      expect(screen.queryByText('US exports, goods, 2025')).not.toBeInTheDocument();
    },
    SLOW,
  );
});

describe('trends page: services gaps', () => {
  it(
    'names exactly the missing services figures in a note and shows them as no data',
    async () => {
      renderApp('/trends?category=services&from=2011&to=2018');
      const figure = await screen.findByRole('figure', { name: 'US services trade with South Korea' }, LOADING);
      // 2018 has exports: the note does not call it a year without figures.
      expect(
        within(figure).getByText(
          /No figures for 2013–2015: shown as gaps, not estimated\. 2018: exports only \(no imports or balance figure\)\./,
        ),
      ).toBeInTheDocument();
      expect(within(figure).queryByText(/No figures for [^.]*2018/)).not.toBeInTheDocument();
      expect(screen.getByRole('radio', { name: 'Services' })).toBeChecked();

      const { table } = await openTable('US services trade with South Korea');
      expect(rowYears(table)).toEqual(range(2011, 2018));
      const r2014 = within(table).getByRole('row', { name: /^2014\b/ });
      expect(within(r2014).getAllByText('no data')).toHaveLength(3);

      // The headline shows the latest export figure (2018) although 2018 has no imports; the rest are 2017.
      expect(kpi('US exports, services, 2018')).toHaveTextContent(formatMusd(24500));
      expect(kpi('US imports, services, 2017')).toHaveTextContent(formatMusd(10900));
      expect(kpi('Balance, services, 2017')).toHaveTextContent(`${formatMusd(13300)} surplus`);
    },
    SLOW,
  );

  it(
    'marks the 2011 balance as published where it differs from exports − imports, and says why',
    async () => {
      renderApp('/trends?category=services&from=2011&to=2018');
      const figure = await screen.findByRole('figure', { name: 'US services trade with South Korea' }, LOADING);
      const served = servicesJson as AnnualRow[];
      const y2011 = served.find((r) => r.year === 2011)!;
      expect(y2011.exports! - y2011.imports!).not.toBe(y2011.balance);
      expect(
        within(figure).getByText(
          new RegExp(
            `\\* 2011 balance \\${formatMusd(y2011.balance)} as published; exports − imports = \\${formatMusd(y2011.exports! - y2011.imports!)} by rounding\\.`,
          ),
        ),
      ).toBeInTheDocument();

      const { table } = await openTable('US services trade with South Korea');
      const r2011 = within(table).getByRole('row', { name: /^2011\b/ });
      expect(
        within(r2011)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual([formatBn(y2011.exports), formatBn(y2011.imports), `${formatBn(y2011.balance)} *`]);
      // Rows whose balance is exports − imports carry no mark.
      const r2017 = within(table).getByRole('row', { name: /^2017\b/ });
      expect(within(r2017).getAllByRole('cell').at(-1)).toHaveTextContent(/^\d+\.\d$/);

      // The change chart: the 2012 change of the balance follows the balance shown (8.0 → 9.0), and says so.
      const yoy = screen.getByRole('figure', { name: 'Change from the previous year' });
      expect(within(yoy).getByText(/\* 2012 change in balance from the 2011 balance as published/)).toBeInTheDocument();
      expect(
        within(yoy).getByText(/2011 is the first year of the series \(2010 is not in it\), so it has no change\./),
      ).toBeInTheDocument();
      expect(within(yoy).getByText(/2018: a change in exports only\./)).toBeInTheDocument();
      await userEvent.click(within(yoy).getByRole('button', { name: 'Show table' }));
      const r2012 = within(within(yoy).getByRole('table')).getByRole('row', { name: /^2012\b/ });
      const y2012 = served.find((r) => r.year === 2012)!;
      expect(within(r2012).getAllByRole('cell').at(-1)).toHaveTextContent(
        `${formatBn(y2012.balance! - y2011.balance!, { signed: true })} *`,
      );

      // The balance card marks the same services figure.
      const balances = screen.getByRole('figure', { name: 'Balance in goods and in services' });
      expect(
        within(balances).getByText(/\* 2011 services balance as published; exports − imports = /),
      ).toBeInTheDocument();
      // Census goods and BEA services are different bases: shown side by side, never summed.
      expect(within(balances).getByText(/different bases: side by side, never added up/)).toBeInTheDocument();
      await userEvent.click(within(balances).getByRole('button', { name: 'Show table' }));
      const headers = within(within(balances).getByRole('table'))
        .getAllByRole('columnheader')
        .map((h) => h.textContent);
      expect(headers).toEqual(['Year', 'Goods balance ($ bn)', 'Services balance ($ bn)']);
    },
    SLOW,
  );

  it(
    'shows the 2018 export figure when the range is 2018 alone',
    async () => {
      renderApp('/trends?category=services&from=2018&to=2018');
      await screen.findByText('US exports, services, 2018', {}, LOADING);
      expect(kpi('US exports, services, 2018')).toHaveTextContent(formatMusd(24500));
      expect(kpi('US imports, services, 2018')).toHaveTextContent('No imports figure was published for 2018.');
      expect(screen.queryByText(/no headline can be/)).not.toBeInTheDocument();
    },
    SLOW,
  );
});

describe('trends page: category switch', () => {
  it(
    'keeps the chosen years where the other series has them, and comes back to the range it left',
    async () => {
      const { router } = renderApp('/trends?from=2005&to=2015');
      const user = userEvent.setup();
      await screen.findByRole('figure', { name: GOODS_CHART }, LOADING);
      await user.click(screen.getByRole('radio', { name: 'Services' }));
      await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('category')).toBe('services'));
      const params = new URLSearchParams(router.state.location.search);
      expect([params.get('from'), params.get('to')]).toEqual(['2011', '2015']);

      await user.click(screen.getByRole('radio', { name: 'Goods' }));
      await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('category')).toBeNull());
      const back = new URLSearchParams(router.state.location.search);
      expect([back.get('from'), back.get('to')]).toEqual(['2005', '2015']);
    },
    SLOW,
  );

  it(
    'comes back to a goods range that services do not cover',
    async () => {
      const { router } = renderApp('/trends?from=1990&to=2000');
      const user = userEvent.setup();
      await screen.findByRole('figure', { name: GOODS_CHART }, LOADING);
      await user.click(screen.getByRole('radio', { name: 'Services' }));
      await screen.findByRole('figure', { name: 'US services trade with South Korea' }, LOADING);
      await user.click(screen.getByRole('radio', { name: 'Goods' }));
      await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('from')).toBe('1990'));
      expect(new URLSearchParams(router.state.location.search).get('to')).toBe('2000');
    },
    SLOW,
  );
});

describe('trends page: one colour for the goods balance', () => {
  it(
    'draws the goods balance in the balance colour on the goods-and-services card too',
    async () => {
      renderApp('/trends?from=2011&to=2018');
      const figure = await screen.findByRole('figure', { name: 'Balance in goods and in services' }, LOADING);
      const item = within(within(figure).getByRole('list', { name: 'Legend' }))
        .getByText('Goods balance')
        .closest('li')!;
      expect(item.querySelector<HTMLElement>('.legend__swatch')?.style.color).toBe(hexToRgb(SERIES_COLORS.balance));
      const main = screen.getByRole('figure', { name: GOODS_CHART });
      const mainItem = within(within(main).getByRole('list', { name: 'Legend' }))
        .getByText(/^Balance/)
        .closest('li')!;
      expect(mainItem.querySelector<HTMLElement>('.legend__swatch')?.style.color).toBe(hexToRgb(SERIES_COLORS.balance));
    },
    SLOW,
  );
});

describe('trends page: KORUS milestones', () => {
  it(
    'marks the milestones on the chart and shows all events on request',
    async () => {
      const { router } = renderApp('/trends?from=2011&to=2019');
      const figure = await screen.findByRole('figure', { name: GOODS_CHART }, LOADING);
      expect(within(figure).getByRole('list', { name: 'Legend' })).toHaveTextContent('KORUS milestone');
      expect((await within(figure).findAllByRole('img', { name: /^KORUS in force/ })).length).toBe(1);
      expect(within(figure).getByRole('img', { name: /^Amended KORUS in force/ })).toBeInTheDocument();
      expect(within(figure).queryByRole('img', { name: /US requests Joint Committee/ })).not.toBeInTheDocument();

      const user = userEvent.setup();
      const toggle = within(figure).getByRole('checkbox', { name: 'Show all events' });
      expect(toggle).not.toBeChecked();
      await user.click(toggle);
      await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('events')).toBe('1'));
      expect(within(figure).getByRole('checkbox', { name: 'Show all events' })).toBeChecked();
      // Minor events of one year share one ◇ that names them all.
      expect(await within(figure).findByRole('img', { name: /US requests Joint Committee/ })).toBeInTheDocument();
      expect(within(figure).getByRole('list', { name: 'Legend' })).toHaveTextContent('◇ Other KORUS event');

      await user.click(within(figure).getByRole('checkbox', { name: 'Show all events' }));
      await waitFor(() => expect(router.state.location.search).not.toContain('events'));
    },
    SLOW,
  );

  it(
    'reads the milestone in words when its marker gets focus',
    async () => {
      renderApp('/trends?from=2011&to=2019');
      const figure = await screen.findByRole('figure', { name: GOODS_CHART }, LOADING);
      const [marker] = await within(figure).findAllByRole('img', { name: /^KORUS in force/ });
      marker!.focus();
      await waitFor(() => expect(within(figure).getByText('15 Mar 2012')).toBeInTheDocument());
    },
    SLOW,
  );
});

describe('trends page: URL notice and reset', () => {
  it(
    'corrects a bad address, says what it changed, and can be dismissed',
    async () => {
      const { router } = renderApp('/trends?from=abc&to=1700');
      const title = await screen.findByText('Some settings in the address were adjusted', {}, LOADING);
      const notice = title.closest<HTMLElement>('[role="status"]')!;
      expect(notice).toBeInTheDocument();
      expect(notice).toHaveTextContent('abc');
      expect(notice).toHaveTextContent('1700');

      await waitFor(() => expect(router.state.location.search).not.toContain('abc'));
      expect(router.state.location.search).not.toContain('1700');
      expect(new URLSearchParams(router.state.location.search).get('to')).toBe('1985');
      expect(router.state.historyAction).toBe('REPLACE');

      await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
      expect(screen.queryByText('Some settings in the address were adjusted')).not.toBeInTheDocument();
      expect(screen.queryByText(/abc/)).not.toBeInTheDocument();
      // Focus stays on the page, not lost to <body> with the vanished button.
      expect(document.activeElement).toBe(screen.getByRole('main'));
    },
    SLOW,
  );

  it(
    'shows no notice for a valid address',
    async () => {
      const { router } = renderApp('/trends?from=2012&to=2019');
      await screen.findByRole('figure', { name: GOODS_CHART }, LOADING);
      expect(screen.queryByText('Some settings in the address were adjusted')).not.toBeInTheDocument();
      expect(router.state.location.search).toBe('?from=2012&to=2019');
    },
    SLOW,
  );

  it(
    'clears every filter with Reset filters',
    async () => {
      const { router } = renderApp('/trends?from=2012&to=2019&events=1&category=services');
      await screen.findByRole('figure', { name: 'US services trade with South Korea' }, LOADING);
      await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
      await waitFor(() => expect(router.state.location.search).toBe(''));
      expect(await screen.findByRole('figure', { name: GOODS_CHART })).toBeInTheDocument();
      expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue(String(goods[0]!.year));
      expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue(String(goods.at(-1)!.year));
    },
    SLOW,
  );
});
