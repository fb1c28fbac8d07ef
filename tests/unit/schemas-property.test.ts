import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loginSchema } from "@/lib/auth/schema";
import { commitmentFilterSchema } from "@/lib/commitments/schema";
import { searchQuerySchema } from "@/lib/search/schema";
import { statusChangeInputSchema } from "@/lib/status/schema";

// The schemas are the first line against bad input (the form and the server parse the same
// ones): whatever arrives, they answer with issues, never an exception, and say where.

const valid = {
  commitmentId: "c1",
  version: 3,
  toStatus: "in_progress",
  effective: "2019-06",
  evidence: { kind: "existing", sourceId: "s1", quote: "a quote of the source" },
};
const SCHEMAS = { statusChangeInputSchema, loginSchema, commitmentFilterSchema, searchQuerySchema } as const;

describe("input schemas under random input", () => {
  it("never throw, whatever the value, and every issue carries a code and a message", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(SCHEMAS)), fc.anything(), (name, value) => {
        const result = SCHEMAS[name as keyof typeof SCHEMAS].safeParse(value);
        if (!result.success) for (const issue of result.error.issues) expect(issue.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it("a status change accepts the valid body and names the field it refuses", () => {
    expect(statusChangeInputSchema.safeParse(valid).success).toBe(true);
    fc.assert(
      fc.property(
        fc.constantFrom("version", "toStatus", "effective", "evidence", "commitmentId"),
        fc.oneof(fc.string({ maxLength: 30 }), fc.double(), fc.constant(null), fc.array(fc.integer())),
        (key, value) => {
          const result = statusChangeInputSchema.safeParse({ ...valid, [key]: value });
          // A replacement can happen to be valid ("2019" is a date, "9" a version); a refusal names the field.
          if (!result.success) expect(result.error.issues.map((i) => String(i.path[0]))).toContain(key);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses any unknown field of a status change, by name", () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: 20 })
          .filter((k) => !(k in valid) && !["note", "reason", "correctsId", "__proto__"].includes(k)),
        (key) => {
          const result = statusChangeInputSchema.safeParse({ ...valid, [key]: "x" });
          expect(result.success).toBe(false);
          const issue = result.error!.issues.find((i) => i.code === "unrecognized_keys");
          expect(issue && "keys" in issue ? issue.keys : []).toContain(key);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("refuses numbers past every limit in a list's paging, naming the parameter", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("page", "pageSize"),
        fc.oneof(
          fc.bigInt({ min: 10n ** 6n, max: 10n ** 40n }).map(String),
          fc.constantFrom("-1", "0", "1.5", "1e309", "NaN", ""),
        ),
        (key, value) => {
          const result = commitmentFilterSchema.safeParse({ [key]: value });
          expect(result.success).toBe(false);
          expect(result.error!.issues[0]!.path[0]).toBe(key);
        },
      ),
      { numRuns: 200 },
    );
  });
});
