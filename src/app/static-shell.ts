// The HTML of a route before the app's code has run: the layout's header with the route's link marked, the
// page's heading and lede, and a skeleton where its content goes (vite.config.ts, plugin "korus-boot", writes it
// into `trends.html` and the others). The app's first render waits for the route's code and its first chart's
// data (main.tsx, routes.tsx), then puts the same header and heading in the same place, so nothing moves and the
// browser's largest paint stays the one it made from the HTML.
// tests/e2e/static-shell.spec.ts checks that this markup and the rendered layout agree.
import { PAGE_HEADS, pageTitle, type PagePath } from '../lib/page-heads.ts';
import { NAV } from './nav.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The markup that replaces `<div id="root"></div>` in the route's HTML; `base` is the app's base path ("/"). */
export function staticShellHtml(path: PagePath, base: string): string {
  const head = PAGE_HEADS[path];
  const href = (to: string) => escapeHtml(base.replace(/\/$/, '') + to);
  const links = NAV.map((item) => {
    const current = path === item.to;
    const attrs = current ? ` aria-current="page" class="nav-link active"` : ` class="nav-link"`;
    return `<li><a${attrs} href="${href(item.to)}" data-discover="true">${escapeHtml(item.label)}</a></li>`;
  }).join('');
  const lede = head.lede
    .map((part) => (typeof part === 'string' ? escapeHtml(part) : `<code>${escapeHtml(part.code)}</code>`))
    .join('');
  const brandCurrent = path === '/' ? ` aria-current="page" class="brand active"` : ` class="brand"`;
  return (
    `<div class="app" data-static-shell>` +
    `<a class="skip-link" href="#main">Skip to content</a>` +
    `<header class="app-header"><div class="app-header__inner">` +
    `<a aria-label="KORUS Lens, overview"${brandCurrent} href="${href('/')}" data-discover="true">` +
    `<svg viewBox="0 0 32 32" width="22" height="22" aria-hidden="true"><rect width="32" height="32" rx="6" fill="currentColor"></rect>` +
    `<path d="M6 22 L12 14 L17 18 L26 8" fill="none" stroke="#56B4E9" stroke-width="3" stroke-linecap="round"></path></svg>` +
    `<span>KORUS Lens</span></a>` +
    `<nav aria-label="Main"><ul class="nav-list">${links}</ul></nav>` +
    `</div></header>` +
    `<main id="main" class="app-main" tabindex="-1"><div class="page">` +
    `<header class="page-header"><h1>${escapeHtml(head.heading)}</h1><p class="lede">${lede}</p></header>` +
    // Until the page renders (with its first chart's data: app/routes.tsx), where its filters and chart go.
    `<div class="loading-block" role="status" aria-live="polite"><span class="visually-hidden">Loading page…</span>` +
    `<div class="skeleton skeleton--block skeleton--shell-filters" aria-hidden="true"></div>` +
    `<div class="skeleton skeleton--block skeleton--shell-chart" aria-hidden="true"></div></div>` +
    `</div></main></div>`
  );
}

/** The route's document title, as the page sets it. */
export const staticShellTitle = (path: PagePath) => pageTitle(PAGE_HEADS[path].title);
