// Where a click on a year of the trends chart leads: the sector classification that has figures for it. Pure, so
// it is tested without the page and its charts.
import type { Meta } from '../../api/schemas.ts';

/** Which sector classification, if any, has figures for a year (for the chart's click-through). */
export function sectorLinkFor(meta: Meta | undefined, year: number): string | null {
  return sectorLinkInfo(meta, year)?.href ?? null;
}

/** The sector link of a year, with the part of the year its figures cover when partial ("Jan–Aug"). */
export function sectorLinkInfo(
  meta: Meta | undefined,
  year: number,
): { href: string; partialPeriod: string | null } | null {
  // HS chapters in both directions (their own catalogue, /hs-chapters): the balance 2007–2019, imports 2023–2025
  // (a partial year keeps its period: the sectors catalogue says which).
  const hsPartial = (): string | null =>
    meta?.classifications
      .find((c) => c.id === 'hs-chapters')
      ?.flows.find((f) => f.flow === 'imports')
      ?.periods.find((p) => p.year === year && p.partial)?.period ?? null;
  if (meta && year >= 2007 && year <= 2019)
    return { href: `/sectors?classification=hs-chapters&flow=balance&year=${year}`, partialPeriod: null };
  if (meta && year >= 2023 && year <= 2025)
    return { href: `/sectors?classification=hs-chapters&flow=imports&year=${year}`, partialPeriod: hsPartial() };
  // Prefer a full calendar year of figures over a partial one; the link names the flow that holds the year.
  const candidates = (meta?.classifications ?? []).flatMap((c) =>
    c.flows
      .filter((f) => f.years.includes(year))
      .map((f) => ({ c, f, partial: f.periods.find((p) => p.year === year && p.partial)?.period ?? null })),
  );
  const best = candidates.find((x) => x.partial === null) ?? candidates[0];
  if (!best) return null;
  const flow = best.f.flow === best.c.flows[0]?.flow ? '' : `&flow=${best.f.flow}`;
  return { href: `/sectors?classification=${best.c.id}${flow}&year=${year}`, partialPeriod: best.partial };
}

/** The tooltip hint of a year: where a click leads, and that a partial year is partial before the click. */
export function yearHintFor(meta: Meta | undefined, year: number): string {
  const link = sectorLinkInfo(meta, year);
  if (!link) return 'No sector data for this year';
  return link.partialPeriod
    ? `Click or press Enter for this year’s sectors: ${year} (${link.partialPeriod}) only`
    : 'Click or press Enter for this year’s sectors';
}
