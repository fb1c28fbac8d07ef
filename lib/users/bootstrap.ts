import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { passwordWeakness } from "../auth/password-strength";
import { PASSWORD_MIN } from "../auth/schema";
import type { PrismaClient } from "../db/generated/client";

export interface AdminBootstrap {
  created: boolean;
  email?: string;
  /** Only when the password was generated here: shown once, never stored in clear. */
  generatedPassword?: string;
}

/**
 * The first start creates an admin account so that somebody can log in and create the others
 * (there is no public sign-up). Does nothing once any admin exists.
 */
export async function ensureAdmin(prisma: PrismaClient, env: NodeJS.ProcessEnv = process.env): Promise<AdminBootstrap> {
  const existing = await prisma.user.count({ where: { role: "admin" } });
  if (existing > 0) return { created: false };

  const email = (env.ADMIN_EMAIL?.trim() || "admin@pact.local").toLowerCase();
  const given = env.ADMIN_PASSWORD?.trim();
  if (given && given.length < PASSWORD_MIN)
    throw new Error(`ADMIN_PASSWORD must be at least ${PASSWORD_MIN} characters long.`);
  const weakness = given ? passwordWeakness(given, [email]) : null;
  if (weakness) throw new Error(`ADMIN_PASSWORD: ${weakness}`);
  const password = given || randomBytes(12).toString("base64url");
  const hash = await hashPassword(password);
  const id = randomUUID();

  // Better Auth keeps email/password credentials in the account table, provider "credential".
  await prisma.$transaction([
    prisma.user.create({ data: { id, email, name: "Administrator", role: "admin", emailVerified: true } }),
    prisma.account.create({
      data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash },
    }),
    prisma.auditEntry.create({
      data: { action: "create", entityType: "user", entityId: id, after: JSON.stringify({ email, role: "admin" }) },
    }),
  ]);
  return { created: true, email, ...(given ? {} : { generatedPassword: password }) };
}
