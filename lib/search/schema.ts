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
