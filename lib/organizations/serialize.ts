import type { z } from "zod";
import { givenAndReceivedJson } from "../commitments/serialize";
import type { OrganizationDetailRow, OrganizationRow } from "./rows";
import { storedScope, type organizationDetailJsonSchema, type organizationJsonSchema } from "./schema";

/** The public JSON of an organization in a list. */
export function toOrganizationJson(row: OrganizationRow): OrganizationJson {
  return {
    id: row.id,
    name: row.name,
    nameEn: row.nameEn,
    nameFr: row.nameFr,
    kind: row.kind,
    scope: storedScope(row.scope),
    country: row.countryCode,
    members: row.members.map((m) => ({ code: m.country.code, name: m.country.name })),
    parent: row.parent ? { id: row.parent.id, name: row.parent.name } : null,
    aliases: row.aliases.map((a) => ({ alias: a.alias, language: a.language, note: a.note })),
    description: row.description,
    version: row.version,
  };
}

/** The public JSON of one organization, with what hangs off it. */
export function toOrganizationDetailJson(row: OrganizationDetailRow): OrganizationDetailJson {
  return {
    ...toOrganizationJson(row),
    children: row.children.map((c) => ({ id: c.id, name: c.name })),
    ...givenAndReceivedJson(row.commitmentSides),
    flags: row.flags.map((f) => ({ id: f.id, kind: f.kind, field: f.field, message: f.message })),
  };
}

export type OrganizationJson = z.infer<typeof organizationJsonSchema>;
export type OrganizationDetailJson = z.infer<typeof organizationDetailJsonSchema>;
