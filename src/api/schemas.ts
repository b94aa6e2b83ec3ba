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

export const viewpointSchema = z.object({
  id: z.string(),
  expertId: z.string(),
  date: z.string(),
  datePrecision: z.enum(['day', 'month']),
  statement: z.string(),
  statementKind: z.enum(['quote', 'paraphrase']),
  topics: z.array(z.string()),
  stance: z.string(),
  sectors: z.array(z.string()),
  evidence: z.nullable(z.object({ series: z.string(), from: year, to: year })),
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
