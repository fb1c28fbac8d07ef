import "server-only";
import { prisma } from "../db/client";
import { isRole, type Actor, type Role } from "../auth/roles";
import { hashTokenSecret } from "./secret";
import type { TokenScope } from "./schema";

/** The role a token acts with: never more than its owner's, and a viewer's for a read token. */
export function tokenRole(ownerRole: Role, scope: string): Role {
  return scope === "write" ? ownerRole : "viewer";
}

export interface TokenUse {
  actor: Actor;
  /** When it was last marked used: the caller marks it again only when this is old. */
  lastUsedAt: Date | null;
}

/**
 * Who a bearer secret acts as, or null when it names no token, or one that is revoked, expired,
 * or whose owner is banned. One indexed lookup by hash; the owner's role is read now, so a
 * demotion takes effect at the next request.
 */
export async function tokenUse(secret: string, now = new Date()): Promise<TokenUse | null> {
  const token = await prisma.apiToken.findUnique({
    where: { hash: hashTokenSecret(secret) },
    select: {
      id: true,
      scope: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, banned: true } },
    },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || token.user.banned) return null;
  const ownerRole = isRole(token.user.role) ? token.user.role : "viewer";
  return {
    actor: {
      id: token.user.id,
      email: token.user.email,
      name: token.user.name,
      role: tokenRole(ownerRole, token.scope),
      tokenId: token.id,
    },
    lastUsedAt: token.lastUsedAt,
  };
}

export interface TokenRow {
  id: string;
  name: string;
  scope: TokenScope;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** An account's tokens, newest first (revoked ones too: their history stays readable). */
export async function listTokens(userId: string): Promise<TokenRow[]> {
  const rows = await prisma.apiToken.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      scope: true,
      prefix: true,
      createdAt: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
  return rows.map((row) => ({ ...row, scope: row.scope === "write" ? "write" : "read" }));
}
