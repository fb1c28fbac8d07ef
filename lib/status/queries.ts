import "server-only";
import { prisma } from "../db/client";
import { knownChangesRead } from "../as-of/status-sql";

/**
 * The status of each commitment as of a day, in one query. Commitments not yet known are absent
 * from the map.
 */
export async function statusesAsOf(ids: readonly string[], asOf: string): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await knownChangesRead.run(prisma, ids, asOf);
  // In history order: later rows overwrite earlier ones, leaving the change in force on the day.
  return new Map(rows.map((r) => [r.commitmentId, r.toStatus]));
}

export interface EvidenceSourceOption {
  id: string;
  title: string;
  language: string;
}

/**
 * Sources an editor is likely to quote for a commitment: those already cited by it or by its
 * event, then the most recent ones — a short list, whatever the size of the library.
 */
export async function evidenceSources(commitmentId: string, eventId: string | null): Promise<EvidenceSourceOption[]> {
  const select = { id: true, title: true, language: true } as const;
  const [cited, recent] = await Promise.all([
    prisma.source.findMany({
      where: { citations: { some: { OR: [{ commitmentId }, ...(eventId ? [{ eventId }] : [])] } } },
      select,
      orderBy: [{ publishedDate: "desc" }, { id: "asc" }],
      take: 50,
    }),
    prisma.source.findMany({ select, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 20 }),
  ]);
  const seen = new Set(cited.map((s) => s.id));
  return [...cited, ...recent.filter((s) => !seen.has(s.id))];
}
