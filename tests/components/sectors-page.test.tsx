// The sectors page through the real app: switching classification resets the selection, shares of a
// complete classification, top movers, gaps in a sector's series, the URL notice, and the total kept out of
// the ranking. Figures are read from the table views and compared with values computed from mocks/data.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { describe, it, expect } from 'vitest';
import { realDataset } from '../../mocks/db.ts';
import { server } from '../../mocks/node.ts';
import type { SectorValue } from '../../src/api/schemas.ts';
import { formatBn, formatMusd, formatPercent } from '../../src/lib/format.ts';
import { renderApp } from './render-app.tsx';

const { sectors: catalogue, sectorValues: allValues } = realDataset;

/** The page chunk loads lazily; the first render of a test file can take more than findBy's default second. */
const LOADING = { timeout: 8000 };
/** Whole-app tests render several charts; give them room on a busy machine. */
const SLOW = 20_000;

const NOTICE = 'Some settings in the address were adjusted';
const SERIES = 'Selected sectors over time';
const HS_IMPORTS_SERIES = 'US imports by HS chapters: selected over time';
const HS_BALANCE_2019 = 'Balance by HS chapters, 2019: US exports − US imports, South Korea';
const hsLabel = (id: string) => realDataset.hsChapters.chapters.find((c) => c.id === id)!.label;
const rankingTitle = (year: string) => `US exports to South Korea by USITC sectors, ${year}`;

const kindOf = (id: string) => catalogue.find((s) => s.id === id)?.kind;
const labelOf = (id: string) => catalogue.find((s) => s.id === id)!.label;
const usitcItems = (year: number): SectorValue[] =>
  allValues.filter(
    (v) => v.year === year && v.flow === 'exports' && v.sectorId.startsWith('usitc-') && kindOf(v.sectorId) === 'item',
  );
const search = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search);

async function openTable(title: string) {
  const user = userEvent.setup();
  const figure = await screen.findByRole('figure', { name: title }, LOADING);
  await user.click(within(figure).getByRole('button', { name: 'Show table' }));
  const table = within(figure).getByRole('table');
  return { user, figure, table };
}

/** The text of each body row's cells (row header first), keyed by the header text of their column. */
function tableRows(table: HTMLElement): Array<Record<string, string>> {
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent ?? '');
  const [, ...body] = within(table)
    .getAllByRole('row')
    .filter((r) => !r.closest('tfoot'));
  return body.map((row) => {
    const cells = [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
    return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
  });
}

describe('sectors page: classification switch', () => {
  it(
    'resets the sector selection to the new classification when the classification changes',
    async () => {
      const { router } = renderApp('/sectors?classification=usitc-sectors&sector=usitc-machinery');
      const select = await screen.findByRole('combobox', { name: 'Classification' }, LOADING);
      await waitFor(() => expect(select).toHaveValue('usitc-sectors'), LOADING);
      const seriesBefore = await screen.findByRole('figure', { name: SERIES }, LOADING);
      expect(within(seriesBefore).getByRole('list', { name: 'Legend' })).toHaveTextContent('Machinery');
      expect(screen.getByRole('button', { name: 'Sectors: 1 selected' })).toBeInTheDocument();
      expect(search(router).get('sector')).toBe('usitc-machinery');

      const user = userEvent.setup();
      await user.selectOptions(select, 'hs-chapters');

      // HS chapters are the default classification: the address drops it, and the HS view opens on the balance.
      await waitFor(() => expect(search(router).get('classification')).toBeNull(), LOADING);
      expect(router.state.location.search).not.toContain('usitc-');
      expect(search(router).get('sector')).toBeNull();
      expect(screen.queryByText(NOTICE)).not.toBeInTheDocument();
      expect(await screen.findByRole('figure', { name: HS_BALANCE_2019 }, LOADING)).toBeInTheDocument();
      expect(screen.getByRole('combobox', { name: 'Classification' })).toHaveValue('hs-chapters');
      const chapters = screen.getByRole('button', { name: 'Chapters: 5 largest (default)' });
      await user.click(chapters);
      expect(screen.getAllByRole('checkbox').filter((b) => b.closest('.series-view') === null)).toHaveLength(
        realDataset.hsChapters.chapters.length,
      );
      expect(screen.queryByRole('checkbox', { name: 'Machinery' })).not.toBeInTheDocument();
    },
    SLOW,
  );
});

