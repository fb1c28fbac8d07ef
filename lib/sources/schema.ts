import { z } from "zod";
import { list, pageParams } from "../api/query-schema";
import { idSchema } from "../records/schema";
import { dateJsonSchema } from "../api/response-schema";
import { asOfSchema } from "../as-of/schema";
import { isoDaySchema, partialDateSchema } from "../dates/schema";
import { searchTextSchema } from "../search/schema";
import { MAX_QUOTE_LENGTH } from "./quotes";
import { CITED_TYPES } from "./records";

/** A BCP 47 language tag: "en", "fr", "vi", "zh-Hant"… */
export const languageSchema = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "Use a BCP 47 language tag such as en or fr");

export const sourceInputSchema = z.object({
  title: z.string().trim().min(1, "Give the source's title").max(500),
  publisher: z.string().trim().min(1, "Give the publisher").max(200),
  url: z
    .url({ protocol: /^https?$/, error: "Use an http(s) address" })
    .max(2000)
    .optional(),
  language: languageSchema,
  published: partialDateSchema.optional(),
  fullText: z.string().min(1, "Paste the full text").max(500_000),
  note: z.string().trim().max(2000).optional(),
});

/** A quote that must be found verbatim in its source's text. */
export const citationInputSchema = z.object({
  sourceId: z.string().trim().min(1),
  quote: z.string().min(3, "Quote at least a few words").max(MAX_QUOTE_LENGTH),
  // Which occurrence of the quote, when the same words appear more than once (1 = first).
  occurrence: z.number().int().min(1).max(1000).default(1),
});

export type SourceInput = z.input<typeof sourceInputSchema>;

/**
 * An edit of a source's description. Never its text: citations point into it by character
 * offsets, and a re-import check hashes it.
 */
export const sourceUpdateSchema = sourceInputSchema
  .omit({ fullText: true })
  .extend({ id: idSchema, version: z.coerce.number().int().min(1) })
  .strict();

export type SourceUpdate = z.output<typeof sourceUpdateSchema>;
export type CitationInput = z.input<typeof citationInputSchema>;

export const SOURCE_SORTS = ["published", "-published", "title", "-title"] as const;
export type SourceSort = (typeof SOURCE_SORTS)[number];

/** Query parameters of the sources list: the API's and the /sources page's. */
export const sourceFilterSchema = z
  .object({
    ...pageParams,
    language: list(languageSchema).optional(),
    // Days the publication date's whole period overlaps, at its precision; undated sources never match.
    publishedFrom: isoDaySchema
      .optional()
      .meta({ description: "YYYY-MM-DD: sources whose publication date (at its precision) ends on or after this day" }),
    publishedTo: isoDaySchema
      .optional()
      .meta({ description: "YYYY-MM-DD: sources whose publication date starts on or before this day" }),
    // Title, publisher and full text.
    q: searchTextSchema.optional().meta({
      description:
        "Words in the title, publisher or full text: full text as /api/v1/search (accents folded, prefixes matched)",
    }),
    // Undated sources sort last in either direction.
    sort: z.enum(SOURCE_SORTS).default("published"),
    // Sources published after the day are not known yet; undated ones stay.
    asOf: asOfSchema
      .optional()
      .meta({ description: "YYYY-MM-DD: only sources published by this day, and undated ones" }),
  })
  .strict()
  .refine((f) => !f.publishedFrom || !f.publishedTo || f.publishedFrom <= f.publishedTo, {
    message: "The range ends before it starts",
    path: ["publishedTo"],
  });

export type SourceFilter = z.output<typeof sourceFilterSchema>;

/** A source as API v1 lists it: never its full text. */
export const sourceJsonSchema = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.string().nullable(),
  language: z.string(),
  published: dateJsonSchema.nullable(),
  contentHash: z.string(),
  note: z.string().nullable(),
  citationCount: z.int(),
  version: z.int().meta({ description: "Moves on at every change: send it back with a PATCH" }),
});

/** One source: its text and what each quote from it supports. */
export const sourceDetailJsonSchema = sourceJsonSchema.extend({
  fullText: z.string(),
  citations: z.array(
    z.object({
      id: z.string(),
      quote: z.string(),
      start: z.int(),
      end: z.int(),
      supports: z.object({ type: z.enum(CITED_TYPES), id: z.string() }).nullable(),
    }),
  ),
});

/** Sources shown per page of /sources. */
export const SOURCES_PAGE_SIZE = 20;

/** /sources/compare: an event whose reports to compare, and/or the two sources to show. */
export const compareQuerySchema = z.object({
  event: idSchema.optional(),
  ids: z.string().max(500).optional(),
});

/** Two different source ids, as `ids=a,b`. */
export const comparePairSchema = list(idSchema).refine(
  (ids) => ids.length === 2 && ids[0] !== ids[1],
  "Name two different sources, as ids=first,second",
);

/** A pasted article. A near copy of a source already in Pact is saved only once the editor confirms. */
export const sourceCreateSchema = sourceInputSchema
  .extend({ confirmNearDuplicate: z.boolean().default(false) })
  .strict();
export type SourceCreate = z.output<typeof sourceCreateSchema>;

/** The records a quote can be attached to from a source's page. */
export const QUOTED_TYPES = ["commitment", "event", "document"] as const;

/** A passage an editor selected on a source's page, attached to a record as one more quote. */
export const quoteAttachSchema = z
  .object({
    record: z.object({ type: z.enum(QUOTED_TYPES), id: idSchema }),
    citation: citationInputSchema,
  })
  .strict();

export type QuoteAttach = z.output<typeof quoteAttachSchema>;
