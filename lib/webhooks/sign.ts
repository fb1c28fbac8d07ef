import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The Pact-Signature header of a delivery: `t=<unix seconds>,v1=<hex HMAC-SHA256>` over
 * `t + "." + body`. The time is signed with the body so that a captured request cannot be
 * replayed later under a fresh timestamp; receivers refuse old ones (docs/api.md, Webhooks).
 */
export function signatureHeader(secret: string, body: string, unixSeconds: number): string {
  return `t=${unixSeconds},v1=${hmacHex(secret, `${unixSeconds}.${body}`)}`;
}

function hmacHex(secret: string, text: string): string {
  return createHmac("sha256", secret).update(text, "utf8").digest("hex");
}

/**
 * Whether `header` signs `body` with `secret` at a time within `toleranceSeconds` of `now`: what
 * a receiver does, kept here so the tests and the documentation check the same rule.
 */
export function verifySignature(
  secret: string,
  body: string,
  header: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const parts = new Map(
    header.split(",").map((part) => {
      const at = part.indexOf("=");
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const t = Number(parts.get("t"));
  const given = parts.get("v1") ?? "";
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(hmacHex(secret, `${t}.${body}`), "hex");
  const actual = Buffer.from(given, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
