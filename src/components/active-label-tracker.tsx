import { useLayoutEffect, type RefObject } from 'react';
import { useActiveTooltipLabel } from 'recharts';

/**
 * Keeps `labelRef` on the category under the pointer or the keyboard cursor (recharts' accessibility layer moves
 * it with the arrow keys), so that Enter acts on the bar or year the tooltip shows. Render it inside a recharts
 * chart. A ref written in the tooltip's own commit, not state: a state update would wait for a later render, and
 * on a busy page a key press could arrive first and act on the previous position.
 */
export function ActiveLabelTracker({ labelRef }: { labelRef: RefObject<string | null> }) {
  const label = useActiveTooltipLabel();
  const value = label === undefined || label === null ? null : String(label);
  useLayoutEffect(() => {
    labelRef.current = value;
  }, [value, labelRef]);
  return null;
}
