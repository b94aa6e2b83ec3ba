import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idleLazy, lazyFirstIf, useLazyCodeReady } from '../../src/components/eager-lazy.ts';

function Card({ title }: { title: string }) {
  return <h2>{title}</h2>;
}

afterEach(() => vi.useRealTimers());

describe('idleLazy: code for content further down loads late, never not at all', () => {
  it('does not ask for the code until it renders, then shows the fallback and the content', async () => {
    const load = vi.fn(() => Promise.resolve(Card));
    const LazyCard = idleLazy(load);
    expect(load).not.toHaveBeenCalled();
    render(
      <Suspense fallback={<p>Loading card…</p>}>
        <LazyCard title="Year-on-year change" />
      </Suspense>,
    );
    expect(load).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('heading', { name: 'Year-on-year change' })).toBeInTheDocument();
    expect(screen.queryByText('Loading card…')).not.toBeInTheDocument();
  });

  it('loads the code by itself a moment after the page ran, once, and then renders without a fallback', async () => {
    vi.useFakeTimers();
    const load = vi.fn(() => Promise.resolve(Card));
    const LazyCard = idleLazy(load);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5000);
    });
    expect(load).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
    render(
      <Suspense fallback={<p>Loading card…</p>}>
        <LazyCard title="Balance in goods and in services" />
      </Suspense>,
    );
    // Already loaded: drawn in the first render, no fallback in between.
    expect(screen.getByRole('heading', { name: 'Balance in goods and in services' })).toBeInTheDocument();
    expect(screen.queryByText('Loading card…')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads at once what the opened URL shows first (lazyFirstIf)', () => {
    const first = vi.fn(() => Promise.resolve(Card));
    const later = vi.fn(() => Promise.resolve(Card));
    lazyFirstIf(true, first);
    lazyFirstIf(false, later);
    expect(first).toHaveBeenCalledTimes(1);
    expect(later).not.toHaveBeenCalled();
  });

  it('keeps a block at its placeholder until its cards’ code is there, then draws them without a fallback', async () => {
    let arrive: (component: typeof Card) => void = () => undefined;
    const load = vi.fn(() => new Promise<typeof Card>((resolve) => (arrive = resolve)));
    const LazyCard = idleLazy(load);
    function Block() {
      if (!useLazyCodeReady(LazyCard)) return <div role="status">Placeholder of the final size</div>;
      return <LazyCard title="Tariff commitments" />;
    }
    render(
      <Suspense fallback={<p>Loading card…</p>}>
        <Block />
      </Suspense>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Placeholder of the final size');
    expect(load).toHaveBeenCalledTimes(1);
    await act(async () => arrive(Card));
    expect(await screen.findByRole('heading', { name: 'Tariff commitments' })).toBeInTheDocument();
    expect(screen.queryByText('Loading card…')).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
