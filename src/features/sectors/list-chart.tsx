import { useEffect, useId, useRef, type ReactNode } from 'react';
import { exportIgnore } from '../../lib/export-ignore.ts';

// recharts' accessibility layer moves its cursor with ArrowLeft/ArrowRight only; in a horizontal bar chart
// (layout "vertical") ArrowLeft moves down the list. These charts are read top to bottom, so ArrowDown and
// ArrowUp are translated into the keys recharts knows, and the sideways keys are left out.
const TRANSLATE: Record<string, string> = { ArrowDown: 'ArrowLeft', ArrowUp: 'ArrowRight' };
let translating = false;

const isSurface = (el: EventTarget | null): el is Element =>
  el instanceof Element && el.classList.contains('recharts-surface');

/**
 * The plot of a horizontal bar chart: ArrowUp/ArrowDown move through the bars in the order of the list, and a
 * hint under the chart says so (it is also the focused chart's description).
 */
export function ListChartFrame({
  children,
  hint,
  onKeyDown,
}: {
  children: ReactNode;
  hint: string;
  onKeyDown?: (key: string) => void;
}) {
  const hintId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The focusable surface is recharts' own element; point its description at the hint.
    const surfaces = ref.current?.querySelectorAll('.recharts-wrapper > svg.recharts-surface') ?? [];
    for (const s of surfaces) s.setAttribute('aria-describedby', hintId);
  });
  return (
    <>
      <div
        ref={ref}
        className="chart-frame"
        onKeyDownCapture={(e) => {
          if (translating || !isSurface(e.target)) return;
          const mapped = TRANSLATE[e.key];
          if (mapped) {
            e.preventDefault();
            e.stopPropagation();
            translating = true;
            try {
              e.target.dispatchEvent(new KeyboardEvent('keydown', { key: mapped, bubbles: true }));
            } finally {
              translating = false;
            }
          } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
            // Sideways keys would run against the list: ignore them rather than move the wrong way.
            e.stopPropagation();
          }
        }}
        onKeyDown={(e) => {
          if (!translating && isSurface(e.target)) onKeyDown?.(e.key);
        }}
      >
        {children}
      </div>
      <p id={hintId} className="chart-hint" {...exportIgnore}>
        {hint}
      </p>
    </>
  );
}

/** Splits a label into at most `lines` lines of about `chars` characters at word breaks; the last line ends in "…" when cut. */
export function wrapLabel(text: string, chars: number, lines = 2): string[] {
  const out: string[] = [];
  let current = '';
  let overflow = false;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= chars || !current) {
      current = next;
      continue;
    }
    out.push(current);
    current = word;
    if (out.length === lines) {
      overflow = true;
      break;
    }
  }
  if (!overflow && current) out.push(current);
  const fit = (line: string) => (line.length > chars ? `${line.slice(0, chars - 1).trimEnd()}…` : line);
  return out.map((line, i) =>
    overflow && i === out.length - 1 ? `${line.slice(0, chars - 1).trimEnd()}…` : fit(line),
  );
}

/** A category tick of a horizontal bar chart in up to two lines; a name cut short has its full text as a tooltip. */
export function WrappedTick({
  x,
  y,
  payload,
  chars,
  fontSize = 12,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  chars: number;
  fontSize?: number;
}) {
  const text = String(payload?.value ?? '');
  const lines = wrapLabel(text, chars);
  const cut = lines.join(' ') !== text.replace(/\s+/g, ' ').trim();
  const lineHeight = fontSize + 1;
  const top = Number(y) - ((lines.length - 1) * lineHeight) / 2;
  return (
    <text x={Number(x)} y={top} textAnchor="end" fontSize={fontSize} fill="#333333" dominantBaseline="central">
      {/* The full name on hover only where it was cut, so that the text of an uncut label is the label. */}
      {cut && <title>{text}</title>}
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x) - 4} dy={i === 0 ? 0 : lineHeight}>
          {i > 0 ? ` ${line}` : line}
        </tspan>
      ))}
    </text>
  );
}