describe('sectors page: ranking', () => {
  it(
    'shows shares of the total that add up to 100% for a complete classification',
    async () => {
      renderApp('/sectors?classification=usitc-sectors&year=2016&view=share');
      const { figure, table } = await openTable(rankingTitle('2016'));
      expect(within(figure).getByRole('radio', { name: 'Share of total' })).toBeChecked();

      const items = usitcItems(2016).sort((a, b) => b.value! - a.value!);
      const sum = items.reduce((acc, v) => acc + v.value!, 0);
      const rows = tableRows(table);
      expect(rows.map((r) => r['Sector'])).toEqual(items.map((v) => labelOf(v.sectorId)));
      expect(rows.map((r) => r['Share of total (%)'])).toEqual(
        items.map((v) => formatPercent((v.value! / sum) * 100, { signed: false })),
      );

      const shares = rows.map((r) => Number(r['Share of total (%)']!.replace('%', '')));
      expect(shares.every((s) => Number.isFinite(s) && s > 0)).toBe(true);
      // Each share is rounded to 0.1, so the sum is within half a tenth per row of 100.
      expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 100)).toBeLessThanOrEqual(0.05 * shares.length);
      expect(
        within(figure).getByText(new RegExp(`Total ${formatMusd(sum).replace('$', '\\$')} \\(sum of all items\\)`)),
      ).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'states the reported total in the note and never ranks it among the sectors',
    async () => {
      renderApp('/sectors?classification=usitc-sectors&year=2013');
      const { figure, table } = await openTable(rankingTitle('2013'));
      const total = allValues.find((v) => v.sectorId === 'usitc-total' && v.year === 2013)!;
      expect(formatMusd(total.value)).toBe('$41.6 bn');
      expect(within(figure).getByText(/Total \$41\.6 bn \(as reported\)/)).toBeInTheDocument();

      const items = usitcItems(2013).sort((a, b) => b.value! - a.value!);
      const rows = tableRows(table);
      expect(rows).toHaveLength(items.length);
      expect(rows.map((r) => r['Sector'])).toEqual(items.map((v) => labelOf(v.sectorId)));
      expect(rows.map((r) => r['Rank'])).toEqual(items.map((_, i) => String(i + 1)));
      expect(rows.map((r) => r['Value ($ bn)'])).toEqual(items.map((v) => formatBn(v.value)));
      expect(within(table).queryByText(labelOf('usitc-total'))).not.toBeInTheDocument();
      expect(rows.map((r) => r['Value ($ bn)'])).not.toContain(formatBn(total.value));
      // The shares are of the reported total.
      expect(rows[0]!['Share of total (%)']).toBe(
        formatPercent((items[0]!.value! / total.value!) * 100, { signed: false }),
      );
    },
    SLOW,
  );

  it(
    'opens a sector detail from the table view, and Back closes it',
    async () => {
      const { router } = renderApp('/sectors?classification=usitc-sectors&year=2016');
      const { user, table } = await openTable(rankingTitle('2016'));
      const top = usitcItems(2016).sort((a, b) => b.value! - a.value!)[0]!;
      await user.click(within(table).getByRole('button', { name: `${labelOf(top.sectorId)}: show details` }));
      await waitFor(() => expect(search(router).get('detail')).toBe(top.sectorId), LOADING);
      const heading = await screen.findByRole('heading', { level: 2, name: labelOf(top.sectorId) }, LOADING);
      await waitFor(() => expect(heading).toHaveFocus(), LOADING);
      expect(search(router).get('year')).toBe('2016');

      await router.navigate(-1);
      await waitFor(() => expect(search(router).get('detail')).toBeNull(), LOADING);
      await waitFor(
        () => expect(screen.queryByRole('heading', { level: 2, name: labelOf(top.sectorId) })).not.toBeInTheDocument(),
        LOADING,
      );
      expect(screen.getByRole('figure', { name: rankingTitle('2016') })).toBeInTheDocument();
      expect(search(router).get('year')).toBe('2016');
    },
    SLOW,
  );
});

