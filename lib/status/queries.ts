import { prisma } from "../db/client";

/**
 * The status of each commitment as of a day, in one query: the last change effective on or
 * before it (ties broken by recording order). Commitments not yet known are absent from the map.
 */
export async function statusesAsOf(ids: readonly string[], asOf: string): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.statusChange.findMany({
    where: { commitmentId: { in: [...ids] }, effectiveDate: { lte: asOf } },
    select: { commitmentId: true, toStatus: true },
    orderBy: [{ effectiveDate: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
  });
  // Later rows overwrite earlier ones, leaving the latest change per commitment.
  return new Map(rows.map((r) => [r.commitmentId, r.toStatus]));
}
