import { z } from "zod";
import { citationsWrite, countryRef, dateRef, formInput, idRef, orAbsent, readOnly } from "../api/write-schema";
import { idSchema } from "../records/schema";
import { documentCreateSchema, documentUpdateSchema, type documentJsonSchema } from "./schema";

// API v1's write shape of a document: its read shape minus what the server computes, mapped onto
// the form's input here only. `participants` is everyone at the signing (the form's
// signatories, each with a role); `signatories`, its signatories alone, is read-only.

const partyWrite = z
  .object({ country: countryRef, organization: idRef })
  .strict()
  .transform((p) => ({ countryCode: p.country, organizationId: p.organization }));

const participantWrite = z
  .object({ role: orAbsent, person: idRef, position: readOnly, positionId: idRef, organization: idRef })
  .strict()
  .transform((p) => ({ role: p.role, personId: p.person, positionId: p.positionId, organizationId: p.organization }));

const writeFields = {
  titleEn: orAbsent,
  titleFr: orAbsent,
  kind: z.unknown(),
  description: orAbsent,
  status: orAbsent,
  signed: dateRef,
  validFrom: dateRef,
  validTo: dateRef,
  event: idRef,
  parties: z.array(partyWrite).optional(),
  participants: z.array(participantWrite).optional(),
  // Computed, or the other records' to change.
  id: readOnly,
  title: readOnly,
  signatories: readOnly,
  commitments: readOnly,
};

type WriteFields = z.output<z.ZodObject<typeof writeFields>>;

const formFields = (d: WriteFields) => ({
  titleEn: d.titleEn,
  titleFr: d.titleFr,
  kind: d.kind,
  description: d.description,
  status: d.status,
  signed: d.signed,
  validFrom: d.validFrom,
  validTo: d.validTo,
  eventId: d.event,
  parties: d.parties,
  signatories: d.participants,
});

/** POST /api/v1/documents: the read shape, with at least one quote that reports the document. */
export const documentWriteSchema = z
  .object({ ...writeFields, citations: citationsWrite({ skipRecorded: false }), version: readOnly })
  .strict()
  .transform((d) => formInput<typeof documentCreateSchema>({ ...formFields(d), citations: d.citations }))
  .pipe(documentCreateSchema);

/** PATCH /api/v1/documents/{id}, once merged: the same fields, quotes to add, and the version. */
export const documentPatchSchema = z
  .object({ ...writeFields, citations: citationsWrite({ skipRecorded: true }), id: idSchema, version: z.int() })
  .strict()
  .transform((d) =>
    formInput<typeof documentUpdateSchema>({ ...formFields(d), citations: d.citations, id: d.id, version: d.version }),
  )
  .pipe(documentUpdateSchema);

type DocumentJson = z.infer<typeof documentJsonSchema>;

/** What a PATCH is merged over. */
export function documentWritable(d: DocumentJson): Record<string, unknown> {
  const { titleEn, titleFr, kind, description, status, signed, validFrom, validTo, event, parties, participants } = d;
  return { titleEn, titleFr, kind, description, status, signed, validFrom, validTo, event, parties, participants };
}
