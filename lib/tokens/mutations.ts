import "server-only";
import { auditData, auditedBy } from "../audit/entry";
import { hasRole, type Actor } from "../auth/roles";
import { todayIso } from "../dates/partial-date";
import { prisma, type PrismaClient } from "../db/client";
import { cuid } from "../db/cuid";
import { AppError } from "../errors/codes";
import { newTokenSecret, hashTokenSecret, visiblePrefix } from "./secret";
import type { TokenCreate } from "./schema";

// Marking every request would make each read a write; a minute is as precise as the page says.
const LAST_USED_RESOLUTION_MS = 60_000;

export interface CreatedToken {
  id: string;
  name: string;
  scope: string;
  expiresAt: string | null;
  /** The secret, returned this once and never stored. */
  token: string;
}

/**
 * Makes a token for `owner`. Only editors and admins hold tokens (viewers read without one), and
 * a token cannot make another: that needs a person logged in. `by` is who asked (null: the
 * command line).
 */
export async function createToken(
  input: TokenCreate,
  owner: Actor,
  { by = owner, db = prisma, today = todayIso() }: { by?: Actor | null; db?: PrismaClient; today?: string } = {},
): Promise<CreatedToken> {
  if (owner.tokenId || by?.tokenId)
    throw new AppError("forbidden", "A token cannot make another token: log in to make one.");
  if (!hasRole(owner.role, "editor")) throw new AppError("forbidden", "Only editors and admins make API tokens.");
  if (input.expiresOn && input.expiresOn < today)
    throw new AppError("invalid_body", "The last day cannot be in the past.", "expiresOn");
  const secret = newTokenSecret();
  // Works through the whole last day (UTC), which is what "until 31 December" means.
  const expiresAt = input.expiresOn ? new Date(`${input.expiresOn}T23:59:59.999Z`) : null;
  const data = { name: input.name, scope: input.scope, prefix: visiblePrefix(secret), expiresAt };
  const id = cuid();
  // A batch: one transaction, and no other await while it is open.
  await db.$transaction([
    db.apiToken.create({
      data: { ...data, id, userId: owner.id, hash: hashTokenSecret(secret) },
      select: { id: true },
    }),
    db.auditEntry.create({
      data: auditData({
        userId: by?.id ?? null,
        action: "token_create",
        entityType: "token",
        entityId: id,
        after: { ...data, owner: owner.email },
      }),
    }),
  ]);
  return { id, name: input.name, scope: input.scope, expiresAt: expiresAt?.toISOString() ?? null, token: secret };
}

/** Revokes one of the caller's own tokens (an admin may revoke anyone's). Revoking twice is a no-op. */
export async function revokeToken(tokenId: string, actor: Actor): Promise<{ id: string; revokedAt: string }> {
  const token = await prisma.apiToken.findUnique({
    where: { id: tokenId },
    select: { id: true, userId: true, name: true, revokedAt: true },
  });
  if (!token || (token.userId !== actor.id && !hasRole(actor.role, "admin")))
    throw new AppError("not_found", "You have no token with this id.", "tokenId");
  if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt.toISOString() };
  const revokedAt = new Date();
  await prisma.$transaction([
    prisma.apiToken.update({ where: { id: token.id }, data: { revokedAt } }),
    prisma.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "token_revoke",
        entityType: "token",
        entityId: token.id,
        before: { name: token.name, revokedAt: null },
        after: { name: token.name, revokedAt },
      }),
    }),
  ]);
  return { id: token.id, revokedAt: revokedAt.toISOString() };
}

/** Notes that a token was used now, unless it was noted within the last minute. */
export async function markTokenUsed(tokenId: string, lastUsedAt: Date | null, now = new Date()): Promise<void> {
  if (lastUsedAt && now.getTime() - lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
  await prisma.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: now } });
}
