// The API contract (/api/v1), defined once. The mock API and the client both use these schemas;
// the app's types come from them. Amounts are millions of current US dollars, US point of view.
// zod/mini keeps the validator small in the first-load bundle.
import * as z from 'zod/mini';

// No `new Function` probing: the app's Content-Security-Policy forbids eval, and a probe would be reported.
z.config({ jitless: true });

const year = z.int();
const amount = z.nullable(z.number());

export const flowSchema = z.enum(['exports', 'imports']);
export const categorySchema = z.enum(['goods', 'services']);

export const sourceSchema = z.object({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  url: z.nullable(z.string()),
  note: z.nullable(z.string()),
});

const periodSchema = z.object({ year, period: z.string(), partial: z.boolean() });

export const classificationSchema = z.object({
  id: z.string(),
  label: z.string(),
  description: z.string(),
  flows: z.array(
    z.object({
      flow: flowSchema,
      years: z.array(year),
      periods: z.array(periodSchema),
      measures: z.array(z.string()),
      /** The items cover the whole flow: shares of their sum are meaningful. */
      complete: z.boolean(),
    }),
  ),
  sourceIds: z.array(z.string()),
});

export const metaSchema = z.object({
  title: z.string(),
  unit: z.string(),
  unitLabel: z.string(),
  perspective: z.string(),
  dataAsOf: z.string(),
  series: z.array(
    z.object({
      id: categorySchema,
      label: z.string(),
      from: year,
      to: year,
      sourceIds: z.array(z.string()),
      note: z.string(),
    }),
  ),
  classifications: z.array(classificationSchema),
  measures: z.array(z.object({ id: z.string(), label: z.string(), description: z.string() })),
  topics: z.array(z.object({ id: z.string(), label: z.string() })),
  stances: z.array(z.object({ id: z.string(), label: z.string() })),
  sources: z.array(sourceSchema),
});

export const annualRowSchema = z.object({
  year,
  exports: amount,
  imports: amount,
  balance: amount,
  sourceIds: z.array(z.string()),
});

export const annualResponseSchema = z.object({
  category: categorySchema,
  from: year,
  to: year,
  rows: z.array(annualRowSchema),
});

export const sectorSchema = z.object({
  id: z.string(),
  label: z.string(),
  classification: z.string(),
  description: z.string(),
  /** `total`: a total of the classification, never ranked as a sector; `group`: overlaps other items. */
  kind: z.enum(['item', 'total', 'group']),
});

export const sectorsResponseSchema = z.object({ sectors: z.array(sectorSchema) });

export const sectorValueSchema = z.object({
  year,
  period: z.string(),
  partial: z.boolean(),
  sectorId: z.string(),
  flow: flowSchema,
  measure: z.string(),
  value: amount,
  sourceId: z.string(),
  note: z.nullable(z.string()),
});

export const sectorValuesResponseSchema = z.object({
  classification: z.string(),
  rows: z.array(sectorValueSchema),
});

export const eventSchema = z.object({
  id: z.string(),
  date: z.string(),
  precision: z.enum(['day', 'month', 'year']),
  title: z.string(),
  description: z.string(),
  milestone: z.boolean(),
  sourceIds: z.array(z.string()),
});

export const eventsResponseSchema = z.object({ events: z.array(eventSchema) });

export const expertSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  organisation: z.string(),
  profileUrl: z.nullable(z.string()),
  statementCount: z.int(),
});

export const expertsResponseSchema = z.object({ experts: z.array(expertSchema) });

// Statements of 2014–2026 (issue 14): evidence is a list of series, dates may have year precision, a quote may
// be a translation, and the figures a statement quotes are carried beside it (claims).

export const viewpointEvidenceSchema = z.object({
  /** goods-balance, goods-exports, services-*, hs-exports:NN, hs-imports:NN, hs-balance:NN (NN a chapter or
   * a section S01 … S21), hs-duties:TOTAL. */
  series: z.string(),
  from: year,
  to: year,
});

/** A figure a statement quotes, to show beside the recorded one. `text` is the statement's own words; `value`
 * is, by kind: amount, US$ million in `year` (U.S. point of view: a U.S. deficit is negative); share, percent of
 * the series `of` in `year`; change, percent change from `fromYear` to `year` (of the size of a balance);
 * growth, the change in US$ million from `fromYear` to `year`. */
