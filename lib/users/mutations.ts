import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { z } from "zod";
import { auditData } from "../audit/entry";
import { AppError } from "../errors/codes";
import { forgetSessions } from "../auth/session-cache";
import type { Actor } from "../auth/roles";
import type { roleChangeSchema, userCreateSchema } from "../auth/schema";
import { prisma, type PrismaClient } from "../db/client";

type NewUser = z.output<typeof userCreateSchema>;

/**
 * Creates an account (there is no public sign-up). `by` is the admin, or null for the command
 * line. Better Auth keeps the password hash in the account table under provider "credential".
 */
export async function createUser(input: NewUser, by: Actor | null, db: PrismaClient = prisma) {
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("duplicate", "An account with this email exists already.", "email");
  }
  const hash = await hashPassword(input.password);
  const id = randomUUID();
  // A batch: one transaction, and no other await while it is open.
  await db.$transaction([
    db.user.create({ data: { id, email: input.email, name: input.name, role: input.role, emailVerified: true } }),
    db.account.create({
      data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash },
    }),
    db.auditEntry.create({
      data: auditData({
        userId: by?.id ?? null,
        action: "create",
        entityType: "user",
        entityId: id,
        after: { email: input.email, name: input.name, role: input.role },
      }),
    }),
  ]);
  return { id, email: input.email, role: input.role };
}

/** Changes a role; the last admin cannot be demoted (nobody could manage accounts any more). */
export async function changeRole(input: z.output<typeof roleChangeSchema>, by: Actor) {
  const user = await prisma.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true } });
  if (!user) throw new AppError("not_found", "There is no account with this id.", "userId");
  if (user.role === input.role) return { id: user.id, role: user.role };
  const result = await prisma.$transaction(async (tx) => {
    if (user.role === "admin" && (await tx.user.count({ where: { role: "admin" } })) <= 1) return "last_admin" as const;
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    await tx.auditEntry.create({
      data: auditData({
        userId: by.id,
        action: "role_change",
        entityType: "user",
        entityId: user.id,
        before: { role: user.role },
        after: { role: input.role },
      }),
    });
    return "changed" as const;
  });
  if (result === "last_admin")
    throw new AppError("invalid_body", "This is the last admin; make someone else admin first.", "role");
  forgetSessions();
  return { id: user.id, role: input.role };
}
