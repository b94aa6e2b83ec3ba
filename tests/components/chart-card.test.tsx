// ChartCard on its own: the Export menu button (ARIA menu pattern, keyboard only), the chart/table toggle
// and the CSV download, as a keyboard or screen-reader user meets them.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import type { Mock } from 'vitest';
import type { Source } from '../../src/api/schemas.ts';
import { ChartCard } from '../../src/components/chart-card.tsx';
import type { ChartColumn } from '../../src/components/chart-card.tsx';
import { formatBn } from '../../src/lib/format.ts';

interface Row {
  year: number;
  exports: number | null;
  balance: number | null;
}

const TITLE = 'US goods trade with South Korea';
const SUBTITLE = 'US goods exports and balance, 2012–2014, $ bn';

const rows: Row[] = [
  { year: 2012, exports: 42282.6, balance: -16616.3 },
  { year: 2013, exports: null, balance: -20721.8 },
  { year: 2014, exports: 44649.6, balance: -25027.3 },
];

const columns: ChartColumn<Row>[] = [
  { key: 'year', header: 'Year', rowHeader: true, value: (r) => r.year },
  {
    key: 'exports',
    header: 'US exports ($ bn)',
    csvHeader: 'US exports ($ m)',
    numeric: true,
    color: '#1f77b4',
    value: (r) => r.exports,
    format: (r) => formatBn(r.exports),
  },
  {
    key: 'balance',
    header: 'Balance ($ bn)',
    csvHeader: 'Balance ($ m)',
    numeric: true,
    value: (r) => r.balance,
    format: (r) => formatBn(r.balance),
  },
];

const source: Source = {
  id: 'census-fred',
  publisher: 'U.S. Census Bureau via FRED',
  title: 'U.S. Exports of Goods to South Korea',
  url: 'https://fred.stlouisfed.org/series/EXPKR',
  note: null,
};

const MENU_ITEMS = ['Download PNG', 'Download SVG', 'Download CSV', 'Copy image'];

function renderCard() {
  const user = userEvent.setup();
  render(
    <ChartCard<Row>
      name="goods-trade"
      title={TITLE}
      subtitle={SUBTITLE}
      fileParts={[2012, 2014]}
      legend={[{ label: 'US exports', color: '#1f77b4', shape: 'line' }]}
      sources={[source]}
      summary="Line chart of US goods exports to South Korea, 2012 to 2014."
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.year)}
    >
      <div>chart</div>
    </ChartCard>,
  );
  const exportButton = screen.getByRole('button', { name: 'Export' });
  return { user, exportButton };
}

/** The accessible names of the menu items, without the "(show the chart first)" hint. */
const itemNames = (menu: HTMLElement) =>
  within(menu)
    .getAllByRole('menuitem')
    .map((item) => item.firstChild?.textContent);