export const viewpointClaimSchema = z.object({
  kind: z.enum(['amount', 'share', 'change', 'growth']),
  series: z.string(),
  /** For a share: the series it is a share of. */
  of: z.optional(z.string()),
  /** For a change or growth: the year it is measured from. */
  fromYear: z.optional(year),
  year,
  value: z.number(),
  qualifier: z.enum(['as stated', 'over', 'nearly', 'about']),
  text: z.string(),
  note: z.nullable(z.string()),
});

export const viewpointSchema = z.object({
  id: z.string(),
  expertId: z.string(),
  date: z.string(),
  datePrecision: z.enum(['day', 'month', 'year']),
  statement: z.string(),
  statementKind: z.enum(['quote', 'paraphrase']),
  /** Set where the quoted English is, or may be, a translation. */
  translationNote: z.nullable(z.string()),
  topics: z.array(z.string()),
  stance: z.string(),
  sectors: z.array(z.string()),
  evidence: z.array(viewpointEvidenceSchema),
  claims: z.array(viewpointClaimSchema),
  source: z.object({
    title: z.string(),
    publisher: z.string(),
    url: z.nullable(z.string()),
    date: z.string(),
  }),
});

export const viewpointsResponseSchema = z.object({
  total: z.int(),
  viewpoints: z.array(viewpointSchema),
});

// ---------------------------------------------------------------------------------------------------------
// HS chapters in both directions (issue 12). Every row names its basis; rows of different bases are never
// added together or joined into one line. 2020–2022 exist in no source (a gap).

/** comtrade-fas: U.S. total exports f.a.s.; comtrade-general-cif: U.S. general imports CIF (both UN Comtrade,
 * U.S.-reported, 2007–2019); usitc-consumption: U.S. imports for consumption (USITC DataWeb, 2023–Aug 2025).
 * The Census basis (U.S. Census International Trade API, served only after `npm run data:update`): census-fas
 * total exports f.a.s., census-general-customs general imports and census-consumption-customs imports for
 * consumption, both at customs value. Each basis is its own series: never added to or joined with another. */
export const HS_SNAPSHOT_BASES = ['comtrade-fas', 'comtrade-general-cif', 'usitc-consumption'] as const;
export const HS_CENSUS_BASES = ['census-fas', 'census-general-customs', 'census-consumption-customs'] as const;
export const hsBasisSchema = z.enum([...HS_SNAPSHOT_BASES, ...HS_CENSUS_BASES]);

export const hsChapterValueSchema = z.object({
  year,
  period: z.string(),
  partial: z.boolean(),
  /** The chapter, as in the hs-chapters classification: "hs-87". */
  sectorId: z.string(),
  flow: flowSchema,
  measure: z.string(),
  basis: hsBasisSchema,
  /** The download the figure comes from (see the HS-chapter meta's vintages). */
  vintage: z.string(),
  value: amount,
  sourceId: z.string(),
  note: z.nullable(z.string()),
});

export const hsChapterSchema = z.object({
  id: z.string(),
  code: z.string(),
  label: z.string(),
  description: z.string(),
  /** The HS section (S01 … S21); null for the U.S. special chapters 98 and 99. */
  sectionId: z.nullable(z.string()),
});

export const hsSectionSchema = z.object({
  id: z.string(),
  roman: z.string(),
  label: z.string(),
  chapterRange: z.string(),
  chapterIds: z.array(z.string()),
});

export const hsChaptersMetaSchema = z.object({
  unit: z.string(),
  measures: z.array(z.object({ id: z.string(), label: z.string(), description: z.string() })),
  bases: z.array(
    z.object({
      id: hsBasisSchema,
      flow: flowSchema,
      system: z.string(),
      /** The one measure of the basis, or null when it has several (USITC DataWeb). */
      measure: z.nullable(z.string()),
      label: z.string(),
      description: z.string(),
    }),
  ),
  /** The balances that exist: exports and imports of one system and year. */
  balances: z.array(
    z.object({ id: z.string(), exportsBasis: hsBasisSchema, importsBasis: hsBasisSchema, label: z.string() }),
  ),
  vintages: z.array(z.object({ id: z.string(), label: z.string(), note: z.nullable(z.string()) })),
  coverage: z.array(
    z.object({
      basis: hsBasisSchema,
      flow: flowSchema,
      measure: z.string(),
      years: z.array(year),
      periods: z.array(periodSchema),
      vintages: z.array(z.string()),
      sourceIds: z.array(z.string()),
    }),
  ),
  gaps: z.array(z.object({ from: year, to: year, note: z.string() })),
  chapters: z.array(hsChapterSchema),
  sections: z.array(hsSectionSchema),
});

