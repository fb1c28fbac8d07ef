import { z } from "zod";
import { citationsWrite, countryRef, dateRef, formInput, idRef, orAbsent, readOnly } from "../api/write-schema";
import { idSchema } from "../records/schema";
import { eventCreateSchema, eventUpdateSchema, type eventJsonSchema } from "./schema";

// API v1's write shape of an event: its read shape minus what the server computes, mapped onto
// the form's input here only.

const participantWrite = z
  .object({ role: z.unknown(), person: idRef, organization: idRef, country: countryRef })
  .strict()
  .transform((p) => ({ role: p.role, personId: p.person, organizationId: p.organization, countryCode: p.country }));

const writeFields = {
  titleEn: orAbsent,
  titleFr: orAbsent,
  kind: z.unknown(),
  description: orAbsent,
  parentId: idRef,
  start: dateRef,
  end: dateRef,
  location: orAbsent,
  hostCountry: countryRef,
  visitingCountry: countryRef,
  participants: z.array(participantWrite).optional(),
  documentsSigned: orAbsent,
  // Computed, or the other records' to change.
  id: readOnly,
  title: readOnly,
  parent: readOnly,
  children: readOnly,
  commitments: readOnly,
  documents: readOnly,
  documentsRecorded: readOnly,
  flags: readOnly,
};

type WriteFields = z.output<z.ZodObject<typeof writeFields>>;

const formFields = (e: WriteFields) => ({
  titleEn: e.titleEn,
  titleFr: e.titleFr,
  kind: e.kind,
  description: e.description,
  parentId: e.parentId,
  start: e.start,
  end: e.end,
  location: e.location,
  hostCountryCode: e.hostCountry,
  visitingCountryCode: e.visitingCountry,
  participants: e.participants,
  documentsSigned: e.documentsSigned,
});

/** POST /api/v1/events: the read shape, with at least one quote that reports the event. */
export const eventWriteSchema = z
  .object({ ...writeFields, citations: citationsWrite({ skipRecorded: false }), version: readOnly })
  .strict()
  .transform((e) => formInput<typeof eventCreateSchema>({ ...formFields(e), citations: e.citations }))
  .pipe(eventCreateSchema);

/** PATCH /api/v1/events/{id}, once merged: the same fields, quotes to add, and the version. */
export const eventPatchSchema = z
  .object({ ...writeFields, citations: citationsWrite({ skipRecorded: true }), id: idSchema, version: z.int() })
  .strict()
  .transform((e) =>
    formInput<typeof eventUpdateSchema>({ ...formFields(e), citations: e.citations, id: e.id, version: e.version }),
  )
  .pipe(eventUpdateSchema);

type EventJson = z.infer<typeof eventJsonSchema>;

/** What a PATCH is merged over. */
export function eventWritable(e: EventJson): Record<string, unknown> {
  const { titleEn, titleFr, kind, description, parentId, start, end, location, hostCountry, visitingCountry } = e;
  return {
    ...{ titleEn, titleFr, kind, description, parentId, start, end, location, hostCountry, visitingCountry },
    participants: e.participants,
    documentsSigned: e.documentsSigned,
  };
}
