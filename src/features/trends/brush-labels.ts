// recharts 3 gives both brush handles one aria-label and pixel offsets as values: each handle gets its own name
// ("Start year", "End month") and its value in the chart's own terms (a year, or a month as "Jan 2011").
import { useEffect, type RefObject } from 'react';

export interface BrushHandleLabels {
  names: readonly [string, string];
  /** The handles' values (years, or month indexes) and their bounds. */
  range: { from: number; to: number };
  bounds: { min: number; max: number };
  text: (value: number) => string;
}

export function labelBrushHandles(frame: HTMLElement, labels: BrushHandleLabels) {
  const handles = [...frame.querySelectorAll<SVGGElement>('.recharts-brush [role="slider"]')];
  const [a, b] = handles;
  if (!a || !b || handles.length !== 2) return;
  const x = (g: SVGGElement) => Number(g.querySelector('rect')?.getAttribute('x') ?? 0);
  const [left, right] = x(a) <= x(b) ? [a, b] : [b, a];
  const set = (g: SVGGElement, name: string, value: number) => {
    const attrs: Record<string, string> = {
      'aria-label': name,
      'aria-valuemin': String(labels.bounds.min),
      'aria-valuemax': String(labels.bounds.max),
      'aria-valuenow': String(value),
      'aria-valuetext': labels.text(value),
    };
    for (const [k, v] of Object.entries(attrs)) if (g.getAttribute(k) !== v) g.setAttribute(k, v);
  };
  set(left, labels.names[0], labels.range.from);
  set(right, labels.names[1], labels.range.to);
}

/**
 * Keeps the handles of the brush inside `frame` labelled: recharts rewrites the attributes as the handles move,
 * so they are put back after each change. `current` gives the labels of the moment (a drag runs ahead of props).
 */
export function useBrushHandleLabels(
  frame: RefObject<HTMLElement | null>,
  current: RefObject<BrushHandleLabels>,
  key: string,
) {
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const apply = () => labelBrushHandles(el, current.current);
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(el, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-valuenow', 'aria-label', 'x'],
    });
    return () => observer.disconnect();
  }, [frame, current, key]);
  useEffect(() => {
    if (frame.current) labelBrushHandles(frame.current, current.current);
  });
}
