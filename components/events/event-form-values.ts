import type { CitationValues } from "../forms/citation-fields";
import { modeFields, opt, type FormMode } from "../forms/form-values";
import type { Picked } from "../forms/record-picker";

export type ParticipantWho = "person" | "organization" | "country";
export interface ParticipantValues {
  role: string;
  who: ParticipantWho;
  person: Picked;
  organization: Picked;
  countryCode: string;
}

/** What the event form holds: strings as typed, pickers with their labels. */
export interface EventFormValues {
  titleEn: string;
  titleFr: string;
  kind: string;
  description: string;
  parent: Picked;
  start: string;
  end: string;
  location: string;
  hostCountryCode: string;
  visitingCountryCode: string;
  /** The number of documents the sources say were signed, as typed. */
  documentsSigned: string;
  participants: ParticipantValues[];
  citations: CitationValues[];
}

export const emptyParticipant = (): ParticipantValues => ({
  role: "participant",
  who: "person",
  person: null,
  organization: null,
  countryCode: "",
});

export function emptyEvent(patch: Partial<EventFormValues> = {}): EventFormValues {
  return {
    titleEn: "",
    titleFr: "",
    kind: "visit",
    description: "",
    parent: null,
    start: "",
    end: "",
    location: "",
    hostCountryCode: "",
    visitingCountryCode: "",
    documentsSigned: "",
    participants: [],
    citations: [],
    ...patch,
  };
}

/** The form's values as the zod schema (and the server) take them; a row names only the chosen kind of participant. */
export function toEventInput(v: EventFormValues, mode: FormMode) {
  return {
    ...modeFields(mode),
    titleEn: opt(v.titleEn),
    titleFr: opt(v.titleFr),
    kind: v.kind,
    description: opt(v.description),
    parentId: v.parent?.id,
    start: v.start,
    end: opt(v.end),
    location: opt(v.location),
    hostCountryCode: opt(v.hostCountryCode),
    visitingCountryCode: opt(v.visitingCountryCode),
    documentsSigned: opt(v.documentsSigned.trim()),
    participants: v.participants.map((p) => ({
      role: p.role,
      personId: p.who === "person" ? p.person?.id : undefined,
      organizationId: p.who === "organization" ? p.organization?.id : undefined,
      countryCode: p.who === "country" ? opt(p.countryCode) : undefined,
    })),
    citations: v.citations,
  };
}
