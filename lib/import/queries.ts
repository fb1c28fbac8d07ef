import "server-only";
import { prisma } from "../db/client";
import { AppError } from "../errors/codes";
import { fromColumns } from "../dates/partial-date";
import { listCell, type Columns } from "./cells";
import type { Lookups } from "./lookups";
import { headersKey } from "./mapping";
import type { Sheet } from "./parse";
import { mappingSchema, type ImportField, type ImportKind, type ImportMappingValue } from "./schema";

// IN lists are read in slices: SQLite binds at most 32,766 parameters per statement.
const SLICE = 5000;

async function inSlices<T>(values: string[], read: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += SLICE) out.push(...(await read(values.slice(i, i + SLICE))));
  return out;
}

/** The distinct non-empty values of a field's column (list cells split). */
function valuesOf(sheet: Sheet, columns: Columns, field: ImportField, list = false): string[] {
  const column = columns.get(field);
  if (!column) return [];
  const values = new Set<string>();
  for (const row of sheet.rows) {
    const text = (row.cells[column.index] ?? "").trim();
    for (const value of list ? listCell(text) : [text]) if (value) values.add(value);
  }
  return [...values];
}

/** The ids in a Pact export's citations column, read loosely (the preview checks the cells). */
function citedSourceIds(sheet: Sheet, columns: Columns): string[] {
  const ids = new Set<string>();
  for (const cell of valuesOf(sheet, columns, "citations")) {
    for (const match of cell.matchAll(/"source"\s*:\s*"([^"]{1,100})"/g)) ids.add(match[1]!);
  }
  return [...ids];
}

/**
 * What a file's rows are matched against: every country, sector, organization and person (names
 * and aliases; a few thousand rows even in a large Pact), and only the events, documents, sources
 * and commitments the file names.
 */
export async function importLookups(sheet: Sheet, columns: Columns): Promise<Lookups> {
  const eventIds = [...valuesOf(sheet, columns, "event_id"), ...valuesOf(sheet, columns, "parent_id")];
  const ids = valuesOf(sheet, columns, "id");
  const eventTitles = valuesOf(sheet, columns, "event");
  const sourceIds = citedSourceIds(sheet, columns);
  const urls = valuesOf(sheet, columns, "source_url");
  const [countries, sectors, organizations, people, events, documents, sources, commitments, takenEvents] =
    await Promise.all([
      prisma.country.findMany({ select: { code: true, name: true, nameFr: true } }),
      prisma.sector.findMany({ select: { code: true, name: true } }),
      prisma.organization.findMany({
        select: {
          id: true,
          name: true,
          nameEn: true,
          nameFr: true,
          countryCode: true,
          aliases: { select: { alias: true } },
        },
      }),
      prisma.person.findMany({
        select: { id: true, name: true, countryCode: true, aliases: { select: { alias: true } } },
      }),
      inSlices([...eventIds, ...eventTitles], (slice) =>
        prisma.event.findMany({
          where: { OR: [{ id: { in: slice } }, { title: { in: slice } }] },
          select: { id: true, title: true, startDate: true, startPrecision: true },
        }),
      ),
      inSlices(valuesOf(sheet, columns, "document_id"), (slice) =>
        prisma.document.findMany({ where: { id: { in: slice } }, select: { id: true } }),
      ),
      inSlices([...sourceIds, ...urls], (slice) =>
        prisma.source.findMany({
          where: { OR: [{ id: { in: slice } }, { url: { in: slice } }] },
          select: { id: true, url: true, fullText: true },
        }),
      ),
      inSlices(ids, (slice) => prisma.commitment.findMany({ where: { id: { in: slice } }, select: { id: true } })),
      inSlices(ids, (slice) => prisma.event.findMany({ where: { id: { in: slice } }, select: { id: true } })),
    ]);
  return {
    countries,
    sectors,
    organizations: organizations.map((o) => ({
      id: o.id,
      name: o.name,
      countryCode: o.countryCode,
      names: [o.name, o.nameEn, o.nameFr, ...o.aliases.map((a) => a.alias)].filter((n): n is string => Boolean(n)),
    })),
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      countryCode: p.countryCode,
      names: [p.name, ...p.aliases.map((a) => a.alias)],
    })),
    events: [...new Map(events.map((e) => [e.id, e])).values()].map((e) => ({
      id: e.id,
      title: e.title,
      start: fromColumns(e.startDate, e.startPrecision)!,
    })),
    documentIds: new Set(documents.map((d) => d.id)),
    sources: [...new Map(sources.map((s) => [s.id, s])).values()],
    takenCommitmentIds: new Set(commitments.map((c) => c.id)),
    takenEventIds: new Set(takenEvents.map((e) => e.id)),
  };
}

/** The sources among `hashes` Pact already holds: a new source with the same text would be a copy. */
export async function sourcesWithHashes(hashes: string[]): Promise<Map<string, string>> {
  const rows = await inSlices(hashes, (slice) =>
    prisma.source.findMany({ where: { contentHash: { in: slice } }, select: { id: true, contentHash: true } }),
  );
  return new Map(rows.map((r) => [r.contentHash, r.id]));
}

/** The mapping this editor last used for a file with these headers, if any. */
export async function rememberedMapping(
  userId: string,
  kind: ImportKind,
  headers: readonly string[],
): Promise<ImportMappingValue | null> {
  const row = await prisma.importMapping.findUnique({
    where: { userId_kind_headers: { userId, kind, headers: headersKey(headers) } },
    select: { mapping: true },
  });
  if (!row) return null;
  const parsed = mappingSchema.safeParse(JSON.parse(row.mapping));
  return parsed.success ? parsed.data : null;
}

export interface ImportResult {
  kind: ImportKind;
  imported: number;
  created: { organizations: number; people: number; sources: number };
  /** The first records imported, for the summary to link to. */
  first: { id: string; title: string }[];
  /** True when this confirmation had already imported the file: nothing was written this time. */
  repeated: boolean;
}

/** The idempotency key a confirmation is stored under (keys are per account). */
export const importKey = (key: string) => `import:${key}`;

/**
 * What this confirmation imported when it was sent before, or null. The same key with another
 * file or mapping is refused: it would otherwise answer for an import it did not make.
 */
export async function earlierImport(userId: string, key: string, fingerprint: string): Promise<ImportResult | null> {
  const stored = await prisma.idempotencyKey.findUnique({
    where: { userId_key: { userId, key: importKey(key) } },
    select: { fingerprint: true, body: true },
  });
  if (!stored) return null;
  if (stored.fingerprint !== fingerprint)
    throw new AppError("duplicate", "This confirmation was already used for another file: preview the file again.");
  return { ...(JSON.parse(stored.body) as ImportResult), repeated: true };
}
