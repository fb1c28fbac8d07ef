import type { Picked } from "../forms/record-picker";
import type { CitationValues } from "../forms/citation-fields";
import type { PartyValues } from "../forms/party-fields";

/** What the commitment form holds: strings as typed, pickers with their labels. */
export interface CommitmentFormValues {
  title: string;
  description: string;
  kind: string;
  from: PartyValues;
  to: PartyValues;
  sectors: string[];
  amountValue: string;
  amountCurrency: string;
  hasQuantity: boolean;
  baseline: string;
  target: string;
  unit: string;
  scope: string;
  atLeast: boolean;
  targetDate: string;
  event: Picked;
  document: Picked;
  status: string;
  statusEffective: string;
  citations: CitationValues[];
  links: { kind: string; commitment: Picked }[];
}

const emptyParty = (countryCode = ""): PartyValues => ({ countryCode, organization: null, person: null });

export function emptyCommitment(patch: Partial<CommitmentFormValues> = {}): CommitmentFormValues {
  return {
    title: "",
    description: "",
    kind: "pledge",
    from: emptyParty(),
    to: emptyParty(),
    sectors: [],
    amountValue: "",
    amountCurrency: "USD",
    hasQuantity: false,
    baseline: "",
    target: "",
    unit: "",
    scope: "",
    atLeast: false,
    targetDate: "",
    event: null,
    document: null,
    status: "announced",
    statusEffective: "",
    citations: [],
    links: [],
    ...patch,
  };
}

const opt = (text: string) => (text.trim() ? text : undefined);
const party = (p: PartyValues) => ({
  countryCode: p.countryCode,
  organizationId: p.organization?.id,
  personId: p.person?.id,
});

/** The form's values as the zod schema (and the server) take them. */
export function toCommitmentInput(
  v: CommitmentFormValues,
  mode: { create: true } | { create: false; id: string; version: number },
) {
  return {
    ...(mode.create
      ? { status: v.status, statusEffective: v.statusEffective }
      : { id: mode.id, version: mode.version }),
    title: v.title,
    description: opt(v.description),
    kind: v.kind,
    from: party(v.from),
    to: party(v.to),
    sectors: v.sectors,
    amount: v.amountValue.trim() ? { value: v.amountValue, currency: v.amountCurrency } : null,
    quantity: v.hasQuantity
      ? { baseline: opt(v.baseline), target: v.target, unit: v.unit, scope: opt(v.scope), atLeast: v.atLeast }
      : null,
    target: v.targetDate.trim() ? v.targetDate : null,
    eventId: v.event?.id,
    documentId: v.document?.id,
    citations: v.citations,
    links: v.links.filter((l) => l.commitment).map((l) => ({ kind: l.kind, commitmentId: l.commitment!.id })),
  };
}
