import { z } from "zod";
import { list, pageParams } from "../api/query-schema";
import { idSchema } from "../records/schema";
import { checkTitles, titlesInput } from "../records/titles";
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

export const SIGNATORY_ROLES = ["signatory", "witness", "presiding"] as const;
export type SignatoryRole = (typeof SIGNATORY_ROLES)[number];

/** A stored role (text) as one of the roles; rows from before roles existed are signatories. */
export const signatoryRole = (stored: string): SignatoryRole =>
  SIGNATORY_ROLES.find((role) => role === stored) ?? "signatory";

/**
 * A party bound by the document: a country, optionally through one of its organizations, or an
 * organization alone (an international body such as ASEAN, which no country stands for).
 */
export const partyInputSchema = z
  .object({ countryCode: countryCodeSchema.optional(), organizationId: idSchema.optional() })
  .refine((p) => p.countryCode || p.organizationId, {
    message: "Pick a country or an organization, or remove the row",
    path: ["countryCode"],
  });

/**
 * Who took part in the signing and how: a signatory, a witness or the official presiding. The
 * person may be unnamed ("the representative of X"): then the organization they acted for is.
 */
export const signatoryInputSchema = z
  .object({
    role: z.enum(SIGNATORY_ROLES).default("signatory"),
    personId: idSchema.optional(),
    positionId: idSchema.optional(),
    organizationId: idSchema.optional(),
  })
  .refine((s) => s.personId || s.organizationId, {
    message: "Pick the person, or the organization they represented",
    path: ["personId"],
  })
  // A position is one that the person held: without a person there is none to check against.
  .refine((s) => !s.positionId || s.personId, {
    message: "Pick the person who held this position",
    path: ["positionId"],
  });

const validFromTo = (d: { validFrom?: { date: string }; validTo?: { date: string } }) =>
  !d.validFrom || !d.validTo || d.validTo.date >= d.validFrom.date;
const validity = () => ({ message: "The validity ends before it starts", path: ["validTo"] });

/** A document's fields, shared by the forms, the seed and (with the ids and quotes) the actions. */
export const documentInputSchema = z
  .object({
    ...titlesInput(),
    kind: z.enum(DOCUMENT_KINDS),
    description: z.string().trim().max(5000).optional(),
    signed: partialDateSchema.optional(),
    eventId: idSchema.optional(),
    validFrom: partialDateSchema.optional(),
    validTo: partialDateSchema.optional(),
    status: z.enum(DOCUMENT_STATUSES).default("signed"),
    parties: z.array(partyInputSchema).max(20).default([]),
    signatories: z.array(signatoryInputSchema).max(50).default([]),
  })
  .superRefine(checkTitles())
  .refine(validFromTo, validity());

export type DocumentInput = z.input<typeof documentInputSchema>;

/** A new document, with at least one quote that reports it. */
export const documentCreateSchema = documentInputSchema
  .safeExtend({
    citations: z.array(citationInputSchema).min(1, "Attach at least one quote that reports the document").max(20),
  })
  .strict();

/** An edit: the version the editor saw, the fields, and quotes to add (quotes are never removed). */
export const documentUpdateSchema = documentInputSchema
  .safeExtend({
    id: idSchema,
    version: z.coerce.number().int().min(1),
    citations: z.array(citationInputSchema).max(20).default([]),
  })
  .strict();

export type DocumentCreate = z.output<typeof documentCreateSchema>;
export type DocumentUpdate = z.output<typeof documentUpdateSchema>;

const loose = z.string().trim().max(5000).optional().catch(undefined);

/** What a link may prefill in the new-document form (the extraction assistant's "accept"); the form validates. */
export const documentPrefillSchema = z.object({
  title: loose,
  titleFr: loose,
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

/** One person or organization taking part in the signing, as API v1 answers it. */
const signingParticipantJsonSchema = z.object({
  role: z
    .enum(SIGNATORY_ROLES)
    .meta({ description: "signatory, witness or presiding (the official presiding the signing)" }),
  person: refSchema
    .nullable()
    .meta({ description: 'Null when the sources name only the organization represented ("the representative of X")' }),
  position: z.string().nullable().meta({ description: "The office the person held, as the sources give it" }),
  positionId: z.string().nullable().meta({ description: "That position's id among the person's positions" }),
  organization: refSchema.nullable().meta({ description: "The organization the person acted for" }),
});

/** A document as API v1 answers it. */
export const documentJsonSchema = z.object({
  id: z.string(),
  title: z.string().meta({ description: "The title shown: the English title, or the French one when there is none" }),
  titleEn: z.string().nullable(),
  titleFr: z.string().nullable(),
  kind: z.string(),
  description: z.string().nullable(),
  status: z.string(),
  signed: dateJsonSchema.nullable(),
  validFrom: dateJsonSchema.nullable(),
  validTo: dateJsonSchema.nullable(),
  event: z.object({ id: z.string(), title: z.string() }).nullable(),
  parties: z.array(
    z.object({
      country: z
        .string()
        .nullable()
        .meta({ description: "ISO 3166-1 alpha-2 code; null for an organization that stands for no one country" }),
      organization: refSchema.nullable(),
    }),
  ),
  signatories: z
    .array(signingParticipantJsonSchema)
    .meta({ description: "Those who signed (role signatory), in the order the sources name them" }),
  participants: z.array(signingParticipantJsonSchema).meta({
    description: "Everyone recorded at the signing: the signatories, witnesses and presiding officials, in order",
  }),
  commitments: z.array(commitmentRefSchema),
  citations: z.array(citationJsonSchema),
  version: z.int().meta({ description: "Moves on at every change: send it back with a PATCH" }),
});