describe('sectors page: top movers', () => {
  it(
    'orders the movers by the size of the change between the two years',
    async () => {
      renderApp('/sectors?classification=usitc-sectors&year=2017&compare=2013');
      const { table } = await openTable('Top movers, 2013 to 2017');
      const before = new Map(usitcItems(2013).map((v) => [v.sectorId, v.value!]));
      const expected = usitcItems(2017)
        .map((v) => ({ id: v.sectorId, change: v.value! - before.get(v.sectorId)! }))
        .sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
      const rows = tableRows(table);
      expect(rows.map((r) => r['Sector'])).toEqual(expected.map((e) => labelOf(e.id)));
      expect(rows.map((r) => r['Change ($ bn)'])).toEqual(
        expected.map((e) => `${e.change > 0 ? '+' : ''}${formatBn(e.change)}`),
      );
      expect(rows.map((r) => r['Change (%)'])).toEqual(
        expected.map((e) => formatPercent((e.change / before.get(e.id)!) * 100)),
      );
      expect(screen.getByRole('combobox', { name: 'Compare with' })).toHaveValue('2013');
      expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('2017');
    },
    SLOW,
  );
});

describe('sectors page: gaps', () => {
  it(
    'shows the years a sector has no figure as gaps in the series and names them in the note',
    async () => {
      renderApp('/sectors?classification=agriculture&sector=ag-pork');
      const pork = allValues.filter((v) => v.sectorId === 'ag-pork').sort((a, b) => a.year - b.year);
      expect(pork.map((v) => v.year)).toEqual([2016, 2017, 2023]);

      const { figure, table } = await openTable(SERIES);
      expect(within(figure).getByText(/Gaps \(no figure\): Pork and pork products 2018–2022\./)).toBeInTheDocument();
      const rows = tableRows(table);
      // One row a year: 2018 and 2019, with no figure for any product, are rows too (the axis is spaced by time).
      expect(rows.map((r) => r['Year'])).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023']);
      const column = Object.keys(rows[0]!).find((h) => h.startsWith('Pork and pork products'))!;
      expect(column).toBeDefined();
      for (const year of [2018, 2019, 2020, 2021, 2022]) {
        const row = within(table).getByRole('row', { name: new RegExp(`^${year}\\b`) });
        expect(row).toHaveTextContent('no data');
        expect(rows.find((r) => r['Year'] === String(year))![column]).toBe('—no data');
      }
      for (const v of pork) {
        const row = within(table).getByRole('row', { name: new RegExp(`^${v.year}\\b`) });
        expect(row).not.toHaveTextContent('no data');
        expect(rows.find((r) => r['Year'] === String(v.year))![column]).not.toContain('—');
      }
    },
    SLOW,
  );
});

