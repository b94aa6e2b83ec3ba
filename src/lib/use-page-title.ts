import { useEffect } from 'react';
import { pageTitle } from './page-heads.ts';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
