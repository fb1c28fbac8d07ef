import { z } from "zod";
import { PRECISIONS } from "../dates/partial-date";

// The shapes API v1 answers with. Serializers are typed by them, so the OpenAPI document built
// from these schemas cannot drift from what the routes send.

export const dateJsonSchema = z
  .object({ date: z.string().meta({ examples: ["2019", "2019-03", "2019-03-14"] }), precision: z.enum(PRECISIONS) })
  .meta({ description: "A date at its precision: the date string's shape matches it." });

export const refSchema = z.object({ id: z.string(), name: z.string() });

export const citationJsonSchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  quote: z.string().meta({ description: "Verbatim text of the source, in its language" }),
  language: z.string().meta({ description: "BCP 47 language of the source" }),
  sourceTitle: z.string(),
  start: z.int().meta({ description: "Offset of the quote's first character in the source text" }),
  end: z.int().meta({ description: "Offset just after the quote's last character" }),
});

export const flagJsonSchema = z
  .object({ id: z.string(), kind: z.string(), field: z.string(), message: z.string() })
  .meta({ description: "Where the sources differ or contradict themselves" });

export const commitmentRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  status: z.string(),
});

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    fields: z
      .record(z.string(), z.string())
      .optional()
      .meta({ description: "A write's refusal: each field concerned, with the words for it" }),
    current: z.unknown().optional().meta({
      description: "On a write's conflict (409 `conflict`): the record as it is now, in its read shape",
    }),
  }),
});

/** The envelope of every list. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), page: z.int(), pageSize: z.int(), total: z.int() });
}

export type DateJson = z.infer<typeof dateJsonSchema>;
export type CitationJson = z.infer<typeof citationJsonSchema>;
