// File names for exports: predictable, sortable and safe on every OS and in e-mail attachments, so
// lower-case ASCII only, and short enough for Windows paths.
const PREFIX = 'korus';
const MAX_BASE_LENGTH = 100;

/** Letters NFKD does not decompose into ASCII + marks. */
const LIGATURES: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

function slug(part: string | number): string {
  return String(part)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (letter) => LIGATURES[letter] ?? '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function truncate(base: string): string {
  if (base.length <= MAX_BASE_LENGTH) return base;
  const cut = base.slice(0, MAX_BASE_LENGTH);
  // A whole word reads better than half a word; if the cut already falls on a boundary, keep it.
  if (base[MAX_BASE_LENGTH] === '-') return cut;
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > PREFIX.length ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** `korus-<chart>-<parts…>.<ext>`, e.g. `korus-goods-trade-2012-2019.png`. */
export function exportFileName(
  chart: string,
  parts: ReadonlyArray<string | number | null | undefined>,
  ext: 'png' | 'svg' | 'csv',
): string {
  const slugs = [PREFIX, chart, ...parts]
    .filter((part): part is string | number => part !== null && part !== undefined)
    .filter((part) => typeof part === 'string' || Number.isFinite(part))
    .map(slug)
    .filter((s) => s.length > 0);
  return `${truncate(slugs.join('-'))}.${ext}`;
}
