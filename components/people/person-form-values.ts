import { aliasInput, type AliasValues } from "../forms/alias-fields";
import { modeFields, opt, type FormMode } from "../forms/form-values";
import type { Picked } from "../forms/record-picker";

export interface PositionValues {
  id?: string;
  title: string;
  titleFr: string;
  organization: Picked;
  from: string;
  to: string;
}

export interface PersonFormValues {
  name: string;
  countryCode: string;
  aliases: AliasValues[];
  positions: PositionValues[];
  notDuplicate: boolean;
}

export const emptyPosition = (): PositionValues => ({ title: "", titleFr: "", organization: null, from: "", to: "" });

export function emptyPerson(patch: Partial<PersonFormValues> = {}): PersonFormValues {
  return { name: "", countryCode: "", aliases: [], positions: [], notDuplicate: false, ...patch };
}

export function toPersonInput(v: PersonFormValues, mode: FormMode) {
  return {
    ...modeFields(mode),
    name: v.name,
    countryCode: opt(v.countryCode),
    aliases: aliasInput(v.aliases),
    positions: v.positions.map((p) => ({
      ...(p.id ? { id: p.id } : {}),
      title: p.title,
      titleFr: opt(p.titleFr),
      organizationId: p.organization?.id,
      from: opt(p.from),
      to: opt(p.to),
    })),
    notDuplicate: v.notDuplicate,
  };
}
