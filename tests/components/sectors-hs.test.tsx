// The HS views of the sectors page through the real app: the balance ranking (largest deficit first, at the
// served figures), the contributions to the change of the balance (they add up to the total change), the basis
// break and the 2020–2022 gap in the series, HS sections as sums, and a measure change landing on a year with data.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, it, expect } from 'vitest';
import { realDataset } from '../../mocks/db.ts';
import { formatBn, formatMusd } from '../../src/lib/format.ts';
import { contributions, fromBalanceRows } from '../../src/features/sectors/hs-math.ts';
import { hsBalance } from '../../mocks/queries/hs-chapters.ts';
import { renderApp } from './render-app.tsx';

const LOADING = { timeout: 10000 };
const SLOW = 30_000;
const hs = { meta: realDataset.hsChapters, rows: realDataset.hsChapterValues };
const label = (id: string) => realDataset.hsChapters.chapters.find((c) => c.id === id)!.label;
const search = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search);

async function openTable(title: string) {
  const user = userEvent.setup();
  const figure = await screen.findByRole('figure', { name: title }, LOADING);
  await user.click(within(figure).getByRole('button', { name: 'Show table' }));
  return { user, figure, table: within(figure).getByRole('table') };
}

function tableRows(table: HTMLElement): Array<Record<string, string>> {
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent ?? '');
  const [, ...body] = within(table).getAllByRole('row');
  return body.map((row) =>
    Object.fromEntries(headers.map((h, i) => [h, [...row.querySelectorAll('th, td')][i]?.textContent ?? ''])),
  );
}

/** A table cell's number ("−19.3", "2.2") back to a number. */
const num = (text: string | undefined) => Number((text ?? '').replace('−', '-').replace(/[+,]/g, ''));

describe('HS chapters: the balance ranking', () => {
  it(
    'opens by default on HS chapters, Balance, 2019, compared with 2011, with the balance definition',
    async () => {
      renderApp('/sectors');
      const figure = await screen.findByRole(
        'figure',
        { name: 'Balance by HS chapters, 2019: US exports − US imports, South Korea' },
        LOADING,
      );
      expect(screen.getByRole('combobox', { name: 'Classification' })).toHaveValue('hs-chapters');
      expect(screen.getByRole('radio', { name: 'Balance' })).toBeChecked();
      expect(screen.getByRole('combobox', { name: 'Compare with' })).toHaveValue('2011');
      expect(figure).toHaveTextContent(
        'exports f.a.s. − imports CIF; CIF includes freight and insurance (≈3% of imports)',
      );
    },
    SLOW,
  );

  it(
    'ranks the largest deficit first: HS 87 in 2016, exports $2.2 bn, imports $21.5 bn, balance −$19.3 bn',
    async () => {
      renderApp('/sectors?year=2016');
      const { table } = await openTable('Balance by HS chapters, 2016: US exports − US imports, South Korea');
      const rows = tableRows(table);
      const expected = hsBalance(hs, { year: 2016 }).sort((a, b) => a.balance - b.balance);
      expect(rows[0]?.Chapter).toBe(label('hs-87'));
      expect(rows[0]?.Rank).toBe('1');
      expect(rows[0]?.['US exports ($ bn)']).toBe('2.2');
      expect(rows[0]?.['US imports ($ bn)']).toBe('21.5');
      expect(rows[0]?.['Balance ($ bn)']).toBe('−19.3');
      expect(rows.map((r) => r.Chapter)).toEqual(expected.map((r) => label(r.sectorId)));
      // Deficits first (most negative), surpluses last (HS 88 aircraft among the largest).
      expect(num(rows.at(-1)?.['Balance ($ bn)'])).toBeGreaterThan(0);
      expect(rows.map((r) => r.Period).every((p) => p === '2016')).toBe(true);
    },
    SLOW,
  );
});

