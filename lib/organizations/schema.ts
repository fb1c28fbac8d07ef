import { z } from "zod";
import { idSchema } from "../records/schema";
import { list, NAME_SORTS, pageParams } from "../api/query-schema";
import { commitmentRefSchema, flagJsonSchema, refSchema } from "../api/response-schema";
import { countryCodeSchema } from "../countries/schema";
import { asOfSchema } from "../as-of/schema";
import { distinctAliases } from "../records/aliases";
import { searchTextSchema } from "../search/schema";
import { languageSchema } from "../sources/schema";
import { checkNames, namesInput } from "./names";

export const ORGANIZATION_KINDS = [
  "government",
  "ministry",
  "agency",
  "state_media",
  "enterprise",
  "party_body",
  "embassy",
  "joint_committee",
  "intergovernmental",
  "regional_organization",
  "un_agency",
  "development_bank",
  "other",
] as const;

/**
 * national: one country's (`countryCode`); international: no single country, any number of
 * member countries (none when they are too many or uncertain to list); bilateral: a body of
 * exactly two countries, such as a joint committee.
 */
export const ORGANIZATION_SCOPES = ["national", "international", "bilateral"] as const;
export type OrganizationScope = (typeof ORGANIZATION_SCOPES)[number];

const scopeSchema = z.enum(ORGANIZATION_SCOPES);

/** A stored scope, typed: the column is text, and the schemas only ever write these three. */
export const storedScope = (scope: string): OrganizationScope => scopeSchema.catch("national").parse(scope);

export const aliasSchema = z.object({
  alias: z.string().trim().min(1, "Write the alias, or remove the row").max(200),
  language: languageSchema.optional(),
  note: z.string().trim().max(500).optional(),
});

// A blank member row is the form's "not chosen yet": said as such rather than as a bad code.
const memberSchema = z.string().trim().min(1, "Choose a country").pipe(countryCodeSchema);

const organizationFields = z.object({
  ...namesInput(200),
  kind: z.enum(ORGANIZATION_KINDS),
  // Absent in bodies sent before bodies existed: every organization was one country's.
  scope: scopeSchema.default("national"),
  countryCode: countryCodeSchema.optional(),
  members: z.array(memberSchema).max(250).default([]),
  parentId: z.string().trim().min(1).optional(),
  description: z.string().trim().max(2000).optional(),
  aliases: z.array(aliasSchema).max(50).default([]),
});

type ScopeFields = { scope: OrganizationScope; countryCode?: string; members: string[] };

/** Which country fields each scope takes: one country, or members (two for a bilateral body). */
export function checkScope(value: ScopeFields, ctx: z.RefinementCtx) {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  if (value.scope === "national") {
    if (!value.countryCode) issue(["countryCode"], "Choose the country this organization belongs to");
    if (value.members.length)
      issue(["members"], "A national organization has no member countries: make it international or bilateral");
    return;
  }
  if (value.countryCode)
    issue(
      ["countryCode"],
      value.scope === "bilateral"
        ? "A bilateral body belongs to both its countries: give them as its two members"
        : "An international body belongs to no single country: list its member countries instead",
    );
  const seen = new Set<string>();
  value.members.forEach((code, i) => {
    if (!code) return;
    if (seen.has(code)) issue(["members", i], "This country is already a member");
    seen.add(code);
  });
  // A row not chosen yet is said on the row; the pair is judged once both are chosen.
  if (value.scope === "bilateral" && !value.members.includes("") && seen.size !== 2)
    issue(["members"], "A bilateral body has exactly two countries: choose two different ones");
}

const checkOrganization = (value: z.output<typeof organizationFields>, ctx: z.RefinementCtx) => {
  checkNames()(value, ctx);
  checkScope(value, ctx);
};

/** An organization as the form, the API and the seed dataset give it. */
export const organizationInputSchema = organizationFields.superRefine(checkOrganization);

export type OrganizationInput = z.input<typeof organizationInputSchema>;

// A likely twin (same name or alias as another organization) is refused unless the editor
// confirms that it is a different organization.
const confirmation = { notDuplicate: z.boolean().default(false), aliases: distinctAliases(aliasSchema) };

export const organizationCreateSchema = organizationFields.extend(confirmation).strict().superRefine(checkOrganization);

export const organizationUpdateSchema = organizationFields
  .extend({ ...confirmation, id: idSchema, version: z.coerce.number().int().min(1) })
  .strict()
  .superRefine(checkOrganization)
  .refine((o) => o.parentId !== o.id, { message: "An organization cannot be its own parent", path: ["parentId"] });

export type OrganizationCreate = z.output<typeof organizationCreateSchema>;
export type OrganizationUpdate = z.output<typeof organizationUpdateSchema>;

/** Query parameters of the organizations list: the API's and the /organizations page's. */
export const organizationFilterSchema = z
  .object({
    ...pageParams,
    country: list(countryCodeSchema).optional().meta({
      description:
        "Country codes (comma list): the national organizations of these countries and the international or bilateral bodies they are members of",
    }),
    scope: list(scopeSchema).optional().meta({ description: "national, international or bilateral (comma list)" }),
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

const countryRefSchema = z.object({ code: z.string(), name: z.string() });

/** An organization as API v1 lists it. */
export const organizationJsonSchema = z.object({
  id: z.string(),
  name: z.string().meta({ description: "The name shown and sorted on: the English name, or the French one" }),
  nameEn: z.string().nullable(),
  nameFr: z.string().nullable(),
  kind: z.string(),
  scope: scopeSchema.meta({
    description: "national (one country), international (no single country) or bilateral (a body of two countries)",
  }),
  country: z
    .string()
    .nullable()
    .meta({ description: "The country code of a national organization; null for international and bilateral bodies" }),
  members: z.array(countryRefSchema).meta({
    description:
      "Member countries of an international body (when listed) or the two of a bilateral one; empty for a national one",
  }),
  parent: refSchema.nullable(),
  aliases: z.array(z.object({ alias: z.string(), language: z.string().nullable(), note: z.string().nullable() })),
  description: z.string().nullable(),
  version: z.int().meta({ description: "Moves on at every change: send it back with a PATCH" }),
});

/** One organization, with what hangs off it. */
export const organizationDetailJsonSchema = organizationJsonSchema.extend({
  children: z.array(refSchema),
  commitmentsGiven: z.array(commitmentRefSchema),
  commitmentsReceived: z.array(commitmentRefSchema),
  flags: z.array(flagJsonSchema),
});
