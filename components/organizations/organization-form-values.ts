import type { OrganizationScope } from "@/lib/organizations/schema";
import { aliasInput, type AliasValues } from "../forms/alias-fields";
import { modeFields, opt, type FormMode } from "../forms/form-values";
import type { Picked } from "../forms/record-picker";

export interface OrganizationFormValues {
  nameEn: string;
  nameFr: string;
  kind: string;
  scope: OrganizationScope;
  countryCode: string;
  /** Member country codes; "" is a row not chosen yet. Kept while another scope is shown, so switching back loses nothing. */
  members: string[];
  parent: Picked;
  description: string;
  aliases: AliasValues[];
  notDuplicate: boolean;
}

export function emptyOrganization(patch: Partial<OrganizationFormValues> = {}): OrganizationFormValues {
  return {
    nameEn: "",
    nameFr: "",
    kind: "ministry",
    scope: "national",
    countryCode: "",
    members: [],
    parent: null,
    description: "",
    aliases: [],
    notDuplicate: false,
    ...patch,
  };
}

/** The schema's input: only the country fields of the chosen scope are sent. */
export function toOrganizationInput(v: OrganizationFormValues, mode: FormMode) {
  const national = v.scope === "national";
  return {
    ...modeFields(mode),
    nameEn: opt(v.nameEn),
    nameFr: opt(v.nameFr),
    kind: v.kind,
    scope: v.scope,
    countryCode: national ? opt(v.countryCode) : undefined,
    members: national ? [] : v.members,
    parentId: v.parent?.id,
    description: opt(v.description),
    aliases: aliasInput(v.aliases, true),
    notDuplicate: v.notDuplicate,
  };
}
