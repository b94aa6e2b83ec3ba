// Tooltip content shared by the charts: the year, then each series with its colour, name and
// formatted amount ($48.3 bn / $820 m); a balance is written the one way (−$56.5 bn deficit).
import { formatBalance, formatMusd } from '../lib/format.ts';

/** The part of recharts' tooltip content props this component reads. */
interface TooltipEntry {
  value?: unknown;
  name?: unknown;
  dataKey?: unknown;
  color?: string;
}
interface TooltipContent {
  active?: boolean;
  payload?: ReadonlyArray<TooltipEntry>;
  label?: unknown;
}

export interface TooltipOptions {
  /** Series keys whose values are balances (read as deficit/surplus). */
  balanceKeys?: readonly string[];
  /** Series keys whose values are changes (shown with a sign). */
  signed?: boolean;
  /** Text under the figures, e.g. "Click for sectors in this year". */
  hint?: (label: string | number) => string | null;
  /** A remark on one figure, e.g. "as published; exports − imports = $9.0 bn by rounding". */
  note?: (key: string, label: string | number) => string | null;
  /** Figures that are not amounts (an index, a % change) bring their own format. */
  format?: (value: number) => string;
}

export function ChartTooltip({
  active,
  payload,
  label,
  balanceKeys = [],
  signed = false,
  hint,
  note,
  format,
}: TooltipContent & TooltipOptions) {
  if (!active || !payload?.length) return null;
  const labelText = typeof label === 'number' || typeof label === 'string' ? label : '';
  const hintText = hint && labelText !== '' ? hint(labelText) : null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__label">{labelText}</p>
      <ul>
        {payload.map((item) => {
          const value = typeof item.value === 'number' ? item.value : null;
          const key = String(item.dataKey ?? item.name);
          const text =
            value === null
              ? 'no data'
              : format
                ? format(value)
                : balanceKeys.includes(key)
                  ? formatBalance(value)
                  : formatMusd(value, { signed });
          const remark = note && labelText !== '' ? note(key, labelText) : null;
          return (
            <li key={key}>
              <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
              {String(item.name)}: <strong>{text}</strong>
              {remark && <span className="chart-tooltip__note"> * {remark}</span>}
            </li>
          );
        })}
      </ul>
      {hintText && <p className="chart-tooltip__hint">{hintText}</p>}
    </div>
  );
}
