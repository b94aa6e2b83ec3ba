// Experts and their viewpoints (experts.csv, viewpoints.csv): every statement of 2014–2026 (vp-001 … vp-049)
// in the evidence vocabulary after the merge (SOURCES.md, "Evidence vocabulary after the merge"): several series
// per statement ("goods-balance;hs-exports:10"), HS chapters (hs-exports:NN, hs-imports:NN, hs-balance:NN), HS
// sections (hs-exports:S16) and duties (hs-duties:TOTAL). Served as viewpoints.json and experts.json.
import { check, datePrecision } from './csv.mjs';

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
  // Added in the merge (SOURCES.md, "Conventions" and "Evidence vocabulary after the merge").
  investment: 'Investment',
  manufacturing: 'Manufacturing',
};
export const STANCES = {
  'critical-of-korus': 'Critical of KORUS',
  'supportive-of-korus': 'Supportive of KORUS',
  'neutral-analysis': 'Neutral analysis',
};
// Quotes whose English text is, or may be, a translation (SOURCES.md, viewpoint rows vp-042 and vp-043).
const TRANSLATION_NOTES = {
  'vp-042': 'Translated: the quote is the English edition’s rendering of a Korean article.',
  'vp-043': 'Possibly translated: whether he spoke in English is not known (the source is a mirror of China Daily).',
};

// Figures the statements quote, for the panel to show next to the recorded figure ("claimed vs recorded").
// `text` is copied from the statement (the build checks it is there); `value` is that figure in US$ million
// from the U.S. point of view (a Korean surplus is a U.S. deficit, so negative), or a percentage for a share.
// Not filled: forecasts ("on course for"), partial periods (vp-017's first seven months of 2018), and
// goods-and-services totals, for which no series is served.
const amount = (series, year, value, text, note = null, qualifier = 'as stated') => ({
  kind: 'amount',
  series,
  year,
  value,
  qualifier,
  text,
  note,
});
// A change the statement states between two years: `value` in percent (of the deficit's or surplus's size for
// a balance) for kind "change", in US$ million for kind "growth".
const change = (kind, series, fromYear, year, value, text, note = null, qualifier = 'as stated') => ({
  kind,
  series,
  fromYear,
  year,
  value,
  qualifier,
  text,
  note,
});
const CLAIMS = {
  'vp-011': [
    amount(
      'services-balance',
      2012,
      6500,
      '$6.5 billion services surplus with Korea in 2012',
      'USTR gives a 2012 private-services surplus of $9 bn: the coverage probably differs.',
    ),
    change(
      'change',
      'services-balance',
      2011,
      2012,
      20,
      'the surplus growing about 20 percent a year',
      'A yearly rate: read here as the change from 2011 to 2012, the one pair of consecutive years served.',
      'about',
    ),
  ],
  'vp-012': [
    amount(
      'services-exports',
      2016,
      21550,
      '$21.55 billion in 2016',
      'KEI first-release figure; the served 21,600 is USTR’s later figure.',
    ),
    amount('services-balance', 2016, 10700, 'a record $10.7 billion services surplus'),
  ],
  'vp-015': [
    amount(
      'goods-exports',
      2017,
      48300,
      'record U.S. merchandise exports to Korea of $48.3 billion in 2017',
      'First-print vintage; Census later revised 2017.',
    ),
    change(
      'change',
      'goods-exports',
      2011,
      2017,
      11,
      'more than 11 percent above the pre-KORUS level of 2011',
      null,
      'over',
    ),
    change(
      'change',
      'goods-balance',
      2015,
      2017,
      -19,
      'the goods imbalance 19 percent below its 2015 high',
      'A fall in the size of the deficit.',
    ),
  ],
  'vp-016': [
    amount(
      'services-exports',
      2017,
      23200,
      'U.S. services exports to Korea of $23.2 billion in 2017',
      'KEI first-release figure; USTR later gave $24.2 bn.',
    ),
    amount(
      'services-exports',
      2011,
      16700,
      'up from $16.7 billion in 2011',
      'KEI figure; USTR’s preliminary 2011 figure was $17 bn.',
    ),
    amount('services-balance', 2017, 12200, 'at $12.2 billion', 'KEI first-release figure; USTR later gave $13.3 bn.'),
    change(
      'change',
      'services-balance',
      2011,
      2017,
      77,
      'a services surplus 77 percent larger than before KORUS',
      '"Before KORUS" is read as 2011; KEI first-release figures.',
    ),
  ],
  'vp-020': [
    amount('goods-balance', 2011, -13200, 'rose from $13.2 billion in 2011'),
    amount('goods-balance', 2015, -28300, 'to $28.3 billion in 2015'),
  ],
  'vp-021': [
    amount(
      'goods-exports',
      2018,
      57500,
      'a record $57.5 billion in goods to South Korea in 2018',
      'Looks like a balance-of-payments basis, not the Census goods series (SOURCES.md, section 5).',
    ),
    amount(
      'goods-exports',
      2011,
      45200,
      'up from $45.2 billion before KORUS',
      '"Before KORUS" is read as 2011, the base year of pre-KORUS claims; the basis looks like balance of payments.',
    ),
    change(
      'change',
      'services-exports',
      2011,
      2018,
      27,
      'U.S. services exports were 27 percent above pre-FTA levels',
      '"Pre-FTA" is read as 2011.',
    ),
  ],
  'vp-022': ['hs-exports:S16', 'hs-exports:S06', 'hs-exports:S17'].map((series) =>
    change(
      'growth',
      series,
      2011,
      2018,
      1000,
      'each grew by more than $1 billion',
      '"After KORUS took effect" is read as 2011 to 2018, the years of the statement\'s evidence; HS sections XVI, VI and XVII stand for machinery, chemicals and transportation equipment.',
      'over',
    ),
  ),
  'vp-024': [
    {
      kind: 'share',
      series: 'hs-balance:87',
      of: 'goods-balance',
      year: 2016,
      value: 30,
      qualifier: 'over',
      text: 'over 30 percent, of the bilateral trade gap',
      note: 'Autos and auto parts: HS 87 is the nearest served series; its balance uses CIF imports, the goods balance customs value (approximate).',
    },
  ],
  'vp-034': [
    amount(
      'goods-balance',
      2024,
      -55700,
      'which he put at $55.7 billion last year',
      'Korea’s customs-basis surplus (MOTIE gives $55.63 bn for 2024), shown from the U.S. point of view; the Census U.S. deficit is another basis.',
    ),
  ],
  'vp-049': [
    amount(
      'goods-balance',
      2024,
      -65000,
      'had ballooned to $65 billion during the Biden administration',
      'Called "trade deficit" in the source; read against the goods balance of 2024, the last full year of that administration.',
    ),
  ],
};

