/**
 * The contract of POST /api/v1/extract: what a caller sends and what the assistant answers. The
 * suggestions page reads the same shapes, and docs/api.md and the OpenAPI document describe them
 * from these schemas.
 *
 * Every suggestion carries `start`/`end`: UTF-16 offsets into the text sent, with
 * `text.slice(start, end) === suggestion.text`. A date range's last period is therefore in
 * `until`, not in `end`.
 */
import { z } from "zod";
import { PRECISIONS } from "../dates/partial-date";

/** The largest text the assistant reads in one request: a long article is ~50 KB. */
export const MAX_EXTRACT_BYTES = 512 * 1024;

const partialDateText = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Write a date as YYYY, YYYY-MM or YYYY-MM-DD")
  .meta({ description: "YYYY, YYYY-MM or YYYY-MM-DD: the form carries the precision" });

export const extractRequestSchema = z
  .object({
    text: z.string().min(1, "Send the article's text").meta({ description: "The article, at most 512 KB" }),
    language: z
      .enum(["en", "fr"])
      .nullable()
      .default(null)
      .meta({ description: "The article's language; null to detect it" }),
    published: partialDateText
      .nullable()
      .default(null)
      .meta({ description: "Publication date: it supplies missing years and resolves relative dates" }),
  })
  .strict();
export type ExtractRequest = z.output<typeof extractRequestSchema>;

const precision = z.enum(PRECISIONS);
const span = {
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
};
const amountSchema = z.object({
  value: z.string().meta({ description: "Decimal string in whole currency units, never a float" }),
  currency: z.string().meta({ description: "ISO 4217" }),
  qualifier: z.enum(["exact", "at_least", "about", "up_to"]),
});
const quantitySchema = z.object({
  baseline: z.string().nullable(),
  target: z.string().nullable(),
  delta: z.string().nullable(),
  unit: z.string(),
  atLeast: z.boolean(),
});
const recordRef = z.object({ id: z.string(), name: z.string() });

export const extractedDateSchema = z.object({
  ...span,
  value: partialDateText,
  precision,
  until: partialDateText.nullable().meta({ description: "For a range (2014-2020): its last period" }),
  relative: z.boolean().meta({ description: "Resolved from the publication date (yesterday, last June, 10 May)" }),
  inferredYear: z.boolean(),
});

export const extractedAmountSchema = z.object({
  ...span,
  ...amountSchema.shape,
  assumedCurrency: z
    .boolean()
    .meta({ description: 'The text does not say which currency ("$", "dollars"): read as USD' }),
});

export const extractedQuantitySchema = z.object({ ...span, ...quantitySchema.shape });

export const ENTITY_TYPES = ["person", "organization", "country", "regional_body"] as const;
export const extractedEntitySchema = z.object({
  ...span,
  type: z.enum(ENTITY_TYPES),
  known: recordRef.extend({ code: z.string().nullable() }).nullable().meta({ description: "A record Pact has" }),
  proposed: z
    .object({ name: z.string(), country: z.string().nullable(), position: z.string().nullable() })
    .nullable()
    .meta({ description: "A name Pact does not know yet, with what the text says of it" }),
  probably: recordRef.nullable().meta({ description: "A near-miss spelling of a known record" }),
});

export const extractedEventSchema = z.object({
  ...span,
  title: z.string(),
  kind: z.string(),
  startDate: partialDateText.nullable(),
  endDate: partialDateText.nullable(),
  precision: precision.nullable(),
  place: z.string().nullable(),
  host: z.string().nullable(),
  visitor: z.string().nullable(),
  participants: z.array(z.object({ name: z.string(), role: z.string() })),
});

export const extractedDocumentSchema = z.object({
  ...span,
  title: z.string(),
  kind: z.string(),
  signed: partialDateText.nullable(),
  precision: precision.nullable(),
  parties: z.array(z.string()),
  signatories: z.array(z.object({ name: z.string(), for: z.string().nullable() })),
  event: z.number().int().nullable().meta({ description: "Index in `events` of the event it was signed at" }),
});

export const COMMITMENT_SUGGESTION_KINDS = ["pledge", "request", "proposal", "agreement", "intent"] as const;
export const extractedCommitmentSchema = z.object({
  ...span,
  title: z.string(),
  kind: z.enum(COMMITMENT_SUGGESTION_KINDS),
  from: z
    .array(z.string())
    .meta({ description: "Country codes (or a body's short code: EU, ASEAN) of the giving side" }),
  to: z.array(z.string()),
  mutual: z.boolean().meta({ description: "Both sides commit: both are in `from` and in `to`" }),
  amount: amountSchema.nullable(),
  quantity: quantitySchema.nullable(),
  target: z.object({ date: partialDateText, precision, end: partialDateText.nullable() }).nullable(),
  event: z.number().int().nullable().meta({ description: "Index in `events` of the event it was made at" }),
});

export const extractedStatusChangeSchema = z.object({
  ...span,
  commitment: z.object({ id: z.string(), title: z.string() }),
  status: z.string(),
  date: partialDateText.nullable(),
  precision: precision.nullable(),
});

export const extractionJsonSchema = z.object({
  language: z.enum(["en", "fr", "und"]),
  stoppedAt: z
    .number()
    .int()
    .nullable()
    .meta({ description: "Set when reading stopped at the time budget: nothing after this offset was read" }),
  dates: z.array(extractedDateSchema),
  amounts: z.array(extractedAmountSchema),
  quantities: z.array(extractedQuantitySchema),
  entities: z.array(extractedEntitySchema),
  events: z.array(extractedEventSchema),
  documents: z.array(extractedDocumentSchema),
  commitments: z.array(extractedCommitmentSchema),
  statusChanges: z.array(extractedStatusChangeSchema),
});

export type ExtractionJson = z.output<typeof extractionJsonSchema>;
