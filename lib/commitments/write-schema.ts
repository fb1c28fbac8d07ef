import { z } from "zod";
import {
  citationsWrite,
  countryRef,
  dateRef,
  defined,
  formInput,
  idRef,
  orAbsent,
  readOnly,
} from "../api/write-schema";
import { idSchema } from "../records/schema";
import { commitmentCreateSchema, commitmentUpdateSchema, type commitmentJsonSchema } from "./schema";

// API v1's write shape of a commitment: its read shape (commitmentJsonSchema) minus what the
// server computes, mapped here — and only here — onto the form's input, so a commitment written
// through the API meets the very rules of the form.

const sideWrite = z
  .object({ role: z.unknown(), country: countryRef, organization: idRef, person: idRef })
  .strict()
  .transform((s) =>
    defined({ role: s.role, countryCode: s.country, organizationId: s.organization, personId: s.person }),
  );

const quantityWrite = z
  .object({
    baseline: orAbsent,
    target: orAbsent,
    delta: orAbsent,
    unit: z.unknown(),
    scope: orAbsent,
    atLeast: z.unknown().optional(),
  })
  .strict()
  .transform(defined)
  .nullish();

// A single date, or a range whose end is a date of its own; each shape's string is its precision.
const targetWrite = z
  .union([z.string(), z.object({ date: z.string(), precision: readOnly, end: dateRef }).strict()])
  .nullish()
  .transform((t) => (t == null ? null : typeof t === "string" || !t.end ? (typeof t === "string" ? t : t.date) : t));

// A link read from the other commitment ("in") is that commitment's to change.
const linksWrite = z
  .array(
    z
      .object({
        kind: z.unknown(),
        direction: z.enum(["out", "in"]).optional(),
        commitmentId: z.unknown(),
        note: readOnly,
      })
      .strict(),
  )
  .optional()
  .transform((links) =>
    links?.filter((l) => l.direction !== "in").map((l) => ({ kind: l.kind, commitmentId: l.commitmentId })),
  );

/** The writable fields, each as the read API answers it. */
const writeFields = {
  titleEn: orAbsent,
  titleFr: orAbsent,
  description: orAbsent,
  kind: z.unknown(),
  direction: orAbsent,
  sides: z.array(sideWrite).optional(),
  sectors: orAbsent,
  amount: orAbsent,
  quantity: quantityWrite,
  target: targetWrite,
  eventId: idRef,
  documentId: idRef,
  links: linksWrite,
  // Computed from the fields above, the history, the day or the other records.
  id: readOnly,
  title: readOnly,
  from: readOnly,
  to: readOnly,
  overdue: readOnly,
  event: readOnly,
  document: readOnly,
  statusHistory: readOnly,
  flags: readOnly,
  partsTotal: readOnly,
  partsDisagree: readOnly,
  updatedAt: readOnly,
};

type WriteFields = z.output<z.ZodObject<typeof writeFields>>;

const formFields = (c: WriteFields) =>
  defined({
    titleEn: c.titleEn,
    titleFr: c.titleFr,
    description: c.description,
    kind: c.kind,
    direction: c.direction,
    sides: c.sides,
    sectors: c.sectors,
    amount: c.amount,
    quantity: c.quantity,
    target: c.target,
    eventId: c.eventId,
    documentId: c.documentId,
    links: c.links,
  });

/**
 * POST /api/v1/commitments: the read shape, plus the form's `statusEffective` (the day the first
 * status held); `status` is the first status (announced unless said otherwise).
 */
export const commitmentWriteSchema = z
  .object({
    ...writeFields,
    status: orAbsent,
    statusEffective: dateRef,
    citations: citationsWrite({ skipRecorded: false }),
    version: readOnly,
  })
  .strict()
  .transform((c) =>
    formInput<typeof commitmentCreateSchema>({
      ...formFields(c),
      status: c.status,
      statusEffective: c.statusEffective,
      citations: c.citations,
    }),
  )
  .pipe(commitmentCreateSchema);

/**
 * PATCH /api/v1/commitments/{id}, once merged over the record: the same fields, the quotes to add,
 * and the version. A status is changed through status-changes, with its evidence.
 */
export const commitmentPatchSchema = z
  .object({
    ...writeFields,
    status: z.undefined({ error: "Change a status through POST /api/v1/commitments/{id}/status-changes" }).optional(),
    citations: citationsWrite({ skipRecorded: true }),
    id: idSchema,
    version: z.int(),
  })
  .strict()
  .transform((c) =>
    formInput<typeof commitmentUpdateSchema>({
      ...formFields(c),
      citations: c.citations,
      id: c.id,
      version: c.version,
    }),
  )
  .pipe(commitmentUpdateSchema);

type CommitmentJson = z.infer<typeof commitmentJsonSchema>;

/** What a PATCH is merged over: the record's writable fields, as it reads now. */
export function commitmentWritable(c: CommitmentJson): Record<string, unknown> {
  const { titleEn, titleFr, description, kind, direction, sides, sectors, amount, quantity, target } = c;
  return {
    ...{ titleEn, titleFr, description, kind, direction, sides, sectors, amount, quantity, target },
    eventId: c.eventId,
    documentId: c.documentId,
    links: c.links.filter((l) => l.direction === "out"),
  };
}
