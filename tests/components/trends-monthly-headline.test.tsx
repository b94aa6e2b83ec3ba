// Frequency "Monthly" through the real app: the headline follows the month range (month labels, the partial
// year labelled) with figures computed from the served months, and bad month parameters in the address are
// corrected in the URL (replace), said in a notice, and the notice can be dismissed.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../mocks/db.ts';
import { describeBalanceChange, formatBalance, formatMusd, formatPercent } from '../../src/lib/format.ts';
import { renderApp } from './render-app.tsx';

const LOADING = { timeout: 20_000 };
const SLOW = 40_000;
const NOTICE = 'Some settings in the address were adjusted';

const korea = realDataset.goodsMonthly;
const month = (m: string) => korea.find((r) => r.month === m)!;
const round1 = (v: number) => Math.round(v * 10) / 10;
/** Jan … through of a year, summed from the served months, as the page rounds it ($0.1 m). */
const ytd = (year: number, through: number, flow: 'exports' | 'imports') =>
  round1(
    korea
      .filter((r) => r.month >= `${year}-01` && r.month <= `${year}-${String(through).padStart(2, '0')}`)
      .reduce((s, r) => s + r[flow]!, 0),
  );

async function headline() {
  const heading = await screen.findByRole('heading', { name: /^Headline figures, goods, monthly, / }, LOADING);
  const card = heading.closest('section')!;
  await within(card).findAllByRole('term', {}, LOADING);
  return { heading, card };
}

function kpi(root: HTMLElement, term: string): HTMLElement {
  const terms = within(root).getAllByRole('term');
  const index = terms.findIndex((t) => t.textContent === term);
  expect(index, `figure "${term}"; terms: ${terms.map((t) => t.textContent).join(' | ')}`).toBeGreaterThanOrEqual(0);
  return within(root).getAllByRole('definition')[index]!;
}

describe('trends page, Frequency "Monthly": headline figures', () => {
  it(
    'names the month range and shows the last month, the same month a year earlier and the partial year',
    async () => {
      renderApp('/trends?freq=monthly&mfrom=2024-01&mto=2025-06');
      const { heading, card } = await headline();
      expect(heading).toHaveTextContent('Headline figures, goods, monthly, Jan 2024–Jun 2025');
      expect(screen.queryByRole('heading', { name: /Headline figures, goods, 1985/ })).not.toBeInTheDocument();

      const june = month('2025-06');
      const june24 = month('2024-06');
      const exportsKpi = kpi(card, 'US exports, goods, Jun 2025');
      expect(exportsKpi).toHaveTextContent(formatMusd(june.exports));
      const diff = june.exports! - june24.exports!;
      expect(exportsKpi).toHaveTextContent(
        `vs Jun 2024: ${formatMusd(diff, { signed: true })} (${formatPercent((diff / june24.exports!) * 100)})`,
      );
      expect(exportsKpi).toHaveTextContent(`2025 (Jan–Jun): ${formatMusd(ytd(2025, 6, 'exports'))}`);

      const balanceKpi = kpi(card, 'Balance, goods, Jun 2025');
      expect(balanceKpi).toHaveTextContent(formatBalance(june.balance));
      expect(balanceKpi).toHaveTextContent(/deficit/);
      const b25 = round1(ytd(2025, 6, 'exports') - ytd(2025, 6, 'imports'));
      const b24 = round1(ytd(2024, 6, 'exports') - ytd(2024, 6, 'imports'));
      expect(balanceKpi).toHaveTextContent(`2025 (Jan–Jun): ${formatBalance(b25)}`);
      expect(balanceKpi).toHaveTextContent(`vs 2024 (Jan–Jun): ${describeBalanceChange(b24, b25)}`);
      // A balance moves in words, never by a percentage of itself.
      expect(balanceKpi).not.toHaveTextContent('%');
    },
    SLOW,
  );

  it(
    'by default ends at the latest month served, with its year to date against the same months a year earlier',
    async () => {
      renderApp('/trends?freq=monthly');
      const { heading, card } = await headline();
      const last = korea.findLast((r) => r.exports !== null)!.month;
      const [y, m] = [Number(last.slice(0, 4)), Number(last.slice(5, 7))];
      expect(heading).toHaveTextContent(/Jan 2011–/);
      const label = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
      const importsKpi = kpi(card, `US imports, goods, ${label} ${y}`);
      const span = m === 12 ? `${y}` : `${y} (Jan–${label})`;
      expect(importsKpi).toHaveTextContent(`${span}: ${formatMusd(ytd(y, m, 'imports'))}`);
      const now = ytd(y, m, 'imports');
      const before = ytd(y - 1, m, 'imports');
      expect(importsKpi).toHaveTextContent(`${formatMusd(now - before, { signed: true })}`);
    },
    SLOW,
  );
});

