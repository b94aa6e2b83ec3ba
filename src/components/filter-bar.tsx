import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/** A row of labelled filter controls with a Reset button; every control is a native, keyboard-usable element. */
export function FilterBar({
  children,
  onReset,
  label = 'Filters',
}: {
  children: ReactNode;
  onReset: () => void;
  label?: string;
}) {
  return (
    <form className="filter-bar" aria-label={label} onSubmit={(e) => e.preventDefault()}>
      {children}
      <button type="button" className="button button--ghost filter-bar__reset" onClick={onReset}>
        Reset filters
      </button>
    </form>
  );
}

export interface Option {
  value: string;
  label: string;
  disabled?: boolean;
  /** Why a disabled option is unavailable: shown as its tooltip and read with its name. */
  reason?: string;
}

export function SelectFilter({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id} className="filter__label">
        {label}
      </label>
      <select id={id} className="filter__control" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled} title={o.disabled ? o.reason : undefined}>
            {o.disabled && o.reason ? `${o.label} (${o.reason})` : o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function YearFilter({
  label,
  value,
  years,
  onChange,
}: {
  label: string;
  value: number;
  years: number[];
  onChange: (year: number) => void;
}) {
  return (
    <SelectFilter
      label={label}
      value={String(value)}
      options={years.map((y) => ({ value: String(y), label: String(y) }))}
      onChange={(v) => onChange(Number(v))}
    />
  );
}

/** Segmented choice (radio group) for two or three options such as Flow or Category. */
export function SegmentedFilter({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
}) {
  const name = useId();
  return (
    <fieldset className="filter segmented">
      <legend className="filter__label">{label}</legend>
      <div className="segmented__options">
        {options.map((o) => {
          const why = o.disabled ? `Unavailable: ${o.reason ?? 'not offered for this selection'}` : undefined;
          return (
            <label
              key={o.value}
              className={`segmented__option${o.value === value ? ' is-checked' : ''}${o.disabled ? ' is-disabled' : ''}`}
              title={why}
            >
              <input
                type="radio"
                name={name}
                value={o.value}
                checked={o.value === value}
                disabled={o.disabled}
                aria-describedby={why ? `${name}-${o.value}-why` : undefined}
                onChange={() => onChange(o.value)}
              />
              <span>{o.label}</span>
            </label>
          );
        })}
      </div>
      {options
        .filter((o) => o.disabled)
        .map((o) => (
          <span key={o.value} id={`${name}-${o.value}-why`} className="visually-hidden">
            {o.label} unavailable: {o.reason ?? 'not offered for this selection'}
          </span>
        ))}
    </fieldset>
  );
}

/**
 * Multi-select as a disclosure with checkboxes: named "Sectors", operable with Tab, Space and Escape. The panel
 * closes on Escape (focus back on its button), when focus leaves the control, and on a click outside it.
 */
export function MultiSelectFilter({
  label,
  selected,
  options,
  onChange,
  swatch,
  emptyLabel = 'All',
}: {
  label: string;
  /** What an empty selection means, e.g. "5 largest (default)". */
  emptyLabel?: string;
  selected: string[];
  options: Option[];
  onChange: (values: string[]) => void;
  swatch?: (value: string) => string | undefined;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const summary = selected.length === 0 ? emptyLabel : `${selected.length} selected`;
  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (e: PointerEvent) => {
      if (e.target instanceof Node && !rootRef.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  return (
    <div
      ref={rootRef}
      className="filter multi"
      onBlur={(e) => {
        // Focus moved somewhere outside the control (Tab past the last option, a click elsewhere): close.
        if (open && e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <span className="filter__label" aria-hidden="true">
        {label}
      </span>
      <button
        ref={buttonRef}
        type="button"
        className="filter__control multi__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${label}: ${summary}`}
        onClick={() => setOpen((o) => !o)}
      >
        {summary} <span aria-hidden="true">▾</span>
      </button>
      <fieldset id={panelId} className="multi__panel" hidden={!open}>
        <legend className="visually-hidden">{label}</legend>
        {/* The options exist while the panel is open only: a list of 97 HS chapters was a third of the sectors
            page's first render, hidden. */}
        {open &&
          options.map((o) => {
            const checked = selected.includes(o.value);
            const color = swatch?.(o.value);
            return (
              <label key={o.value} className="multi__option">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={o.disabled}
                  onChange={() => onChange(checked ? selected.filter((s) => s !== o.value) : [...selected, o.value])}
                />
                {color && <span className="swatch" style={{ background: color }} aria-hidden="true" />}
                <span>{o.label}</span>
              </label>
            );
          })}
      </fieldset>
    </div>
  );
}
