import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { freshDatabase } from "../helpers/server";

// The real adapter on a real migrated file: what one request's transaction does must never
// swallow, or be seen by, another request's queries on the same connection.
describe("one SQLite connection shared by concurrent requests", () => {
  let prisma: PrismaClient;
  beforeAll(() => {
    prisma = createPrismaClient(freshDatabase("db-gate"));
  });
  afterAll(() => prisma.$disconnect());

  const country = (code: string) => prisma.country.findUnique({ where: { code } });

  it("keeps a write made during another request's transaction when that transaction rolls back", async () => {
    let inside!: () => void;
    const opened = new Promise<void>((resolve) => (inside = resolve));
    const failing = prisma
      .$transaction(async (tx) => {
        await tx.country.create({ data: { code: "AA", name: "Rolled back" } });
        inside();
        // Something slow inside the transaction (a hash, a network call) gives others a turn.
        await new Promise((resolve) => setTimeout(resolve, 150));
        throw new Error("abort");
      })
      .catch((error: Error) => error.message);
    await opened;
    // Issued while the transaction is open: it must neither see its row nor be rolled back with it.
    const [seen, written] = await Promise.all([
      country("AA"),
      prisma.country.create({ data: { code: "BB", name: "Kept" } }),
    ]);
    expect(await failing).toBe("abort");
    expect(seen).toBeNull();
    expect(written.code).toBe("BB");
    expect(await country("BB")).not.toBeNull();
    expect(await country("AA")).toBeNull();
  });

  it("runs transactions one after another, each whole", async () => {
    await prisma.country.create({ data: { code: "CC", name: "0" } });
    // Read-modify-write in 20 concurrent transactions: no lost increment.
    await Promise.all(
      Array.from({ length: 20 }, () =>
        prisma.$transaction(async (tx) => {
          const row = await tx.country.findUniqueOrThrow({ where: { code: "CC" } });
          await new Promise((resolve) => setTimeout(resolve, 1));
          await tx.country.update({ where: { code: "CC" }, data: { name: String(Number(row.name) + 1) } });
        }),
      ),
    );
    expect((await country("CC"))?.name).toBe("20");
  });

  it("refuses, naming the mistake, a query on the outer client from inside a transaction, instead of waiting forever", async () => {
    const mistakes = [
      () => prisma.country.findUnique({ where: { code: "FF" } }),
      () => prisma.$queryRaw`SELECT 1`,
      () => prisma.$transaction(async (inner) => inner.country.count()),
    ];
    for (const mistake of mistakes) {
      const started = Date.now();
      const outcome = await prisma
        .$transaction(async (tx) => {
          await tx.country.create({ data: { code: "FF", name: "Rolled back" } });
          return mistake();
        })
        .then(
          () => "committed",
          (error: Error) => error.message,
        );
      expect(outcome).toMatch(/use tx inside a transaction/);
      // Prisma's own transaction timeout is 5 s: the refusal comes long before it.
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(await country("FF")).toBeNull();
    }
    // Once the transaction has ended, the outer client is free again, even for work it started.
    let later!: Promise<unknown>;
    await prisma.$transaction(async (tx) => {
      await tx.country.create({ data: { code: "GG", name: "Committed" } });
      later = new Promise((resolve) => setTimeout(resolve, 50)).then(() => country("GG"));
    });
    expect(await later).not.toBeNull();
  });

  it("keeps an outside write, and hides nothing, when a batch transaction (as status changes use) rolls back", async () => {
    // The batch's second statement fails: its first must vanish, the concurrent write must not.
    const failing = prisma
      .$transaction([
        prisma.$executeRaw`INSERT INTO "Country" ("code", "name") VALUES ('DD', 'Rolled back')`,
        prisma.$executeRaw`INSERT INTO "Country" ("code", "name") VALUES ('DD', 'Duplicate')`,
      ])
      .then(
        () => "committed",
        () => "rolled back",
      );
    const written = prisma.country.create({ data: { code: "EE", name: "Kept" } });
    expect(await failing).toBe("rolled back");
    expect((await written).code).toBe("EE");
    expect(await country("EE")).not.toBeNull();
    expect(await country("DD")).toBeNull();
  });
});
