import "server-only";
import { APIError } from "better-auth/api";
import { auditData } from "../audit/entry";
import { prisma } from "../db/client";
import { CLIENT_ADDRESS_HEADER } from "../http/forwarded";
import { auth } from "./auth";
import { AppError } from "../errors/codes";
import { loginLimiter } from "./rate-limit";
import { forgetSessions } from "./session-cache";
import type { LoginCredentials } from "./schema";

/**
 * The caller's address, as the server (scripts/serve.ts) found it: the socket's, or what a proxy
 * named in PACT_TRUSTED_PROXIES reported. Never a header the caller chose.
 */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
}

/**
 * Checks a password and opens a session (Better Auth sets the cookie). Limited per address and,
 * whatever the address, per account, before the password is even looked at; a wrong email and a
 * wrong password get the same answer, and both are written to the audit log.
 */
export async function logIn({ email, password }: LoginCredentials, headers: Headers) {
  const address = clientAddress(headers);
  if (!loginLimiter.perAddress.take(address)) {
    throw new AppError("rate_limited", "Too many login attempts from your address; wait a minute and try again.");
  }
  const account = loginLimiter.perAccount.take(email);
  if (!account.ok) {
    const seconds = Math.ceil(account.retryAfterMs / 1000);
    throw new AppError(
      "rate_limited",
      `Too many attempts for this account; try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
    );
  }
  try {
    const result = await auth.api.signInEmail({ body: { email, password }, headers });
    loginLimiter.perAccount.reset(email);
    await prisma.auditEntry.create({
      data: auditData({
        userId: result.user.id,
        action: "login",
        entityType: "user",
        entityId: result.user.id,
        after: { address },
      }),
    });
    return { userId: result.user.id };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await auditFailedLogin(email, address);
    throw new AppError("unauthorized", "This email and password do not match an account.", "password");
  }
}

// The record is the account when one has this email, else the email itself: a guesser trying
// addresses that do not exist shows in the log too.
async function auditFailedLogin(email: string, address: string): Promise<void> {
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  await prisma.auditEntry.create({
    data: auditData({
      userId: null,
      action: "login_failed",
      entityType: "user",
      entityId: user?.id ?? email,
      after: { email, address },
    }),
  });
}

export async function logOut(headers: Headers, userId: string): Promise<void> {
  await auth.api.signOut({ headers });
  forgetSessions();
  await prisma.auditEntry.create({
    data: auditData({ userId, action: "logout", entityType: "user", entityId: userId }),
  });
}