describe('sectors page: URL notice', () => {
  it(
    'says which settings in a bad address were adjusted and rewrites the address',
    async () => {
      const { router } = renderApp('/sectors?classification=nope&year=1900&sector=zzz');
      const title = await screen.findByText(NOTICE, {}, LOADING);
      const notice = title.closest<HTMLElement>('[role="status"]')!;
      expect(notice).toHaveTextContent('nope');
      expect(notice).toHaveTextContent('1900');
      expect(notice).toHaveTextContent('zzz');

      await waitFor(() => expect(router.state.location.search).not.toContain('nope'), LOADING);
      expect(router.state.location.search).not.toContain('1900');
      expect(router.state.location.search).not.toContain('zzz');
      expect(router.state.historyAction).toBe('REPLACE');
      // The page falls back to the default classification (HS chapters, balance) and its latest year with both flows.
      expect(screen.getByRole('combobox', { name: 'Classification' })).toHaveValue('hs-chapters');
      expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('2019');
      expect(await screen.findByRole('figure', { name: HS_BALANCE_2019 }, LOADING)).toBeInTheDocument();

      await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
      expect(screen.queryByText(NOTICE)).not.toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'keeps a USITC address when the data catalogue answers after the HS figures',
    async () => {
      // The HS view's filters are ready with the HS catalogue alone; before the data catalogue arrives they do
      // not yet know the other classifications and must not drop the address's classification as unknown.
      server.use(
        http.get('*/api/v1/meta', async () => {
          await delay(1500);
          return undefined;
        }),
      );
      const { router } = renderApp('/sectors?classification=usitc-sectors&year=2016');
      expect(await screen.findByRole('figure', { name: rankingTitle('2016') }, LOADING)).toBeInTheDocument();
      expect(screen.queryByText(NOTICE)).not.toBeInTheDocument();
      expect(search(router).get('classification')).toBe('usitc-sectors');
      expect(search(router).get('year')).toBe('2016');
    },
    SLOW,
  );

  it(
    'shows no notice for a valid address',
    async () => {
      const { router } = renderApp('/sectors?classification=agriculture&year=2017');
      await screen.findByRole('figure', { name: SERIES }, LOADING);
      expect(screen.queryByText(NOTICE)).not.toBeInTheDocument();
      expect(search(router).get('classification')).toBe('agriculture');
      expect(search(router).get('year')).toBe('2017');
    },
    SLOW,
  );
});

describe('sectors page: colours of the selected sectors', () => {
  it(
    'gives each of the five default sectors its own colour in the legend and the table',
    async () => {
      renderApp('/sectors?classification=hs-chapters&flow=imports&year=2024');
      const figure = await screen.findByRole('figure', { name: HS_IMPORTS_SERIES }, LOADING);
      const legend = within(figure).getByRole('list', { name: 'Legend' });
      const items = within(legend).getAllByRole('listitem');
      expect(items).toHaveLength(5);
      const legendColours = items.map((li) => li.querySelector<HTMLElement>('.legend__swatch')!.style.color);
      expect(
        new Set(legendColours).size,
        `legend colours ${legendColours.join(', ')} for ${items.map((li) => li.textContent).join(', ')}`,
      ).toBe(5);

      const { table } = await openTable(HS_IMPORTS_SERIES);
      const swatches = within(table)
        .getAllByRole('columnheader')
        .slice(2)
        .map((h) => h.querySelector<HTMLElement>('.swatch')!.style.background);
      expect(swatches).toHaveLength(5);
      expect(new Set(swatches).size).toBe(5);
    },
    SLOW,
  );
});

describe('sectors page: comparison year', () => {
  it(
    'does not compare a year with itself',
    async () => {
      const { router } = renderApp('/sectors?classification=usitc-sectors&year=2016&compare=2016');
      await screen.findByRole('figure', { name: rankingTitle('2016') }, LOADING);
      await waitFor(() => expect(search(router).get('compare')).toBeNull(), LOADING);
      expect(screen.queryByRole('figure', { name: 'Top movers, 2016 to 2016' })).not.toBeInTheDocument();
      expect(screen.getByRole('combobox', { name: 'Compare with' })).toHaveValue('');
    },
    SLOW,
  );
});

describe('sectors page: agriculture and beef context', () => {
  const ag = allValues.filter((v) => v.flow === 'exports' && v.sectorId.startsWith('ag-'));
  const usitc2017 = allValues.find((v) => v.sectorId === 'usitc-agricultural-products' && v.year === 2017)!;
  const ustr2017 = ag.find((v) => v.sectorId === 'ag-total' && v.year === 2017)!;

  it(
    'lists every year of the range with the unreported ones as gaps, and marks lower bounds with ≥',
    async () => {
      renderApp('/sectors');
      const { figure, table } = await openTable('US agricultural exports to South Korea');
      const rows = tableRows(table);
      const reported = [
        ...new Set(ag.filter((v) => v.sectorId === 'ag-total' || v.sectorId === 'ag-related-total').map((v) => v.year)),
      ].sort((a, b) => a - b);
      const all = Array.from({ length: reported.at(-1)! - reported[0]! + 1 }, (_, i) => reported[0]! + i);
      expect(rows.map((r) => r['Year'])).toEqual(all.map(String));
      const missing = all.filter((y) => !reported.includes(y));
      expect(missing.length).toBeGreaterThan(0);
      const total = Object.keys(rows[0]!).find((h) => h.includes('Agricultural products, total'))!;
      const related = Object.keys(rows[0]!).find((h) => h.includes('Agricultural and related products'))!;
      for (const y of missing) expect(rows.find((r) => r['Year'] === String(y))![total]).toBe('—no data');
      const bound = ag.find((v) => v.sectorId === 'ag-related-total' && /more than/.test(v.note ?? ''))!;
      expect(rows.find((r) => r['Year'] === String(bound.year))![related]).toBe(`≥ ${formatBn(bound.value)}`);
      expect(figure).toHaveTextContent(`${missing[0]}–${missing[1]}`);

      const beef = await openTable('US beef exports to South Korea');
      const beefBound = ag.find((v) => v.sectorId === 'ag-beef' && /more than/.test(v.note ?? ''))!;
      const beefRow = tableRows(beef.table).find((r) => r['Year'] === String(beefBound.year))!;
      expect(Object.values(beefRow)).toContain(`≥ ${formatBn(beefBound.value)}`);
      expect(tableRows(beef.table).map((r) => r['Year'])).toContain('2018');
    },
    SLOW,
  );

  it(
    'says that the USITC and USTR agricultural totals of 2017 are different scopes, on both cards',
    async () => {
      renderApp('/sectors?classification=usitc-sectors');
      const ranking = await screen.findByRole('figure', { name: rankingTitle('2017') }, LOADING);
      const card = await screen.findByRole('figure', { name: 'US agricultural exports to South Korea' }, LOADING);
      for (const figure of [ranking, card]) {
        await waitFor(() => expect(figure).toHaveTextContent('Different scopes'), LOADING);
        expect(figure).toHaveTextContent(`${formatMusd(usitc2017.value)} in 2017`);
        expect(figure).toHaveTextContent(`${formatMusd(ustr2017.value)} in 2017`);
      }
    },
    SLOW,
  );

  it(
    'draws lower bounds hatched, not as ordinary bars',
    async () => {
      renderApp('/sectors');
      const beef = await screen.findByRole('figure', { name: 'US beef exports to South Korea' }, LOADING);
      await waitFor(() => expect(beef.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0), LOADING);
      const fills = [...beef.querySelectorAll('.recharts-bar-rectangle path')].map((p) => p.getAttribute('fill') ?? '');
      expect(fills.filter((f) => f.startsWith('url(#'))).toHaveLength(1);
      expect(beef).toHaveTextContent(`≥ ${formatBn(2600)}`);
    },
    SLOW,
  );
});

describe('sectors page: wording', () => {
  it(
    'names product classifications grammatically and ends the total note with a full stop',
    async () => {
      renderApp('/sectors?classification=agriculture&year=2023');
      expect(
        await screen.findByRole(
          'figure',
          { name: 'US exports of agricultural products to South Korea, 2023' },
          LOADING,
        ),
      ).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'writes a full stop between the total and the partial-year note',
    async () => {
      renderApp('/sectors?classification=hs-chapters&flow=imports&year=2025');
      const figure = await screen.findByRole(
        'figure',
        { name: 'US imports by HS chapters, from South Korea, 2025 (Jan–Aug)' },
        LOADING,
      );
      expect(figure).toHaveTextContent(/\(sum of all items\)\. 2025 \(Jan–Aug\) is a partial year/);
    },
    SLOW,
  );
});

describe('sectors page: filter controls', () => {
  it(
    'closes the Sectors panel on Escape, when focus leaves it and on a click outside',
    async () => {
      renderApp('/sectors?classification=usitc-sectors');
      const user = userEvent.setup();
      const button = await screen.findByRole('button', { name: 'Sectors: 5 largest (default)' }, LOADING);
      await user.click(button);
      expect(button).toHaveAttribute('aria-expanded', 'true');
      await user.keyboard('{Escape}');
      expect(button).toHaveAttribute('aria-expanded', 'false');
      expect(button).toHaveFocus();

      await user.click(button);
      // The panel's own checkboxes (chart cards have checkboxes too, e.g. Log scale).
      const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
      expect(panel).not.toBeNull();
      const boxes = within(panel!).getAllByRole('checkbox');
      boxes.at(-1)!.focus();
      await user.tab();
      expect(screen.getByRole('button', { name: 'Reset filters' })).toHaveFocus();
      expect(button).toHaveAttribute('aria-expanded', 'false');

      await user.click(button);
      expect(button).toHaveAttribute('aria-expanded', 'true');
      await user.click(screen.getByRole('heading', { level: 1 }));
      expect(button).toHaveAttribute('aria-expanded', 'false');
    },
    SLOW,
  );

  it(
    'says why a disabled option is unavailable',
    async () => {
      renderApp('/sectors?classification=usitc-sectors');
      const imports = await screen.findByRole('radio', { name: 'US imports' }, LOADING);
      expect(imports).toBeDisabled();
      expect(imports).toHaveAccessibleDescription(/USITC sectors has no imports figures/);
      expect(imports.closest('label')).toHaveClass('is-disabled');
      expect(imports.closest('label')).toHaveAttribute('title', expect.stringMatching(/no imports figures/));
    },
    SLOW,
  );

  it(
    'says why Share of total is unavailable without a total',
    async () => {
      renderApp('/sectors?classification=agency-products');
      const share = await screen.findByRole('radio', { name: 'Share of total' }, LOADING);
      expect(share).toBeDisabled();
      expect(share).toHaveAccessibleDescription(/no total is reported/);
    },
    SLOW,
  );

  it(
    'keeps the colour of a selected HS chapter when another is removed or added',
    async () => {
      const top = allValues
        .filter(
          (v) => v.flow === 'imports' && v.year === 2024 && v.measure === 'cif-value' && kindOf(v.sectorId) === 'item',
        )
        .sort((a, b) => b.value! - a.value!)
        .slice(0, 4)
        .map((v) => v.sectorId);
      renderApp(`/sectors?classification=hs-chapters&flow=imports&year=2024&sector=${top.slice(0, 3).join(',')}`);
      const colours = async () => {
        const figure = await screen.findByRole('figure', { name: HS_IMPORTS_SERIES }, LOADING);
        const items = within(within(figure).getByRole('list', { name: 'Legend' })).getAllByRole('listitem');
        return Object.fromEntries(
          items.map((li) => [li.textContent, li.querySelector<HTMLElement>('.legend__swatch')!.style.color]),
        );
      };
      const before = await colours();
      expect(Object.keys(before)).toHaveLength(3);
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: 'Chapters: 3 selected' }));
      await user.click(screen.getByRole('checkbox', { name: hsLabel(top[0]!) }));
      await user.click(screen.getByRole('checkbox', { name: hsLabel(top[3]!) }));
      await waitFor(() => expect(screen.getByRole('button', { name: 'Chapters: 3 selected' })).toBeInTheDocument());
      const after = await colours();
      for (const id of top.slice(1, 3)) expect(after[hsLabel(id)]).toBe(before[hsLabel(id)]);
      expect(new Set(Object.values(after)).size).toBe(3);
    },
    SLOW,
  );
});

