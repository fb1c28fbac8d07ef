import type { Picked } from "../forms/record-picker";
import type { CitationValues } from "../forms/citation-fields";
import type { CommitmentJson } from "@/lib/commitments/serialize";
import type { Direction } from "@/lib/commitments/sides";
import { emptySide, type SideValues } from "./side-values";
import { amountInput, quantityInput, targetInput } from "./value-inputs";

/** What the commitment form holds: strings as typed, pickers with their labels. */
export interface CommitmentFormValues {
  titleEn: string;
  titleFr: string;
  description: string;
  kind: string;
  direction: Direction;
  sides: SideValues[];
  sectors: string[];
  amountValue: string;
  amountCurrency: string;
  amountQualifier: string;
  hasQuantity: boolean;
  baseline: string;
  target: string;
  delta: string;
  unit: string;
  scope: string;
  atLeast: boolean;
  targetDate: string;
  targetRange: boolean;
  targetEndDate: string;
  event: Picked;
  document: Picked;
  status: string;
  statusEffective: string;
  citations: CitationValues[];
  links: { kind: string; commitment: Picked }[];
}

export function emptyCommitment(patch: Partial<CommitmentFormValues> = {}): CommitmentFormValues {
  return {
    titleEn: "",
    titleFr: "",
    description: "",
    kind: "pledge",
    direction: "one_way",
    sides: [emptySide("giver"), emptySide("receiver")],
    sectors: [],
    amountValue: "",
    amountCurrency: "USD",
    amountQualifier: "exact",
    hasQuantity: false,
    baseline: "",
    target: "",
    delta: "",
    unit: "",
    scope: "",
    atLeast: false,
    targetDate: "",
    targetRange: false,
    targetEndDate: "",
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
const side = (s: SideValues) => ({
  role: s.role,
  countryCode: opt(s.countryCode),
  organizationId: s.organization?.id,
  personId: s.person?.id,
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
    titleEn: opt(v.titleEn),
    titleFr: opt(v.titleFr),
    description: opt(v.description),
    kind: v.kind,
    direction: v.direction,
    sides: v.sides.map(side),
    sectors: v.sectors,
    amount: amountInput(v),
    quantity: quantityInput(v),
    target: targetInput(v),
    eventId: v.event?.id,
    documentId: v.document?.id,
    citations: v.citations,
    links: v.links.filter((l) => l.commitment).map((l) => ({ kind: l.kind, commitmentId: l.commitment!.id })),
  };
}

const pick = (ref: { id: string; name: string } | null) => (ref ? { id: ref.id, label: ref.name } : null);

/** A stored commitment as the edit form starts from it. */
export function formValuesOf(c: CommitmentJson): CommitmentFormValues {
  return emptyCommitment({
    titleEn: c.titleEn ?? "",
    titleFr: c.titleFr ?? "",
    description: c.description ?? "",
    kind: c.kind,
    direction: c.direction,
    sides: c.sides.map((s) => ({
      role: s.role,
      countryCode: s.country?.code ?? "",
      organization: pick(s.organization),
      person: pick(s.person),
    })),
    sectors: c.sectors,
    amountValue: c.amount?.value ?? "",
    amountCurrency: c.amount?.currency ?? "USD",
    amountQualifier: c.amount?.qualifier ?? "exact",
    hasQuantity: Boolean(c.quantity),
    baseline: c.quantity?.baseline ?? "",
    target: c.quantity?.target ?? "",
    delta: c.quantity?.delta ?? "",
    unit: c.quantity?.unit ?? "",
    scope: c.quantity?.scope ?? "",
    atLeast: c.quantity?.atLeast ?? false,
    targetDate: c.target?.date ?? "",
    targetRange: Boolean(c.target?.end),
    targetEndDate: c.target?.end?.date ?? "",
    event: c.event ? { id: c.event.id, label: c.event.title } : null,
    document: c.document ? { id: c.document.id, label: c.document.title } : null,
    links: c.links
      .filter((l) => l.direction === "out")
      .map((l) => ({ kind: l.kind, commitment: { id: l.commitmentId, label: l.commitmentId } })),
  });
}
