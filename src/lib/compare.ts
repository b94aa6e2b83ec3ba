// Ordering of codes (ISO dates, ids, HS labels that start with their code) by their UTF-16 code units, without
// String#localeCompare: the first locale comparison a page makes builds ICU's collator (10–30 ms on this
// machine's Chromium), and the mock API's answers and the first charts sort on the start-up path. For ASCII
// digits, letters of one case and hyphens the order is the same; labels meant for people sort with
// lib/table-math.ts's collator.
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
