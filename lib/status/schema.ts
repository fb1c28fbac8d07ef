import { z } from "zod";
import { idSchema } from "../records/schema";
import { partialDateSchema } from "../dates/schema";
import { languageSchema } from "../sources/schema";
import { STATUSES } from "./rules";

export const statusSchema = z.enum(STATUSES);

const quote = z.string().trim().min(3, "Paste the sentence, word for word, that shows this").max(2000);

/** The proof of a status change: a verbatim quote from a source Pact has, or from a new one. */
export const evidenceSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("existing"),
    sourceId: idSchema,
    quote,
    // Which occurrence of the quote, when the same words appear more than once (1 = first).
    occurrence: z.number().int().min(1).max(1000).optional(),
  }),
  z.object({
    kind: z.literal("new"),
    url: z.url({ protocol: /^https?$/, error: "Give the address of the article, starting with https://" }).max(2000),
    title: z.string().trim().min(1, "Give the article's title").max(500),
    publisher: z.string().trim().min(1, "Give the publisher").max(200),
    published: partialDateSchema,
    language: languageSchema,
    quote,
  }),
]);

/** One status change as an editor submits it (the form and the server parse the same schema). */
export const statusChangeInputSchema = z
  .object({
    commitmentId: idSchema,
    // The version the editor saw: a stale one is refused, never silently overwritten.
    version: z.coerce.number().int().min(1),
    toStatus: statusSchema,
    effective: partialDateSchema,
    note: z.string().trim().max(2000).optional(),
    // Required to reopen a closed commitment (admins only).
    reason: z.string().trim().max(1000).optional(),
    correctsId: idSchema.optional(),
    evidence: evidenceSchema,
  })
  .strict();

/** The same change sent to API v1, whose route names the commitment `id`. */
export const statusChangeRouteSchema = statusChangeInputSchema
  .omit({ commitmentId: true })
  .extend({ id: idSchema })
  .strict()
  .transform(({ id, ...change }) => ({ ...change, commitmentId: id }));

/** What a status change answers. */
export const statusChangeJsonSchema = z.object({
  statusChangeId: z.string(),
  commitmentId: z.string(),
  version: z.int().meta({ description: "The commitment's version after the change" }),
  status: statusSchema,
});

export type StatusChangeInput = z.input<typeof statusChangeInputSchema>;
export type ParsedStatusChange = z.output<typeof statusChangeInputSchema>;
