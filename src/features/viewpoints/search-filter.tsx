import { useEffect, useId, useState } from 'react';

const DEBOUNCE_MS = 350;

/**
 * A text search in the filter bar's style. Typing is committed to the URL after a pause (or at once with
 * Enter), so the address does not change on every keystroke; a change of the URL from outside (Reset, Back)
 * shows in the box.
 */
export function SearchFilter({
  label,
  value,
  onCommit,
  placeholder,
  maxLength = 200,
}: {
  label: string;
  value: string;
  onCommit: (text: string) => void;
  placeholder?: string;
  maxLength?: number;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState(value);
  if (value !== seen) {
    setSeen(value);
    // Our own commit coming back must not overwrite what was typed since.
    if (value !== sent) setText(value);
  }

  useEffect(() => {
    if (text === value) return undefined;
    const timer = setTimeout(() => {
      setSent(text);
      onCommit(text);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onCommit]);

  return (
    <div className="filter vp-search">
      <label htmlFor={id} className="filter__label">
        {label}
      </label>
      <input
        id={id}
        type="search"
        className="filter__control"
        value={text}
        maxLength={maxLength}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && text !== value) {
            setSent(text);
            onCommit(text);
          }
        }}
      />
    </div>
  );
}
