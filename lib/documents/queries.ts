import type { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import { skipOf, type Page } from "../api/query-schema";
import { citationArgs } from "../sources/queries";
import type { DocumentFilter } from "./schema";
import { toDocumentJson, type DocumentJson } from "./serialize";

const ref = { select: { id: true, name: true } } as const;

/** Everything a document's JSON shows; relations load in one query each, never per row. */
export const documentSelect = {
  id: true, title: true, kind: true, description: true, status: true,
  signedDate: true, signedPrecision: true,
  validFrom: true, validFromPrecision: true, validTo: true, validToPrecision: true,
  event: { select: { id: true, title: true } },
  // Entry order, as the text of the document names its parties and signatories.
  parties: { select: { countryCode: true, organization: ref }, orderBy: { id: "asc" } },
  signatories: { select: { person: ref, position: { select: { title: true } }, organization: ref }, orderBy: { id: "asc" } },
  commitments: { select: { id: true, title: true, kind: true, status: true }, orderBy: [{ title: "asc" }, { id: "asc" }] },
  citations: citationArgs,
} satisfies Prisma.DocumentSelect;

export type DocumentRow = Prisma.DocumentGetPayload<{ select: typeof documentSelect }>;

function whereOf(filter: DocumentFilter): Prisma.DocumentWhereInput {
  const and: Prisma.DocumentWhereInput[] = [];
  if (filter.kind?.length) and.push({ kind: { in: filter.kind } });
  if (filter.status?.length) and.push({ status: { in: filter.status } });
  if (filter.eventId) and.push({ eventId: filter.eventId });
  if (filter.country?.length) and.push({ parties: { some: { countryCode: { in: filter.country } } } });
  return and.length ? { AND: and } : {};
}

export async function listDocuments(filter: DocumentFilter): Promise<Page<DocumentJson>> {
  const where = whereOf(filter);
  const [rows, total] = await Promise.all([
    prisma.document.findMany({
      where, select: documentSelect,
      // Unsigned or undated documents last; the id breaks ties so that pages never overlap or skip rows.
      orderBy: [{ signedDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      skip: skipOf(filter), take: filter.pageSize,
    }),
    prisma.document.count({ where }),
  ]);
  return { data: rows.map(toDocumentJson), page: filter.page, pageSize: filter.pageSize, total };
}

export async function getDocument(id: string): Promise<DocumentJson | null> {
  const row = await prisma.document.findUnique({ where: { id }, select: documentSelect });
  return row ? toDocumentJson(row) : null;
}
