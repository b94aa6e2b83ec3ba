import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import goods from '../../mocks/data/goods-annual.json';
import { server } from '../../mocks/node.ts';
import { formatBn, formatMusd } from '../../src/lib/format.ts';
import { renderApp } from './render-app.tsx';

const latest = goods.findLast((r) => r.exports !== null && r.imports !== null)!;

describe('app shell through the real providers and mock API', () => {
  it('shows the latest goods figures on the overview', async () => {
    renderApp('/');
    expect(await screen.findByText(`US exports to South Korea, ${latest.year}`)).toBeInTheDocument();
    expect(screen.getAllByText(formatMusd(latest.exports)).length).toBeGreaterThan(0);
    expect(screen.getByText(`${formatMusd(latest.balance)} deficit`)).toBeInTheDocument();
  });

  it('lists every goods year on the trends page with figures from the data', async () => {
    renderApp('/trends');
    const figure = await screen.findByRole('figure', { name: /US goods trade with South Korea/ }, { timeout: 8000 });
    await userEvent.click(within(figure).getByRole('button', { name: 'Show table' }));
    const table = within(figure).getByRole('table');
    expect(
      within(table)
        .getAllByRole('row')
        .filter((r) => !r.closest('tfoot')),
    ).toHaveLength(goods.length + 1);
    const row = within(table).getByRole('row', { name: /^2012\b/ });
    const r2012 = goods.find((r) => r.year === 2012)!;
    expect(row).toHaveTextContent(formatBn(r2012.exports));
    expect(row).toHaveTextContent(formatBn(r2012.balance));
  });

  it('shows a readable error with Retry when the API fails, and recovers', async () => {
    let fail = true;
    server.use(
      http.get('*/api/v1/trade/annual', () =>
        fail ? HttpResponse.json({ title: 'boom' }, { status: 500 }) : undefined,
      ),
    );
    renderApp('/trends');
    const alerts = await screen.findAllByRole('alert', {}, { timeout: 8000 });
    const alert = alerts[0]!;
    expect(alert).toHaveTextContent('Could not load goods trade figures');
    expect(alert).toHaveTextContent('HTTP 500');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('figure', { name: /US goods trade with South Korea/ })).toBeInTheDocument();
  });

  it('treats a schema-invalid answer as an error, not a crash', async () => {
    server.use(http.get('*/api/v1/trade/annual', () => HttpResponse.json({ rows: 'nope' })));
    renderApp('/trends');
    const alerts = await screen.findAllByRole('alert', {}, { timeout: 8000 });
    expect(alerts[0]).toHaveTextContent('unexpected shape');
  });

  it('shows the 404 page for an unknown route, with the navigation still there', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});
