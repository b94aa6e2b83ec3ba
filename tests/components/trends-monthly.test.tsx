// The trends page's monthly figures through the real app: the year-to-date comparison computed from the served
// months (and following a change of them), the partner index and the coverage note per partner.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { realDataset, setDataset } from '../../mocks/db.ts';
import type { MonthlyRow } from '../../src/api/schemas.ts';
import { formatBn, formatMusd } from '../../src/lib/format.ts';
import { renderApp } from './render-app.tsx';

const LOADING = { timeout: 20_000 };
const SLOW = 40_000;

const sum = (values: (number | null | undefined)[]) => values.reduce<number>((s, v) => s + (v ?? Number.NaN), 0);
const monthsOf = (rows: readonly MonthlyRow[], year: number, through: number) =>
  rows.filter((r) => r.month >= `${year}-01` && r.month <= `${year}-${String(through).padStart(2, '0')}`);

/** The definition (dd) that follows the term (dt) with exactly this text, inside `root`. */
function kpi(root: HTMLElement, term: string): HTMLElement {
  const terms = within(root).getAllByRole('term');
  const index = terms.findIndex((t) => t.textContent === term);
  expect(index, `figure "${term}"`).toBeGreaterThanOrEqual(0);
  return within(root).getAllByRole('definition')[index]!;
}

async function ytdCard() {
  const heading = await screen.findByRole('heading', { name: 'Year to date' }, LOADING);
  const card = heading.closest('section')!;
  await within(card).findAllByRole('term', {}, LOADING);
  return card;
}

describe('trends page: year to date', () => {
  it(
    'compares Jan–Apr 2026 with Jan–Apr 2025 from the served months, never with a full year',
    async () => {
      renderApp('/trends');
      const card = await ytdCard();
      const korea = realDataset.goodsMonthly;
      const exports2026 = sum(monthsOf(korea, 2026, 4).map((r) => r.exports));
      const exports2025 = sum(monthsOf(korea, 2025, 4).map((r) => r.exports));
      expect(within(card).getByText(/Jan–Apr 2026 vs Jan–Apr 2025/)).toBeInTheDocument();
      const exportsKpi = kpi(card, 'US exports, Jan–Apr 2026');
      expect(exportsKpi).toHaveTextContent(formatMusd(exports2026));
      expect(exportsKpi).toHaveTextContent(`vs Jan–Apr 2025: ${formatMusd(exports2025)}`);
      // The full year 2025 appears nowhere as the comparison.
      const full2025 = sum(korea.filter((r) => r.month.startsWith('2025-')).map((r) => r.exports));
      expect(card).not.toHaveTextContent(formatMusd(full2025));
      const table = within(card).getByRole('table');
      const row2019 = within(table).getByRole('row', { name: /^Jan–Apr 2019/ });
      expect(within(row2019).getAllByRole('cell')[0]).toHaveTextContent(
        formatBn(sum(monthsOf(korea, 2019, 4).map((r) => r.exports))),
      );
    },
    SLOW,
  );

  it(
    'follows the served data: one more month moves the comparison to Jan–May',
    async () => {
      const may: MonthlyRow = {
        month: '2026-05',
        exports: 7000,
        imports: 12000,
        balance: -5000,
        sourceIds: ['census-fred-monthly'],
        vintage: { exports: 'fred-2026-06-10', imports: 'fred-2026-06-10' },
        note: null,
      };
      const changed = [...realDataset.goodsMonthly, may];
      const partners = {
        ...realDataset.partners,
        partners: realDataset.partners.partners.map((p) =>
          p.id === 'south-korea'
            ? {
                ...p,
                coverage: {
                  exports: [['1985-01', '2026-05'] as [string, string]],
                  imports: [['1985-01', '2026-05'] as [string, string]],
                },
              }
            : p,
        ),
      };
      setDataset({ ...realDataset, goodsMonthly: changed, partners });
      renderApp('/trends');
      const card = await ytdCard();
      const expected = sum(monthsOf(changed, 2026, 5).map((r) => r.exports));
      expect(kpi(card, 'US exports, Jan–May 2026')).toHaveTextContent(formatMusd(expected));
      expect(within(card).getByText(/Jan–May 2026 vs Jan–May 2025/)).toBeInTheDocument();
    },
    SLOW,
  );
});

