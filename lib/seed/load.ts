import type { Prisma, PrismaClient } from "../db/generated/client";
import { countryChanges, countryWrites, desiredCountries, existingCountries } from "../countries/sync";
import type { PartialDate } from "../dates/partial-date";
import { nameColumns } from "../organizations/names";
import { reindexSectorCommitments } from "../sectors/filing-sql";
import { planSectorSeed } from "../sectors/seed-plan";
import { contentHash, normalizeSourceText } from "../sources/hash";
import { locateQuote } from "../sources/quotes";
import { titleColumns } from "../records/titles";
import type { LoadedDataset } from "./read-dataset";
import { commitmentColumns, sideColumns } from "../commitments/columns";

type SeedCitation = { source: string; quote: string; occurrence: number };

export interface SeedReport {
  created: Record<string, number>;
}

const dateColumns = (value: PartialDate | undefined | null) => ({
  date: value?.date ?? null,
  precision: value?.precision ?? null,
});

const SKIPPED_MEMBERS = "skipped members (country not in the database)";

/** Parents before children, so each parent id exists when its child is created. */
function parentsFirst<T extends { id: string; parentId?: string | undefined }>(items: T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const ordered: T[] = [];
  const placed = new Set<string>();
  const place = (item: T, trail: Set<string>) => {
    if (placed.has(item.id)) return;
    if (trail.has(item.id)) throw new Error(`Cycle in parents at ${item.id}`);
    const parent = item.parentId ? byId.get(item.parentId) : undefined;
    if (parent) place(parent, new Set([...trail, item.id]));
    placed.add(item.id);
    ordered.push(item);
  };
  for (const item of items) place(item, new Set());
  return ordered;
}

/**
 * Inserts every record of the dataset that is not in the database yet, in one transaction.
 * Existing records are left as they are (editors may have changed them), so running it twice
 * changes nothing the second time.
 */
