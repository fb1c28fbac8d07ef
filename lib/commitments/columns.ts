import { titleColumns } from "../records/titles";
import { targetDeadline } from "../status/rules";
import type { ParsedCommitment } from "./schema";
import { orderedSides, sidesOf } from "./sides";

// The stored columns of a commitment, from its parsed fields: the one mapping that the forms, the
// API and the seed loader all write through.

/** The commitment's own columns (its sides, sectors and links are rows of their own). */
export function commitmentColumns(input: ParsedCommitment) {
  return {
    ...titleColumns(input),
    description: input.description ?? null,
    kind: input.kind,
    direction: input.direction,
    amountMinor: input.amount?.minor ?? null,
    amountCurrency: input.amount?.currency ?? null,
    amountQualifier: input.amount?.qualifier ?? null,
    quantityBaseline: input.quantity?.baseline ?? null,
    quantityTarget: input.quantity?.target ?? null,
    quantityDelta: input.quantity?.delta ?? null,
    quantityUnit: input.quantity?.unit ?? null,
    quantityScope: input.quantity?.scope ?? null,
    quantityAtLeast: input.quantity?.atLeast ?? false,
    targetDate: input.target?.date ?? null,
    targetPrecision: input.target?.precision ?? null,
    targetEndDate: input.target?.end?.date ?? null,
    targetEndPrecision: input.target?.end?.precision ?? null,
    targetDeadline: targetDeadline(input.target),
    eventId: input.eventId ?? null,
    documentId: input.documentId ?? null,
  };
}

export type CommitmentColumns = ReturnType<typeof commitmentColumns>;

/**
 * The rows of the sides, in their stored order. An organization's entry carries the
 * organization's country when none was given (`countryOf`), so that filters by country find
 * "Vietnam's ministry" under Vietnam.
 */
export function sideColumns(input: ParsedCommitment, countryOf: ReadonlyMap<string, string | null> = new Map()) {
  return orderedSides(sidesOf(input)).map((s, position) => ({
    role: s.role,
    position,
    countryCode: s.countryCode ?? (s.organizationId ? countryOf.get(s.organizationId) : null) ?? null,
    organizationId: s.organizationId ?? null,
    personId: s.personId ?? null,
  }));
}

/** The organizations whose country `sideColumns` needs. */
export function organizationsWithoutCountry(input: ParsedCommitment): string[] {
  return sidesOf(input).flatMap((s) => (s.organizationId && !s.countryCode ? [s.organizationId] : []));
}
