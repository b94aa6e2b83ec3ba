// Experts and their viewpoints (experts.csv, viewpoints.csv).
//
// The served viewpoints.json keeps its contract (2014–2019 statements, one evidence series per statement, the
// ten topics). viewpoints.csv now also holds the 2019–2026 rows and, for eight earlier rows, evidence in the
// HS-chapter vocabulary ("hs-exports:87", several series separated by ";") and a new topic. Until the
// viewpoints page reads that vocabulary, those eight rows are served with the evidence and topics they had
// before the merge (SERVED_BEFORE_MERGE); the CSV's own values go to the file of the 2019–2026 rows.
import { slug } from './csv.mjs';

/** The rows the served file covers: the statements of 2014–2019 (vp-001 … vp-029). */
const SERVED_LAST_ID = 'vp-029';
const SERVED_BEFORE_MERGE = {
  'vp-004': { evidence: null },
  'vp-006': { evidence: null },
  'vp-010': { evidence: { series: 'goods-balance', from: 2011, to: 2013 } },
  'vp-017': { evidence: null },
  'vp-019': { evidence: null },
  'vp-022': { topics: ['agriculture'], evidence: { series: 'sector:usitc-machinery', from: 2011, to: 2018 } },
  'vp-023': { evidence: { series: 'sector:usitc-energy-related-products', from: 2015, to: 2018 } },
  'vp-024': { evidence: null },
};

export const TOPICS = {
  'trade-deficit': 'Trade deficit',
  autos: 'Autos',
  services: 'Services',
  agriculture: 'Agriculture',
  energy: 'Energy',
  steel: 'Steel',
  tariffs: 'Tariffs',
  renegotiation: 'Renegotiation',
  security: 'Security',
  'other-partners': 'Other trade partners',
};
export const STANCES = {
  'critical-of-korus': 'Critical of KORUS',
  'supportive-of-korus': 'Supportive of KORUS',
  'neutral-analysis': 'Neutral analysis',
};
export function buildViewpoints(readCsv) {
  const sectorIdByLabel = new Map(
    readCsv('korea-sectors.csv')
      .filter((r) => r.sector.startsWith('USITC sector: '))
      .map((r) => {
        const name = r.sector.slice('USITC sector: '.length);
        return [r.sector, name.startsWith('Total') ? 'usitc-total' : `usitc-${slug(name)}`];
      }),
  );
  const allExperts = readCsv('experts.csv').map((r) => ({
    id: r.id,
    name: r.name,
    title: r.title,
    organisation: r.organisation,
    profileUrl: r.profile_url || null,
  }));
  const servedRows = readCsv('viewpoints.csv').filter((r) => r.id <= SERVED_LAST_ID);
  const viewpoints = servedRows.map((r) => {
    const before = SERVED_BEFORE_MERGE[r.id];
    const topics = before?.topics ?? r.topics.split(';').filter(Boolean);
    for (const t of topics) if (!TOPICS[t]) throw new Error(`Unknown topic ${t}`);
    if (!STANCES[r.stance]) throw new Error(`Unknown stance ${r.stance}`);
    if (!allExperts.some((e) => e.id === r.expert_id)) throw new Error(`Unknown expert ${r.expert_id}`);
    let evidence = null;
    if (before && 'evidence' in before) {
      evidence = before.evidence;
    } else if (r.evidence_series) {
      let series = r.evidence_series;
      if (series.startsWith('sector:')) {
        const id = sectorIdByLabel.get(series.slice('sector:'.length));
        if (!id) throw new Error(`Unknown evidence sector ${series}`);
        series = `sector:${id}`;
      }
      evidence = { series, from: Number(r.evidence_from), to: Number(r.evidence_to) };
    }
    const datePrecision = /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? 'day' : 'month';
    return {
      id: r.id,
      expertId: r.expert_id,
      date: r.date,
      datePrecision,
      statement: r.statement,
      statementKind: r.statement_kind,
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
  // Experts of the served statements only: every served expert has a statement.
  const experts = allExperts.filter((e) => viewpoints.some((v) => v.expertId === e.id));
  return { experts, viewpoints };
}