describe('trends page: the year-to-date balance', () => {
  it(
    'says how the balance moved in words, as the headline does, never as a bare signed figure',
    async () => {
      renderApp('/trends');
      const heading = await screen.findByRole('heading', { name: 'Year to date' }, LOADING);
      const card = heading.closest('section')!;
      await within(card).findAllByRole('term', {}, LOADING);
      const last = korea.findLast((r) => r.exports !== null && r.imports !== null)!.month;
      const [y, m] = [Number(last.slice(0, 4)), Number(last.slice(5, 7))];
      const now = round1(ytd(y, m, 'exports') - ytd(y, m, 'imports'));
      const before = round1(ytd(y - 1, m, 'exports') - ytd(y - 1, m, 'imports'));
      const term = within(card)
        .getAllByRole('term')
        .find((t) => t.textContent?.startsWith('Balance, '))!;
      const value = term.nextElementSibling as HTMLElement;
      expect(value).toHaveTextContent(formatBalance(now));
      expect(value).toHaveTextContent(`${formatBalance(before)}; ${describeBalanceChange(before, now)}`);
    },
    SLOW,
  );
});

describe('trends page, Frequency "Monthly": bad months in the address', () => {
  it(
    'ignores a month that is not one, rewrites the URL with replace, and Dismiss clears the notice',
    async () => {
      const { router } = renderApp('/trends?freq=monthly&mfrom=2030-13&mto=2012-05');
      const title = await screen.findByText(NOTICE, {}, LOADING);
      const notice = title.closest<HTMLElement>('[role="status"]')!;
      expect(notice).toHaveTextContent('Ignored From month “2030-13”: not a month (YYYY-MM).');
      await waitFor(() => expect(router.state.location.search).not.toContain('2030-13'));
      expect(new URLSearchParams(router.state.location.search).get('mto')).toBe('2012-05');
      expect(router.state.historyAction).toBe('REPLACE');
      const { heading } = await headline();
      expect(heading).toHaveTextContent('Jan 2011–May 2012');

      await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
      expect(screen.queryByText(NOTICE)).not.toBeInTheDocument();
      expect(screen.queryByText(/2030-13/)).not.toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'swaps a From month after the To month, and clamps a month outside the data, in the URL',
    async () => {
      const { router } = renderApp('/trends?freq=monthly&mfrom=2026-03&mto=2019-02');
      const title = await screen.findByText(NOTICE, {}, LOADING);
      expect(title.closest('[role="status"]')).toHaveTextContent(
        'From month 2026-03 was after To month 2019-02; swapped them.',
      );
      await waitFor(() => expect(router.state.location.search).toBe('?freq=monthly&mfrom=2019-02&mto=2026-03'));
      expect((await headline()).heading).toHaveTextContent('Feb 2019–Mar 2026');
    },
    SLOW,
  );

  it(
    'clamps a month after the last one served to it, and ignores text',
    async () => {
      const last = korea.findLast((r) => r.exports !== null || r.imports !== null)!.month;
      const { router } = renderApp('/trends?freq=monthly&mfrom=abc&mto=2031-01');
      const title = await screen.findByText(NOTICE, {}, LOADING);
      const notice = title.closest<HTMLElement>('[role="status"]')!;
      expect(notice).toHaveTextContent('Ignored From month “abc”: not a month (YYYY-MM).');
      expect(notice).toHaveTextContent(
        `To month 2031-01 is outside the data (${korea[0]!.month} to ${last}); used ${last}.`,
      );
      await waitFor(() => expect(router.state.location.search).toBe(`?freq=monthly&mto=${last}`));
      expect(router.state.historyAction).toBe('REPLACE');
    },
    SLOW,
  );

  it(
    'leaves a valid monthly address as it was shared, without a notice',
    async () => {
      const { router } = renderApp('/trends?freq=monthly&mfrom=2015-03&mto=2016-02');
      const { heading } = await headline();
      expect(heading).toHaveTextContent('Mar 2015–Feb 2016');
      expect(screen.queryByText(NOTICE)).not.toBeInTheDocument();
      expect(router.state.location.search).toBe('?freq=monthly&mfrom=2015-03&mto=2016-02');
    },
    SLOW,
  );
});
