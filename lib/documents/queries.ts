import "server-only";
import { relatedCommitmentSelect } from "../commitments/rows";
import { withBetween } from "../commitments/sides";
import type { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import type { Page } from "../api/query-schema";
import { citationArgs } from "../sources/rows";
import { citationJson } from "../commitments/serialize";
import { commitmentKnownBy, documentKnownBy, sourceKnownBy } from "../as-of/where";
import { fromColumns } from "../dates/partial-date";
import { positionLabelSelect, positionView } from "../people/positions";
import { applyStatusesAsOf } from "../records/status";
import { inIdOrder, pageOfIds } from "../records/list-sql";
import { documentConditions, documentOrderSql } from "./filter-sql";
import { signatoryRole, type DocumentFilter } from "./schema";
import { storedTitles } from "../records/titles";
import { documentSelect } from "./rows";
import { toDocumentJson, type DocumentJson } from "./serialize";

/** A page of documents as API v1 lists them, filtered and sorted in SQL (see filter-sql.ts). */
export async function listDocuments(filter: DocumentFilter): Promise<Page<DocumentJson>> {
  const { ids, total } = await pageOfIds("Document", documentConditions(filter), documentOrderSql(filter.sort), filter);
  const rows = ids.length ? await prisma.document.findMany({ where: { id: { in: ids } }, select: documentSelect }) : [];
  return { data: inIdOrder(ids, rows).map(toDocumentJson), page: filter.page, pageSize: filter.pageSize, total };
}

export async function getDocument(id: string): Promise<DocumentJson | null> {
  const row = await prisma.document.findUnique({ where: { id }, select: documentSelect });
  return row ? toDocumentJson(row) : null;
}

// ---- Pages of the analyst UI: they select only what they show and honour the as-of day. ----

const knownDocuments = (asOf: string | undefined): Prisma.DocumentWhereInput => (asOf ? documentKnownBy(asOf) : {});
const countryName = { select: { code: true, name: true } } as const;
const named = { select: { id: true, name: true } } as const;

const documentListSelect = {
  id: true,
  title: true,
  titleEn: true,
  titleFr: true,
  kind: true,
  status: true,
  signedDate: true,
  signedPrecision: true,
  parties: { select: { country: countryName, organization: named }, orderBy: { id: "asc" } },
  event: { select: { id: true, title: true } },
} satisfies Prisma.DocumentSelect;

type DocumentListRow = Prisma.DocumentGetPayload<{ select: typeof documentListSelect }>;

function documentListItem(row: DocumentListRow) {
  const countries = row.parties.flatMap((p) => (p.country ? [p.country] : []));
  const bodies = row.parties.flatMap((p) => (!p.country && p.organization ? [p.organization] : []));
  return {
    id: row.id,
    title: row.title,
    titles: storedTitles(row),
    kind: row.kind,
    status: row.status,
    signed: fromColumns(row.signedDate, row.signedPrecision),
    // Two parties of the same country (two ministries) are one country in a list.
    countries: [...new Map(countries.map((c) => [c.code, c])).values()],
    // Parties that stand for no one country (an international body) are named themselves.
    bodies: [...new Map(bodies.map((b) => [b.id, b])).values()],
  };
}

export type DocumentListItem = ReturnType<typeof documentListItem>;

/** A page of documents for the list page, by the same filter and order as the API. */
export async function listDocumentItems(filter: DocumentFilter): Promise<Page<DocumentListItem>> {
  const { ids, total } = await pageOfIds("Document", documentConditions(filter), documentOrderSql(filter.sort), filter);
  const rows = ids.length
    ? await prisma.document.findMany({ where: { id: { in: ids } }, select: documentListSelect })
    : [];
  return { data: inIdOrder(ids, rows).map(documentListItem), page: filter.page, pageSize: filter.pageSize, total };
}

const documentViewSelect = (asOf: string | undefined) =>
  ({
    id: true,
    title: true,
    titleEn: true,
    titleFr: true,
    kind: true,
    description: true,
    status: true,
    signedDate: true,
    signedPrecision: true,
    validFrom: true,
    validFromPrecision: true,
    validTo: true,
    validToPrecision: true,
    event: { select: { id: true, title: true, startDate: true } },
    // Entry order, as the text of the document names its parties and signatories.
    parties: {
      orderBy: { id: "asc" },
      select: { id: true, country: countryName, organization: named },
    },
    signatories: {
      orderBy: { id: "asc" },
      select: {
        id: true,
        role: true,
        person: { select: { id: true, name: true, country: { select: { name: true } } } },
        position: { select: positionLabelSelect },
        organization: named,
      },
    },
    commitments: {
      where: asOf ? commitmentKnownBy(asOf) : {},
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: relatedCommitmentSelect,
    },
    citations: { ...citationArgs, where: asOf ? { source: sourceKnownBy(asOf) } : {} },
  }) satisfies Prisma.DocumentSelect;

/** One document as its page shows it, or null when unknown (or not yet known on the as-of day). */
export async function getDocumentView(id: string, asOf?: string) {
  const row = await prisma.document.findFirst({
    where: { AND: [{ id }, knownDocuments(asOf)] },
    select: documentViewSelect(asOf),
  });
  if (!row) return null;
  const [commitments] = await applyStatusesAsOf([row.commitments.map(withBetween)] as const, asOf);
  return {
    id: row.id,
    title: row.title,
    titles: storedTitles(row),
    kind: row.kind,
    description: row.description,
    status: row.status,
    signed: fromColumns(row.signedDate, row.signedPrecision),
    validFrom: fromColumns(row.validFrom, row.validFromPrecision),
    validTo: fromColumns(row.validTo, row.validToPrecision),
    // An event that starts after the as-of day was not known then either.
    event: row.event && (!asOf || row.event.startDate <= asOf) ? { id: row.event.id, title: row.event.title } : null,
    parties: row.parties.map((p) => ({ id: p.id, country: p.country, organization: p.organization })),
    // Signatories, witnesses and presiding officials, in the order the sources name them.
    signatories: row.signatories.map((s) => ({
      id: s.id,
      role: signatoryRole(s.role),
      person: s.person ? { id: s.person.id, name: s.person.name } : null,
      position: s.position ? positionView(s.position, s.person?.country?.name) : null,
      organization: s.organization,
    })),
    commitments,
    citations: row.citations.map(citationJson),
  };
}

export type DocumentView = NonNullable<Awaited<ReturnType<typeof getDocumentView>>>;

/** Whether a document exists at all: a primary-key read, cheap enough to run before the page streams. */
export async function documentExists(id: string): Promise<boolean> {
  return (await prisma.document.findUnique({ where: { id }, select: { id: true } })) !== null;
}
