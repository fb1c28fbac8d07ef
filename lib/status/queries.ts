import "server-only";
import { prisma, Prisma } from "../db/client";

/**
 * The status of each commitment as of a day, in one query: the last change effective on or
 * before it (ties broken by recording order). Commitments not yet known are absent from the map.
 */
export async function statusesAsOf(ids: readonly string[], asOf: string): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  // Raw: Prisma refuses an ordered `in` list past 999 values, and an export's batch holds 1,000.
  const rows = await prisma.$queryRaw<{ commitmentId: string; toStatus: string }[]>(Prisma.sql`
    SELECT s."commitmentId", s."toStatus" FROM "StatusChange" s
    WHERE s."commitmentId" IN (${Prisma.join([...ids])}) AND s."effectiveDate" <= ${asOf}
    ORDER BY s."effectiveDate", s."recordedAt", s."id"`);
  // Later rows overwrite earlier ones, leaving the latest change per commitment.
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
      select, orderBy: [{ publishedDate: "desc" }, { id: "asc" }], take: 50,
    }),
    prisma.source.findMany({ select, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 20 }),
  ]);
  const seen = new Set(cited.map((s) => s.id));
  return [...cited, ...recent.filter((s) => !seen.has(s.id))];
}
