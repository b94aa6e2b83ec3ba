// The main navigation: the layout renders it, and the build writes it into each route's HTML (static-shell.ts).
export const NAV = [
  { to: '/', label: 'Overview', end: true },
  { to: '/trends', label: 'Trade trends', end: false },
  { to: '/sectors', label: 'Sectors', end: false },
  { to: '/viewpoints', label: 'Expert viewpoints', end: false },
  { to: '/data', label: 'Data and sources', end: false },
] as const;
