// Where a click on a year of the trends chart leads: the sector classification that has figures for it. Pure, so
// it is tested without the page and its charts.
import type { HsChaptersMeta, Meta } from '../../api/schemas.ts';

/** Which sector classification, if any, has figures for a year (for the chart's click-through). */
export function sectorLinkFor(meta: Meta | undefined, hs: HsChaptersMeta | undefined, year: number): string | null {
  return sectorLinkInfo(meta, hs, year)?.href ?? null;
}

/** The HS view that has a year: the balance where both directions of one balance's bases have it, else the flow. */
function hsLinkInfo(hs: HsChaptersMeta, year: number): { href: string; partialPeriod: string | null } | null {
  const covering = (flow: 'exports' | 'imports', basis?: string) =>
    hs.coverage.find((c) => c.flow === flow && (basis === undefined || c.basis === basis) && c.years.includes(year));
  const partial = (entry: HsChaptersMeta['coverage'][number] | undefined) =>
    entry?.periods.find((p) => p.year === year && p.partial)?.period ?? null;
  const balance = hs.balances.find((b) => covering('exports', b.exportsBasis) && covering('imports', b.importsBasis));
  if (balance) {
    const period =
      partial(covering('exports', balance.exportsBasis)) ?? partial(covering('imports', balance.importsBasis));
    return { href: `/sectors?classification=hs-chapters&flow=balance&year=${year}`, partialPeriod: period };
  }
  // One direction only: prefer a full year of figures to a partial one.
  const flows = (['imports', 'exports'] as const).flatMap((flow) => {
    const entry = covering(flow);
    return entry ? [{ flow, period: partial(entry) }] : [];
  });
  const best = flows.find((f) => f.period === null) ?? flows[0];
  return best
    ? { href: `/sectors?classification=hs-chapters&flow=${best.flow}&year=${year}`, partialPeriod: best.period }
    : null;
}

/**
 * The sector link of a year, with the part of the year its figures cover when partial ("Jan–Aug"). HS chapters
 * come first, from their own catalogue (GET /hs-chapters: whatever years it serves, Census ones included after a
 * data update); until it has arrived, and for years it lacks, the classifications of the data description.
 */
export function sectorLinkInfo(
  meta: Meta | undefined,
  hs: HsChaptersMeta | undefined,
  year: number,
): { href: string; partialPeriod: string | null } | null {
  if (!meta) return null;
  const fromHs = hs ? hsLinkInfo(hs, year) : null;
  if (fromHs) return fromHs;
  // Prefer a full calendar year of figures over a partial one; the link names the flow that holds the year.
  const candidates = meta.classifications
    .filter((c) => !(hs && c.id === 'hs-chapters'))
    .flatMap((c) =>
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
export function yearHintFor(meta: Meta | undefined, hs: HsChaptersMeta | undefined, year: number): string {
  const link = sectorLinkInfo(meta, hs, year);
  if (!link) return 'No sector data for this year';
  return link.partialPeriod
    ? `Click or press Enter for this year’s sectors: ${year} (${link.partialPeriod}) only`
    : 'Click or press Enter for this year’s sectors';
}
