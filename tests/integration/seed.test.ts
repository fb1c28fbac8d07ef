import { describe, expect, inject, it } from "vitest";
import { CATALOG_CODES } from "@/lib/countries/catalog";

describe("the embedded dataset on a fresh, migrated database", () => {
  it("loads every table it feeds on the first run", () => {
    const { output, counts } = inject("firstSeed");
    expect(output).toMatch(/Seeded .*9 commitment/);
    expect(counts.Commitment).toBe(9);
    // Every country of the catalog, not only the two the dataset names (lib/countries/sync.ts).
    expect(counts.Country).toBe(CATALOG_CODES.length);
    expect(counts.Source).toBe(2);
    expect(counts.Event).toBe(4);
    expect(counts.Document).toBe(2);
    expect(counts.StatusChange).toBeGreaterThanOrEqual(9);
    expect(counts.Citation).toBeGreaterThan(30);
    expect(counts.AuditEntry).toBeGreaterThan(0);
  });

  it("changes nothing when run a second time", () => {
    const first = inject("firstSeed");
    const second = inject("secondSeed");
    expect(second.output).toMatch(/nothing new/);
    expect(second.counts).toEqual(first.counts);
  });
});
