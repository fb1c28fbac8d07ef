import { describe, expect, it } from "vitest";
import { tokenRole } from "@/lib/tokens/queries";
import { tokenCreateSchema } from "@/lib/tokens/schema";
import { bearerSecret, hashTokenSecret, newTokenSecret, visiblePrefix } from "@/lib/tokens/secret";

describe("API token secrets", () => {
  it("makes distinct secrets of 256 random bits behind the pact_ prefix", () => {
    const secrets = new Set(Array.from({ length: 50 }, newTokenSecret));
    expect(secrets.size).toBe(50);
    for (const secret of secrets) expect(secret).toMatch(/^pact_[A-Za-z0-9_-]{43}$/);
  });

  it("stores a hash that does not contain the secret, and shows only its start", () => {
    const secret = newTokenSecret();
    expect(hashTokenSecret(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTokenSecret(secret)).toBe(hashTokenSecret(secret));
    expect(hashTokenSecret(secret)).not.toBe(hashTokenSecret(`${secret}x`));
    expect(visiblePrefix(secret)).toHaveLength(11);
    expect(secret.startsWith(visiblePrefix(secret))).toBe(true);
  });

  it("reads a Bearer header: the secret, '' for an unusable one, null for none or another scheme", () => {
    const secret = newTokenSecret();
    expect(bearerSecret(`Bearer ${secret}`)).toBe(secret);
    expect(bearerSecret(`bearer   ${secret}  `)).toBe(secret);
    expect(bearerSecret("Bearer")).toBe("");
    expect(bearerSecret("Bearer abc")).toBe("");
    expect(bearerSecret(`Bearer pact_${"a".repeat(300)}`)).toBe("");
    expect(bearerSecret(null)).toBeNull();
    expect(bearerSecret("Basic dXNlcjpwYXNz")).toBeNull();
    expect(bearerSecret("Bearerpact_x")).toBeNull();
  });
});

describe("what a token may do", () => {
  it("never grants more than its owner's role, and a read token only a viewer's", () => {
    expect(tokenRole("admin", "write")).toBe("admin");
    expect(tokenRole("editor", "write")).toBe("editor");
    expect(tokenRole("viewer", "write")).toBe("viewer");
    expect(tokenRole("admin", "read")).toBe("viewer");
    expect(tokenRole("editor", "anything else")).toBe("viewer");
  });

  it("needs a name, reads scope 'read' by default, and takes a day as the last one", () => {
    expect(tokenCreateSchema.parse({ name: " CI " })).toEqual({ name: "CI", scope: "read" });
    expect(tokenCreateSchema.safeParse({ name: "" }).success).toBe(false);
    expect(tokenCreateSchema.safeParse({ name: "x", scope: "admin" }).success).toBe(false);
    expect(tokenCreateSchema.safeParse({ name: "x", expiresOn: "2027-02-30" }).success).toBe(false);
    expect(tokenCreateSchema.parse({ name: "x", expiresOn: "2027-02-28" }).expiresOn).toBe("2027-02-28");
  });
});
