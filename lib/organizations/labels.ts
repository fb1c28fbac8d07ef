import { humanize } from "../format/labels";
import type { OrganizationScope } from "./schema";

// Kinds whose code does not read well through humanize() ("un_agency" → "Un agency").
const KIND_LABELS: Record<string, string> = {
  un_agency: "UN agency",
  intergovernmental: "Intergovernmental organization",
};

export const organizationKindLabel = (kind: string): string => KIND_LABELS[kind] ?? humanize(kind);

export const SCOPE_LABELS: Record<OrganizationScope, string> = {
  national: "National",
  international: "International",
  bilateral: "Bilateral",
};

/** What each scope means, beside its choice in the form and the list's filter. */
export const SCOPE_HINTS: Record<OrganizationScope, string> = {
  national: "One country's: a ministry, an agency, an embassy, a company",
  international: "No single country: ASEAN, the EU, a UN agency, a development bank",
  bilateral: "A body of exactly two countries, such as a joint committee",
};

export const scopeLabel = (scope: string): string => SCOPE_LABELS[scope as OrganizationScope] ?? humanize(scope);
