import "server-only";
import { givenAndReceived } from "../commitments/queries";
import { prisma } from "../db/client";
import type { Page } from "../api/query-schema";
import { inIdOrder, nameOrderSql, pageOfIds } from "../records/list-sql";
import { personConditions } from "./filter-sql";
import type { PersonFilter } from "./schema";
import { documentKnownBy, eventKnownBy } from "../as-of/where";
import { fromColumns } from "../dates/partial-date";
import { RELATED_LIMIT } from "../records/limits";
import { positionLabelSelect, positionOrder, positionView } from "./positions";
import { personDetailSelect, personSelect } from "./rows";
import { toPersonDetailJson, toPersonJson, type PersonDetailJson, type PersonJson } from "./serialize";

/** A page of people as API v1 lists them, filtered and sorted in SQL (see filter-sql.ts). */
export async function listPeople(filter: PersonFilter): Promise<Page<PersonJson>> {
  const { ids, total } = await pageOfIds("Person", personConditions(filter), nameOrderSql(filter.sort), filter);
  const rows = ids.length ? await prisma.person.findMany({ where: { id: { in: ids } }, select: personSelect }) : [];
  return { data: inIdOrder(ids, rows).map(toPersonJson), page: filter.page, pageSize: filter.pageSize, total };
}

export async function getPerson(id: string): Promise<PersonDetailJson | null> {
  const row = await prisma.person.findUnique({ where: { id }, select: personDetailSelect });
  return row ? toPersonDetailJson(row) : null;
}

/**
 * A person's aliases with their languages, which the person's JSON lists as words alone: what a
 * PATCH that leaves the aliases alone must keep.
 */
export async function personAliases(id: string): Promise<{ alias: string; language: string | null }[]> {
  return prisma.personAlias.findMany({
    where: { personId: id },
    select: { alias: true, language: true },
    orderBy: { alias: "asc" },
  });
}

// ---- Pages of the analyst UI: they select only what they show and honour the as-of day. ----

const countryName = { select: { code: true, name: true } } as const;

/** A page of people for the list page, by the same filter and order as the API, with the positions that say who they are. */
export async function listPersonItems(filter: PersonFilter) {
  const { ids, total } = await pageOfIds("Person", personConditions(filter), nameOrderSql(filter.sort), filter);
  const rows = ids.length
    ? await prisma.person.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          name: true,
          country: countryName,
          positions: { select: positionLabelSelect, orderBy: positionOrder },
        },
      })
    : [];
  const data = inIdOrder(ids, rows).map((r) => ({
    id: r.id,
    name: r.name,
    country: r.country,
    positions: r.positions.map((p) => positionView(p, r.country?.name)),
  }));
  return { data, page: filter.page, pageSize: filter.pageSize, total } satisfies Page<unknown>;
}

export type PersonListItem = Awaited<ReturnType<typeof listPersonItems>>["data"][number];

/** One person as their page shows them, or null when unknown. People are always known: only what they did has a date. */
export async function getPersonView(id: string, asOf?: string) {
  const row = await prisma.person.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      country: countryName,
      aliases: { select: { id: true, alias: true, language: true }, orderBy: { alias: "asc" } },
      positions: { select: positionLabelSelect, orderBy: positionOrder },
      participations: {
        where: { event: asOf ? eventKnownBy(asOf) : {} },
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
      signatures: {
        where: { document: asOf ? documentKnownBy(asOf) : {} },
        orderBy: { id: "asc" },
        take: RELATED_LIMIT,
        select: {
          id: true,
          document: { select: { id: true, title: true, signedDate: true, signedPrecision: true } },
          position: { select: { title: true } },
        },
      },
      _count: {
        select: {
          participations: { where: { event: asOf ? eventKnownBy(asOf) : {} } },
        },
      },
    },
  });
  if (!row) return null;
  const { given, givenCount, received, receivedCount } = await givenAndReceived({ personId: id }, asOf);
  const flags = new Map(
    [...given, ...received].flatMap((c) =>
      c.flags.map((f) => [f.id, { ...f, commitment: { id: c.id, title: c.title } }] as const),
    ),
  );
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    aliases: row.aliases,
    positions: row.positions.map((p) => positionView(p, row.country?.name)),
    events: row.participations.map((p) => ({
      id: p.event.id,
      title: p.event.title,
      kind: p.event.kind,
      role: p.role,
      start: fromColumns(p.event.startDate, p.event.startPrecision),
      end: fromColumns(p.event.endDate, p.event.endPrecision),
    })),
    eventCount: row._count.participations,
    documents: row.signatures.map((s) => ({
      id: s.document.id,
      title: s.document.title,
      signed: fromColumns(s.document.signedDate, s.document.signedPrecision),
      as: s.position?.title ?? null,
    })),
    given,
    givenCount,
    received,
    receivedCount,
    flags: [...flags.values()],
  };
}

export type PersonView = NonNullable<Awaited<ReturnType<typeof getPersonView>>>;

/** Whether a person exists at all: a primary-key read, cheap enough to run before the page streams. */
export async function personExists(id: string): Promise<boolean> {
  return (await prisma.person.findUnique({ where: { id }, select: { id: true } })) !== null;
}