/** Exports − imports of one chapter, year and balance basis; only where both flows exist. */
export const hsBalanceRowSchema = z.object({
  year,
  sectorId: z.string(),
  balanceBasis: z.string(),
  exports: z.number(),
  imports: z.number(),
  balance: z.number(),
  sourceIds: z.array(z.string()),
});

/** A section value: the sum of its chapters of one year, flow, basis and measure; null unless every chapter
 * of the section has a figure (`missingChapterIds` names the others). */
export const hsSectionValueSchema = z.object({
  year,
  sectionId: z.string(),
  flow: z.enum(['exports', 'imports', 'balance']),
  basis: z.string(),
  measure: z.string(),
  value: amount,
  chapterCount: z.int(),
  missingChapterIds: z.array(z.string()),
});

// ---------------------------------------------------------------------------------------------------------
// Monthly goods trade and U.S. partners (issue 13). Census goods via FRED, not seasonally adjusted.

const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
/** The download vintage of each flow's figure (ids in the partners meta); null where the flow has no figure. */
const flowVintageSchema = z.object({ exports: z.nullable(z.string()), imports: z.nullable(z.string()) });

export const monthlyRowSchema = z.object({
  month,
  exports: amount,
  imports: amount,
  /** exports − imports rounded to 0.1; null unless both exist. */
  balance: amount,
  sourceIds: z.array(z.string()),
  vintage: flowVintageSchema,
  /** The source's flag, e.g. a superseded or pre-revision vintage. */
  note: z.nullable(z.string()),
});

export const partnerMonthlyRowSchema = z.extend(monthlyRowSchema, { partner: z.string() });

const monthRangeSchema = z.tuple([month, month]);

export const partnerSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Runs of consecutive months with a figure, per flow: [from, to] inclusive. */
  coverage: z.object({ exports: z.array(monthRangeSchema), imports: z.array(monthRangeSchema) }),
  vintages: z.array(z.string()),
  seriesIds: z.object({ exports: z.array(z.string()), imports: z.array(z.string()) }),
  sourceIds: z.array(z.string()),
});

export const vintageSchema = z.object({ id: z.string(), label: z.string(), note: z.nullable(z.string()) });

export const partnersMetaSchema = z.object({
  unit: z.string(),
  basis: z.string(),
  defaultPartner: z.string(),
  annualRule: z.string(),
  vintages: z.array(vintageSchema),
  partners: z.array(partnerSchema),
});

export const monthlyResponseSchema = z.object({
  partner: z.string(),
  from: month,
  to: month,
  rows: z.array(monthlyRowSchema),
});

/** GET /api/v1/partners. A partner's annual figure (GET /api/v1/partners/annual) is the sum of its 12 months and
 * exists only where all 12 are present; otherwise null. */
export const partnersResponseSchema = z.object({ partners: z.array(partnerSchema), vintages: z.array(vintageSchema) });

/** A partner's calendar year: the sum of its 12 months, null unless all 12 exist for that flow. */
export const partnerAnnualRowSchema = z.object({
  year,
  exports: amount,
  imports: amount,
  balance: amount,
  /** Months with a figure, per flow (12 for a full year). */
  months: z.object({ exports: z.int(), imports: z.int() }),
  vintages: z.array(z.string()),
});

// ---------------------------------------------------------------------------------------------------------
// KORUS tariff commitments (korus-tariff-staging.csv). Timing keeps the source's wording ("in the fifth year");
// `date` exists only where the source gives a calendar day.

export const tariffCommitmentSchema = z.object({
  id: z.string(),
  product: z.enum(['cars', 'trucks', 'electric-cars', 'beef', 'autos-and-parts']),
  productLabel: z.string(),
  /** The source's description of the item. */
  item: z.string(),
  /** The HS chapters it concerns: cars and trucks → hs-87, beef → hs-02. */
  hsChapterIds: z.array(z.string()),
  /** Who levies the tariff: Korea (on U.S. goods) or the United States (on Korean goods). */
  side: z.enum(['Korea', 'United States']),
  date: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  dateAsStated: z.string(),
  rateBefore: z.string(),
  rateAfter: z.string(),
  timingAsStated: z.string(),
  quote: z.string(),
  /** False for the 2025 Section 232 rate, which is not a KORUS staging item. */
  korus: z.boolean(),
  /** The original schedule, replaced by the 2018 amendments (the truck tariff now ends in 2041). */
  superseded: z.boolean(),
  sourceIds: z.array(z.string()),
});

