// What an update changed: months added, figures revised (old → new, with the size of the revision), chapters
// new, and the new "data as of". Compares two built data folders (the served one and the new one).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const read = (dir, name, fallback) =>
  existsSync(resolve(dir, name)) ? JSON.parse(readFileSync(resolve(dir, name), 'utf8')) : fallback;

/** Values keyed "series|period" → number|null, for each data set the update feeds. */
function values(dir) {
  const out = { monthly: new Map(), annual: new Map(), census: new Map() };
  for (const r of read(dir, 'goods-monthly.json', [])) {
    out.monthly.set(`South Korea exports|${r.month}`, r.exports);
    out.monthly.set(`South Korea imports|${r.month}`, r.imports);
  }
  for (const r of read(dir, 'partner-monthly.json', [])) {
    if (r.exports !== null) out.monthly.set(`${r.partner} exports|${r.month}`, r.exports);
    if (r.imports !== null) out.monthly.set(`${r.partner} imports|${r.month}`, r.imports);
  }
  for (const r of read(dir, 'goods-annual.json', [])) {
    out.annual.set(`South Korea exports|${r.year}`, r.exports);
    out.annual.set(`South Korea imports|${r.year}`, r.imports);
  }
  for (const r of read(dir, 'hs-chapter-census-monthly.json', []))
    out.census.set(`${r.sectorId} ${r.basis}|${r.month}`, r.value);
  return out;
}

const EPS = 1e-9;

/** @returns {{ dataAsOf: {old, new}, sets: {name, added: string[], removed: string[], revised: {series, period, old, new, delta, pct}[]}[], chaptersNew: string[] }} */
export function compareData(oldDir, newDir) {
  const a = values(oldDir);
  const b = values(newDir);
  const sets = [
    ['Monthly goods by partner (FRED)', 'monthly'],
    ['Annual goods, South Korea (FRED)', 'annual'],
    ['HS chapters, Census basis', 'census'],
  ].map(([name, key]) => {
    const added = [];
    const removed = [];
    const revised = [];
    for (const [k, v] of b[key]) {
      if (!a[key].has(k)) {
        if (v !== null) added.push(k);
        continue;
      }
      const old = a[key].get(k);
      if (old === null || v === null ? old !== v : Math.abs(old - v) > EPS) {
        const [series, period] = k.split('|');
        revised.push({
          series,
          period,
          old,
          new: v,
          delta: old !== null && v !== null ? v - old : null,
          pct: old ? ((v - old) / Math.abs(old)) * 100 : null,
        });
      }
    }
    for (const k of a[key].keys()) if (!b[key].has(k)) removed.push(k);
    revised.sort((x, y) => Math.abs(y.delta ?? Infinity) - Math.abs(x.delta ?? Infinity));
    return { name, added, removed, revised };
  });
  const oldChapters = new Set(read(oldDir, 'hs-chapters-census.json', { chapterIds: [] }).chapterIds);
  const newMeta = read(newDir, 'hs-chapters-census.json', { chapterIds: [], newChapters: [] });
  return {
    dataAsOf: {
      old: read(oldDir, 'meta.json', {}).dataAsOf ?? null,
      new: read(newDir, 'meta.json', {}).dataAsOf ?? null,
    },
    sets,
    chaptersNew: newMeta.chapterIds.filter((id) => !oldChapters.has(id)),
    chaptersOutsideCatalogue: (newMeta.newChapters ?? []).map((c) => c.label),
  };
}

const f = (n) => (n === null ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: 3 }));
const signed = (n) => (n === null ? '' : `${n > 0 ? '+' : n < 0 ? '−' : '±'}${f(Math.abs(n))}`);

/** Periods of "series|period" keys, grouped per series as runs: "South Korea exports: 2026-05 … 2026-09". */
function groupAdded(keys) {
  const by = new Map();
  for (const k of keys) {
    const [s, p] = k.split('|');
    by.set(s, [...(by.get(s) ?? []), p]);
  }
  return [...by].map(([s, ps]) => {
    ps.sort();
    return `${s}: ${ps.length === 1 ? ps[0] : `${ps[0]} … ${ps.at(-1)} (${ps.length})`}`;
  });
}

export function formatReport(report, { limit = 15 } = {}) {
  const lines = [];
  lines.push(`Data as of: ${report.dataAsOf.old ?? '—'} → ${report.dataAsOf.new ?? '—'}`);
  for (const s of report.sets) {
    lines.push('', `${s.name}:`);
    if (!s.added.length && !s.revised.length && !s.removed.length) {
      lines.push('  no change');
      continue;
    }
    const series = groupAdded(s.added);
    lines.push(`  added: ${s.added.length} figure(s)${series.length ? '' : ' (none)'}`);
    for (const l of series.slice(0, limit)) lines.push(`    ${l}`);
    if (series.length > limit) lines.push(`    … and ${series.length - limit} more series`);
    lines.push(`  revised: ${s.revised.length} figure(s) (US$ million, largest first)`);
    for (const r of s.revised.slice(0, limit)) {
      lines.push(
        `    ${r.series} ${r.period}: ${f(r.old)} → ${f(r.new)} (${signed(r.delta)}${r.pct === null ? '' : `, ${signed(Math.round(r.pct * 100) / 100)}%`})`,
      );
    }
    if (s.revised.length > limit) lines.push(`    … and ${s.revised.length - limit} more`);
    if (s.removed.length)
      lines.push(`  no longer in the source: ${s.removed.length} figure(s), e.g. ${s.removed.slice(0, 3).join(', ')}`);
  }
  lines.push('', `Chapters new (Census basis): ${report.chaptersNew.length ? report.chaptersNew.join(', ') : 'none'}`);
  if (report.chaptersOutsideCatalogue.length)
    lines.push(`Chapters not in the HS catalogue: ${report.chaptersOutsideCatalogue.join('; ')}`);
  return lines.join('\n');
}
