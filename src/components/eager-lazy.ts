import { createElement, lazy, useEffect, useState, type ComponentProps, type ComponentType } from 'react';
import { whenIdle } from './deferred.tsx';

/** A lazily loaded component that can be asked for its code ahead of its first render, and says if it is there. */
export type LazyComponent<P> = ComponentType<P> & {
  /** Starts loading the code (once); resolves when it is there. */
  preload: () => Promise<unknown>;
  isLoaded: () => boolean;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint on component props
function lazyComponent<T extends ComponentType<any>>(load: () => Promise<T>): LazyComponent<ComponentProps<T>> {
  let loaded: T | undefined;
  let module: Promise<{ default: T }> | undefined;
  const preload = () =>
    (module ??= load().then((component) => {
      loaded = component;
      return { default: component };
    }));
  const Lazy = lazy(preload);
  // Once the code has arrived the component renders directly. A React.lazy component suspends at its first
  // render even when its code is already there, and React holds back the content of a Suspense boundary for up
  // to 300 ms after its fallback was shown: the page's first chart waited that long, idle, after its data had
  // arrived.
  function LazyLoaded(props: ComponentProps<T>) {
    return createElement(loaded ?? Lazy, props);
  }
  return Object.assign(LazyLoaded, { preload, isLoaded: () => loaded !== undefined });
}

/**
 * A lazy component whose code starts loading at once (when the calling module is evaluated), not at first
 * render. Charts use it: the chart library (~130 KB gzip) then loads in parallel with the page's data
 * instead of delaying the page's filters and headline figures.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint on component props
export function eagerLazy<T extends ComponentType<any>>(load: Promise<T>): LazyComponent<ComponentProps<T>> {
  const component = lazyComponent(() => load);
  void component.preload().catch(() => undefined);
  return component;
}

/** How long after the page's code has run the cards further down start loading by themselves. */
const IDLE_LOAD_DELAY_MS = 1500;

/**
 * A lazy component for content further down a page or behind a choice (another classification, an opened
 * panel): its code loads at its first render (or `preload()`), or at an idle moment IDLE_LOAD_DELAY_MS after the
 * page's code ran, whichever comes first, so that it does not compete with the page's first chart for the
 * network and the main thread. Until its code is there it suspends: a block that must keep its size meanwhile
 * waits with `useLazyCodeReady`, or sits in a Suspense boundary whose fallback has the block's final size.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint on component props
export function idleLazy<T extends ComponentType<any>>(load: () => Promise<T>): LazyComponent<ComponentProps<T>> {
  const component = lazyComponent(load);
  if (typeof window !== 'undefined')
    setTimeout(() => whenIdle(() => void component.preload().catch(() => undefined)), IDLE_LOAD_DELAY_MS);
  return component;
}

/**
 * `eagerLazy` when the page is opened on this content (its URL asks for the view it is the first chart of),
 * `idleLazy` otherwise.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint on component props
export function lazyFirstIf<T extends ComponentType<any>>(
  opensHere: boolean,
  load: () => Promise<T>,
): LazyComponent<ComponentProps<T>> {
  return opensHere ? eagerLazy(load()) : idleLazy(load);
}

/** A search parameter of the URL the page was opened with (null outside a browser). */
export function openedWith(name: string): string | null {
  return typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get(name);
}

/**
 * True once the code of every given lazy component is there; asks for what is missing. A block shows its
 * placeholder (of its final size) until then, as it does until its data is in, so nothing moves when the code
 * arrives. A failed load counts as ready: the component's own render then reports the error.
 */
export function useLazyCodeReady(...components: readonly Pick<LazyComponent<never>, 'preload' | 'isLoaded'>[]) {
  const [ready, setReady] = useState(() => components.every((c) => c.isLoaded()));
  useEffect(() => {
    if (ready) return;
    let live = true;
    const done = () => {
      if (live) setReady(true);
    };
    void Promise.all(components.map((c) => c.preload())).then(done, done);
    return () => {
      live = false;
    };
    // The components are module-level constants: the effect runs until the code is there.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);
  return ready;
}
