import type { Prisma } from "../db/generated/client";

// What a feed entry shows, selected and nothing more: no editor's email, no source's full text.

/** A quote and what a reader needs to find its source. */
export const evidenceSelect = {
  id: true,
  quote: true,
  source: { select: { id: true, title: true, publisher: true, url: true, language: true } },
} satisfies Prisma.CitationSelect;

export type EvidenceRow = Prisma.CitationGetPayload<{ select: typeof evidenceSelect }>;

/** A status change as its entry shows it; `correctedBy` are the later entries that correct it. */
export function statusChangeSelect(asOf: string | undefined) {
  return {
    id: true,
    fromStatus: true,
    toStatus: true,
    effectiveDate: true,
    effectivePrecision: true,
    note: true,
    correctsId: true,
    recordedAt: true,
    commitment: { select: { id: true, title: true } },
    editor: { select: { name: true } },
    correctedBy: {
      select: { recordedAt: true },
      ...(asOf ? { where: { effectiveDate: { lte: asOf } } } : {}),
    },
    citations: { select: evidenceSelect, orderBy: { id: "asc" } },
  } satisfies Prisma.StatusChangeSelect;
}

export type StatusChangeRow = Prisma.StatusChangeGetPayload<{ select: ReturnType<typeof statusChangeSelect> }>;