/** A partner's calendar-year balance from the served months: null unless all 12 months of both flows exist. */
function annualBalance(partner: string, year: number): number | null {
  const rows = realDataset.partnerMonthly.filter((r) => r.partner === partner && r.month.startsWith(`${year}-`));
  if (rows.length !== 12 || rows.some((r) => r.exports === null || r.imports === null)) return null;
  return sum(rows.map((r) => r.exports)) - sum(rows.map((r) => r.imports));
}

async function partnersCard(url: string) {
  const { router } = renderApp(url);
  const figure = await screen.findByRole('figure', { name: 'Korea among US trading partners' }, LOADING);
  return { figure, router, user: userEvent.setup() };
}

async function partnersTable(url: string) {
  const card = await partnersCard(url);
  await card.user.click(within(card.figure).getByRole('button', { name: 'Show table' }));
  return { ...card, table: within(card.figure).getByRole('table') };
}

const cellsOf = (table: HTMLElement, partner: string, year: number) => {
  const row = within(table)
    .getAllByRole('row')
    .find((r) => r.textContent?.startsWith(`${partner}${year}`));
  expect(row, `${partner} ${year}`).toBeDefined();
  return within(row!)
    .getAllByRole('cell')
    .map((c) => c.textContent);
};

describe('trends page: Korea among US trading partners', () => {
  it(
    'indexes each balance on the first common year (2020 = 100), from the served months',
    async () => {
      const { table } = await partnersTable('/trends?pview=index');
      expect(table).toHaveAccessibleName(/index, 2020 = 100/);
      const japan2020 = annualBalance('japan', 2020)!;
      const japan2024 = annualBalance('japan', 2024)!;
      const [year, balance, index] = cellsOf(table, 'Japan', 2024);
      expect(year).toBe('2024');
      expect(balance).toBe(formatBn(Math.round(japan2024 * 10) / 10));
      expect(Number(index)).toBeCloseTo((japan2024 / japan2020) * 100, 0);
      expect(cellsOf(table, 'Mexico', 2020)[2]).toBe('100.0');
      // Only full years: Korea's 2026 (four months) is not a row.
      expect(within(table).queryByRole('row', { name: /^South Korea 2026/ })).not.toBeInTheDocument();
      expect(
        within(table)
          .getAllByRole('row')
          .some((r) => r.textContent?.startsWith('South Korea2026')),
      ).toBe(false);
    },
    SLOW,
  );

  it(
    'shows Japan, China and Mexico by default, with a coverage note per partner and the older vintage’s note',
    async () => {
      const { figure } = await partnersCard('/trends');
      const coverage = within(figure).getByRole('list', { name: 'Coverage per partner' });
      expect(
        within(coverage)
          .getAllByRole('listitem')
          .map((li) => li.querySelector('strong')?.textContent),
      ).toEqual(['South Korea', 'Japan', 'China', 'Mexico']);
      expect(coverage).toHaveTextContent('China: full years 2007–2016, 2020–2025');
      expect(coverage).toHaveTextContent('Japan: full years 2020–2025');
      const old = realDataset.partners.vintages.find((v) => v.id === 'fred-2017-03-03')!;
      expect(figure).toHaveTextContent(`Earlier download — ${old.label}: ${old.note}`);
    },
    SLOW,
  );

  it(
    'puts the chosen partners in the URL',
    async () => {
      const { figure, router, user } = await partnersCard('/trends?partners=canada');
      expect(within(figure).getByRole('list', { name: 'Coverage per partner' })).toHaveTextContent(
        'Canada: full years 2020–2025',
      );
      await user.click(within(figure).getByRole('button', { name: /^Partners:/ }));
      await user.click(within(figure).getByRole('checkbox', { name: 'Vietnam' }));
      await waitFor(() =>
        expect(new URLSearchParams(router.state.location.search).get('partners')).toBe('canada,vietnam'),
      );
      // The card draws again with the new partner's figures.
      await waitFor(() =>
        expect(
          within(screen.getByRole('figure', { name: 'Korea among US trading partners' })).getByRole('list', {
            name: 'Coverage per partner',
          }),
        ).toHaveTextContent('Vietnam: full years 2020–2025'),
      );
    },
    SLOW,
  );
});
