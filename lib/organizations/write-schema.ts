import { z } from "zod";
import { countryRef, defined, formInput, idRef, orAbsent, readOnly } from "../api/write-schema";
import { idSchema } from "../records/schema";
import { organizationCreateSchema, organizationUpdateSchema, type organizationDetailJsonSchema } from "./schema";

// API v1's write shape of an organization: its read shape (OrganizationDetail) minus what the
// server computes, mapped onto the form's input here only.

const aliasWrite = z.object({ alias: z.unknown(), language: orAbsent, note: orAbsent }).strict().transform(defined);

const writeFields = {
  nameEn: orAbsent,
  nameFr: orAbsent,
  kind: z.unknown(),
  scope: orAbsent,
  country: countryRef,
  members: z.array(countryRef).optional(),
  parent: idRef,
  description: orAbsent,
  aliases: z.array(aliasWrite).optional(),
  // Computed, or the other records' to change.
  id: readOnly,
  name: readOnly,
  children: readOnly,
  commitmentsGiven: readOnly,
  commitmentsReceived: readOnly,
  flags: readOnly,
};

type WriteFields = z.output<z.ZodObject<typeof writeFields>>;

const formFields = (o: WriteFields) => ({
  nameEn: o.nameEn,
  nameFr: o.nameFr,
  kind: o.kind,
  scope: o.scope,
  countryCode: o.country,
  members: o.members,
  parentId: o.parent,
  description: o.description,
  aliases: o.aliases,
});

/**
 * POST /api/v1/organizations: the read shape, and the form's `notDuplicate` to save one whose
 * name or alias another organization already has.
 */
export const organizationWriteSchema = z
  .object({ ...writeFields, notDuplicate: orAbsent, version: readOnly })
  .strict()
  .transform((o) => formInput<typeof organizationCreateSchema>({ ...formFields(o), notDuplicate: o.notDuplicate }))
  .pipe(organizationCreateSchema);

/** PATCH /api/v1/organizations/{id}, once merged: the same fields and the version. */
export const organizationPatchSchema = z
  .object({ ...writeFields, notDuplicate: orAbsent, id: idSchema, version: z.int() })
  .strict()
  .transform((o) =>
    formInput<typeof organizationUpdateSchema>({
      ...formFields(o),
      notDuplicate: o.notDuplicate,
      id: o.id,
      version: o.version,
    }),
  )
  .pipe(organizationUpdateSchema);

type OrganizationJson = z.infer<typeof organizationDetailJsonSchema>;

/** What a PATCH is merged over. */
export function organizationWritable(o: OrganizationJson): Record<string, unknown> {
  const { nameEn, nameFr, kind, scope, country, members, parent, description, aliases } = o;
  return { nameEn, nameFr, kind, scope, country, members, parent, description, aliases };
}
