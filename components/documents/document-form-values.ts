import type { CitationValues } from "../forms/citation-fields";
import { modeFields, opt, type FormMode } from "../forms/form-values";
import type { Picked } from "../forms/record-picker";

export interface PartyRowValues {
  countryCode: string;
  organization: Picked;
}
export interface SignatoryValues {
  role: string;
  person: Picked;
  positionId: string;
  organization: Picked;
}

export interface DocumentFormValues {
  titleEn: string;
  titleFr: string;
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
export const emptySignatory = (): SignatoryValues => ({
  role: "signatory",
  person: null,
  positionId: "",
  organization: null,
});

export function emptyDocument(patch: Partial<DocumentFormValues> = {}): DocumentFormValues {
  return {
    titleEn: "",
    titleFr: "",
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
    titleEn: opt(v.titleEn),
    titleFr: opt(v.titleFr),
    kind: v.kind,
    description: opt(v.description),
    status: v.status,
    signed: opt(v.signed),
    eventId: v.event?.id,
    validFrom: opt(v.validFrom),
    validTo: opt(v.validTo),
    parties: v.parties.map((p) => ({ countryCode: opt(p.countryCode), organizationId: p.organization?.id })),
    signatories: v.signatories.map((s) => ({
      role: s.role,
      personId: s.person?.id,
      positionId: opt(s.positionId),
      organizationId: s.organization?.id,
    })),
    citations: v.citations,
  };
}
