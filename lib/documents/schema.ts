import { z } from "zod";
import { list, pageParams } from "../api/query-schema";
import { idSchema } from "../records/schema";
import { citationJsonSchema, commitmentRefSchema, dateJsonSchema, refSchema } from "../api/response-schema";
import { countryCodeSchema } from "../countries/schema";
import { asOfSchema } from "../as-of/schema";
import { isoDaySchema, partialDateSchema } from "../dates/schema";
import { searchTextSchema } from "../search/schema";
import { citationInputSchema } from "../sources/schema";

export const DOCUMENT_KINDS = [
  "cooperation_plan",
  "action_programme",
  "mou",
  "agreement",
  "treaty",
  "joint_statement",
  "other",
] as const;
export const DOCUMENT_STATUSES = ["signed", "in_force", "expired", "terminated"] as const;

export const documentInputSchema = z.object({
  title: z.string().trim().min(1, "Give the document a title").max(300),
  kind: z.enum(DOCUMENT_KINDS),
  description: z.string().trim().max(5000).optional(),
  signed: partialDateSchema.optional(),
  eventId: z.string().trim().min(1).optional(),
  validFrom: partialDateSchema.optional(),
  validTo: partialDateSchema.optional(),
  status: z.enum(DOCUMENT_STATUSES).default("signed"),
  parties: z
    .array(z.object({ countryCode: countryCodeSchema, organizationId: z.string().trim().min(1).optional() }))
    .max(20)
    .default([]),
  signatories: z
    .array(
      z.object({
        personId: z.string().trim().min(1),
        positionId: z.string().trim().min(1).optional(),
        organizationId: z.string().trim().min(1).optional(),
      }),
    )
    .max(50)
    .default([]),
});

export type DocumentInput = z.input<typeof documentInputSchema>;

const edited = {
  parties: z
    .array(z.object({ countryCode: countryCodeSchema, organizationId: idSchema.optional() }))
    .max(20)
    .default([]),
  signatories: z
    .array(
      z.object({
        personId: z.string({ error: "Pick the person who signed" }).trim().min(1, "Pick the person who signed"),
        positionId: idSchema.optional(),
        organizationId: idSchema.optional(),
      }),
    )
    .max(50)
    .default([]),
};

const validFromTo = (d: { validFrom?: { date: string }; validTo?: { date: string } }) =>
  !d.validFrom || !d.validTo || d.validTo.date >= d.validFrom.date;
const validity = () => ({ message: "The validity ends before it starts", path: ["validTo"] });

/** A new document, with at least one quote that reports it. */
export const documentCreateSchema = documentInputSchema
  .extend({
    ...edited,
    citations: z.array(citationInputSchema).min(1, "Attach at least one quote that reports the document").max(20),
  })
  .strict()
  .refine(validFromTo, validity());

/** An edit: the version the editor saw, the fields, and quotes to add (quotes are never removed). */
export const documentUpdateSchema = documentInputSchema
  .extend({
    ...edited,
    id: idSchema,
    version: z.coerce.number().int().min(1),
    citations: z.array(citationInputSchema).max(20).default([]),
  })
  .strict()
  .refine(validFromTo, validity());

export type DocumentCreate = z.output<typeof documentCreateSchema>;
export type DocumentUpdate = z.output<typeof documentUpdateSchema>;

const loose = z.string().trim().max(5000).optional().catch(undefined);

/** What a link may prefill in the new-document form (the extraction assistant's "accept"); the form validates. */
export const documentPrefillSchema = z.object({
  title: loose,
  kind: loose,
  signed: loose,
  event: loose,
  source: loose,
  quote: loose,
  occurrence: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
});

export const DOCUMENT_SORTS = ["signed", "-signed", "title", "-title"] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

/** Query parameters of the documents list: the API's and the /documents page's. */
export const documentFilterSchema = z
  .object({
    ...pageParams,
    kind: list(z.enum(DOCUMENT_KINDS)).optional(),
    status: list(z.enum(DOCUMENT_STATUSES)).optional(),
    eventId: idSchema.optional(),
    // A country among the document's parties.
    country: list(countryCodeSchema).optional(),
    // Days the signing date's whole period overlaps, at its precision; undated documents never match.
    signedFrom: isoDaySchema
      .optional()
      .meta({ description: "YYYY-MM-DD: documents whose signing date (at its precision) ends on or after this day" }),
    signedTo: isoDaySchema
      .optional()
      .meta({ description: "YYYY-MM-DD: documents whose signing date starts on or before this day" }),
    q: searchTextSchema.optional().meta({
      description: "Words in the title or description: full text as /api/v1/search (accents folded, prefixes matched)",
    }),
    // Undated documents sort last in either direction.
    sort: z.enum(DOCUMENT_SORTS).default("signed"),
    // Documents signed after the day are not known yet; undated ones stay.
    asOf: asOfSchema
      .optional()
      .meta({ description: "YYYY-MM-DD: only documents signed by this day, and undated ones" }),
  })
  .strict()
  .refine((f) => !f.signedFrom || !f.signedTo || f.signedFrom <= f.signedTo, {
    message: "The range ends before it starts",
    path: ["signedTo"],
  });

export type DocumentFilter = z.output<typeof documentFilterSchema>;

/** A document as API v1 answers it. */
export const documentJsonSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  description: z.string().nullable(),
  status: z.string(),
  signed: dateJsonSchema.nullable(),
  validFrom: dateJsonSchema.nullable(),
  validTo: dateJsonSchema.nullable(),
  event: z.object({ id: z.string(), title: z.string() }).nullable(),
  parties: z.array(z.object({ country: z.string().nullable(), organization: refSchema.nullable() })),
  signatories: z.array(
    z.object({ person: refSchema.nullable(), position: z.string().nullable(), organization: refSchema.nullable() }),
  ),
  commitments: z.array(commitmentRefSchema),
  citations: z.array(citationJsonSchema),
});
