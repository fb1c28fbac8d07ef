import "server-only";
import { givenAndReceived } from "../commitments/queries";
import { prisma } from "../db/client";
import type { Page } from "../api/query-schema";
import { inIdOrder, nameOrderSql, pageOfIds } from "../records/list-sql";
import { organizationConditions } from "./filter-sql";
import type { OrganizationFilter } from "./schema";
import { documentKnownBy, eventKnownBy } from "../as-of/where";
import { citationJson } from "../commitments/serialize";
import { fromColumns } from "../dates/partial-date";
import { positionLabelSelect, positionView } from "../people/positions";
import { RELATED_LIMIT } from "../records/limits";
import { citationArgs } from "../sources/rows";
import { storedNames } from "./names";
import { memberArgs, organizationDetailSelect, organizationSelect } from "./rows";
import {
  toOrganizationDetailJson,
  toOrganizationJson,
  type OrganizationDetailJson,
  type OrganizationJson,
} from "./serialize";

/** A page of organizations as API v1 lists them, filtered and sorted in SQL (see filter-sql.ts). */
export async function listOrganizations(filter: OrganizationFilter): Promise<Page<OrganizationJson>> {
  const { ids, total } = await pageOfIds(
    "Organization",
    organizationConditions(filter),
    nameOrderSql(filter.sort),
    filter,
  );
  const rows = ids.length
    ? await prisma.organization.findMany({ where: { id: { in: ids } }, select: organizationSelect })
    : [];
  return { data: inIdOrder(ids, rows).map(toOrganizationJson), page: filter.page, pageSize: filter.pageSize, total };
}

export async function getOrganization(id: string): Promise<OrganizationDetailJson | null> {
  const row = await prisma.organization.findUnique({ where: { id }, select: organizationDetailSelect });
  return row ? toOrganizationDetailJson(row) : null;
}

// ---- Pages of the analyst UI: they select only what they show and honour the as-of day. ----

const countryName = { select: { code: true, name: true } } as const;

/** A page of organizations for the list page, by the same filter and order as the API, with their aliases (an alias is how the press names them). */
export async function listOrganizationItems(filter: OrganizationFilter) {
  const { ids, total } = await pageOfIds(
    "Organization",
    organizationConditions(filter),
    nameOrderSql(filter.sort),
    filter,
  );
  const rows = ids.length
    ? await prisma.organization.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          name: true,
          nameEn: true,
          nameFr: true,
          kind: true,
          scope: true,
          country: countryName,
          // A bilateral body's two countries are its name in the table; a large body shows a count.
          members: { ...memberArgs, take: 2 },
          _count: { select: { members: true } },
          parent: { select: { id: true, name: true } },
          aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
        },
      })
    : [];
  const data = inIdOrder(ids, rows).map(({ members, _count, ...r }) => ({
    ...r,
    members: members.map((m) => m.country),
    memberCount: _count.members,
    aliases: r.aliases.map((a) => a.alias),
  }));
  return { data, page: filter.page, pageSize: filter.pageSize, total } satisfies Page<unknown>;
}

export type OrganizationListItem = Awaited<ReturnType<typeof listOrganizationItems>>["data"][number];

/** One organization as its page shows it, or null when unknown. */
export async function getOrganizationView(id: string, asOf?: string) {
  const knownEvent = { event: asOf ? eventKnownBy(asOf) : {} };
  const knownDocument = { document: asOf ? documentKnownBy(asOf) : {} };
  const row = await prisma.organization.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      nameEn: true,
      nameFr: true,
      kind: true,
      scope: true,
      description: true,
      country: countryName,
      members: memberArgs,
      parent: { select: { id: true, name: true } },
      children: { select: { id: true, name: true, kind: true }, orderBy: [{ name: "asc" }, { id: "asc" }] },
      aliases: { select: { id: true, alias: true, language: true, note: true }, orderBy: { alias: "asc" } },
      positions: {
        orderBy: [{ fromDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        take: RELATED_LIMIT,
        select: { ...positionLabelSelect, person: { select: { id: true, name: true } } },
      },
      participations: {
        where: knownEvent,
        orderBy: [{ event: { startDate: "asc" } }, { id: "asc" }],
        take: RELATED_LIMIT,
        select: {
          id: true,
          role: true,
          event: {
            select: {
              id: true,
              title: true,
              kind: true,
              startDate: true,
              startPrecision: true,
              endDate: true,
              endPrecision: true,
            },
          },
        },
      },
      documentParties: {
        where: knownDocument,
        orderBy: [{ document: { signedDate: "asc" } }, { id: "asc" }],
        take: RELATED_LIMIT,
        select: {
          document: {
            select: { id: true, title: true, kind: true, status: true, signedDate: true, signedPrecision: true },
          },
        },
      },
      flags: {
        orderBy: { id: "asc" },
        select: { id: true, kind: true, field: true, message: true, citations: citationArgs },
      },
      _count: {
        select: {
          participations: { where: knownEvent },
        },
      },
    },
  });
  if (!row) return null;
  const commitments = await givenAndReceived({ organizationId: id }, asOf);
  return {
    id: row.id,
    name: row.name,
    names: storedNames(row),
    kind: row.kind,
    scope: row.scope,
    description: row.description,
    country: row.country,
    members: row.members.map((m) => m.country),
    parent: row.parent,
    children: row.children,
    aliases: row.aliases,
    positions: row.positions.map((p) => ({ person: p.person, position: positionView(p) })),
    events: row.participations.map((p) => ({
      id: p.event.id,
      title: p.event.title,
      kind: p.event.kind,
      role: p.role,
      start: fromColumns(p.event.startDate, p.event.startPrecision),
      end: fromColumns(p.event.endDate, p.event.endPrecision),
    })),
    eventCount: row._count.participations,
    // One document can name the same organization as a party twice; list it once.
    documents: [
      ...new Map(
        row.documentParties.map((d) => [
          d.document.id,
          { ...d.document, signed: fromColumns(d.document.signedDate, d.document.signedPrecision) },
        ]),
      ).values(),
    ],
    ...commitments,
    flags: row.flags.map((f) => ({
      id: f.id,
      kind: f.kind,
      field: f.field,
      message: f.message,
      citations: f.citations.map(citationJson),
    })),
  };
}

export type OrganizationView = NonNullable<Awaited<ReturnType<typeof getOrganizationView>>>;

/** Whether an organization exists at all: a primary-key read, cheap enough to run before the page streams. */
export async function organizationExists(id: string): Promise<boolean> {
  return (await prisma.organization.findUnique({ where: { id }, select: { id: true } })) !== null;
}
