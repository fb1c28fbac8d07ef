import { z } from "zod";
import { dateRef, formInput, orAbsent, readOnly } from "../api/write-schema";
import { idSchema } from "../records/schema";
import { sourceCreateSchema, sourceUpdateSchema, type sourceDetailJsonSchema } from "./schema";

// API v1's write shape of a source: its read shape (SourceDetail) minus what the server computes,
// mapped onto the form's input here only.

const writeFields = {
  title: z.unknown(),
  publisher: z.unknown(),
  url: orAbsent,
  language: z.unknown(),
  published: dateRef,
  note: orAbsent,
  // Computed: from the text, or from the records that quote it.
  id: readOnly,
  contentHash: readOnly,
  citationCount: readOnly,
  citations: readOnly,
};

type WriteFields = z.output<z.ZodObject<typeof writeFields>>;

const formFields = (s: WriteFields) => ({
  title: s.title,
  publisher: s.publisher,
  url: s.url,
  language: s.language,
  published: s.published,
  note: s.note,
});

/**
 * POST /api/v1/sources: the read shape with its `fullText`, and the form's `confirmNearDuplicate`
 * to save a text very like one already in Pact.
 */
export const sourceWriteSchema = z
  .object({ ...writeFields, fullText: z.unknown(), confirmNearDuplicate: orAbsent, version: readOnly })
  .strict()
  .transform((s) =>
    formInput<typeof sourceCreateSchema>({
      ...formFields(s),
      fullText: s.fullText,
      confirmNearDuplicate: s.confirmNearDuplicate,
    }),
  )
  .pipe(sourceCreateSchema);

/** PATCH /api/v1/sources/{id}, once merged: the description only; a text is never changed. */
export const sourcePatchSchema = z
  .object({
    ...writeFields,
    fullText: z.undefined({ error: "A source's text is never changed: quotes point into it" }).optional(),
    id: idSchema,
    version: z.int(),
  })
  .strict()
  .transform((s) => formInput<typeof sourceUpdateSchema>({ ...formFields(s), id: s.id, version: s.version }))
  .pipe(sourceUpdateSchema);

type SourceDetailJson = z.infer<typeof sourceDetailJsonSchema>;

/** What a PATCH is merged over. */
export function sourceWritable(s: SourceDetailJson): Record<string, unknown> {
  const { title, publisher, url, language, published, note } = s;
  return { title, publisher, url, language, published, note };
}
