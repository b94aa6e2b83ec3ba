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
   * first chart must draw first. Once true, the content renders when it is wanted (see `Deferred`).
   */
  after?: boolean;
  /** The content's final height in px (a skeleton holds its place, so nothing jumps when it renders)… */
  height: number;
  /** …and on a narrow screen (≤ 600 px), where cards stack. */
  narrowHeight?: number;
  children: ReactNode;
}

type IdleHandle = { cancel: () => void };

/** Runs at the next idle moment (at most `timeout` ms later), or 50 ms later where there is no idle callback. */
export function whenIdle(run: () => void, timeout = 1000): IdleHandle {
  if (typeof window.requestIdleCallback === 'function') {
    // The timeout bounds the wait on a page that never goes idle (an animation, a busy machine).
    const id = window.requestIdleCallback(run, { timeout });
    return { cancel: () => window.cancelIdleCallback(id) };
  }
  const id = setTimeout(run, 50);
  return { cancel: () => clearTimeout(id) };
}

/**
 * Content far down the page that nobody has asked for yet renders this long after the page's first chart, so
 * that it is there for find-in-page and assistive technology without costing the page's start-up.
 */
const UNASKED_DELAY_MS = 3000;
/** How near the viewport (a share of its height) a place must come for its content to render. */
const NEAR = '50% 0px';

// The user's first key press releases every deferred block of the page: from then on, content renders at the next
// idle moment wherever it is, so Tab and find-in-page never meet a skeleton. (Scrolling is left to the
// IntersectionObserver: it renders what comes near, not everything at once while the page moves.)
let released = false;
const waiting = new Set<() => void>();
const INPUTS = ['keydown'] as const;
function release() {
  if (released) return;
  released = true;
  for (const type of INPUTS) window.removeEventListener(type, release, true);
  for (const run of waiting) run();
  waiting.clear();
}
function onFirstInput(run: () => void): () => void {
  if (released) {
    run();
    return () => undefined;
  }
  if (waiting.size === 0)
    for (const type of INPUTS) window.addEventListener(type, release, { capture: true, passive: true });
  waiting.add(run);
  return () => waiting.delete(run);
}

/**
 * Renders content further down a page after the page's first chart, once `after` holds and then when it is
 * wanted: as its place comes near the viewport, at the user's first key press anywhere on the page, or
 * UNASKED_DELAY_MS later, whichever comes first, always at an idle moment. Once rendered it stays rendered.
 * Where IntersectionObserver is missing (jsdom), it renders at the first idle moment.
 */
export function Deferred({ after = true, height, narrowHeight, children }: DeferredProps) {
  const [shown, setShown] = useState(false);
  const placeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (shown || !after) return;
    let idle: IdleHandle | undefined;
    // A transition at an idle moment: rendering the content never holds up the first chart, a filter change
    // or a click.
    const show = (timeout?: number) => {
      idle ??= whenIdle(() => startTransition(() => setShown(true)), timeout);
    };
    const place = placeRef.current;
    if (!place || typeof IntersectionObserver !== 'function') {
      show();
      return () => idle?.cancel();
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: NEAR,
    });
    observer.observe(place);
    const stopWaiting = onFirstInput(() => show(200));
    const timer = setTimeout(() => show(), UNASKED_DELAY_MS);
    return () => {
      observer.disconnect();
      stopWaiting();
      clearTimeout(timer);
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
 * With `initial`, its first render too: `initial` (a placeholder) shows with the chart, the content right after.
 */
export function DeferUpdates({ children, initial }: { children: ReactNode; initial?: ReactNode }) {
  return useDeferredValue(children, initial);
}
