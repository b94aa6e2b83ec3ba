// Every statement of viewpoints.csv (2014–2026, vp-001 … vp-049) with the evidence vocabulary after the merge:
// several series per statement ("goods-balance;hs-exports:10"), HS chapters (hs-exports:NN, hs-imports:NN,
// hs-balance:NN), HS sections (hs-exports:S16) and duties (hs-duties:TOTAL). A new file beside the served
// viewpoints.json, whose shape stays as it is until the viewpoints page reads this one.
import { check, datePrecision } from './csv.mjs';
import { STANCES, TOPICS } from './viewpoints.mjs';

// Topics added in the merge (SOURCES.md, "Conventions" and "Evidence vocabulary after the merge").
export const TOPICS_2026 = { ...TOPICS, investment: 'Investment', manufacturing: 'Manufacturing' };

// Quotes whose English text is, or may be, a translation (SOURCES.md, viewpoint rows vp-042 and vp-043).
const TRANSLATION_NOTES = {
  'vp-042': 'Translated: the quote is the English edition’s rendering of a Korean article.',
  'vp-043': 'Possibly translated: whether he spoke in English is not known (the source is a mirror of China Daily).',
};

const ANNUAL_SERIES = new Set(['goods-balance', 'goods-exports', 'goods-imports', 'services-balance', 'services-exports', 'services-imports']);

/**
 * @param hsMeta the HS-chapter catalogue: chapter and section evidence must name one of its chapters or sections
 */
export function buildViewpoints2026(readCsv, hsMeta) {
  const chapterIds = new Set(hsMeta.chapters.map((c) => c.code));
  const sectionIds = new Set(hsMeta.sections.map((s) => s.id));
  const resolve = (series, id) => {
    if (ANNUAL_SERIES.has(series)) return series;
    const hs = /^hs-(exports|imports|balance):(\d{2}|S\d{2})$/.exec(series);
    if (hs) {
      const code = hs[2];
      check(code.startsWith('S') ? sectionIds.has(code) : chapterIds.has(code), `${id}: unknown HS chapter or section in ${series}`);
      return series;
    }
    if (series === 'hs-duties:TOTAL') return series;
    throw new Error(`${id}: unknown evidence series ${series}`);
  };
  const experts = readCsv('experts.csv').map((r) => ({
    id: r.id,
    name: r.name,
    title: r.title,
    organisation: r.organisation,
    profileUrl: r.profile_url || null,
  }));
  const viewpoints = readCsv('viewpoints.csv').map((r) => {
    const topics = r.topics.split(';').filter(Boolean);
    for (const t of topics) check(TOPICS_2026[t], `${r.id}: unknown topic ${t}`);
    check(STANCES[r.stance], `${r.id}: unknown stance ${r.stance}`);
    check(experts.some((e) => e.id === r.expert_id), `${r.id}: unknown expert ${r.expert_id}`);
    check(r.statement_kind === 'quote' || r.statement_kind === 'paraphrase', `${r.id}: statement kind ${r.statement_kind}`);
    const evidence = r.evidence_series
      ? r.evidence_series.split(';').map((series) => {
          const from = Number(r.evidence_from);
          const to = Number(r.evidence_to);
          check(Number.isInteger(from) && Number.isInteger(to) && from <= to, `${r.id}: evidence years ${r.evidence_from}–${r.evidence_to}`);
          return { series: resolve(series.trim(), r.id), from, to };
        })
      : [];
    return {
      id: r.id,
      expertId: r.expert_id,
      date: r.date,
      datePrecision: datePrecision(r.date),
      statement: r.statement,
      statementKind: r.statement_kind,
      translationNote: TRANSLATION_NOTES[r.id] ?? null,
      topics,
      stance: r.stance,
      sectors: r.sectors.split(';').filter(Boolean),
      evidence,
      source: {
        title: r.source_title,
        publisher: r.source_publisher,
        url: r.source_url || null,
        date: r.source_date,
      },
    };
  });
  return {
    topics: Object.entries(TOPICS_2026).map(([id, label]) => ({ id, label })),
    stances: Object.entries(STANCES).map(([id, label]) => ({ id, label })),
    experts,
    viewpoints,
  };
}
