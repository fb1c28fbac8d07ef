import { z } from "zod";
import { countryRef, dateRef, defined, formInput, idRef, orAbsent, readOnly } from "../api/write-schema";
import { idSchema } from "../records/schema";
import { personCreateSchema, personUpdateSchema, type personDetailJsonSchema } from "./schema";

// API v1's write shape of a person: its read shape (PersonDetail) minus what the server computes,
// mapped onto the form's input here only. The read shape lists aliases as words; a write may
// give each as the form does, `{ "alias": "…", "language": "vi" }`, to say its language.

const aliasWrite = z
  .union([z.string(), z.object({ alias: z.unknown(), language: orAbsent }).strict()])
  .transform((a) => (typeof a === "string" ? { alias: a } : defined(a)));

// A position read from the person keeps its `id`, so the signatures that name it stay linked.
const positionWrite = z
  .object({ id: orAbsent, title: z.unknown(), titleFr: orAbsent, organization: idRef, from: dateRef, to: dateRef })
  .strict()
  .transform((p) =>
    defined({ id: p.id, title: p.title, titleFr: p.titleFr, organizationId: p.organization, from: p.from, to: p.to }),
  );

const writeFields = {
  name: z.unknown(),
  country: countryRef,
  aliases: z.array(aliasWrite).optional(),
  positions: z.array(positionWrite).optional(),
  // The form's own: save someone whose name another person already has.
  notDuplicate: orAbsent,
  // Computed from the other records.
  id: readOnly,
  commitmentsGiven: readOnly,
  commitmentsReceived: readOnly,
  events: readOnly,
};

type WriteFields = z.output<z.ZodObject<typeof writeFields>>;

const formFields = (p: WriteFields) => ({
  name: p.name,
  countryCode: p.country,
  aliases: p.aliases,
  positions: p.positions,
  notDuplicate: p.notDuplicate,
});

/** POST /api/v1/people: the read shape; a new person's positions are new (any `id` is ignored). */
export const personWriteSchema = z
  .object({ ...writeFields, version: readOnly })
  .strict()
  .transform((p) =>
    formInput<typeof personCreateSchema>({
      ...formFields(p),
      positions: p.positions?.map(({ id: _id, ...position }) => position),
    }),
  )
  .pipe(personCreateSchema);

/** PATCH /api/v1/people/{id}, once merged: the same fields and the version. */
export const personPatchSchema = z
  .object({ ...writeFields, id: idSchema, version: z.int() })
  .strict()
  .transform((p) => formInput<typeof personUpdateSchema>({ ...formFields(p), id: p.id, version: p.version }))
  .pipe(personUpdateSchema);

type PersonJson = z.infer<typeof personDetailJsonSchema>;

/** What a PATCH is merged over; `aliases` with their languages, which the read shape leaves out. */
export function personWritable(
  p: PersonJson,
  aliases: { alias: string; language: string | null }[],
): Record<string, unknown> {
  return { name: p.name, country: p.country, aliases, positions: p.positions };
}
