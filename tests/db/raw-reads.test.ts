import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSynthetic } from "@/scripts/generate-synthetic";

// Every raw read is declared once (lib/db/read-sql.ts): its statement and the strict shape of its
// row. On a seeded database, each declaration must name exactly the columns its statement
// returns, and each statement's rows must parse, nested JSON documents included. A column renamed
// in a statement, in a row shape or in the schema without the others fails here.
const file = path.resolve("tests/.tmp/raw-reads.db");
const TODAY = "2025-06-30";
const AS_OF = "2019-06-30";

type Module = Record<string, unknown>;
type RawRead = import("@/lib/db/read-sql").RawRead<import("zod").core.$ZodLooseShape, unknown[]>;

/** Every TypeScript file of lib/ but the generated client, relative to the repository. */
function libFiles(dir = "lib"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : libFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const sqlFiles = () => libFiles().filter((f) => f.endsWith("-sql.ts"));

/** Sample values read from the seeded database, for the statements' arguments. */
function samples(db: Database.Database) {
  const ids = (db.prepare(`SELECT "id" FROM "Commitment" ORDER BY "id"`).all() as { id: string }[]).map((r) => r.id);
  const change = db
    .prepare(
      `SELECT s."id", s."commitmentId", ci."sourceId" FROM "StatusChange" s JOIN "Citation" ci ON ci."statusChangeId" = s."id" LIMIT 1`,
    )
    .get() as { id: string; commitmentId: string; sourceId: string };
  const pair = db
    .prepare(
      `SELECT g."countryCode" AS a, r."countryCode" AS b FROM "CommitmentSide" g JOIN "CommitmentSide" r ON r."commitmentId" = g."commitmentId" AND r."role" = 'receiver' WHERE g."role" = 'giver' GROUP BY 1, 2 ORDER BY COUNT(*) DESC LIMIT 1`,
    )
    .get() as { a: string; b: string };
  const parents = (
    db.prepare(`SELECT DISTINCT "parentId" AS id FROM "Event" WHERE "parentId" IS NOT NULL LIMIT 20`).all() as {
      id: string;
    }[]
  ).map((r) => r.id);
  const person = db.prepare(`SELECT "name" FROM "Person" LIMIT 1`).get() as { name: string };
  const organization = db.prepare(`SELECT "name" FROM "Organization" LIMIT 1`).get() as { name: string };
  const text = (db.prepare(`SELECT "fullText" FROM "Source" LIMIT 1`).get() as { fullText: string }).fullText;
  const term = (db.prepare(`SELECT "title" FROM "Commitment" LIMIT 1`).get() as { title: string }).title.split(" ")[1]!;
  return { ids, change, pair, parents, person, organization, text, term };
}

describe("raw reads", () => {
  let reads: Map<string, RawRead>;
  let sample: ReturnType<typeof samples>;
  let db: Database.Database;
  let app: { prisma: import("@/lib/db/client").PrismaClient; args: Record<string, () => Promise<unknown[][]>> };

  beforeAll(async () => {
    generateSynthetic({ commitments: 300, seed: 7, out: file, now: TODAY, quiet: true });
    // The synthetic data has no editor, no receiving person and no flag on a commitment: give the
    // documents one each, so that their nested shapes are checked against data too.
    const setup = new Database(file);
    setup.exec(`INSERT INTO "user" ("id", "name", "email", "createdAt", "updatedAt") VALUES ('u1', 'An Editor', 'editor@example.org', '2020-01-01T00:00:00.000+00:00', '2020-01-01T00:00:00.000+00:00');
      UPDATE "StatusChange" SET "editorId" = 'u1' WHERE "id" = (SELECT MIN("id") FROM "StatusChange");
      UPDATE "CommitmentSide" SET "personId" = (SELECT MIN("id") FROM "Person") WHERE "role" = 'receiver' AND "commitmentId" = (SELECT MAX("id") FROM "Commitment");
      INSERT INTO "DataFlag" ("id", "kind", "field", "message", "commitmentId") VALUES ('f1', 'sources_differ', 'amount', 'The reports differ.', (SELECT MIN("id") FROM "Commitment"));`);
    setup.close();
    db = new Database(file, { readonly: true });
    sample = samples(db);
    // The app's client reads DATABASE_URL when its module loads.
    process.env.DATABASE_URL = `file:${file}`;
    reads = new Map();
    for (const source of sqlFiles()) {
      const exported = (await import(path.resolve(source))) as Module;
      const { isRawRead } = await import("@/lib/db/read-sql");
      for (const [name, value] of Object.entries(exported)) if (isRawRead(value)) reads.set(`${source}#${name}`, value);
    }
    const [
      { prisma },
      { commitmentFilterSchema },
      { eventFilterSchema },
      { eventOrderSql },
      { toFtsQuery },
      { SEARCH_TYPES },
      { distinctiveWords },
      search,
    ] = await Promise.all([
      import("@/lib/db/client"),
      import("@/lib/commitments/schema"),
      import("@/lib/events/schema"),
      import("@/lib/events/filter-sql"),
      import("@/lib/search/fts"),
      import("@/lib/search/schema"),
      import("@/lib/sources/similarity"),
      import("@/lib/search/search-sql"),
    ]);
    const fts = toFtsQuery(sample.term)!;
    const all = commitmentFilterSchema.parse({});
    const { ids, change, pair, parents } = sample;
    app = {
      prisma,
      // The arguments each statement is run with; a statement missing here fails the test.
      args: {
        "lib/as-of/status-sql.ts#knownChangesRead": async () => [[ids, AS_OF]],
        "lib/commitments/page-sql.ts#pageIdsRead": async () => [
          [all, TODAY, 10, 0],
          [commitmentFilterSchema.parse({ asOf: AS_OF, overdue: "true" }), TODAY, null, 0],
        ],
        "lib/commitments/page-sql.ts#countRead": async () => [
          [all, TODAY],
          [commitmentFilterSchema.parse({ asOf: AS_OF, q: sample.term }), TODAY],
        ],
        "lib/commitments/rows-sql.ts#commitmentRowsRead": async () => [[ids]],
        "lib/commitments/rows-sql.ts#commitmentSummaryRowsRead": async () => [[ids], [ids, AS_OF]],
        "lib/commitments/export-sql.ts#csvRowsRead": async () => [[ids]],
        "lib/search/search-sql.ts#rankedRead": async () => [
          [fts, SEARCH_TYPES, 5, undefined],
          [fts, ["commitment", "event"], 5, AS_OF],
        ],
        "lib/search/search-sql.ts#marksRead": async () => {
          const ranked = await search.rankedRead.run(prisma, fts, SEARCH_TYPES, 5, undefined);
          return [[fts, ranked.map((r) => Number(r.rid))]];
        },
        "lib/search/search-sql.ts#sourcesWithWordsRead": async () => [[distinctiveWords(sample.text)]],
        "lib/overview/overview-sql.ts#latestEventsRead": async () => [
          [undefined],
          [AS_OF],
          [undefined, { country: sample.pair.a }],
        ],
        "lib/overview/overview-sql.ts#statusCountsRead": async () => [
          [undefined, TODAY],
          [AS_OF, TODAY, { country: "VN" }],
        ],
        "lib/overview/overview-sql.ts#recentChangeIdsRead": async () => [
          [undefined, TODAY, {}, 8],
          [undefined, TODAY, { pair: [sample.pair.b, sample.pair.a] }, 8],
          [AS_OF, TODAY, {}, 8],
        ],
        "lib/overview/overview-sql.ts#kindCountsRead": async () => [[undefined, TODAY]],
        "lib/overview/overview-sql.ts#pledgedAmountsRead": async () => [[undefined, TODAY]],
        "lib/queue/queue-sql.ts#staleRead": async () => [["2030-01-01", 25]],
        "lib/queue/queue-sql.ts#staleCountRead": async () => [["2030-01-01"]],
        "lib/countries/pairs-sql.ts#pairStatusCountsRead": async () => [
          [[pair.a, pair.b], undefined],
          [[pair.b, pair.a], AS_OF],
        ],
        "lib/countries/pairs-sql.ts#pairCommitmentsRead": async () => [
          [[pair.a, pair.b], "a_to_b", undefined, 5],
          [[pair.b, pair.a], "b_to_a", AS_OF, 5],
        ],
        "lib/countries/pairs-sql.ts#commitmentPairsRead": async () => [[undefined], [AS_OF]],
        "lib/countries/pairs-sql.ts#eventPairsRead": async () => [[undefined], [AS_OF]],
        "lib/countries/pairs-sql.ts#documentPairsRead": async () => [[undefined], [AS_OF]],
        "lib/countries/country-sql.ts#countryRoleCountsRead": async () => [
          [pair.a, undefined],
          [pair.b, AS_OF],
        ],
        "lib/countries/country-sql.ts#commitmentPartnersRead": async () => [
          [pair.a, undefined],
          [pair.a, AS_OF],
        ],
        "lib/countries/country-sql.ts#recordPartnersRead": async () => [
          [pair.a, undefined],
          [pair.b, AS_OF],
        ],
        "lib/countries/country-sql.ts#countryRecordCountsRead": async () => [
          [pair.a, undefined],
          [pair.a, AS_OF],
        ],
        "lib/countries/country-sql.ts#countriesWithRecordsRead": async () => [[]],
        "lib/events/timeline-sql.ts#matchingDescendantsRead": async () => [[eventFilterSchema.parse({}), parents]],
        "lib/records/list-sql.ts#listIdsRead": async () => [
          ["Event", [], eventOrderSql("start"), { page: 1, pageSize: 5 }],
        ],
        "lib/records/list-sql.ts#listCountRead": async () => [["Event", []]],
        "lib/records/same-name-sql.ts#samePersonRead": async () => [[[sample.person.name.toUpperCase()], ""]],
        "lib/records/same-name-sql.ts#sameOrganizationRead": async () => [
          [[sample.organization.name.toLowerCase()], ""],
        ],
        "lib/status/change-sql.ts#changeContextRead": async () => [[change.commitmentId, change.id, change.sourceId]],
        "lib/db/dialect-sql.ts#dataVersionRead": async () => [[]],
        "lib/feeds/feed-sql.ts#feedChangeIdsRead": async () => [
          [{ filter: all }, TODAY, 50],
          [{ filter: commitmentFilterSchema.parse({ kind: "pledge", asOf: TODAY }) }, TODAY, 50, "walk"],
          [{ commitmentId: change.commitmentId, asOf: TODAY }, TODAY, 50],
          [{ filter: commitmentFilterSchema.parse({ pair: `${pair.a}-${pair.b}`, asOf: TODAY }) }, TODAY, 50],
        ],
        "lib/feeds/feed-sql.ts#overdueRowsRead": async () => [
          [all, TODAY, 50],
          [commitmentFilterSchema.parse({ asOf: AS_OF, kind: "pledge" }), TODAY, 50],
        ],
      },
    };
    return () => db.close();
  }, 120_000);

  /** The columns a statement returns, as SQLite prepares it (without running it). */
  const columnsOf = (statement: import("@/lib/db/client").Prisma.Sql) =>
    db
      .prepare(statement.sql)
      .columns()
      .map((c) => c.name);

  /** Whether a row shape names exactly these columns (a column of a kind not asked for may be left out). */
  function matches(read: RawRead, columns: string[]): boolean {
    const shape = read.row.shape;
    const required = Object.keys(shape).filter((key) => !shape[key]!.safeParse(undefined).success);
    return (
      columns.every((c) => c in shape) &&
      required.every((key) => columns.includes(key)) &&
      new Set(columns).size === columns.length
    );
  }

  it("finds the statements of every *-sql.ts file, each with arguments to run it with", () => {
    expect(reads.size).toBeGreaterThan(20);
    expect([...reads.keys()].filter((key) => !(key in app.args))).toEqual([]);
    expect(Object.keys(app.args).filter((key) => !reads.has(key))).toEqual([]);
  });

  it("declares, for every statement, exactly the columns it returns, and parses its rows", async () => {
    for (const [key, read] of reads) {
      for (const args of await app.args[key]!()) {
        const columns = columnsOf(read.sql(...args));
        expect({ key, columns, matches: matches(read, columns) }).toEqual({ key, columns, matches: true });
        const rows = await read.run(app.prisma, ...args);
        expect({ key, rows: rows.length > 0 }).toEqual({ key, rows: true });
      }
    }
  });

  it("checks the nested JSON documents against data holding every part of them", async () => {
    const { commitmentRowsRead } = await import("@/lib/commitments/rows-sql");
    const rows = (await commitmentRowsRead.run(app.prisma, sample.ids)).map((r) => r.doc);
    for (const part of ["citations", "statusChanges", "flags", "linksOut", "linksIn", "sectors", "sides"] as const) {
      expect({ part, found: rows.some((r) => r[part].length > 0) }).toEqual({ part, found: true });
    }
    for (const part of ["event", "document"] as const) {
      expect({ part, found: rows.some((r) => r[part] !== null) }).toEqual({ part, found: true });
    }
    for (const part of ["country", "organization", "person"] as const) {
      expect({ part, found: rows.some((r) => r.sides.some((s) => s[part] !== null)) }).toEqual({ part, found: true });
    }
    expect(rows.some((r) => r.statusChanges.some((s) => s.editor !== null && s.citations.length > 0))).toBe(true);
  });

  it("fails a statement whose column was renamed without its row shape", async () => {
    const { latestEventsRead } = await import("@/lib/overview/overview-sql");
    const statement = latestEventsRead.sql(undefined);
    const renamed = { ...statement, sql: statement.sql.replace("AS children,", "AS subEvents,") };
    expect(renamed.sql).not.toBe(statement.sql);
    expect(matches(latestEventsRead as unknown as RawRead, columnsOf(statement))).toBe(true);
    expect(matches(latestEventsRead as unknown as RawRead, columnsOf(renamed as typeof statement))).toBe(false);
    const rows = await app.prisma.$queryRawUnsafe<unknown[]>(renamed.sql, ...renamed.values);
    expect(() => latestEventsRead.row.parse(rows[0])).toThrow();
  });

  it("runs raw reads only through their declarations", () => {
    // Writes ($executeRaw) return no rows; every read goes through rawRead's one $queryRaw. A call,
    // not a mention: lib/db/gate.ts names the method to guard it.
    const callers = libFiles().filter((f) => /\.\$queryRaw/.test(readFileSync(f, "utf8")));
    expect(callers).toEqual(["lib/db/read-sql.ts"]);
  });
});
