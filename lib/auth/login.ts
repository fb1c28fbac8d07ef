import "server-only";
import { APIError } from "better-auth/api";
import { auditData } from "../audit/entry";
import { prisma } from "../db/client";
import { auth } from "./auth";
import { ActionError } from "./guard";
import { loginLimiter } from "./rate-limit";
import { forgetSessions } from "./session-cache";
import type { LoginCredentials } from "./schema";

/** The caller's address as the proxy in front reports it; "local" when there is none. */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}

/**
 * Checks a password and opens a session (Better Auth sets the cookie). Rate limited per address
 * and account before the password is even looked at; a wrong email and a wrong password get the
 * same answer.
 */
export async function logIn({ email, password }: LoginCredentials, headers: Headers) {
  const address = clientAddress(headers);
  if (!loginLimiter.perAddress.take(address) || !loginLimiter.perAccount.take(`${address}|${email}`)) {
    throw new ActionError("rate_limited");
  }
  try {
    const result = await auth.api.signInEmail({ body: { email, password }, headers });
    loginLimiter.perAccount.reset(`${address}|${email}`);
    await prisma.auditEntry.create({ data: auditData({ userId: result.user.id, action: "login", entityType: "user", entityId: result.user.id, after: { address } }) });
    return { userId: result.user.id };
  } catch (error) {
    if (error instanceof APIError) throw new ActionError("unauthorized", "This email and password do not match an account.", "password");
    throw error;
  }
}

export async function logOut(headers: Headers, userId: string): Promise<void> {
  await auth.api.signOut({ headers });
  forgetSessions();
  await prisma.auditEntry.create({ data: auditData({ userId, action: "logout", entityType: "user", entityId: userId }) });
}
