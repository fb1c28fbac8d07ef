import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { integrationPort } from "../helpers/ports";
import { startServer } from "../helpers/server";
import { callForm, count, csvFile, type Imported, type Preview } from "../helpers/import-actions";
import { login } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { seededCopy } from "../helpers/write-server";

// Issue 16's import, over HTTP against the built server: a file refused whole with each error
// named, the same file fixed and imported once however often it is confirmed, and Pact's own
// export imported into a Pact without commitments and exported again, byte for byte.

const HEADER = "Title,Kind,Giver,Receiver,Amount,Currency,Target,Source,Article,Publisher,Evidence";
const QUOTES = Array.from(
  { length: 20 },
  (_, i) => `Thailand pledged ${i + 1} million USD to Laos for project ${i + 1}.`,
);

/** Twenty rows quoting one article; `bad` replaces rows by their index. */
function twentyRows(bad: Record<number, string> = {}): string {
  const rows = QUOTES.map(
    (quote, i) =>
      bad[i] ??
      `Project ${i + 1} grant,pledge,TH,Laos,${i + 1}000000,USD,2027,https://news.example/th-la,Thai aid to Laos,Example News,"${quote}"`,
  );
  return [HEADER, ...rows].join("\r\n") + "\r\n";
}

const exportCsv = async (base: string) => (await fetch(`${base}/api/v1/exports/commitments?format=csv`)).text();

describe("importing a spreadsheet", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let file: string;
  let editor: string;
  beforeAll(async () => {
    file = seededCopy("import-20-rows");
    server = await startServer(file, integrationPort(13));
    editor = await login(server.baseURL, TEST_USERS.editor);
  });
  afterAll(() => server?.stop());

  const commitments = () => count(file, `SELECT COUNT(*) AS n FROM "Commitment"`);

  it("refuses a file with two bad rows whole, naming both by row and column, and writes nothing", async () => {
    const before = commitments();
    const broken = twentyRows({
      5: `Project 6 grant,pledge,TH,Laos,6000000,DOLLARS,2027,https://news.example/th-la,Thai aid to Laos,Example News,"${QUOTES[5]}"`,
      13: `Project 14 grant,pledge,TH,Atlantis,14000000,USD,2027,https://news.example/th-la,Thai aid to Laos,Example News,"${QUOTES[13]}"`,
    });
    const preview = await callForm<Preview>(server.baseURL, "previewImportAction", { file: csvFile(broken) }, editor);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.data).toMatchObject({ rows: 20, ready: 18 });
    expect(preview.data.errors.map((e) => [e.row, e.column])).toEqual([
      [7, "Currency"],
      [15, "Receiver"],
    ]);
    const confirm = await callForm<Imported>(
      server.baseURL,
      "confirmImportAction",
      { file: csvFile(broken), key: crypto.randomUUID() },
      editor,
    );
    expect(confirm.ok).toBe(false);
    if (confirm.ok) return;
    expect(confirm.error.message).toMatch(/Nothing was imported: 2 error/);
    expect(confirm.error.current?.errors?.map((e) => [e.row, e.column])).toEqual([
      [7, "Currency"],
      [15, "Receiver"],
    ]);
    expect(commitments()).toBe(before);
  });

  it("imports the fixed file once, however often the same confirmation is sent", async () => {
    const before = commitments();
    const fixed = csvFile(twentyRows());
    const key = crypto.randomUUID();
    const first = await callForm<Imported>(server.baseURL, "confirmImportAction", { file: fixed, key }, editor);
    expect(first).toMatchObject({ ok: true, data: { imported: 20, repeated: false, created: { sources: 1 } } });
    expect(commitments()).toBe(before + 20);
    const again = await Promise.all(
      [1, 2].map(() => callForm<Imported>(server.baseURL, "confirmImportAction", { file: fixed, key }, editor)),
    );
    for (const answer of again) expect(answer).toMatchObject({ ok: true, data: { imported: 20, repeated: true } });
    expect(commitments()).toBe(before + 20);
    // Each row cites the one new source, and holds its status from today with that quote; one
    // audit entry per commitment and one for the source.
    expect(count(file, `SELECT COUNT(*) AS n FROM "Citation" WHERE "quote" LIKE 'Thailand pledged %'`)).toBe(40);
    expect(count(file, `SELECT COUNT(*) AS n FROM "AuditEntry" WHERE "action" = 'import'`)).toBe(21);
  });

  it("remembers the mapping for files with the same headers", async () => {
    const preview = await callForm<Preview & { mappingFrom: string }>(
      server.baseURL,
      "previewImportAction",
      { file: csvFile(twentyRows()) },
      editor,
    );
    expect(preview).toMatchObject({ ok: true, data: { mappingFrom: "remembered" } });
  });

  it("refuses a viewer", async () => {
    const viewer = await login(server.baseURL, TEST_USERS.viewer);
    const answer = await callForm<Preview>(
      server.baseURL,
      "previewImportAction",
      { file: csvFile(twentyRows()) },
      viewer,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
});

describe("the export round trip", () => {
  it("imports the seed's export into a Pact without commitments and exports it again identically", async () => {
    const seeded = await startServer(seededCopy("import-round-trip-source"), integrationPort(13));
    const exported = await exportCsv(seeded.baseURL).finally(() => seeded.stop());
    expect(exported.split("\r\n").length).toBeGreaterThan(5);

    // The seed without its commitments: its sources, events and documents (which the export
    // names by id) stay, as in a Pact that holds the evidence but none of the records.
    const file = seededCopy("import-round-trip-target");
    const db = new Database(file);
    db.exec(`
      DELETE FROM "Citation" WHERE "commitmentId" IS NOT NULL OR "statusChangeId" IS NOT NULL
        OR "flagId" IN (SELECT "id" FROM "DataFlag" WHERE "commitmentId" IS NOT NULL);
      DELETE FROM "DataFlag" WHERE "commitmentId" IS NOT NULL;
      DELETE FROM "CommitmentLink"; DELETE FROM "StatusChange"; DELETE FROM "CommitmentSide";
      DELETE FROM "CommitmentSector"; DELETE FROM "Commitment";`);
    db.close();
    const target = await startServer(file, integrationPort(14));
    try {
      expect(await exportCsv(target.baseURL)).toBe(exported.split("\r\n")[0] + "\r\n");
      const cookie = await login(target.baseURL, TEST_USERS.editor);
      const imported = await callForm<Imported>(
        target.baseURL,
        "confirmImportAction",
        { file: csvFile(exported, "pact-commitments.csv"), key: crypto.randomUUID() },
        cookie,
      );
      expect(imported).toMatchObject({ ok: true, data: { repeated: false, created: { sources: 0 } } });
      expect(await exportCsv(target.baseURL)).toBe(exported);
    } finally {
      await target.stop();
    }
  });
});
