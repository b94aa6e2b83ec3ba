import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A lazy component whose code starts loading at once (when the calling module is evaluated), not at first
 * render. Charts use it: the chart library (~130 KB gzip) then loads in parallel with the page's data
 * instead of delaying the page's filters and headline figures.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint on component props
export function eagerLazy<T extends ComponentType<any>>(load: Promise<T>): LazyExoticComponent<T> {
  return lazy(() => load.then((component) => ({ default: component })));
}
