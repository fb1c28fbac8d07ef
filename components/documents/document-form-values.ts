import type { CitationValues } from "../forms/citation-fields";
import { modeFields, opt, type FormMode } from "../forms/form-values";
import type { Picked } from "../forms/record-picker";

export interface PartyRowValues {
  countryCode: string;
  organization: Picked;
}
export interface SignatoryValues {
  person: Picked;
  positionId: string;
  organization: Picked;
}

export interface DocumentFormValues {
  title: string;
  kind: string;
  description: string;
  status: string;
  signed: string;
  event: Picked;
  validFrom: string;
  validTo: string;
  parties: PartyRowValues[];
  signatories: SignatoryValues[];
  citations: CitationValues[];
}

export const emptyPartyRow = (): PartyRowValues => ({ countryCode: "", organization: null });
export const emptySignatory = (): SignatoryValues => ({ person: null, positionId: "", organization: null });

export function emptyDocument(patch: Partial<DocumentFormValues> = {}): DocumentFormValues {
  return {
    title: "",
    kind: "mou",
    description: "",
    status: "signed",
    signed: "",
    event: null,
    validFrom: "",
    validTo: "",
    parties: [],
    signatories: [],
    citations: [],
    ...patch,
  };
}

export function toDocumentInput(v: DocumentFormValues, mode: FormMode) {
  return {
    ...modeFields(mode),
    title: v.title,
    kind: v.kind,
    description: opt(v.description),
    status: v.status,
    signed: opt(v.signed),
    eventId: v.event?.id,
    validFrom: opt(v.validFrom),
    validTo: opt(v.validTo),
    parties: v.parties.map((p) => ({ countryCode: p.countryCode, organizationId: p.organization?.id })),
    signatories: v.signatories.map((s) => ({
      personId: s.person?.id,
      positionId: opt(s.positionId),
      organizationId: s.organization?.id,
    })),
    citations: v.citations,
  };
}
