// Compare mode and the filters of the viewpoints page with every served statement: the preselected pair
// follows the served data (change it, and the pair changes), an expert without a statement on the topic keeps
// a column that says so, the new topics and the years reach what the data holds, and a bad address is named.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { realDataset, setDataset } from '../../mocks/db.ts';
import type { Viewpoint } from '../../src/api/schemas.ts';
import { renderApp } from './render-app.tsx';

const LOADING = { timeout: 8000 };
const SLOW = 20_000;

const all = realDataset.viewpoints;
const experts = realDataset.experts;
const nameOf = (id: string) => experts.find((e) => e.id === id)!.name;
const years = all.map((v) => Number(v.date.slice(0, 4)));
const minYear = Math.min(...years);
const maxYear = Math.max(...years);

/** The rule the page states: most statements on the topic, then most in all, then by name. */
function expectedPair(viewpoints: readonly Viewpoint[], topic: string): string[] {
  const on = (id: string) => viewpoints.filter((v) => v.expertId === id && v.topics.includes(topic)).length;
  const total = (id: string) => viewpoints.filter((v) => v.expertId === id).length;
  return [...experts]
    .sort((a, b) => on(b.id) - on(a.id) || total(b.id) - total(a.id) || a.name.localeCompare(b.name, 'en'))
    .slice(0, 2)
    .map((e) => e.id);
}

async function enterCompare() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('radio', { name: 'Compare two experts' }, LOADING));
  return user;
}

const column = (expertId: string) => screen.getByRole('region', { name: new RegExp(nameOf(expertId)) });

describe('compare mode: preselection', () => {
  it(
    'starts with the two experts with the most statements on the chosen topic, and says how ties are broken',
    async () => {
      const { router } = renderApp('/viewpoints?topic=autos');
      await screen.findByRole('list', { name: /^\d+ statements$/ }, LOADING);
      await enterCompare();
      const pair = expectedPair(all, 'autos');
      // Every expert picked has spoken on the topic (audit: an expert with 0 was picked before).
      for (const id of pair) expect(all.some((v) => v.expertId === id && v.topics.includes('autos'))).toBe(true);
      await waitFor(() =>
        expect(new URLSearchParams(router.state.location.search).get('compare')).toBe(pair.join(',')),
      );
      expect(screen.getByRole('combobox', { name: 'Expert A' })).toHaveValue(pair[0]);
      expect(screen.getByRole('combobox', { name: 'Expert B' })).toHaveValue(pair[1]);
      expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('autos');
      expect(
        screen.getByText(
          /it starts with the two experts with the most statements on Autos \(ties go to the expert with more statements in all, then by name \(A–Z\)\)/,
        ),
      ).toBeInTheDocument();
      for (const id of pair) {
        const count = all.filter((v) => v.expertId === id && v.topics.includes('autos')).length;
        expect(await within(column(id)).findAllByRole('article')).toHaveLength(count);
      }
    },
    SLOW,
  );

  it(
    'follows the served statements: more statements on the topic put another expert first',
    async () => {
      const before = expectedPair(all, 'investment');
      // Three more statements on Investment for the expert outside the first pair with the fewest in all.
      const total = (id: string) => all.filter((v) => v.expertId === id).length;
      const outsider = experts
        .filter((e) => !before.includes(e.id) && total(e.id) > 0)
        .sort((x, y) => total(x.id) - total(y.id))[0]!.id;
      const template = all.find((v) => v.expertId === outsider)!;
      const extra: Viewpoint[] = [1, 2, 3].map((n) => ({
        ...template,
        id: `vp-test-${n}`,
        date: `2025-0${n}-01`,
        datePrecision: 'day',
        topics: ['investment'],
      }));
      const changed = [...all, ...extra];
      const after = expectedPair(changed, 'investment');
      expect(after[0]).toBe(outsider);
      expect(after).not.toEqual(before);
      setDataset({ ...realDataset, viewpoints: changed });

      renderApp('/viewpoints?topic=investment');
      await screen.findByRole('list', { name: /^\d+ statements$/ }, LOADING);
      await enterCompare();
      await waitFor(() => expect(screen.getByRole('combobox', { name: 'Expert A' })).toHaveValue(after[0]));
      expect(screen.getByRole('combobox', { name: 'Expert B' })).toHaveValue(after[1]);
      expect(await within(column(outsider)).findAllByRole('article')).toHaveLength(
        changed.filter((v) => v.expertId === outsider && v.topics.includes('investment')).length,
      );
    },
    SLOW,
  );
});

describe('compare mode: changing the topic', () => {
  it(
    'moves a preselected pair to the new topic, and keeps a pair chosen by hand',
    async () => {
      const { router } = renderApp('/viewpoints?topic=autos');
      await screen.findByRole('list', { name: /^\d+ statements$/ }, LOADING);
      const user = await enterCompare();
      const compare = () => new URLSearchParams(router.state.location.search).get('compare');
      await waitFor(() => expect(compare()).toBe(expectedPair(all, 'autos').join(',')));
      const investment = expectedPair(all, 'investment');
      expect(investment).not.toEqual(expectedPair(all, 'autos'));
      await user.selectOptions(screen.getByRole('combobox', { name: 'Topic' }), 'investment');
      await waitFor(() => expect(compare()).toBe(investment.join(',')));
      expect(screen.getByRole('combobox', { name: 'Expert A' })).toHaveValue(investment[0]);

      // An expert chosen by hand: the pair stays through the next change of topic.
      const chosen = experts.find((e) => !investment.includes(e.id))!.id;
      await user.selectOptions(screen.getByRole('combobox', { name: 'Expert B' }), chosen);
      await waitFor(() => expect(compare()).toBe(`${investment[0]},${chosen}`));
      await user.selectOptions(screen.getByRole('combobox', { name: 'Topic' }), 'tariffs');
      await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('topic')).toBe('tariffs'));
      expect(compare()).toBe(`${investment[0]},${chosen}`);
    },
    SLOW,
  );
});

