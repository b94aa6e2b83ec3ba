// The partners card's place until it is drawn, at 1366 px and in one column (390 px;
// tests/tools/placeholder-heights.mjs). The card keeps it while its figures load and the monthly block while the
// card's code loads; in a module of its own so that the block need not import the card's chart code to know it.
export const PARTNERS_CARD_SIZE = { height: 765, narrowHeight: 1273 } as const;