export async function loadDataset(prisma: PrismaClient, { dataset, texts }: LoadedDataset): Promise<SeedReport> {
  const citationsFor = (citations: SeedCitation[], where: string) =>
    citations.map((c) => {
      const text = texts.get(c.source);
      if (text === undefined) throw new Error(`${where}: unknown source ${c.source}`);
      const span = locateQuote(normalizeSourceText(text), c.quote, c.occurrence);
      if (!span) throw new Error(`${where}: quote not found verbatim in ${c.source}: "${c.quote.slice(0, 60)}…"`);
      return { sourceId: c.source, quote: c.quote, startOffset: span.start, endOffset: span.end };
    });

  const [countries, sectors, adminSectors, sources, organizations, people, events, documents, commitments, flags] =
    await Promise.all([
      existingCountries(prisma),
      prisma.sector.findMany({ select: { code: true, name: true, nameFr: true, dacCode: true } }),
      // Sectors an admin created, renamed or merged: the default list leaves them to the admin.
      prisma.auditEntry.findMany({
        where: { entityType: "sector", userId: { not: null } },
        distinct: ["entityId"],
        select: { entityId: true },
      }),
      prisma.source.findMany({ select: { id: true } }),
      prisma.organization.findMany({ select: { id: true } }),
      prisma.person.findMany({ select: { id: true } }),
      prisma.event.findMany({ select: { id: true } }),
      prisma.document.findMany({ select: { id: true } }),
      prisma.commitment.findMany({ select: { id: true } }),
      prisma.dataFlag.findMany({ select: { id: true } }),
    ]);
  const has = (rows: { id?: string; code?: string }[]) => new Set(rows.map((r) => r.id ?? r.code));
  const existing = {
    source: has(sources),
    organization: has(organizations),
    person: has(people),
    event: has(events),
    document: has(documents),
    commitment: has(commitments),
    flag: has(flags),
  };

  const writes: Prisma.PrismaPromise<unknown>[] = [];
  const created: Record<string, number> = {};
  const audit = (entityType: string, entityId: string, after: unknown) => {
    created[entityType] = (created[entityType] ?? 0) + 1;
    writes.push(
      prisma.auditEntry.create({
        data: {
          action: "seed",
          entityType,
          entityId,
          after: JSON.stringify(after, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
        },
      }),
    );
  };

  // Every country of the catalog, under the dataset's names where it gives them (lib/countries/sync.ts).
  const countryUpdates = countryChanges(countries, desiredCountries(dataset.countries));
  writes.push(...countryWrites(prisma, countryUpdates));
  if (countryUpdates.create.length) created.country = countryUpdates.create.length;
  if (countryUpdates.update.length) created["country renamed"] = countryUpdates.update.length;
  const sectorPlan = planSectorSeed(dataset.sectors, sectors, new Set(adminSectors.map((a) => a.entityId)));
  for (const s of sectorPlan.create) {
    writes.push(prisma.sector.create({ data: s }));
    audit("sector", s.code, s);
  }
  for (const { before, after } of sectorPlan.update) {
    const { code, ...names } = after;
    writes.push(prisma.sector.update({ where: { code }, data: names }));
    // Its commitments' search documents hold the sector's names.
    writes.push(reindexSectorCommitments(prisma, code));
    created["updated sector"] = (created["updated sector"] ?? 0) + 1;
    writes.push(
      prisma.auditEntry.create({
        data: {
          action: "seed",
          entityType: "sector",
          entityId: code,
          before: JSON.stringify(before),
          after: JSON.stringify(after),
        },
      }),
    );
  }
  for (const s of dataset.sources.filter((s) => !existing.source.has(s.id))) {
    const fullText = normalizeSourceText(texts.get(s.id)!);
    const data = {
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      url: s.url ?? null,
      language: s.language,
      publishedDate: s.published?.date ?? null,
      publishedPrecision: s.published?.precision ?? null,
      fullText,
      contentHash: contentHash(fullText),
      note: s.note ?? null,
    };
    writes.push(prisma.source.create({ data }));
    audit("source", s.id, { ...data, fullText: `${fullText.length} characters` });
  }
  // A member country must exist: every catalog country does, synced above in this transaction. A
  // code outside the catalog is left out of the body's members, and the report counts it.
  const knownCountries = new Set([...countries, ...countryUpdates.create].map((c) => c.code));
  for (const o of parentsFirst(dataset.organizations).filter((o) => !existing.organization.has(o.id))) {
    const national = o.scope === "national";
    const members = national ? [] : o.members.filter((code) => knownCountries.has(code));
    const unknown = national ? 0 : o.members.length - members.length;
    if (unknown) created[SKIPPED_MEMBERS] = (created[SKIPPED_MEMBERS] ?? 0) + unknown;
    const data = {
      id: o.id,
      ...nameColumns(o),
      kind: o.kind,
      scope: o.scope,
      countryCode: national ? (o.countryCode ?? null) : null,
      parentId: o.parentId ?? null,
      description: o.description ?? null,
      aliases: {
        create: o.aliases.map((a) => ({ alias: a.alias, language: a.language ?? null, note: a.note ?? null })),
      },
      members: { create: members.map((countryCode) => ({ countryCode })) },
    };
    writes.push(prisma.organization.create({ data }));
    audit("organization", o.id, o);
  }
  for (const p of dataset.people.filter((p) => !existing.person.has(p.id))) {
    const data = {
      id: p.id,
      name: p.name,
      countryCode: p.countryCode ?? null,
      aliases: { create: p.aliases.map((a) => ({ alias: a.alias, language: a.language ?? null })) },
      positions: {
        create: p.positions.map((pos) => ({
          id: pos.id,
          title: pos.title,
          titleFr: pos.titleFr ?? null,
          organizationId: pos.organizationId ?? null,
          fromDate: pos.from?.date ?? null,
          fromPrecision: pos.from?.precision ?? null,
          toDate: pos.to?.date ?? null,
          toPrecision: pos.to?.precision ?? null,
        })),
      },
    };
    writes.push(prisma.person.create({ data }));
    audit("person", p.id, p);
  }
  for (const e of parentsFirst(dataset.events).filter((e) => !existing.event.has(e.id))) {
    const end = dateColumns(e.end);
    const data = {
      id: e.id,
      ...titleColumns(e),
      kind: e.kind,
      description: e.description ?? null,
      parentId: e.parentId ?? null,
      startDate: e.start.date,
      startPrecision: e.start.precision,
      endDate: end.date,
      endPrecision: end.precision,
      location: e.location ?? null,
      hostCountryCode: e.hostCountryCode ?? null,
      visitingCountryCode: e.visitingCountryCode ?? null,
      documentsSigned: e.documentsSigned ?? null,
      participants: {
        create: e.participants.map((p) => ({
          role: p.role,
          personId: p.personId ?? null,
          organizationId: p.organizationId ?? null,
          countryCode: p.countryCode ?? null,
        })),
      },
      citations: { create: citationsFor(e.citations, `event ${e.id}`) },
    };
    writes.push(prisma.event.create({ data }));
    audit("event", e.id, e);
  }
  // A party named by its organization alone stands for that organization's country, if it has one
  // (as the document form saves it); an international body has none.
  const organizationCountry = new Map(dataset.organizations.map((o) => [o.id, o.countryCode ?? null]));
  for (const d of dataset.documents.filter((d) => !existing.document.has(d.id))) {
    const signed = dateColumns(d.signed);
    const validFrom = dateColumns(d.validFrom);
    const validTo = dateColumns(d.validTo);
    const data = {
      id: d.id,
      ...titleColumns(d),
      kind: d.kind,
      description: d.description ?? null,
      status: d.status,
      eventId: d.eventId ?? null,
      signedDate: signed.date,
      signedPrecision: signed.precision,
      validFrom: validFrom.date,
      validFromPrecision: validFrom.precision,
      validTo: validTo.date,
      validToPrecision: validTo.precision,
      parties: {
        create: d.parties.map((p) => ({
          countryCode: p.countryCode ?? (p.organizationId ? organizationCountry.get(p.organizationId) : null) ?? null,
          organizationId: p.organizationId ?? null,
        })),
      },
      signatories: {
        create: d.signatories.map((s) => ({
          role: s.role,
          personId: s.personId ?? null,
          positionId: s.positionId ?? null,
          organizationId: s.organizationId ?? null,
        })),
      },
      citations: { create: citationsFor(d.citations, `document ${d.id}`) },
    };
    writes.push(prisma.document.create({ data }));
    audit("document", d.id, d);
  }
  const newCommitments = dataset.commitments.filter((c) => !existing.commitment.has(c.id));
  for (const c of newCommitments) {
    const history = [...c.statusHistory].sort((a, b) => (a.effective.date < b.effective.date ? -1 : 1));
    const data = {
      id: c.id,
      ...commitmentColumns(c),
      sides: { create: sideColumns(c) },
      status: history.at(-1)!.toStatus,
      sectors: { create: c.sectors.map((sectorCode) => ({ sectorCode })) },
      citations: { create: citationsFor(c.citations, `commitment ${c.id}`) },
      statusChanges: {
        create: history.map((h, i) => ({
          id: h.id,
          fromStatus: i === 0 ? null : history[i - 1]!.toStatus,
          toStatus: h.toStatus,
          effectiveDate: h.effective.date,
          effectivePrecision: h.effective.precision,
          note: h.note ?? null,
          citations: { create: citationsFor(h.citations, `status change ${h.id}`) },
        })),
      },
    };
    writes.push(prisma.commitment.create({ data }));
    audit("commitment", c.id, c);
  }
  for (const c of newCommitments) {
    for (const link of c.links) {
      writes.push(
        prisma.commitmentLink.create({
          data: { fromId: c.id, toId: link.to, kind: link.kind, note: link.note ?? null },
        }),
      );
    }
  }
  for (const f of dataset.flags.filter((f) => !existing.flag.has(f.id))) {
    const data = {
      id: f.id,
      kind: f.kind,
      field: f.field,
      message: f.message,
      commitmentId: f.commitmentId ?? null,
      eventId: f.eventId ?? null,
      organizationId: f.organizationId ?? null,
      citations: { create: citationsFor(f.citations, `flag ${f.id}`) },
    };
    writes.push(prisma.dataFlag.create({ data }));
    audit("flag", f.id, f);
  }

  if (writes.length > 0) await prisma.$transaction(writes);
  return { created };
}
