// "Open in Sectors" / "Open in Trends": the same series on its own page, with the chapter and the claim's years
// in the URL. Built here from the parameters those pages read (sectors: classification, flow, measure, year,
// compare, sector; trends: category, from, to), without importing the other features.
import type { HsChaptersMeta } from '../../api/schemas.ts';
import type { EvidenceSeries } from './viewpoint-math.ts';

export interface EvidenceLink {
  label: 'Open in Sectors' | 'Open in Trends';
  href: string;
}

/** The years (and whether partial) that a flow and measure of the HS data hold, per basis. */
function hsYears(hs: HsChaptersMeta, flow: 'exports' | 'imports' | 'balance', measure: string) {
  const of = (pick: (c: HsChaptersMeta['coverage'][number]) => boolean) =>
    hs.coverage.filter(pick).flatMap((c) => c.periods.map((p) => ({ ...p, basis: c.basis as string })));
  if (flow === 'balance') {
    const def = hs.balances[0];
    const im = new Set(of((c) => c.basis === def?.importsBasis).map((p) => p.year));
    return of((c) => c.basis === def?.exportsBasis)
      .filter((p) => im.has(p.year))
      .map((p) => ({ ...p, basis: def?.id ?? p.basis }));
  }
  return of((c) => c.flow === flow && (flow === 'exports' || c.measure === measure));
}

export function evidenceLink(
  series: EvidenceSeries,
  claim: { from: number; to: number },
  hs: HsChaptersMeta | undefined,
): EvidenceLink | null {
  if (series.kind === 'annual') {
    const p = new URLSearchParams({ category: series.category, from: String(claim.from), to: String(claim.to) });
    return { label: 'Open in Trends', href: `/trends?${p.toString()}` };
  }
  if ((series.kind !== 'hs' && series.kind !== 'duties') || !hs) return null;
  const flow = series.kind === 'duties' ? 'imports' : series.flow;
  const measure = series.kind === 'duties' ? 'duties' : flow === 'imports' ? 'cif-value' : '';
  const years = hsYears(hs, flow, measure);
  const end = years.find((p) => p.year === claim.to);
  const start = years.find((p) => p.year === claim.from);
  const p = new URLSearchParams();
  p.set('classification', series.kind === 'hs' && series.section ? 'hs-sections' : 'hs-chapters');
  p.set('flow', flow);
  if (flow === 'imports') p.set('measure', measure);
  // The claim's end year where the data hold it, else the latest year within the claim.
  const shown = end ?? [...years].reverse().find((y) => y.year >= claim.from && y.year <= claim.to);
  if (shown) p.set('year', String(shown.year));
  // A comparison only between full years of one basis, as the sectors page allows.
  if (shown && start && start.year !== shown.year && !start.partial && !shown.partial && start.basis === shown.basis)
    p.set('compare', String(start.year));
  if (series.kind === 'hs') p.set('sector', series.section ? series.code : `hs-${series.code}`);
  return { label: 'Open in Sectors', href: `/sectors?${p.toString()}` };
}
