import { useEffect } from 'react';
import { useActiveTooltipLabel } from 'recharts';

/**
 * Reports the category under the pointer or the keyboard cursor (recharts' accessibility layer moves it with
 * the arrow keys), so that Enter can act on it. Render it inside a recharts chart.
 */
export function ActiveLabelTracker({ onChange }: { onChange: (label: string | null) => void }) {
  const label = useActiveTooltipLabel();
  const value = label === undefined || label === null ? null : String(label);
  useEffect(() => onChange(value), [value, onChange]);
  return null;
}