describe('ChartCard export menu (keyboard)', () => {
  it('is a menu button', () => {
    const { exportButton } = renderCard();
    expect(exportButton).toHaveAttribute('aria-haspopup', 'menu');
    expect(exportButton).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('figure', { name: TITLE })).toBeInTheDocument();
    expect(screen.getByText('chart')).toBeInTheDocument();
  });

  it.each(['{Enter}', '{ArrowDown}', ' '])('opens with %s, focusing the first item', async (key) => {
    const { user, exportButton } = renderCard();
    exportButton.focus();
    await user.keyboard(key);
    const menu = screen.getByRole('menu');
    expect(exportButton).toHaveAttribute('aria-expanded', 'true');
    expect(exportButton).toHaveAttribute('aria-controls', menu.id);
    expect(itemNames(menu)).toEqual(MENU_ITEMS);
    expect(within(menu).getByRole('menuitem', { name: 'Download PNG' })).toHaveFocus();
  });

  it('opens with ArrowUp on the last item', async () => {
    const { user, exportButton } = renderCard();
    exportButton.focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Copy image' })).toHaveFocus();
  });

  it('moves focus with ArrowDown, ArrowUp, Home and End, wrapping at both ends', async () => {
    const { user, exportButton } = renderCard();
    exportButton.focus();
    await user.keyboard('{Enter}');
    const item = (name: string) => screen.getByRole('menuitem', { name });

    await user.keyboard('{ArrowDown}');
    expect(item('Download SVG')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('Download CSV')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('Copy image')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('Download PNG')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(item('Copy image')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(item('Download CSV')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item('Download PNG')).toHaveFocus();
    await user.keyboard('{End}');
    expect(item('Copy image')).toHaveFocus();
    // Roving tabindex: only the active item is in the tab order.
    expect(item('Copy image')).toHaveAttribute('tabindex', '0');
    expect(item('Download PNG')).toHaveAttribute('tabindex', '-1');
  });

  it('closes on Escape and returns focus to the Export button', async () => {
    const { user, exportButton } = renderCard();
    exportButton.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Download SVG' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(exportButton).toHaveAttribute('aria-expanded', 'false');
    expect(exportButton).toHaveFocus();
  });

  it('closes when focus leaves with Tab', async () => {
    const { user, exportButton } = renderCard();
    exportButton.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.tab();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('closes when clicking outside', async () => {
    const { user, exportButton } = renderCard();
    await user.click(exportButton);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(screen.getByText('chart'));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });
});

describe('ChartCard table view (keyboard)', () => {
  it('toggles between chart and an accessible table with Enter and Space', async () => {
    const { user } = renderCard();
    await user.tab();
    const toggle = screen.getByRole('button', { name: 'Show table' });
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.keyboard('{Enter}');
    const table = screen.getByRole('table', { name: new RegExp(`^${TITLE}`) });
    expect(table.querySelector('caption')).toHaveTextContent(`${TITLE}: ${SUBTITLE}`);
    expect(screen.queryByText('chart')).not.toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Year', 'US exports ($ bn)', 'Balance ($ bn)']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .filter((r) => !r.closest('tfoot'))
        .map((h) => h.textContent),
    ).toEqual(['2012', '2013', '2014']);

    const row2012 = within(table).getByRole('row', { name: /^2012\b/ });
    expect(
      within(row2012)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['42.3', '\u221216.6']);

    // A missing figure shows "—" and is read as "no data" (the dash itself is hidden from screen readers).
    const row2013 = within(table).getByRole('row', { name: /^2013\b/ });
    const [missing] = within(row2013).getAllByRole('cell');
    expect(missing).toHaveTextContent('—');
    expect(within(missing!).getByText('—')).toHaveAttribute('aria-hidden', 'true');
    expect(within(missing!).getByText('no data')).toBeInTheDocument();

    const back = screen.getByRole('button', { name: 'Show chart' });
    expect(back).toHaveFocus();
    expect(back).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard(' ');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('chart')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show table' })).toHaveFocus();
  });

  it('disables the image exports in table view but keeps the CSV', async () => {
    const { user, exportButton } = renderCard();
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    exportButton.focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu');
    for (const name of ['Download PNG', 'Download SVG', 'Copy image']) {
      const item = within(menu).getByRole('menuitem', { name: new RegExp(`^${name}`) });
      expect(item).toHaveAttribute('aria-disabled', 'true');
      expect(item).toHaveTextContent('show the chart first');
    }
    expect(within(menu).getByRole('menuitem', { name: 'Download CSV' })).not.toHaveAttribute('aria-disabled');

    // Activating a disabled item does nothing and leaves the menu open.
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menu')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('enables the image exports again in chart view', async () => {
    const { user, exportButton } = renderCard();
    await user.click(exportButton);
    for (const name of MENU_ITEMS) {
      expect(screen.getByRole('menuitem', { name })).not.toHaveAttribute('aria-disabled');
    }
  });
});

describe('ChartCard CSV download', () => {
  const original = {
    create: Object.getOwnPropertyDescriptor(URL, 'createObjectURL'),
    revoke: Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL'),
  };
  let createObjectURL: Mock<(blob: Blob) => string>;
  let revokeObjectURL: Mock<(url: string) => void>;
  let downloads: { href: string; download: string }[];

  beforeEach(() => {
    createObjectURL = vi.fn((blob: Blob) => `blob:test/${blob.size}`);
    revokeObjectURL = vi.fn();
    Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true, writable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: revokeObjectURL, configurable: true, writable: true });
    downloads = [];
    // jsdom does not navigate; record what the temporary <a download> would have saved.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, download: this.download });
    });
  });

  afterEach(() => {
    for (const [name, descriptor] of [
      ['createObjectURL', original.create],
      ['revokeObjectURL', original.revoke],
    ] as const) {
      if (descriptor) Object.defineProperty(URL, name, descriptor);
      else Reflect.deleteProperty(URL, name);
    }
  });

  it('saves a UTF-8 CSV with a BOM, the $ m headers and raw values, and names the file', async () => {
    const { user, exportButton } = renderCard();
    exportButton.focus();
    await user.keyboard('{Enter}{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Download CSV' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0]![0];
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Blob.text() decodes as UTF-8 and drops the BOM; decode with the BOM kept to see the whole file.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    // A '#' metadata block first (title, source, the view URL, as-of and download dates), then the table. The
    // title line names the file's unit ($ m, as the headers), not the screen's ($ bn).
    const CSV_SUBTITLE = SUBTITLE.replace('$ bn', '$ m');
    expect(text.startsWith(`\uFEFF# ${TITLE}: ${CSV_SUBTITLE}\r\n`)).toBe(true);
    const lines = text.slice(1).split('\r\n');
    const comments = lines.filter((l) => l.startsWith('# '));
    expect(comments).toEqual([
      `# ${TITLE}: ${CSV_SUBTITLE}`,
      `# Source: ${source.publisher}, ${source.title} (${source.url})`,
      `# KORUS Lens: ${window.location.href}`,
      expect.stringMatching(/^# Data as of unknown; downloaded \d{1,2} [A-Z][a-z]{2} \d{4}$/),
    ]);
    expect(lines.slice(comments.length)).toEqual([
      'Year,US exports ($ m),Balance ($ m)',
      '2012,42282.6,-16616.3',
      '2013,,-20721.8',
      '2014,44649.6,-25027.3',
      '',
    ]);
    expect(await blob.text()).toContain('2013,,-20721.8');

    expect(downloads).toEqual([{ href: 'blob:test/' + blob.size, download: 'korus-goods-trade-2012-2014.csv' }]);
    const status = await screen.findByText(/^Saved korus-goods-trade-.*\.csv/);
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveTextContent('Saved korus-goods-trade-2012-2014.csv (3 rows)');

    // The menu closed and focus went back to the button; the object URL is released afterwards.
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(exportButton).toHaveFocus();
    await vi.waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:test/' + blob.size));
  });

  it('downloads the CSV from the table view too', async () => {
    const { user, exportButton } = renderCard();
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    await user.click(exportButton);
    await user.click(screen.getByRole('menuitem', { name: 'Download CSV' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('status')).toHaveTextContent(/^Saved korus-goods-trade-2012-2014\.csv/);
  });
});

describe('ChartCard table view: sorting and change', () => {
  const cellTexts = (table: HTMLElement, column: number) =>
    [...table.querySelectorAll('tbody tr')].map((tr) => tr.children[column]?.textContent);

  it('sorts every column with its header button, numbers as numbers and missing values last', async () => {
    const { user } = renderCard();
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table');
    const exportsHeader = within(table).getByRole('columnheader', { name: 'US exports ($ bn)' });
    expect(exportsHeader).toHaveAttribute('aria-sort', 'none');
    const sortExports = within(exportsHeader).getByRole('button', { name: 'US exports ($ bn)' });

    await user.click(sortExports);
    expect(exportsHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(cellTexts(table, 0)).toEqual(['2012', '2014', '2013']);
    expect(cellTexts(table, 1)).toEqual([formatBn(42282.6), formatBn(44649.6), '—no data']);

    // Keyboard: the header button toggles to descending; the missing figure stays last.
    sortExports.focus();
    await user.keyboard('{Enter}');
    expect(exportsHeader).toHaveAttribute('aria-sort', 'descending');
    expect(cellTexts(table, 0)).toEqual(['2014', '2012', '2013']);

    const balanceHeader = within(table).getByRole('columnheader', { name: 'Balance ($ bn)' });
    await user.click(within(balanceHeader).getByRole('button'));
    expect(balanceHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(exportsHeader).toHaveAttribute('aria-sort', 'none');
    expect(cellTexts(table, 0)).toEqual(['2014', '2013', '2012']);
  });

  it('ends a table over several years with the change between its first and last year, no % for a balance', async () => {
    const { user } = renderCard();
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table');
    const absolute = within(table).getByRole('row', { name: /^Change 2012–2014 [^(]/ });
    expect(absolute.closest('tfoot')).not.toBeNull();
    // 44649.6 − 42282.6 = 2367 → +2.4; −25027.3 − (−16616.3) = −8411 → −8.4.
    expect([...absolute.children].map((c) => c.textContent)).toEqual(['Change 2012–2014', '+2.4', '−8.4']);
    const relative = within(table).getByRole('row', { name: /^Change 2012–2014 \(%\)/ });
    expect([...relative.children].map((c) => c.textContent)).toEqual(['Change 2012–2014 (%)', '+5.6%', 'n/a']);
    // Sorting leaves the change rows at the end.
    await user.click(within(table).getByRole('button', { name: 'Year' }));
    await user.click(within(table).getByRole('button', { name: 'Year' }));
    expect(cellTexts(table, 0)).toEqual(['2014', '2013', '2012']);
    expect(table.querySelector('tfoot tr:last-child th')).toHaveTextContent('Change 2012–2014 (%)');
  });
});
