import { z } from "zod";
import { list, pageParams, queryIdSchema } from "../api/query-schema";
import { citationJsonSchema, commitmentSummarySchema, dateJsonSchema, refSchema } from "../api/response-schema";
import { countryCodeSchema } from "../countries/schema";
import { partialDateSchema } from "../dates/schema";

export const DOCUMENT_KINDS = ["cooperation_plan", "action_programme", "mou", "agreement", "treaty", "joint_statement", "other"] as const;
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

/** Query parameters of the documents list. */
export const documentFilterSchema = z
  .object({
    ...pageParams,
    kind: list(z.enum(DOCUMENT_KINDS)).optional(),
    status: list(z.enum(DOCUMENT_STATUSES)).optional(),
    eventId: queryIdSchema.optional(),
    // A country among the document's parties.
    country: list(countryCodeSchema).optional(),
  })
  .strict();

export type DocumentFilter = z.output<typeof documentFilterSchema>;

/** A document as API v1 answers it. */
export const documentJsonSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    description: z.string().nullable(),
    status: z.string(),
    signed: dateJsonSchema.nullable(),
    validFrom: dateJsonSchema.nullable(),
    validTo: dateJsonSchema.nullable(),
    event: z.object({ id: z.string(), title: z.string() }).nullable(),
    parties: z.array(z.object({ country: z.string(), organization: refSchema.nullable() })),
    signatories: z.array(z.object({ person: refSchema, position: z.string().nullable(), organization: refSchema.nullable() })),
    commitments: z.array(commitmentSummarySchema),
    citations: z.array(citationJsonSchema),
  })
  .meta({ id: "Document" });
