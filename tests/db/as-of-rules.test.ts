import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../helpers/server";
import { STATUSES } from "@/lib/status/rules";

// The as-of rules exist in SQL (lib/as-of/status-sql.ts, where-sql.ts), as Prisma filters
// (where.ts) and in TypeScript (status.ts): on generated histories, written to a real migrated
// database, every form must answer the same, on every day asked, including the days a change
// takes effect and histories whose changes tie on their effective day and recording time.

const DAYS = ["2019-01-01", "2019-03-01", "2019-03-14", "2019-06-30", "2019-07-01", "2020-01-01"];
const AS_OF_DAYS = [...DAYS, "2018-12-31", "2019-03-13", "2019-07-02", "2021-01-01"];
const INSTANTS = ["2019-03-15T10:00:00.000Z", "2019-03-15T10:00:00.001Z", "2020-01-01T00:00:00.000Z"].map(
  (t) => new Date(t),
);

const changeArb = fc.record({
  toStatus: fc.constantFrom(...STATUSES),
  effectiveDate: fc.constantFrom(...DAYS),
  recordedAt: fc.constantFrom(...INSTANTS),
  // Ids sort in an order unrelated to the order of insertion.
  rank: fc.integer({ min: 0, max: 99 }),
});
const commitmentArb = fc.record({
  status: fc.constantFrom(...STATUSES),
  changes: fc.array(changeArb, { maxLength: 5 }),
});
const datedArb = fc.option(fc.constantFrom(...DAYS), { nil: null });
const caseArb = fc.record({
  commitments: fc.array(commitmentArb, { minLength: 1, maxLength: 4 }),
  events: fc.array(fc.constantFrom(...DAYS), { maxLength: 3 }),
  documents: fc.array(datedArb, { maxLength: 3 }),
  sources: fc.array(datedArb, { maxLength: 3 }),
  days: fc.uniqueArray(fc.constantFrom(...AS_OF_DAYS), { minLength: 1, maxLength: 4 }),
  seed: fc.integer(),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

const app = async () => ({
  client: await import("@/lib/db/client"),
  status: await import("@/lib/as-of/status"),
  statusSql: await import("@/lib/as-of/status-sql"),
  where: await import("@/lib/as-of/where"),
  whereSql: await import("@/lib/as-of/where-sql"),
  rows: await import("@/lib/commitments/rows-sql"),
  queries: await import("@/lib/commitments/queries"),
  schema: await import("@/lib/commitments/schema"),
  statuses: await import("@/lib/status/queries"),
});

/** A deterministic shuffle, so that the TypeScript rule never sees changes in history order by luck. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("the as-of rules agree in SQL, in Prisma filters and in TypeScript", () => {
  let a: Awaited<ReturnType<typeof app>>;
  beforeAll(async () => {
    const file = freshDatabase("as-of-rules");
    // The app's client reads DATABASE_URL when its module loads.
    process.env.DATABASE_URL = `file:${file}`;
    a = await app();
    await a.client.prisma.country.createMany({
      data: [
        { code: "VN", name: "Vietnam" },
        { code: "KH", name: "Cambodia" },
      ],
    });
  }, 120_000);

  async function write(c: Case) {
    const db = a.client.prisma;
    await db.statusChange.deleteMany();
    await db.commitment.deleteMany();
    await db.event.deleteMany();
    await db.document.deleteMany();
    await db.source.deleteMany();
    const commitments = c.commitments.map((commitment, i) => ({
      id: `c${i}`,
      status: commitment.status,
      changes: commitment.changes.map((change, k) => ({
        ...change,
        id: `s${String(change.rank).padStart(2, "0")}-${i}-${k}`,
      })),
    }));
    await db.commitment.createMany({
      data: commitments.map((x) => ({
        id: x.id,
        title: x.id,
        kind: "pledge",
        status: x.status,
      })),
    });
    await db.statusChange.createMany({
      data: commitments.flatMap((x) =>
        x.changes.map((s) => ({
          id: s.id,
          commitmentId: x.id,
          toStatus: s.toStatus,
          effectiveDate: s.effectiveDate,
          effectivePrecision: "day",
          recordedAt: s.recordedAt,
        })),
      ),
    });
    await db.event.createMany({
      data: c.events.map((day, i) => ({
        id: `e${i}`,
        title: `e${i}`,
        kind: "visit",
        startDate: day,
        startPrecision: "day",
      })),
    });
    await db.document.createMany({
      data: c.documents.map((day, i) => ({
        id: `d${i}`,
        title: `d${i}`,
        kind: "mou",
        status: "signed",
        signedDate: day,
        signedPrecision: day && "day",
      })),
    });
    await db.source.createMany({
      data: c.sources.map((day, i) => ({
        id: `s${i}`,
        title: `s${i}`,
        publisher: "p",
        language: "en",
        fullText: `text ${i}`,
        contentHash: `h${i}`,
        publishedDate: day,
        publishedPrecision: day && "day",
      })),
    });
    return commitments;
  }

  /** What the SQL forms answer for each commitment: its status on the day, and whether it is known. */
  async function sqlForms(asOf: string) {
    const { prisma, Prisma } = a.client;
    const rows = await prisma.$queryRaw<{ id: string; status: string | null; known: bigint | number }[]>(Prisma.sql`
      SELECT c."id", ${a.statusSql.statusAsOfSql(asOf)} AS "status", ${a.whereSql.commitmentKnownBySql(Prisma.sql`c."id"`, asOf)} AS "known"
      FROM "Commitment" c ORDER BY c."id"`);
    return rows.map((r) => ({ id: r.id, status: r.status, known: Number(r.known) === 1 }));
  }

  async function idsWhere(
    table: "Event" | "Document" | "Source",
    known: (t: import("@/lib/db/client").Prisma.Sql) => import("@/lib/db/client").Prisma.Sql,
  ) {
    const { prisma, Prisma } = a.client;
    const rows = await prisma.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT x."id" FROM ${Prisma.raw(`"${table}"`)} x WHERE ${known(Prisma.raw("x"))} ORDER BY x."id"`,
    );
    return rows.map((r) => r.id);
  }

  it("for a commitment's status and whether it is known, and for events, documents and sources", async () => {
    const { prisma } = a.client;
    const today = "2025-06-30";
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const commitments = await write(c);
        const ids = commitments.map((x) => x.id);
        const full = new Map((await a.rows.commitmentRows(ids)).map((r) => [r.id, r]));
        for (const x of commitments) {
          // The history the app reads is in the TypeScript history order.
          expect(full.get(x.id)!.statusChanges.map((s) => s.id)).toEqual(
            [...x.changes].sort(a.status.compareHistory).map((s) => s.id),
          );
        }
        for (const asOf of c.days) {
          const sql = await sqlForms(asOf);
          const typescript = commitments.map((x) => ({
            id: x.id,
            status: a.status.statusAsOf(shuffled(x.changes, c.seed), asOf)?.toStatus ?? null,
            known: a.status.commitmentKnownOn(x.changes, asOf),
          }));
          expect(sql).toEqual(typescript);
          for (const x of typescript) {
            const history = full.get(x.id)!.statusChanges;
            expect(a.status.changeInForce(history, asOf)?.toStatus ?? null).toBe(x.status);
            expect(a.status.commitmentKnownOn(history, asOf)).toBe(x.known);
          }
          const known = typescript.filter((x) => x.known);
          // Prisma's filter, the batch of statuses, the summaries' status and the list's filter.
          const prismaKnown = await prisma.commitment.findMany({
            where: a.where.commitmentKnownBy(asOf),
            select: { id: true },
            orderBy: { id: "asc" },
          });
          expect(prismaKnown.map((r) => r.id)).toEqual(known.map((x) => x.id));
          const batch = await a.statuses.statusesAsOf(ids, asOf);
          expect(Object.fromEntries(batch)).toEqual(Object.fromEntries(known.map((x) => [x.id, x.status])));
          const summaries = await a.rows.commitmentSummaryRows(ids, asOf);
          const current = new Map(commitments.map((x) => [x.id, x.status]));
          expect(new Map(summaries.map((r) => [r.id, r.status]))).toEqual(
            new Map(typescript.map((x) => [x.id, x.status ?? current.get(x.id)])),
          );
          const list = await a.queries.listCommitmentSummaries(
            a.schema.commitmentFilterSchema.parse({ asOf, sort: "title", pageSize: "200" }),
            today,
          );
          expect(list.data.map((s) => [s.id, s.status])).toEqual(known.map((x) => [x.id, x.status]));

          expect(await idsWhere("Event", (t) => a.whereSql.eventKnownBySql(t, asOf))).toEqual(
            (
              await prisma.event.findMany({
                where: a.where.eventKnownBy(asOf),
                select: { id: true },
                orderBy: { id: "asc" },
              })
            ).map((r) => r.id),
          );
          expect(await idsWhere("Document", (t) => a.whereSql.documentKnownBySql(t, asOf))).toEqual(
            (
              await prisma.document.findMany({
                where: a.where.documentKnownBy(asOf),
                select: { id: true },
                orderBy: { id: "asc" },
              })
            ).map((r) => r.id),
          );
          expect(await idsWhere("Source", (t) => a.whereSql.sourceKnownBySql(t, asOf))).toEqual(
            (
              await prisma.source.findMany({
                where: a.where.sourceKnownBy(asOf),
                select: { id: true },
                orderBy: { id: "asc" },
              })
            ).map((r) => r.id),
          );
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
