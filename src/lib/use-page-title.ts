import { useEffect } from 'react';

/** The document title of a page (the route's HTML carries the same: app/static-shell.ts). */
export const pageTitle = (title: string) => `${title} · KORUS Lens`;

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