describe('compare mode: an expert without a statement on the topic', () => {
  const silent = experts.find((e) => !all.some((v) => v.expertId === e.id && v.topics.includes('autos')))!.id;
  const speaker = expectedPair(all, 'autos')[0]!;

  it(
    'keeps both columns and says "No statement on this topic" in the empty one',
    async () => {
      renderApp(`/viewpoints?compare=${speaker},${silent}&topic=autos`);
      const a = await screen.findByRole('region', { name: new RegExp(nameOf(speaker)) }, LOADING);
      const b = column(silent);
      expect(within(a).getAllByRole('article')).toHaveLength(
        all.filter((v) => v.expertId === speaker && v.topics.includes('autos')).length,
      );
      expect(within(b).queryAllByRole('article')).toHaveLength(0);
      expect(within(b).getByText('No statement on this topic')).toBeInTheDocument();
      expect(b).toHaveTextContent('0 statements on Autos');
      const total = all.filter((v) => v.expertId === silent).length;
      expect(b).toHaveTextContent(`${nameOf(silent)} has ${total} ${total === 1 ? 'statement' : 'statements'} in all`);
      // The timeline keeps a lane for each, the empty one saying so.
      const figure = screen.getByRole('figure', { name: 'Statements over time' });
      await waitFor(() => expect(figure.querySelectorAll('.vp-lane')).toHaveLength(2));
      expect(figure).toHaveTextContent('No statement on this topic');
    },
    SLOW,
  );

  it(
    'keeps the comparison when neither expert has a statement on the topic',
    async () => {
      const other = experts.find(
        (e) => e.id !== silent && !all.some((v) => v.expertId === e.id && v.topics.includes('autos')),
      )!.id;
      renderApp(`/viewpoints?compare=${silent},${other}&topic=autos`);
      const a = await screen.findByRole('region', { name: new RegExp(nameOf(silent)) }, LOADING);
      const b = column(other);
      expect(within(a).getByText('No statement on this topic')).toBeInTheDocument();
      expect(within(b).getByText('No statement on this topic')).toBeInTheDocument();
      expect(screen.queryByText('No statements match these filters')).not.toBeInTheDocument();
      expect(screen.getByRole('combobox', { name: 'Expert A' })).toHaveValue(silent);
      expect(screen.getByRole('combobox', { name: 'Expert B' })).toHaveValue(other);
    },
    SLOW,
  );

  it(
    'says when other filters, not the topic, leave a column empty',
    async () => {
      const stance = 'critical-of-korus';
      expect(all.some((v) => v.expertId === speaker && v.topics.includes('autos') && v.stance === stance)).toBe(false);
      renderApp(`/viewpoints?compare=${speaker},${silent}&topic=autos&stance=${stance}`);
      const a = await screen.findByRole('region', { name: new RegExp(nameOf(speaker)) }, LOADING);
      expect(within(a).getByText('No statement on this topic matches the other filters')).toBeInTheDocument();
    },
    SLOW,
  );
});

describe('filters with every served statement', () => {
  it(
    'offers the served topics, Investment and Manufacturing among them, with their counts',
    async () => {
      renderApp('/viewpoints');
      await screen.findByRole('list', { name: `${all.length} statements` }, LOADING);
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: /^Topic/ }));
      for (const [id, label] of [
        ['investment', 'Investment'],
        ['manufacturing', 'Manufacturing'],
      ] as const) {
        const count = all.filter((v) => v.topics.includes(id)).length;
        expect(count).toBeGreaterThan(0);
        expect(screen.getByRole('checkbox', { name: `${label} (${count})` })).toBeInTheDocument();
      }
      await user.click(screen.getByRole('checkbox', { name: /^Investment \(/ }));
      const investment = all.filter((v) => v.topics.includes('investment'));
      const list = await screen.findByRole('list', { name: `${investment.length} statements` });
      expect(
        within(list)
          .getAllByRole('article')
          .map((a) => a.id.replace(/^statement-/, ''))
          .sort(),
      ).toEqual(investment.map((v) => v.id).sort());
    },
    SLOW,
  );

  it(
    'runs the year filters over the years of the served statements',
    async () => {
      renderApp(`/viewpoints?from=${maxYear}`);
      const recent = all.filter((v) => Number(v.date.slice(0, 4)) === maxYear);
      await screen.findByRole(
        'list',
        { name: `${recent.length} ${recent.length === 1 ? 'statement' : 'statements'}` },
        LOADING,
      );
      for (const name of ['From', 'To']) {
        const options = within(screen.getByRole('combobox', { name })).getAllByRole('option');
        expect(options[0]).toHaveTextContent(String(minYear));
        expect(options.at(-1)).toHaveTextContent(String(maxYear));
        expect(options).toHaveLength(maxYear - minYear + 1);
      }
    },
    SLOW,
  );

  it(
    'names what it corrected in a bad address instead of failing',
    async () => {
      renderApp('/viewpoints?from=2031&to=1999&topic=investment,robots&compare=tan,tan,nobody');
      const notice = (await screen.findByText('Some settings in the address were adjusted', {}, LOADING)).closest(
        'div',
      )!;
      expect(notice).toHaveTextContent(`is outside the data (${minYear}–${maxYear})`);
      expect(notice).toHaveTextContent('“robots”');
      expect(notice).toHaveTextContent('“nobody”');
      // The page still works with what was valid.
      expect(await screen.findByRole('combobox', { name: 'Expert A' })).toHaveValue('tan');
    },
    SLOW,
  );
});
