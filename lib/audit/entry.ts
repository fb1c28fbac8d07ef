import type { Prisma } from "../db/generated/client";

export const AUDIT_ACTIONS = [
  "create",
  "update",
  "merge",
  "status_change",
  "login",
  "login_failed",
  "logout",
  "role_change",
  "seed",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One audit row: who did what to which record, with the record before and after. Written by the
 * same transaction as the change it describes, so one never exists without the other.
 */
export function auditData(entry: {
  userId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}): Prisma.AuditEntryCreateInput {
  return {
    user: entry.userId ? { connect: { id: entry.userId } } : undefined,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  };
}