describe('sectors page: ranking state and detail', () => {
  it(
    'keeps "Show all" in the address',
    async () => {
      const { router } = renderApp('/sectors?classification=hs-chapters&flow=imports');
      const user = userEvent.setup();
      const showAll = await screen.findByRole('button', { name: /^Show all \d+$/ }, LOADING);
      await user.click(showAll);
      await waitFor(() => expect(search(router).get('all')).toBe('1'));
      expect(screen.getByRole('button', { name: 'Show top 15' })).toHaveAttribute('aria-pressed', 'true');
    },
    SLOW,
  );

  it(
    'opens the detail below the ranking; Escape closes it and gives the focus back to what opened it',
    async () => {
      const { router } = renderApp('/sectors?classification=usitc-sectors&year=2017');
      const { user, figure } = await openTable(rankingTitle('2017'));
      const opener = within(figure).getByRole('button', { name: 'Machinery: show details' });
      await user.click(opener);
      const heading = await screen.findByRole('heading', { level: 2, name: 'Machinery' }, LOADING);
      await waitFor(() => expect(heading).toHaveFocus());
      // Below the chart that opened it, so that chart does not move.
      expect(figure.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      await user.keyboard('{Escape}');
      await waitFor(() => expect(search(router).get('detail')).toBeNull());
      expect(screen.queryByRole('heading', { level: 2, name: 'Machinery' })).not.toBeInTheDocument();
      await waitFor(() => expect(opener).toHaveFocus());
    },
    SLOW,
  );
});
