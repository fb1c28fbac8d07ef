import { aliasInput, type AliasValues } from "../forms/alias-fields";
import { modeFields, opt, type FormMode } from "../forms/form-values";
import type { Picked } from "../forms/record-picker";

export interface OrganizationFormValues {
  name: string;
  nameFr: string;
  kind: string;
  countryCode: string;
  parent: Picked;
  description: string;
  aliases: AliasValues[];
  notDuplicate: boolean;
}

export function emptyOrganization(patch: Partial<OrganizationFormValues> = {}): OrganizationFormValues {
  return {
    name: "",
    nameFr: "",
    kind: "ministry",
    countryCode: "",
    parent: null,
    description: "",
    aliases: [],
    notDuplicate: false,
    ...patch,
  };
}

export function toOrganizationInput(v: OrganizationFormValues, mode: FormMode) {
  return {
    ...modeFields(mode),
    name: v.name,
    nameFr: opt(v.nameFr),
    kind: v.kind,
    countryCode: v.countryCode,
    parentId: v.parent?.id,
    description: opt(v.description),
    aliases: aliasInput(v.aliases, true),
    notDuplicate: v.notDuplicate,
  };
}
