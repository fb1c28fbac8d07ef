import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { keptUntilDataChanges } from "@/lib/db/data-version";

// A real SQLite file and the app's own Prisma client (with its adapter wrappers): what is kept
// must be dropped by a write through the app and by a commit from another connection.
const file = path.resolve("tests/.tmp/data-version.db");

describe("results kept until the data changes", () => {
  let db: PrismaClient;
  let calls = 0;
  const count = (key = "n") =>
    keptUntilDataChanges(db, key, async () => {
      calls++;
      const [row] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT COUNT(*) AS n FROM "T"`);
      return Number(row!.n);
    });

  beforeAll(async () => {
    mkdirSync(path.dirname(file), { recursive: true });
    rmSync(file, { force: true });
    const setup = new Database(file);
    setup.exec(`PRAGMA journal_mode = WAL; CREATE TABLE "T" ("v" INTEGER)`);
    setup.close();
    db = createPrismaClient(file);
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("computes once while nothing changes, and again after a write through the app", async () => {
    calls = 0;
    expect(await count()).toBe(0);
    expect(await count()).toBe(0);
    expect(calls).toBe(1);
    await db.$executeRawUnsafe(`INSERT INTO "T" ("v") VALUES (1)`);
    expect(await count()).toBe(1);
    expect(calls).toBe(2);
  });

  it("keeps its result across reads, a WITH … SELECT among them, and drops it after a WITH … INSERT", async () => {
    await count();
    calls = 0;
    await db.$queryRawUnsafe(`WITH m AS MATERIALIZED (SELECT "v" FROM "T") SELECT COUNT(*) AS n FROM m`);
    await db.$queryRawUnsafe(`SELECT "v" FROM "T" WHERE "v" > 0`);
    await count();
    expect(calls).toBe(0);
    await db.$executeRawUnsafe(`WITH x AS (SELECT 9 AS v) INSERT INTO "T" ("v") SELECT v FROM x`);
    await count();
    expect(calls).toBe(1);
  });

  it("computes again after a batch transaction commits", async () => {
    const before = await count();
    calls = 0;
    await db.$transaction([
      db.$executeRawUnsafe(`INSERT INTO "T" ("v") VALUES (2)`),
      db.$executeRawUnsafe(`INSERT INTO "T" ("v") VALUES (3)`),
    ]);
    expect(await count()).toBe(before + 2);
    expect(calls).toBe(1);
  });

  it("sees a commit made by another connection", async () => {
    const before = await count();
    const other = new Database(file);
    try {
      other.prepare(`INSERT INTO "T" ("v") VALUES (4)`).run();
    } finally {
      other.close();
    }
    expect(await count()).toBe(before + 1);
  });

  it("shares one computation among concurrent callers, and keeps no failure", async () => {
    await db.$executeRawUnsafe(`INSERT INTO "T" ("v") VALUES (5)`);
    calls = 0;
    const results = await Promise.all(Array.from({ length: 10 }, () => count()));
    expect(new Set(results).size).toBe(1);
    expect(calls).toBe(1);

    let attempts = 0;
    const failing = () =>
      keptUntilDataChanges(db, "failing", async () => {
        attempts++;
        throw new Error("boom");
      });
    await expect(failing()).rejects.toThrow("boom");
    await expect(failing()).rejects.toThrow("boom");
    expect(attempts).toBe(2);
  });

  it("computes again after an interactive transaction commits, and after a PRAGMA that sets something", async () => {
    const before = await count();
    calls = 0;
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`INSERT INTO "T" ("v") VALUES (6)`);
    });
    expect(await count()).toBe(before + 1);
    expect(calls).toBe(1);
    await db.$executeRawUnsafe(`PRAGMA user_version = 7`);
    await count();
    expect(calls).toBe(2);
    await db.$queryRawUnsafe(`PRAGMA user_version`);
    await count();
    expect(calls).toBe(2);
  });

  it("keeps what is read often when one-off results fill the budget", async () => {
    calls = 0;
    await count("often");
    // 400 KB each (as weighed): twenty of them overflow the 8 MB budget, so the oldest go.
    const oneOff = (i: number) => keptUntilDataChanges(db, `one-off ${i}`, async () => "y".repeat(200 * 2 ** 10));
    for (let i = 0; i < 40; i++) {
      await oneOff(i);
      if (i % 5 === 0) await count("often");
    }
    expect(calls).toBe(1);
    let recomputed = 0;
    await keptUntilDataChanges(db, "one-off 0", async () => {
      recomputed++;
      return "";
    });
    expect(recomputed).toBe(1);
  });

  it("does not keep a result too heavy for its budget", async () => {
    let heavy = 0;
    const big = () =>
      keptUntilDataChanges(db, "heavy", async () => {
        heavy++;
        return "x".repeat(2 ** 20);
      });
    await big();
    await big();
    expect(heavy).toBe(2);
  });
});
