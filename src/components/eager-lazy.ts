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
