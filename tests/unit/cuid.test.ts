import { describe, expect, it } from "vitest";
import { cuid } from "@/lib/db/cuid";

describe("cuid", () => {
  it("makes ids shaped like Prisma's cuid(): 25 characters, a leading c, base 36", () => {
    for (let i = 0; i < 100; i++) expect(cuid()).toMatch(/^c[0-9a-z]{24}$/);
  });

  it("never repeats itself, and sorts by creation time across milliseconds", async () => {
    const ids = Array.from({ length: 20_000 }, () => cuid());
    expect(new Set(ids).size).toBe(ids.length);
    const first = cuid();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(cuid() > first).toBe(true);
  });
});