const ANNUAL_SERIES = new Set([
  'goods-balance',
  'goods-exports',
  'goods-imports',
  'services-balance',
  'services-exports',
  'services-imports',
]);

/**
 * @param hsMeta the HS-chapter catalogue: chapter and section evidence must name one of its chapters or sections
 */
export function buildViewpoints(readCsv, hsMeta) {
  const chapterIds = new Set(hsMeta.chapters.map((c) => c.code));
  const sectionIds = new Set(hsMeta.sections.map((s) => s.id));
  const resolve = (series, id) => {
    if (ANNUAL_SERIES.has(series)) return series;
    const hs = /^hs-(exports|imports|balance):(\d{2}|S\d{2})$/.exec(series);
    if (hs) {
      const code = hs[2];
      check(
        code.startsWith('S') ? sectionIds.has(code) : chapterIds.has(code),
        `${id}: unknown HS chapter or section in ${series}`,
      );
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
    for (const t of topics) check(TOPICS[t], `${r.id}: unknown topic ${t}`);
    check(STANCES[r.stance], `${r.id}: unknown stance ${r.stance}`);
    check(
      experts.some((e) => e.id === r.expert_id),
      `${r.id}: unknown expert ${r.expert_id}`,
    );
    check(
      r.statement_kind === 'quote' || r.statement_kind === 'paraphrase',
      `${r.id}: statement kind ${r.statement_kind}`,
    );
    const evidence = r.evidence_series
      ? r.evidence_series.split(';').map((series) => {
          const from = Number(r.evidence_from);
          const to = Number(r.evidence_to);
          check(
            Number.isInteger(from) && Number.isInteger(to) && from <= to,
            `${r.id}: evidence years ${r.evidence_from}–${r.evidence_to}`,
          );
          return { series: resolve(series.trim(), r.id), from, to };
        })
      : [];
    const claims = CLAIMS[r.id] ?? [];
    for (const c of claims) {
      check(r.statement.includes(c.text), `${r.id}: claim text not in the statement: ${c.text}`);
      resolve(c.series, r.id);
      if (c.of) resolve(c.of, r.id);
      if (c.fromYear !== undefined) check(c.fromYear < c.year, `${r.id}: claim years ${c.fromYear}–${c.year}`);
    }
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
      claims,
      source: {
        title: r.source_title,
        publisher: r.source_publisher,
        url: r.source_url || null,
        date: r.source_date,
      },
    };
  });
  // Experts of the statements only: every served expert has a statement.
  return { experts: experts.filter((e) => viewpoints.some((v) => v.expertId === e.id)), viewpoints };
}