export const tariffCommitmentsResponseSchema = z.object({ commitments: z.array(tariffCommitmentSchema) });

// Response bodies of the third-pass endpoints (see the README's contract table).
export const hsChapterValuesResponseSchema = z.object({ rows: z.array(hsChapterValueSchema) });
/** Per year, each flow of a balance summed over every chapter with a figure in its basis (also the chapters
 * reported in one flow only, which have no balance row): the total the chapters' balances are shares of. */
export const hsBalanceTotalSchema = z.object({
  year,
  exports: z.number(),
  imports: z.number(),
  balance: z.number(),
});
export const hsBalanceResponseSchema = z.object({
  balance: z.string(),
  label: z.string(),
  rows: z.array(hsBalanceRowSchema),
  /** All chapters, whatever `chapter` asks for; the years asked for that have both flows. */
  totals: z.array(hsBalanceTotalSchema),
});
export const hsSectionsResponseSchema = z.object({ rows: z.array(hsSectionValueSchema) });
export const partnerAnnualResponseSchema = z.object({
  partner: z.string(),
  /** Each flow is the sum of the year's 12 months, null unless all 12 exist. */
  rows: z.array(partnerAnnualRowSchema),
});

/** RFC 9457 problem details, as the API answers every error. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  invalidParams: z.optional(z.array(z.object({ name: z.string(), reason: z.string() }))),
});

export type Flow = z.infer<typeof flowSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Classification = z.infer<typeof classificationSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type AnnualRow = z.infer<typeof annualRowSchema>;
export type AnnualResponse = z.infer<typeof annualResponseSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type SectorValue = z.infer<typeof sectorValueSchema>;
export type SectorValuesResponse = z.infer<typeof sectorValuesResponseSchema>;
export type TradeEvent = z.infer<typeof eventSchema>;
export type Expert = z.infer<typeof expertSchema>;
export type Viewpoint = z.infer<typeof viewpointSchema>;
export type ViewpointsResponse = z.infer<typeof viewpointsResponseSchema>;
export type Problem = z.infer<typeof problemSchema>;
export type HsBasis = z.infer<typeof hsBasisSchema>;
export type HsChapterValue = z.infer<typeof hsChapterValueSchema>;
export type HsChapter = z.infer<typeof hsChapterSchema>;
export type HsSection = z.infer<typeof hsSectionSchema>;
export type HsChaptersMeta = z.infer<typeof hsChaptersMetaSchema>;
export type HsBalanceRow = z.infer<typeof hsBalanceRowSchema>;
export type HsSectionValue = z.infer<typeof hsSectionValueSchema>;
export type MonthlyRow = z.infer<typeof monthlyRowSchema>;
export type PartnerMonthlyRow = z.infer<typeof partnerMonthlyRowSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Vintage = z.infer<typeof vintageSchema>;
export type PartnersMeta = z.infer<typeof partnersMetaSchema>;
export type MonthlyResponse = z.infer<typeof monthlyResponseSchema>;
export type PartnersResponse = z.infer<typeof partnersResponseSchema>;
export type PartnerAnnualRow = z.infer<typeof partnerAnnualRowSchema>;
export type TariffCommitment = z.infer<typeof tariffCommitmentSchema>;
export type TariffCommitmentsResponse = z.infer<typeof tariffCommitmentsResponseSchema>;
export type ViewpointEvidence = z.infer<typeof viewpointEvidenceSchema>;
export type ViewpointClaim = z.infer<typeof viewpointClaimSchema>;
export type HsChapterValuesResponse = z.infer<typeof hsChapterValuesResponseSchema>;
export type HsBalanceResponse = z.infer<typeof hsBalanceResponseSchema>;
export type HsBalanceTotal = z.infer<typeof hsBalanceTotalSchema>;
export type HsSectionsResponse = z.infer<typeof hsSectionsResponseSchema>;
export type PartnerAnnualResponse = z.infer<typeof partnerAnnualResponseSchema>;
