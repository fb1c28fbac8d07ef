import { z } from "zod";
import { idSchema } from "../records/schema";
import { list, NAME_SORTS, pageParams } from "../api/query-schema";
import { commitmentRefSchema, flagJsonSchema, refSchema } from "../api/response-schema";
import { countryCodeSchema } from "../countries/schema";
import { asOfSchema } from "../as-of/schema";
import { distinctAliases } from "../records/aliases";
import { searchTextSchema } from "../search/schema";
import { languageSchema } from "../sources/schema";

export const ORGANIZATION_KINDS = [
  "government",
  "ministry",
  "agency",
  "state_media",
  "enterprise",
  "party_body",
  "other",
] as const;

export const aliasSchema = z.object({
  alias: z.string().trim().min(1, "Write the alias, or remove the row").max(200),
  language: languageSchema.optional(),
  note: z.string().trim().max(500).optional(),
});

export const organizationInputSchema = z.object({
  name: z.string().trim().min(1, "Give the organization's name").max(200),
  nameFr: z.string().trim().min(1).max(200).optional(),
  kind: z.enum(ORGANIZATION_KINDS),
  countryCode: countryCodeSchema,
  parentId: z.string().trim().min(1).optional(),
  description: z.string().trim().max(2000).optional(),
  aliases: z.array(aliasSchema).max(50).default([]),
});

export type OrganizationInput = z.input<typeof organizationInputSchema>;

// A likely twin (same name or alias as another organization) is refused unless the editor
// confirms that it is a different organization.
const confirmation = { notDuplicate: z.boolean().default(false), aliases: distinctAliases(aliasSchema) };

export const organizationCreateSchema = organizationInputSchema.extend(confirmation).strict();

export const organizationUpdateSchema = organizationInputSchema
  .extend({ ...confirmation, id: idSchema, version: z.coerce.number().int().min(1) })
  .strict()
  .refine((o) => o.parentId !== o.id, { message: "An organization cannot be its own parent", path: ["parentId"] });

export type OrganizationCreate = z.output<typeof organizationCreateSchema>;
export type OrganizationUpdate = z.output<typeof organizationUpdateSchema>;

/** Query parameters of the organizations list: the API's and the /organizations page's. */
export const organizationFilterSchema = z
  .object({
    ...pageParams,
    country: list(countryCodeSchema).optional(),
    kind: list(z.enum(ORGANIZATION_KINDS)).optional(),
    // Names in English and French, aliases (Metfone finds Viettel) and description.
    q: searchTextSchema.optional().meta({
      description:
        "Words in the names (English, French), aliases or description: full text as /api/v1/search (accents folded, prefixes matched)",
    }),
    sort: z.enum(NAME_SORTS).default("name"),
    // Every list takes the as-of day; an organization has no date, so it hides none.
    asOf: asOfSchema
      .optional()
      .meta({ description: "YYYY-MM-DD: accepted as by every list; organizations have no date, so it hides none" }),
  })
  .strict();

export type OrganizationFilter = z.output<typeof organizationFilterSchema>;

/** An organization as API v1 lists it. */
export const organizationJsonSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameFr: z.string().nullable(),
  kind: z.string(),
  country: z
    .string()
    .nullable()
    .meta({ description: "ISO 3166-1 alpha-2; null for an international or bilateral body" }),
  parent: refSchema.nullable(),
  aliases: z.array(z.object({ alias: z.string(), language: z.string().nullable(), note: z.string().nullable() })),
});

/** One organization, with what hangs off it. */
export const organizationDetailJsonSchema = organizationJsonSchema.extend({
  children: z.array(refSchema),
  commitmentsGiven: z.array(commitmentRefSchema),
  commitmentsReceived: z.array(commitmentRefSchema),
  flags: z.array(flagJsonSchema),
});
