import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { prisma } from "../db/client";
import { PASSWORD_MIN } from "./schema";

const baseURL = process.env.BETTER_AUTH_URL ?? "http://localhost:3000";

/**
 * Email and password accounts with database sessions. No public sign-up: admins create accounts.
 * Pact calls it from its own server actions and routes only (`auth.api.*`); Better Auth's HTTP
 * handler is not mounted, so there is no endpoint of it to protect.
 */
export const auth = betterAuth({
  baseURL,
  secret: process.env.BETTER_AUTH_SECRET,
  database: prismaAdapter(prisma, { provider: "sqlite" }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: PASSWORD_MIN, maxPasswordLength: 200 },
  user: { additionalFields: { role: { type: "string", required: false, defaultValue: "viewer", input: false } } },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  advanced: {
    // HttpOnly and SameSite=Lax are Better Auth's defaults; Secure follows the public address.
    useSecureCookies: baseURL.startsWith("https://"),
    cookiePrefix: "pact",
  },
  // nextCookies lets server actions set the session cookie; it must come last.
  plugins: [nextCookies()],
});
