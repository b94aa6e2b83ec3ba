import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuAction {
  id: string;
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Why an item is disabled, read with it. */
  hint?: string;
}

/**
 * The ARIA menu button pattern: a button (aria-haspopup="menu") opening a menu of menuitems.
 * Arrow keys, Home and End move; Enter or Space activate; Escape or Tab close; focus returns to the button.
 */
export function MenuButton({ label, actions, onOpen }: { label: string; actions: MenuAction[]; onOpen?: () => void }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  // The menu opens to the left of its button; near the left edge of a phone it would leave the screen.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    const rect = open ? menu?.getBoundingClientRect() : undefined;
    if (menu && rect && rect.width > 0 && rect.left < 8) {
      menu.style.right = 'auto';
      menu.style.left = '0';
    }
  }, [open]);
  const buttonId = useId();

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      const root = buttonRef.current?.parentElement;
      if (root && !root.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };
  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
    onOpen?.();
  };

  const onButtonKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openAt(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(actions.length - 1);
    }
  };

  const onMenuKeyDown = (e: KeyboardEvent) => {
    const last = actions.length - 1;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setActive((i) => (i >= last ? 0 : i + 1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setActive((i) => (i <= 0 ? last : i - 1));
        break;
      case 'Home':
        e.preventDefault();
        setActive(0);
        break;
      case 'End':
        e.preventDefault();
        setActive(last);
        break;
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        close(true);
        break;
      case 'Tab':
        close(false);
        break;
    }
  };

  const select = (action: MenuAction) => {
    if (action.disabled) return;
    close(true);
    action.onSelect();
  };

  return (
    <div className="menu">
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="button button--ghost button--small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onPointerEnter={onOpen}
        onFocus={onOpen}
        onKeyDown={onButtonKeyDown}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className="menu__list"
          onKeyDown={onMenuKeyDown}
        >
          {actions.map((action, i) => (
            <button
              key={action.id}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              aria-disabled={action.disabled || undefined}
              className="menu__item"
              onClick={() => select(action)}
              onMouseEnter={() => setActive(i)}
            >
              {action.label}
              {action.disabled && action.hint && <span className="menu__hint"> ({action.hint})</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
