import { createElement, lazy, type ComponentProps, type ComponentType } from 'react';

/**
 * A lazy component whose code starts loading at once (when the calling module is evaluated), not at first
 * render. Charts use it: the chart library (~130 KB gzip) then loads in parallel with the page's data
 * instead of delaying the page's filters and headline figures.
 *
 * Once the code has arrived the component renders directly. A React.lazy component suspends at its first render
 * even when its code is already there, and React holds back the content of a Suspense boundary for up to 300 ms
 * after its fallback was shown: the page's first chart waited that long, idle, after its data had arrived.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint on component props
export function eagerLazy<T extends ComponentType<any>>(load: Promise<T>): ComponentType<ComponentProps<T>> {
  let loaded: T | undefined;
  const module = load.then((component) => {
    loaded = component;
    return { default: component };
  });
  const Lazy = lazy(() => module);
  function EagerLazy(props: ComponentProps<T>) {
    return createElement(loaded ?? Lazy, props);
  }
  return EagerLazy;
}

/** How long after the page's code has run the cards further down start loading by themselves. */
const IDLE_LOAD_DELAY_MS = 1500;

/**
 * A lazy component for content further down a page or behind a choice (another classification, an opened
 * panel): its code loads at its first render, or at an idle moment IDLE_LOAD_DELAY_MS after the page's code ran,
 * whichever comes first, so that it does not compete with the page's first chart for the network and the main
 * thread. It renders in the nearest Suspense boundary's fallback until its code is there.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint on component props
export function idleLazy<T extends ComponentType<any>>(load: () => Promise<T>): ComponentType<ComponentProps<T>> {
  let loaded: T | undefined;
  let module: Promise<{ default: T }> | undefined;
  const start = () =>
    (module ??= load().then((component) => {
      loaded = component;
      return { default: component };
    }));
  if (typeof window !== 'undefined') {
    setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => void start());
      else void start();
    }, IDLE_LOAD_DELAY_MS);
  }
  const Lazy = lazy(start);
  function IdleLazy(props: ComponentProps<T>) {
    return createElement(loaded ?? Lazy, props);
  }
  return IdleLazy;
}

/**
 * `eagerLazy` when the page is opened on this content (its URL asks for the view it is the first chart of),
 * `idleLazy` otherwise.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint on component props
export function lazyFirstIf<T extends ComponentType<any>>(
  opensHere: boolean,
  load: () => Promise<T>,
): ComponentType<ComponentProps<T>> {
  return opensHere ? eagerLazy(load()) : idleLazy(load);
}

/** A search parameter of the URL the page was opened with (null outside a browser). */
export function openedWith(name: string): string | null {
  return typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get(name);
}
