import { z } from "zod";
import { list, pageParams } from "../api/query-schema";
import { idSchema } from "../records/schema";
import { checkTitles, titlesInput } from "../records/titles";
import {
  citationJsonSchema,
  commitmentRefSchema,
  dateJsonSchema,
  flagJsonSchema,
  refSchema,
} from "../api/response-schema";
import { countryCodeSchema } from "../countries/schema";
import { countryPairSchema } from "../countries/pair";
import { asOfSchema } from "../as-of/schema";
import { isoDaySchema, partialDateSchema } from "../dates/schema";
import { searchTextSchema } from "../search/schema";
import { citationInputSchema } from "../sources/schema";

export const EVENT_KINDS = [
  "visit",
  "meeting",
  "reception",
  "talks",
  "signing_ceremony",
  "joint_committee",
  "conference",
  "other",
] as const;
export const PARTICIPANT_ROLES = ["host", "guest", "signatory", "co_chair", "delegation_head", "participant"] as const;

export const participantInputSchema = z
  .object({
    role: z.enum(PARTICIPANT_ROLES),
    personId: z.string().trim().min(1).optional(),
    organizationId: z.string().trim().min(1).optional(),
    countryCode: countryCodeSchema.optional(),
  })
  .refine((p) => p.personId || p.organizationId || p.countryCode, {
    message: "Name a person, an organization or a country",
    path: ["personId"],
  });

/**
 * "Eleven documents were signed": the number the sources report, which may be more than the
 * documents recorded (named) in Pact. Fewer than those recorded is allowed, since sources count
 * differently, but the form warns the editor (see the event form).
 */
export const documentsSignedSchema = z.coerce
  .number({ error: "Give a whole number of documents" })
  .int("Give a whole number of documents")
  .min(0, "The number of documents cannot be negative")
  .max(10000, "Give the number of documents the sources report");

export const eventInputSchema = z
  .object({
    ...titlesInput(),
    kind: z.enum(EVENT_KINDS),
    description: z.string().trim().max(5000).optional(),
    parentId: z.string().trim().min(1).optional(),
    start: partialDateSchema,
    end: partialDateSchema.optional(),
    location: z.string().trim().max(200).optional(),
    hostCountryCode: countryCodeSchema.optional(),
    visitingCountryCode: countryCodeSchema.optional(),
    participants: z.array(participantInputSchema).max(200).default([]),
    documentsSigned: documentsSignedSchema.optional(),
  })
  .superRefine(checkTitles())
  .refine((e) => !e.end || e.end.date >= e.start.date, { message: "The end comes before the start", path: ["end"] });

export type EventInput = z.input<typeof eventInputSchema>;

/** A new event, with at least one quote that reports it. */
export const eventCreateSchema = eventInputSchema
  .safeExtend({
    citations: z.array(citationInputSchema).min(1, "Attach at least one quote that reports the event").max(20),
  })
  .strict();

/** An edit: the version the editor saw, the fields, and quotes to add (quotes are never removed). */
export const eventUpdateSchema = eventInputSchema
  .safeExtend({
    id: idSchema,
    version: z.coerce.number().int().min(1),
    citations: z.array(citationInputSchema).max(20).default([]),
  })
  .strict();

export type EventCreate = z.output<typeof eventCreateSchema>;
export type EventUpdate = z.output<typeof eventUpdateSchema>;

const loose = z.string().trim().max(5000).optional().catch(undefined);

/** What a link may prefill in the new-event form (the extraction assistant's "accept"); the form validates. */
export const eventPrefillSchema = z.object({
  title: loose,
  titleFr: loose,
  kind: loose,
  description: loose,
  start: loose,
  end: loose,
  location: loose,
  host: loose,
  visitor: loose,
  parent: loose,
  source: loose,
  quote: loose,
  occurrence: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
});

export const EVENT_SORTS = ["start", "-start", "title", "-title"] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

/** Query parameters of the events list: the API's and the /events page's. */
export const eventFilterSchema = z
  .object({
    ...pageParams,
    // Host or visiting country; `host` and `visitor` say which side (the direction of a visit).
    country: list(countryCodeSchema).optional(),
    host: list(countryCodeSchema).optional().meta({ description: "Host country codes" }),
    visitor: list(countryCodeSchema).optional().meta({ description: "Visiting country codes" }),
    pair: countryPairSchema
      .optional()
      .meta({ description: "Two codes, such as VN-KH: events one of them hosted and the other visited, either way" }),
    kind: list(z.enum(EVENT_KINDS)).optional(),
    parentId: idSchema.optional(),
    // Days the event's whole period overlaps, at its precision: an event "2019" overlaps June 2019.
    from: isoDaySchema
      .optional()
      .meta({ description: "YYYY-MM-DD: events whose period (at its precision) ends on or after this day" }),
    to: isoDaySchema.optional().meta({ description: "YYYY-MM-DD: events whose period starts on or before this day" }),
    q: searchTextSchema.optional().meta({
      description:
        "Words in the title, description or place: full text as /api/v1/search (accents folded, prefixes matched)",
    }),
    sort: z.enum(EVENT_SORTS).default("start"),
    // Events that start after the day are not known yet.
    asOf: asOfSchema.optional().meta({ description: "YYYY-MM-DD: only events started by this day" }),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "The range ends before it starts", path: ["to"] });

export type EventFilter = z.output<typeof eventFilterSchema>;

/** An event as API v1 answers it. */
export const eventJsonSchema = z.object({
  id: z.string(),
  title: z.string().meta({ description: "The title shown: the English title, or the French one when there is none" }),
  titleEn: z.string().nullable(),
  titleFr: z.string().nullable(),
  kind: z.string(),
  description: z.string().nullable(),
  parentId: z.string().nullable(),
  parent: z.object({ id: z.string(), title: z.string() }).nullable(),
  start: dateJsonSchema.nullable(),
  end: dateJsonSchema.nullable(),
  location: z.string().nullable(),
  hostCountry: z.string().nullable(),
  visitingCountry: z.string().nullable(),
  children: z.array(z.object({ id: z.string(), title: z.string(), start: dateJsonSchema.nullable() })),
  participants: z.array(
    z.object({
      role: z.string(),
      person: refSchema.nullable(),
      organization: refSchema.nullable(),
      country: z.string().nullable(),
    }),
  ),
  commitments: z.array(commitmentRefSchema),
  documents: z
    .array(z.object({ id: z.string(), title: z.string(), kind: z.string() }))
    .meta({ description: "The documents recorded as signed at this event itself" }),
  documentsSigned: z.int().nullable().meta({
    description:
      'How many documents the sources say were signed ("eleven documents were signed"); null when they do not say',
  }),
  documentsRecorded: z.int().meta({
    description:
      "How many documents are recorded as signed at this event or its sub-events, as its page counts them; may be fewer than documentsSigned",
  }),
  citations: z.array(citationJsonSchema),
  flags: z.array(flagJsonSchema),
  version: z.int().meta({ description: "Moves on at every change: send it back with a PATCH" }),
});
