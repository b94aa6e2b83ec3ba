// A key press before the app has taken over can put the focus on a link of the route HTML's header
// (static-shell.ts), which the app's first commit replaces: the focus then moves to the same link in the app's
// header. The first render is time-sliced (main.tsx), so the focus is followed until that commit.
import { useLayoutEffect } from 'react';

// Where the focus went last. Not where it left: the browser reports the focus leaving a link as it is removed.
let focused: Element | null = null;
const follow = (event: FocusEvent) => {
  focused = event.target instanceof Element ? event.target : null;
};

/** Starts following the focus on the HTML's header (before the app's first render). */
export function followShellFocus(): void {
  focused = document.activeElement;
  document.addEventListener('focusin', follow);
}

/** Rendered with the app: in its first commit, moves the focus from the replaced link to its counterpart. */
export function ShellFocusHandover({ container }: { container: HTMLElement }) {
  useLayoutEffect(() => {
    document.removeEventListener('focusin', follow);
    const link = focused instanceof HTMLAnchorElement && !focused.isConnected ? focused : null;
    focused = null;
    if (!link) return;
    const same = [...container.querySelectorAll('a')].find(
      (a) => a.getAttribute('href') === link.getAttribute('href') && a.className === link.className,
    );
    same?.focus();
  }, [container]);
  return null;
}
