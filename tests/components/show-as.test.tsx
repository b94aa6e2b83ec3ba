// "Show as" and "Log scale" on the trends main chart through the real app: the URL holds the choice,
// the table follows it and names it, and a series that cannot be indexed says so.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, it, expect } from 'vitest';
import goodsJson from '../../mocks/data/goods-annual.json';
import type { AnnualRow } from '../../src/api/schemas.ts';
import { formatPercent } from '../../src/lib/format.ts';
import { renderApp } from './render-app.tsx';

const goods = goodsJson as AnnualRow[];
const year = (y: number) => goods.find((r) => r.year === y)!;
const GOODS_CHART = 'US goods trade with South Korea';
const LOADING = { timeout: 8000 };

describe('Show as on the trends main chart', () => {
  it('indexes exports on the first year of the range, in the URL and the table, and says the balance cannot be indexed', async () => {
    const { router } = renderApp('/trends?from=2012&to=2019');
    const user = userEvent.setup();
    const figure = await screen.findByRole('figure', { name: GOODS_CHART }, LOADING);
    const select = within(figure).getByRole('combobox', { name: 'Show as' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Values', 'Index (first year = 100)', 'Change since first year (%)']);
    const logBox = within(figure).getByRole('checkbox', { name: /^Log scale/ });
    // The balance is a deficit: no log scale for values, with the reason given.
    expect(logBox).toBeDisabled();
    expect(logBox).toHaveAccessibleDescription(/needs every value above zero/);

    await user.selectOptions(select, 'index');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('show')).toBe('index'));
    expect(
      within(figure).getByText(/Balance cannot be shown as index \(first year = 100\): its 2012 figure is negative/),
    ).toBeInTheDocument();
    // Every plotted value is now positive: the log scale can be chosen.
    expect(within(figure).getByRole('checkbox', { name: /^Log scale/ })).toBeEnabled();

    await user.click(within(figure).getByRole('button', { name: 'Show table' }));
    const table = within(figure).getByRole('table');
    expect(table).toHaveAccessibleName(/shown as index \(first year = 100\)/);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Year',
      'US exports (index, first year = 100)',
      'US imports (index, first year = 100)',
      'Balance (index, first year = 100)',
    ]);
    const r2012 = within(table).getByRole('row', { name: /^2012\b/ });
    expect(
      within(r2012)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['100.0', '100.0', '—no data']);
    const r2019 = within(table).getByRole('row', { name: /^2019\b/ });
    const expected = ((year(2019).exports! / year(2012).exports!) * 100).toFixed(1);
    expect(within(r2019).getAllByRole('cell')[0]).toHaveTextContent(expected);
  });

  it('opens from a shared URL as the change since the first year', async () => {
    renderApp('/trends?from=2014&to=2016&show=change');
    const figure = await screen.findByRole('figure', { name: GOODS_CHART }, LOADING);
    expect(within(figure).getByRole('combobox', { name: 'Show as' })).toHaveValue('change');
    const user = userEvent.setup();
    await user.click(within(figure).getByRole('button', { name: 'Show table' }));
    const table = within(figure).getByRole('table');
    const r2016 = within(table).getByRole('row', { name: /^2016\b/ });
    const change = (year(2016).imports! / year(2014).imports! - 1) * 100;
    expect(within(r2016).getAllByRole('cell')[1]).toHaveTextContent(formatPercent(change));
  });
});
