import type { Actor } from "../auth/roles";
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
  "token_create",
  "token_revoke",
  "import",
  "webhook_create",
  "webhook_update",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One audit row: who did what to which record, with the record before and after. Written by the
 * same transaction as the change it describes, so one never exists without the other.
 */
export function auditData(entry: {
  userId: string | null;
  tokenId?: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}): Prisma.AuditEntryCreateInput {
  return {
    user: entry.userId ? { connect: { id: entry.userId } } : undefined,
    token: entry.tokenId ? { connect: { id: entry.tokenId } } : undefined,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  };
}

/** Who an audit entry names: the account, and the API token when the change came through one. */
export function auditedBy(actor: Actor): { userId: string; tokenId: string | null } {
  return { userId: actor.id, tokenId: actor.tokenId ?? null };
}
