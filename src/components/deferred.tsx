import {
  startTransition,
  useDeferredValue,
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type Ref,
} from 'react';

interface DeferredProps {
  /**
   * False while the page's main chart is still waiting for its data: the browser is idle then too, but the
   * first chart must draw first. Once true, the content renders at the next idle moment.
   */
  after?: boolean;
  /** The content's final height in px (a skeleton holds its place, so nothing jumps when it renders)… */
  height: number;
  /** …and on a narrow screen (≤ 600 px), where cards stack. */
  narrowHeight?: number;
  children: ReactNode;
}

type IdleHandle = { cancel: () => void };

function whenIdle(run: () => void): IdleHandle {
  if (typeof window.requestIdleCallback === 'function') {
    // The timeout bounds the wait on a page that never goes idle (an animation, a busy machine).
    const id = window.requestIdleCallback(run, { timeout: 1000 });
    return { cancel: () => window.cancelIdleCallback(id) };
  }
  const id = setTimeout(run, 50);
  return { cancel: () => clearTimeout(id) };
}

/**
 * Renders content further down a page after the page's first chart: at the first idle moment once `after` holds,
 * or as soon as its place scrolls near the viewport, whichever comes first. Once rendered it stays rendered.
 */
export function Deferred({ after = true, height, narrowHeight, children }: DeferredProps) {
  const [shown, setShown] = useState(false);
  const placeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (shown) return;
    // A transition: rendering the content never holds up a filter change or a click.
    const show = () => startTransition(() => setShown(true));
    const place = placeRef.current;
    let observer: IntersectionObserver | undefined;
    if (place && typeof IntersectionObserver === 'function') {
      observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
        rootMargin: '300px 0px',
      });
      observer.observe(place);
    }
    const idle = after ? whenIdle(show) : undefined;
    return () => {
      observer?.disconnect();
      idle?.cancel();
    };
  }, [after, shown]);

  if (shown) return <>{children}</>;
  return <Placeholder ref={placeRef} height={height} narrowHeight={narrowHeight} />;
}

/** A skeleton that holds the place of content still to come, at the content's final size (px; narrow: ≤ 600 px). */
export function Placeholder({
  height,
  narrowHeight,
  ref,
}: {
  height: number;
  narrowHeight?: number;
  ref?: Ref<HTMLDivElement>;
}) {
  const size = {
    '--placeholder-h': `${height}px`,
    '--placeholder-h-narrow': `${narrowHeight ?? height}px`,
  } as CSSProperties;
  return <div ref={ref} className="placeholder skeleton" style={size} aria-hidden="true" />;
}

/**
 * Content that follows a change after the page's main chart: on the urgent render it keeps its previous output
 * (the same element, so React skips it), and redraws in a background render right after (useDeferredValue).
 */
export function DeferUpdates({ children }: { children: ReactNode }) {
  return useDeferredValue(children);
}
