import "server-only";
import type { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import { skipOf } from "../api/query-schema";
import type { AuditFilter } from "./schema";

/** One page of the audit log, newest first, with the filters' own index (entity, user, time). */
export async function listAudit(filter: AuditFilter) {
  const where: Prisma.AuditEntryWhereInput = {
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.userId ? { userId: filter.userId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.auditEntry.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: skipOf(filter),
      take: filter.pageSize,
      select: {
        id: true,
        at: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        user: { select: { id: true, name: true, email: true } },
        token: { select: { name: true, prefix: true } },
      },
    }),
    prisma.auditEntry.count({ where }),
  ]);
  return { data: rows, page: filter.page, pageSize: filter.pageSize, total };
}

export type AuditRow = Awaited<ReturnType<typeof listAudit>>["data"][number];
