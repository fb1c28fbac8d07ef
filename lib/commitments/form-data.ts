import { prisma } from "../db/client";
import { listCountries } from "../countries/queries";
import { listSectors } from "../sectors/queries";
import { evidenceSources } from "../status/queries";

/** The names behind ids a form shows in its pickers, in one query per kind. */
export async function labelsFor(ids: {
  people?: (string | undefined)[];
  organizations?: (string | undefined)[];
  events?: (string | undefined)[];
}) {
  const clean = (list?: (string | undefined)[]) => [...new Set((list ?? []).filter((x): x is string => Boolean(x)))];
  const [people, organizations, events] = await Promise.all([
    prisma.person.findMany({ where: { id: { in: clean(ids.people) } }, select: { id: true, name: true } }),
    prisma.organization.findMany({ where: { id: { in: clean(ids.organizations) } }, select: { id: true, name: true } }),
    prisma.event.findMany({ where: { id: { in: clean(ids.events) } }, select: { id: true, title: true } }),
  ]);
  return new Map<string, string>([
    ...people.map((p) => [p.id, p.name] as const),
    ...organizations.map((o) => [o.id, o.name] as const),
    ...events.map((e) => [e.id, e.title] as const),
  ]);
}

/** The choices every commitment form offers: sectors, countries, and sources to quote. */
export async function commitmentFormChoices(commitmentId: string | null, eventId: string | null, sourceId?: string) {
  const [sectors, countries, sources, extra] = await Promise.all([
    listSectors(),
    listCountries(),
    evidenceSources(commitmentId ?? "", eventId),
    sourceId
      ? prisma.source.findUnique({ where: { id: sourceId }, select: { id: true, title: true, language: true } })
      : null,
  ]);
  return {
    sectors,
    countries,
    sources: extra && !sources.some((s) => s.id === extra.id) ? [extra, ...sources] : sources,
  };
}
