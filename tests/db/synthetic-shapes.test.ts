import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { countRead, pageIdsRead } from "@/lib/commitments/page-sql";
import { COMMITMENT_KINDS, commitmentFilterSchema } from "@/lib/commitments/schema";
import { quantityProblem } from "@/lib/commitments/quantity";
import { periodEndExclusive, type Precision } from "@/lib/dates/partial-date";
import { checkRange } from "@/lib/dates/range";
import { generateSynthetic } from "@/scripts/generate-synthetic";
import { Writer } from "@/scripts/synthetic/writer";

// The synthetic data must hold every shape of the model the app reads (issue 14), in believable
// proportions, so that the bench measures filters and pages on data like the real record's:
// mutual commitments, sides of several entries, international bodies, ranges, qualifiers,
// changes, intentions, document participants and titles in French.
const file = path.resolve("tests/.tmp/synthetic-shapes.db");
const TODAY = "2025-06-30";

describe("the synthetic data's shapes", () => {
  let db: Database.Database;
  beforeAll(() => {
    mkdirSync(path.dirname(file), { recursive: true });
    generateSynthetic({ commitments: 1500, seed: 19, out: file, now: TODAY, quiet: true });
    db = new Database(file, { readonly: true });
    return () => db.close();
  }, 120_000);
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  /** Pairs of countries on the sides of a commitment, busiest first. */
  const countryPairs = () =>
    all<{ pair: string; n: number }>(`
      SELECT s."countryCode" || '-' || t."countryCode" AS pair, COUNT(DISTINCT s."commitmentId") AS n
      FROM "CommitmentSide" s JOIN "CommitmentSide" t ON t."commitmentId" = s."commitmentId" AND t."countryCode" > s."countryCode"
      GROUP BY s."countryCode", t."countryCode" ORDER BY n DESC, pair`);
  const busiestPair = () => countryPairs()[0]!.pair;
  const share = (sql: string) => one(sql) / one(`SELECT COUNT(*) AS n FROM "Commitment"`);

  it("names forty countries by ISO code and spreads commitments over many pairs, a few of them busy", () => {
    expect(all<{ code: string }>(`SELECT "code" FROM "Country"`).map((c) => /^[A-Z]{2}$/.test(c.code))).toEqual(
      new Array(40).fill(true),
    );
    const pairs = countryPairs();
    expect(pairs.length).toBeGreaterThan(60);
    // The busiest pair holds a few per cent of all commitments (thousands at 100,000).
    expect(pairs[0]!.n).toBeGreaterThan(30);
  });

  it("makes about a third of the commitments mutual, every side of one either all parties or givers and receivers", () => {
    expect(share(`SELECT COUNT(*) AS n FROM "Commitment" WHERE "direction" = 'mutual'`)).toBeGreaterThan(0.25);
    expect(share(`SELECT COUNT(*) AS n FROM "Commitment" WHERE "direction" = 'mutual'`)).toBeLessThan(0.4);
    const sides = all<{ direction: string; roles: string; positions: string }>(`
      SELECT c."direction", group_concat(s."role", ',') AS roles, group_concat(s."position", ',') AS positions
      FROM "Commitment" c JOIN (SELECT * FROM "CommitmentSide" ORDER BY "commitmentId", "position") s ON s."commitmentId" = c."id"
      GROUP BY c."id"`);
    expect(sides).toHaveLength(1500);
    for (const { direction, roles, positions } of sides) {
      const list = roles.split(",");
      expect(positions).toBe(list.map((_, i) => i).join(","));
      if (direction === "mutual") {
        expect(list.length).toBeGreaterThanOrEqual(2);
        expect(new Set(list)).toEqual(new Set(["party"]));
      } else {
        // Givers first, then receivers, as the app stores them.
        expect(list).toEqual([...list].sort());
        expect(new Set(list)).toEqual(new Set(["giver", "receiver"]));
      }
    }
  });

  it("puts several entries on one side of a few per cent of the commitments", () => {
    const several = share(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM "CommitmentSide" GROUP BY "commitmentId", "role"
      HAVING COUNT(*) > (CASE WHEN "role" = 'party' THEN 2 ELSE 1 END))`);
    expect(several).toBeGreaterThan(0.01);
    expect(several).toBeLessThan(0.1);
  });

  it("gives each side the country of its entry or of its national organization, and none to a body", () => {
    expect(
      all(`SELECT s."id" FROM "CommitmentSide" s LEFT JOIN "Organization" o ON o."id" = s."organizationId"
        WHERE (o."id" IS NULL AND s."countryCode" IS NULL)
          OR (o."scope" = 'national' AND s."countryCode" IS NOT o."countryCode")
          OR (o."scope" != 'national' AND s."countryCode" IS NOT NULL)`),
    ).toEqual([]);
    expect(
      all(
        `SELECT s."id" FROM "CommitmentSide" s JOIN "Person" p ON p."id" = s."personId" WHERE p."countryCode" IS NOT s."countryCode"`,
      ),
    ).toEqual([]);
  });

  it("records international bodies and joint committees, with members, on every kind of record", () => {
    expect(
      one(`SELECT COUNT(*) AS n FROM "Organization" WHERE "scope" = 'international' AND "countryCode" IS NULL`),
    ).toBe(one(`SELECT COUNT(*) AS n FROM "Organization" WHERE "scope" = 'international'`));
    expect(one(`SELECT COUNT(*) AS n FROM "Organization" WHERE "scope" = 'international'`)).toBeGreaterThanOrEqual(5);
    expect(
      one(
        `SELECT COUNT(*) AS n FROM "OrganizationMember" m JOIN "Organization" o ON o."id" = m."organizationId" WHERE o."scope" = 'international'`,
      ),
    ).toBeGreaterThan(10);
    const committees = all<{ members: number; countryCode: string | null }>(`
      SELECT o."countryCode", (SELECT COUNT(*) FROM "OrganizationMember" m WHERE m."organizationId" = o."id") AS members
      FROM "Organization" o WHERE o."scope" = 'bilateral'`);
    expect(committees.length).toBeGreaterThan(0);
    expect(committees.every((c) => c.members === 2 && c.countryCode === null)).toBe(true);
    const body = `(SELECT "id" FROM "Organization" WHERE "scope" != 'national')`;
    for (const role of ["giver", "receiver"])
      expect(
        one(`SELECT COUNT(*) AS n FROM "CommitmentSide" WHERE "role" = '${role}' AND "organizationId" IN ${body}`),
        role,
      ).toBeGreaterThan(0);
    expect(
      one(`SELECT COUNT(*) AS n FROM "DocumentParty" WHERE "countryCode" IS NULL AND "organizationId" IN ${body}`),
    ).toBeGreaterThan(0);
    expect(
      one(`SELECT COUNT(*) AS n FROM "EventParticipant" WHERE "countryCode" IS NULL AND "organizationId" IN ${body}`),
    ).toBeGreaterThan(0);
  });

  it("sets some targets as ranges, each ending after the period it starts with", () => {
    const ranges = all<{
      targetDate: string;
      targetPrecision: Precision;
      targetEndDate: string;
      targetEndPrecision: Precision;
    }>(`SELECT * FROM "Commitment" WHERE "targetEndDate" IS NOT NULL`);
    expect(ranges.length).toBeGreaterThan(50);
    for (const r of ranges) {
      const start = { date: r.targetDate, precision: r.targetPrecision };
      const end = { date: r.targetEndDate, precision: r.targetEndPrecision };
      // A range the app's forms accept (lib/dates/range.ts), reaching past its first period.
      expect(checkRange(start, end), JSON.stringify(r)).toBeNull();
      expect(periodEndExclusive(end) > periodEndExclusive(start), JSON.stringify(r)).toBe(true);
    }
    expect(
      all(
        `SELECT "id" FROM "Commitment" WHERE ("targetEndDate" IS NULL) != ("targetEndPrecision" IS NULL) OR ("targetEndDate" IS NOT NULL AND "targetDate" IS NULL)`,
      ),
    ).toEqual([]);
  });

  it("qualifies every amount, and nothing without one", () => {
    expect(all(`SELECT "id" FROM "Commitment" WHERE ("amountMinor" IS NULL) != ("amountQualifier" IS NULL)`)).toEqual(
      [],
    );
    expect(
      all<{ q: string }>(
        `SELECT DISTINCT "amountQualifier" AS q FROM "Commitment" WHERE "amountQualifier" IS NOT NULL ORDER BY 1`,
      ).map((r) => r.q),
    ).toEqual(["about", "at_least", "exact", "up_to"]);
  });

  it("states quantities as a target, a change or both, a change adding up from its baseline", () => {
    const quantities = all<{ baseline: string | null; target: string | null; delta: string | null }>(
      `SELECT "quantityBaseline" AS baseline, "quantityTarget" AS target, "quantityDelta" AS delta FROM "Commitment" WHERE "quantityUnit" IS NOT NULL`,
    );
    // Every one a shape the app's rule accepts (lib/commitments/quantity.ts).
    expect(quantities.filter((q) => quantityProblem(q) !== null)).toEqual([]);
    expect(quantities.some((q) => q.delta !== null && q.target === null)).toBe(true);
    expect(quantities.some((q) => q.target !== null && q.delta === null)).toBe(true);
    const both = quantities.filter((q) => q.target !== null && q.delta !== null);
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((q) => q.baseline !== null && Number(q.baseline) + Number(q.delta) === Number(q.target))).toBe(
      true,
    );
  });

  it("uses only the kinds the app accepts, intentions among them once it knows them", () => {
    const kinds = all<{ kind: string }>(`SELECT DISTINCT "kind" FROM "Commitment"`).map((k) => k.kind);
    expect(kinds.filter((k) => !(COMMITMENT_KINDS as readonly string[]).includes(k))).toEqual([]);
    expect(kinds.includes("intent")).toBe((COMMITMENT_KINDS as readonly string[]).includes("intent"));
  });

  it("records witnesses, presiding officials and signatures by an organization's representative", () => {
    const roles = all<{ role: string }>(`SELECT DISTINCT "role" FROM "DocumentSignatory" ORDER BY 1`).map(
      (r) => r.role,
    );
    expect(roles).toEqual(["presiding", "signatory", "witness"]);
    expect(
      one(`SELECT COUNT(*) AS n FROM "DocumentSignatory" WHERE "personId" IS NULL AND "organizationId" IS NOT NULL`),
    ).toBeGreaterThan(0);
    expect(all(`SELECT "id" FROM "DocumentSignatory" WHERE "personId" IS NULL AND "organizationId" IS NULL`)).toEqual(
      [],
    );
  });

  it("reports on some events more documents signed than are recorded", () => {
    const events = all<{ signed: number; recorded: number }>(`
      SELECT e."documentsSigned" AS signed, (SELECT COUNT(*) FROM "Document" d JOIN "Event" x ON x."id" = d."eventId"
        WHERE x."id" = e."id" OR x."parentId" = e."id") AS recorded
      FROM "Event" e WHERE e."documentsSigned" IS NOT NULL`);
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => !(e.signed > e.recorded && e.recorded > 0))).toEqual([]);
  });

  it("titles records in English, French or both, a French-only one shown, quoted and found in French", () => {
    for (const [table, title, en, fr] of [
      ["Commitment", "title", "titleEn", "titleFr"],
      ["Event", "title", "titleEn", "titleFr"],
      ["Document", "title", "titleEn", "titleFr"],
      ["Organization", "name", "nameEn", "nameFr"],
    ]) {
      expect(all(`SELECT "id" FROM "${table}" WHERE "${title}" IS NOT COALESCE("${en}", "${fr}")`), table).toEqual([]);
      expect(one(`SELECT COUNT(*) AS n FROM "${table}" WHERE "${en}" IS NULL`), table).toBeGreaterThan(0);
      expect(
        one(`SELECT COUNT(*) AS n FROM "${table}" WHERE "${en}" IS NOT NULL AND "${fr}" IS NOT NULL`),
        table,
      ).toBeGreaterThan(0);
    }
    expect(
      all(`SELECT c."id" FROM "Commitment" c WHERE c."titleEn" IS NULL AND NOT EXISTS (SELECT 1 FROM "Citation" ci
        JOIN "Source" s ON s."id" = ci."sourceId" WHERE ci."commitmentId" = c."id" AND s."language" = 'fr')`),
    ).toEqual([]);
    // The search index holds each French title, as the app's triggers would have written it.
    expect(
      all(`SELECT c."id" FROM "Commitment" c JOIN "search_doc" d ON d."kind" = 'commitment' AND d."record_id" = c."id"
        JOIN "search_fts" f ON f."rowid" = d."rowid" WHERE c."titleFr" IS NOT NULL AND instr(f."title" || ' ' || f."body", c."titleFr") = 0`),
    ).toEqual([]);
  });

  it("lists for the bench's country and pair filters, page and count, the commitments with such sides", () => {
    const run = (statement: { sql: string; values: unknown[] }) => db.prepare(statement.sql).all(...statement.values);
    /** What the app lists for a filter: every page's ids in order, and the count. */
    const listed = (params: Record<string, string>) => {
      const filter = commitmentFilterSchema.parse(params);
      const ids = (run(pageIdsRead.sql(filter, TODAY, null, 0)) as { id: string }[]).map((r) => r.id);
      const [{ n }] = run(countRead.sql(filter, TODAY)) as [{ n: number | bigint }];
      return { ids, count: Number(n) };
    };
    const byTarget = all<{ id: string }>(
      `SELECT "id" FROM "Commitment" ORDER BY "targetDate" ASC NULLS LAST, "id" ASC`,
    );
    const expected = (ids: Set<string>, descending = false) => {
      const inOrder = (descending ? [...byTarget].reverse() : byTarget).map((r) => r.id).filter((id) => ids.has(id));
      return { ids: inOrder, count: ids.size };
    };
    const withCountry = new Set(
      all<{ id: string }>(`SELECT DISTINCT "commitmentId" AS id FROM "CommitmentSide" WHERE "countryCode" = 'VN'`).map(
        (r) => r.id,
      ),
    );
    expect(withCountry.size).toBeGreaterThan(100);
    expect(listed({ country: "VN" })).toEqual(expected(withCountry));
    expect(listed({ country: "VN", sort: "-target" }).ids).toEqual(
      all<{ id: string }>(`SELECT "id" FROM "Commitment" ORDER BY "targetDate" DESC NULLS LAST, "id" DESC`)
        .map((r) => r.id)
        .filter((id) => withCountry.has(id)),
    );
    // The busiest pair, as the bench picks it. Between a and b: one gives and the other
    // receives, or both are parties of a mutual commitment.
    const [a, b] = busiestPair().split("-") as [string, string];
    const roles = new Map<string, Set<string>>();
    for (const side of all<{ commitmentId: string; entry: string }>(
      `SELECT "commitmentId", "countryCode" || ':' || "role" AS entry FROM "CommitmentSide" WHERE "countryCode" IN ('${a}', '${b}')`,
    ))
      roles.set(side.commitmentId, (roles.get(side.commitmentId) ?? new Set()).add(side.entry));
    const between = new Set(
      [...roles]
        .filter(
          ([, r]) =>
            (r.has(`${a}:giver`) && r.has(`${b}:receiver`)) ||
            (r.has(`${b}:giver`) && r.has(`${a}:receiver`)) ||
            (r.has(`${a}:party`) && r.has(`${b}:party`)),
        )
        .map(([id]) => id),
    );
    expect(between.size).toBeGreaterThan(20);
    expect(listed({ pair: `${a}-${b}` })).toEqual(expected(between));
    expect(listed({ pair: `${b}-${a}` })).toEqual(expected(between));
  });

  it("writes a row already there (a country the app listed first) once, keeping the first", () => {
    const memory = new Database(":memory:");
    memory.exec(`CREATE TABLE "Country" ("code" TEXT PRIMARY KEY, "name" TEXT NOT NULL)`);
    const w = new Writer(memory);
    w.insert("Country", { code: "VN", name: "Viet Nam" }, { orIgnore: true });
    w.insert("Country", { code: "VN", name: "Vietnam" }, { orIgnore: true });
    expect(memory.prepare(`SELECT * FROM "Country"`).all()).toEqual([{ code: "VN", name: "Viet Nam" }]);
    expect(w.counts.Country).toBe(1);
    memory.close();
  });
});
