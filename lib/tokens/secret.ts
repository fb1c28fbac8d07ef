import { createHash, randomBytes } from "node:crypto";
import { TOKEN_PREFIX } from "./schema";

/** A new secret: the prefix and 32 random bytes. Only its hash is stored. */
export function newTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/**
 * The stored form of a secret. A plain SHA-256 suffices, unlike for passwords: the secret has
 * 256 random bits, so there is nothing for a slow hash to protect against guessing.
 */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** What a list shows of a token: enough to tell two apart, far too little to use. */
export function visiblePrefix(secret: string): string {
  return secret.slice(0, TOKEN_PREFIX.length + 6);
}

/**
 * The secret of an `Authorization: Bearer …` header; null without one. A header naming another
 * scheme is not Pact's to judge (null too); a Bearer header without a usable value is "".
 */
export function bearerSecret(header: string | null): string | null {
  if (!header) return null;
  const match = /^Bearer(?:\s+(.*))?$/i.exec(header.trim());
  if (!match) return null;
  const value = (match[1] ?? "").trim();
  return value.startsWith(TOKEN_PREFIX) && value.length <= 200 ? value : "";
}
