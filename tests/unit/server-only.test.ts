import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A reads module holds the database client: `import "server-only"` makes Next fail the build of
// any component that would ship it to the browser, instead of failing in the browser.
function queriesFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : queriesFiles(full);
    return entry.name === "queries.ts" ? [full] : [];
  });
}

describe("queries modules", () => {
  it("are each marked server-only", () => {
    const files = queriesFiles("lib");
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((file) => !/^import "server-only";$/m.test(readFileSync(file, "utf8")))).toEqual([]);
  });
});
