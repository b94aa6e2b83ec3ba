// The Census basis in the HS views of the sectors page (issue 16), on a CONSTRUCTED Census data set (synthetic
// values, built by the real build module, served through setDataset only; see tests/fixtures/census-hs-dataset.mjs).
// The Census basis is its own series, the basis of a ranking is chosen, and no change is computed across bases.
// Without Census files the page has no Basis choice at all.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, it, expect, beforeEach } from 'vitest';
import { realDataset, setDataset } from '../../mocks/db.ts';
import { formatBn } from '../../src/lib/format.ts';
import { constructedCensusHs } from '../fixtures/census-hs-dataset.mjs';
import { renderApp } from './render-app.tsx';

const LOADING = { timeout: 10000 };
const SLOW = 30_000;
const M = 1e6;
const census = constructedCensusHs(
  {
    from: '2018-01',
    to: '2021-12',
    chapters: [
      { hs2: '87', description: 'VEHICLES', exports: 300 * M, imports: 2000 * M },
      { hs2: '84', description: 'MACHINERY', exports: 1000 * M, imports: 800 * M },
      { hs2: '02', description: 'MEAT', exports: 150 * M, imports: null },
    ],
  },
  realDataset.hsChapters,
);
const label = (id: string) => realDataset.hsChapters.chapters.find((c) => c.id === id)!.label;
const comtrade = (year: number, id: string) =>
  realDataset.hsChapterValues.find((r) => r.year === year && r.sectorId === id && r.basis === 'comtrade-fas')!.value;

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
const options = (name: string) =>
  within(screen.getByRole('combobox', { name }))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('HS view without Census files', () => {
  it(
    'offers no Basis choice',
    async () => {
      renderApp('/sectors?flow=exports');
      await screen.findByRole('figure', { name: 'US exports by HS chapters, to South Korea, 2019' }, LOADING);
      expect(screen.queryByRole('combobox', { name: 'Basis' })).not.toBeInTheDocument();
    },
    SLOW,
  );
});

describe('HS view with the Census basis (constructed data)', () => {
  beforeEach(() =>
    setDataset({
      ...realDataset,
      hsCensus: census.hsCensus,
      hsCensusValues: census.hsCensusValues,
      meta: { ...realDataset.meta, sources: [...realDataset.meta.sources, census.source] },
    }),
  );

  it(
    'draws the Census basis as its own series after 2019, with the break named, never joined to Comtrade',
    async () => {
      renderApp('/sectors?flow=exports&year=2019&sector=hs-87');
      const { figure, table } = await openTable('US exports by HS chapters: selected over time');
      const rows = tableRows(table);
      const header = `${label('hs-87')} ($ bn)`;
      expect(rows.find((r) => r.Year === '2019')).toMatchObject({
        Basis: 'UN Comtrade, total exports f.a.s.',
        [header]: formatBn(comtrade(2019, 'hs-87')),
      });
      // 12 months × $300 m (constructed).
      expect(rows.find((r) => r.Year === '2020')).toMatchObject({
        Basis: 'Census basis, total exports f.a.s.',
        [header]: '3.6',
      });
      expect(figure).toHaveTextContent(
        'Two bases, never joined by a line: UN Comtrade, total exports f.a.s. 2007–2019; Census basis, total exports f.a.s. 2020–2021.',
      );
      expect(figure).toHaveTextContent('Census-basis figures are drawn dotted with hollow points.');
      // Not "no source" for 2020–2022 where the Census basis has figures.
      expect(figure).not.toHaveTextContent('no source has HS-chapter figures');
      // One line per basis: the Comtrade and the Census segments are separate series.
      await userEvent.setup().click(within(figure).getByRole('button', { name: 'Show chart' }));
      await waitFor(() => expect(figure.querySelectorAll('.recharts-line').length).toBe(2), LOADING);
    },
    SLOW,
  );

  it(
    'offers both bases where both cover the year; compares only within the chosen basis',
    async () => {
      renderApp('/sectors?flow=exports&year=2019');
      const basis = await screen.findByRole('combobox', { name: 'Basis' }, LOADING);
      expect(options('Basis')).toEqual(['UN Comtrade, total exports f.a.s.', 'Census basis, total exports f.a.s.']);
      expect(basis).toHaveValue('comtrade-fas');
      // Comtrade: only Comtrade years to compare with.
      expect(options('Compare with')).not.toContain('2020');
      expect(options('Compare with')).toContain('2011');
      await userEvent.setup().selectOptions(basis, 'census-fas');
      await waitFor(() => expect(options('Compare with')).toEqual(['2018', '2020', '2021', 'None']), LOADING);
      expect(
        await screen.findByRole('figure', { name: 'US exports by HS chapters, to South Korea, 2019' }, LOADING),
      ).toHaveTextContent('HS chapters, Census basis, total exports f.a.s., 2019, ranked');
    },
    SLOW,
  );

  it(
    'ranks a Census-only year on the Census basis and computes its change within that basis only',
    async () => {
      renderApp('/sectors?year=2021&compare=2018');
      expect(await screen.findByRole('combobox', { name: 'Basis' }, LOADING)).toHaveValue(
        'census-fas-minus-general-customs',
      );
      expect(options('Basis')).toEqual(['Census basis, exports f.a.s. − general imports at customs value']);
      const { table: ranking } = await openTable('Balance by HS chapters, 2021: US exports − US imports, South Korea');
      const ranked = tableRows(ranking);
      expect(ranked.map((r) => [r.Chapter, r['Balance ($ bn)']])).toEqual([
        [label('hs-87'), '−20.4'],
        [label('hs-84'), '2.4'],
      ]);
      // The change 2018 → 2021 is of the Census basis (constant constructed values: no change), with no row of
      // another basis: HS 02 has no balance, the Comtrade chapters are not there.
      const { table } = await openTable('What changed the balance, 2018 → 2021');
      const change = tableRows(table);
      expect(change.map((r) => r.Chapter).sort()).toEqual([label('hs-84'), label('hs-87')].sort());
      expect(screen.getByRole('figure', { name: 'What changed the balance, 2018 → 2021' })).toHaveTextContent(
        'Census basis, exports f.a.s. − general imports at customs value',
      );
    },
    SLOW,
  );
});
