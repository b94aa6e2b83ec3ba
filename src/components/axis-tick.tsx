// An axis tick label drawn as one line of SVG text. recharts' default (its <Text>, given the axis's width) measures
// each new label's words in a hidden span to wrap them: a forced layout per label, ~16 in the first render of a
// chart (more with the lower cards), for labels that are one short word.
import { createElement } from 'react';

interface TickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  className?: string;
  payload?: { value?: unknown };
  index?: number;
  tickFormatter?: (value: never, index: number) => string;
}

// Where recharts' <Text> puts one line for each vertical anchor (its cap height, 0.71em).
const DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/** Draws the tick label recharts passes (`tick={axisTick}`), in the axes' common type. */
export function axisTick({
  x,
  y,
  textAnchor = 'middle',
  verticalAnchor = 'end',
  className,
  payload,
  index = 0,
  tickFormatter,
}: TickProps) {
  const value = payload?.value;
  const text = tickFormatter ? tickFormatter(value as never, index) : String(value ?? '');
  return createElement(
    'text',
    { x, y, textAnchor, fontSize: 12, fill: '#444444', className: `recharts-text ${className ?? ''}`.trim() },
    createElement('tspan', { x, dy: DY[verticalAnchor] }, text),
  );
}
