import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { failureReason } from "@/lib/webhooks/deliver";
import { webhookBody } from "@/lib/webhooks/payload";
import { MAX_ATTEMPTS, retryBaseMs, retryDelayMs } from "@/lib/webhooks/retry";
import { eventsColumn, eventsOf, webhookCreateSchema } from "@/lib/webhooks/schema";
import { signatureHeader, verifySignature } from "@/lib/webhooks/sign";

const SECRET = "whsec_test-secret";
const BODY = '{"id":"d1","event":"ping"}';

describe("webhook signatures", () => {
  it("signs t.body with HMAC-SHA256 of the secret (a vector computed with openssl)", () => {
    // printf '%s' '1700000000.{"id":"d1","event":"ping"}' | openssl dgst -sha256 -hmac 'whsec_test-secret'
    expect(signatureHeader(SECRET, BODY, 1_700_000_000)).toBe(
      "t=1700000000,v1=42b51f30dd2c8bea36916c3ab9d2ba58ee0f65cca19fa429ae51d1bf35c5c081",
    );
  });

  it("agrees with node:crypto on any body, multibyte text included", () => {
    const body = webhookBody("c1", "status_change", new Date("2026-01-02T03:04:05Z"), { title: "Télévision — 电视" });
    const expected = createHmac("sha256", "another secret").update(`1767323045.${body}`, "utf8").digest("hex");
    expect(signatureHeader("another secret", body, 1_767_323_045)).toBe(`t=1767323045,v1=${expected}`);
  });

  it("verifies its own header, and refuses another secret, another body, or an old timestamp", () => {
    const header = signatureHeader(SECRET, BODY, 1_700_000_000);
    expect(verifySignature(SECRET, BODY, header, 1_700_000_100)).toBe(true);
    expect(verifySignature("whsec_other", BODY, header, 1_700_000_100)).toBe(false);
    expect(verifySignature(SECRET, `${BODY} `, header, 1_700_000_100)).toBe(false);
    expect(verifySignature(SECRET, BODY, header, 1_700_000_000 + 301)).toBe(false);
    expect(verifySignature(SECRET, BODY, "t=1700000000,v1=zz", 1_700_000_000)).toBe(false);
    expect(verifySignature(SECRET, BODY, "garbage", 1_700_000_000)).toBe(false);
  });
});

describe("webhook retries", () => {
  it("waits 30 s, 2 min, 10 min, 1 h, 6 h and 24 h after each failure, then gives up", () => {
    const delays = Array.from({ length: MAX_ATTEMPTS }, (_, i) => retryDelayMs(i + 1));
    expect(delays).toEqual([30_000, 120_000, 600_000, 3_600_000, 21_600_000, 86_400_000, null]);
    expect(MAX_ATTEMPTS).toBe(7);
  });

  it("scales the schedule by PACT_WEBHOOK_RETRY_BASE_MS, ignoring a value that is not a positive number", () => {
    expect(retryBaseMs({ PACT_WEBHOOK_RETRY_BASE_MS: "200" })).toBe(200);
    expect(retryDelayMs(2, 200)).toBe(800);
    for (const value of [undefined, "", "0", "-5", "soon"])
      expect(retryBaseMs({ PACT_WEBHOOK_RETRY_BASE_MS: value })).toBe(30_000);
  });
});

describe("webhook failures as admins read them", () => {
  it("names a timeout, a refused connection or an unknown host, never the exception's text", () => {
    const timeout = new DOMException("The operation was aborted due to timeout", "TimeoutError");
    expect(failureReason(timeout)).toBe("timeout (10 s)");
    const refused = new TypeError("fetch failed", { cause: Object.assign(new Error("x"), { code: "ECONNREFUSED" }) });
    expect(failureReason(refused)).toBe("connection refused");
    const dns = new TypeError("fetch failed", { cause: { code: "ENOTFOUND" } });
    expect(failureReason(dns)).toBe("host not found");
    expect(failureReason(new Error("secret internals at /srv/app.js:12"))).toBe("network error");
  });
});

describe("webhook subscriptions' input", () => {
  const valid = { url: "https://example.org/hook", events: ["status_change"] };

  it("takes http and https addresses only", () => {
    expect(webhookCreateSchema.safeParse(valid).success).toBe(true);
    expect(webhookCreateSchema.safeParse({ ...valid, url: "http://127.0.0.1:9000/x" }).success).toBe(true);
    for (const url of ["ftp://example.org/x", "javascript:alert(1)", "file:///etc/passwd", "example.org", ""])
      expect(webhookCreateSchema.safeParse({ ...valid, url }).success, url).toBe(false);
  });

  it("wants an event at least, and a supplied secret long enough and without spaces", () => {
    expect(webhookCreateSchema.safeParse({ ...valid, events: [] }).success).toBe(false);
    expect(webhookCreateSchema.safeParse({ ...valid, events: ["ping"] }).success).toBe(false);
    expect(webhookCreateSchema.safeParse({ ...valid, secret: "short" }).success).toBe(false);
    expect(webhookCreateSchema.safeParse({ ...valid, secret: "a long secret with spaces in it" }).success).toBe(false);
    expect(webhookCreateSchema.safeParse({ ...valid, secret: "x".repeat(24) }).success).toBe(true);
  });

  it("stores the events in one order whatever the order chosen", () => {
    expect(eventsColumn(["commitment_created", "status_change"])).toBe("status_change,commitment_created");
    expect(eventsOf("commitment_created,unknown")).toEqual(["commitment_created"]);
  });
});