describe('HS chapters: what changed the balance', () => {
  it(
    'lists each chapter’s contribution, largest first, and they add up to the total change (2011 → 2016)',
    async () => {
      renderApp('/sectors?year=2016&compare=2011');
      const title = 'What changed the balance, 2011 → 2016';
      const { figure, table } = await openTable(title);
      const values = fromBalanceRows(hsBalance(hs, {}));
      const expected = contributions(values, 2011, 2016, label);
      const sum = expected.rows.reduce((acc, r) => acc + (r.contribution ?? 0), 0);
      expect(sum).toBeCloseTo(expected.totalAfter - expected.totalBefore, 6);
      expect(sum).toBeCloseTo(expected.totalChange, 6);
      const rows = tableRows(table);
      expect(rows).toHaveLength(expected.rows.length);
      expect(rows[0]?.Chapter).toBe(expected.rows[0]!.label);
      const sizes = rows.map((r) => Math.abs(num(r['Contribution ($ bn)'])));
      expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
      expect(figure).toHaveTextContent(
        `Total change of the balance: ${formatMusd(expected.totalChange, { signed: true })}`,
      );
      expect(figure).toHaveTextContent(`the sum of the ${expected.rows.length} contributions`);
    },
    SLOW,
  );

  it(
    'never compares a partial year: 2025 (Jan–Aug) imports offer no comparison and say why',
    async () => {
      renderApp('/sectors?flow=imports&year=2025');
      expect(
        await screen.findByText(
          /2025 \(Jan–Aug\) is a partial year and no other year has the same months/,
          {},
          LOADING,
        ),
      ).toBeInTheDocument();
      const compare = screen.getByRole('combobox', { name: 'Compare with' });
      expect(
        within(compare)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['None']);
    },
    SLOW,
  );
});

describe('HS chapters over time: basis break and gap', () => {
  it(
    'keeps 2020–2022 on the axis as gaps and names both bases, never joining them',
    async () => {
      renderApp('/sectors?flow=imports&year=2016&sector=hs-87');
      const { figure, table } = await openTable('US imports by HS chapters: selected over time');
      const rows = tableRows(table);
      const header = `${label('hs-87')} ($ bn)`;
      for (const y of ['2020', '2021', '2022']) {
        const row = rows.find((r) => r.Year === y)!;
        expect(row[header]).toMatch(/^—/);
        expect(row.Basis).toBe('no source');
      }
      expect(rows.find((r) => r.Year === '2019')?.Basis).toBe('UN Comtrade, general imports CIF');
      expect(rows.find((r) => r.Year === '2023')?.Basis).toBe('USITC DataWeb, imports for consumption');
      expect(rows.at(-1)?.Year).toBe('2025 (Jan–Aug)');
      const hs87_2015 = realDataset.hsChapterValues.find(
        (r) => r.year === 2015 && r.sectorId === 'hs-87' && r.basis === 'comtrade-general-cif',
      )!;
      expect(rows.find((r) => r.Year === '2015')?.[header]).toBe(formatBn(hs87_2015.value));
      expect(figure).toHaveTextContent('Two bases, never joined by a line');
      expect(figure).toHaveTextContent('2020–2022: no source has HS-chapter figures (a gap, not zero).');
      // One line per basis: the Comtrade and the USITC segments are separate series.
      await userEvent.setup().click(within(figure).getByRole('button', { name: 'Show chart' }));
      await waitFor(() => expect(figure.querySelectorAll('.recharts-line').length).toBe(2), LOADING);
    },
    SLOW,
  );
});

describe('HS sections and measures', () => {
  it(
    'shows sections as sums of their chapters and names the chapter a null section misses',
    async () => {
      renderApp('/sectors?classification=hs-sections&flow=imports&year=2016');
      const { table } = await openTable('US imports by HS sections, from South Korea, 2016');
      const rows = tableRows(table);
      const s1 = rows.find((r) => r.Section?.startsWith('Section I:'))!;
      expect(s1.Note).toMatch(/No sum: HS 02 has no figure in 2016/);
      const s17 = rows.find((r) => r.Section?.startsWith('Section XVII:'))!;
      expect(s17.Note).toMatch(/Sum of chapters 86–89 \(4 chapters\), 2016/);
    },
    SLOW,
  );

  it(
    'lands a measure change on a year that has it: customs value exists for 2023 only',
    async () => {
      const { router } = renderApp('/sectors?flow=imports&year=2024');
      const user = userEvent.setup();
      const measure = await screen.findByRole('combobox', { name: 'Measure' }, LOADING);
      await user.selectOptions(measure, 'customs-value');
      await waitFor(() => expect(search(router).get('year')).toBe('2023'), LOADING);
      expect(
        await screen.findByRole('figure', { name: 'US imports by HS chapters, from South Korea, 2023' }, LOADING),
      ).toBeInTheDocument();
    },
    SLOW,
  );
});
