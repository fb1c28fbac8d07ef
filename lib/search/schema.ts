import { z } from "zod";
import { isoDaySchema } from "../dates/schema";
import { list } from "../api/query-schema";

export const SEARCH_TYPES = ["commitment", "event", "document", "source", "person", "organization"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Long pastes are accepted and cut to their first terms, never refused. */
export const searchTextSchema = z.string().trim().max(10_000, "Keep the search under 10,000 characters");

export const searchQuerySchema = z
  .object({
    q: searchTextSchema.default(""),
    type: list(z.enum(SEARCH_TYPES)).optional(),
    // Results per type.
    limit: z.coerce.number().int().min(1).max(50).default(10),
    asOf: isoDaySchema.optional(),
  })
  .strict();

export type SearchQuery = z.output<typeof searchQuerySchema>;

export const markedTextSchema = z.object({
  text: z.string(),
  matches: z
    .array(z.tuple([z.int(), z.int()]))
    .meta({ description: "[start, end) offsets of the matched terms in text" }),
});

/** What /api/v1/search answers: the best hits of each type, with counts of all matches. */
export const searchResultsJsonSchema = z.object({
  query: z.string(),
  total: z.int(),
  counts: z.record(z.enum(SEARCH_TYPES), z.int()),
  groups: z.array(
    z.object({
      type: z.enum(SEARCH_TYPES),
      hits: z.array(
        z.object({
          type: z.enum(SEARCH_TYPES),
          id: z.string(),
          title: markedTextSchema,
          snippet: markedTextSchema,
          rank: z.number(),
        }),
      ),
    }),
  ),
});
