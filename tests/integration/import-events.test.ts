import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callForm, count, csvFile, type Imported, type Preview } from "../helpers/import-actions";
import { integrationPort } from "../helpers/ports";
import { startServer } from "../helpers/server";
import { login } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { seededCopy } from "../helpers/write-server";

// Issue 16's events import, over HTTP against the built server: a file of events told from its
// headers, refused whole with each error named, then fixed and imported once, children and
// parents in one file; and the events export, which imports back as it is.

const HEADER = "Id,Title,Kind,Start,End,Host,Visitor,Parent,Source,Article,Publisher,Evidence";
const QUOTES = Array.from({ length: 20 }, (_, i) => `The Thai minister visited Laos for round ${i + 1} of talks.`);

/**
 * Twenty visits quoting one article; the first is a part of the last, which comes after it in
 * the file. `bad` replaces rows by their index.
 */
function twentyEvents(bad: Record<number, string> = {}): string {
  const rows = QUOTES.map(
    (quote, i) =>
      bad[i] ??
      `th-la-visit-${i + 1},Visit ${i + 1},visit,2024-${String((i % 12) + 1).padStart(2, "0")},,TH,Laos,${i === 0 ? "th-la-visit-20" : ""},https://news.example/th-la-visits,Thai visits to Laos,Example News,"${quote}"`,
  );
  return [HEADER, ...rows].join("\r\n") + "\r\n";
}

describe("importing a spreadsheet of events", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let file: string;
  let editor: string;
  beforeAll(async () => {
    file = seededCopy("import-20-events");
    server = await startServer(file, integrationPort(23));
    editor = await login(server.baseURL, TEST_USERS.editor);
  });
  afterAll(() => server?.stop());

  const events = () => count(file, `SELECT COUNT(*) AS n FROM "Event"`);
  const csv = (text: string) => csvFile(text, "events.csv");

  it("refuses a file with two bad rows whole, naming both by row and column, and writes nothing", async () => {
    const before = events();
    const broken = twentyEvents({
      5: `th-la-visit-6,Visit 6,visit,2024-13,,TH,Laos,,https://news.example/th-la-visits,Thai visits to Laos,Example News,"${QUOTES[5]}"`,
      13: `th-la-visit-14,Visit 14,visit,2024-02,,Atlantis,Laos,,https://news.example/th-la-visits,Thai visits to Laos,Example News,"${QUOTES[13]}"`,
    });
    const preview = await callForm<Preview & { kind: string }>(
      server.baseURL,
      "previewImportAction",
      { file: csv(broken) },
      editor,
    );
    expect(preview).toMatchObject({ ok: true, data: { kind: "events", rows: 20, ready: 18 } });
    if (!preview.ok) return;
    expect(preview.data.errors.map((e) => [e.row, e.column])).toEqual([
      [7, "Start"],
      [15, "Host"],
    ]);
    const confirm = await callForm<Imported>(
      server.baseURL,
      "confirmImportAction",
      { file: csv(broken), key: crypto.randomUUID() },
      editor,
    );
    expect(confirm).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Nothing was imported: 2 error/) },
    });
    expect(events()).toBe(before);
  });

  it("imports the fixed file once, parents before their children, however often it is confirmed", async () => {
    const before = events();
    const fixed = csv(twentyEvents());
    const key = crypto.randomUUID();
    const first = await callForm<Imported>(server.baseURL, "confirmImportAction", { file: fixed, key }, editor);
    expect(first).toMatchObject({ ok: true, data: { imported: 20, repeated: false, created: { sources: 1 } } });
    const again = await callForm<Imported>(server.baseURL, "confirmImportAction", { file: fixed, key }, editor);
    expect(again).toMatchObject({ ok: true, data: { imported: 20, repeated: true } });
    expect(events()).toBe(before + 20);
    expect(
      count(file, `SELECT COUNT(*) AS n FROM "Event" WHERE "id" = 'th-la-visit-1' AND "parentId" = 'th-la-visit-20'`),
    ).toBe(1);
    expect(count(file, `SELECT COUNT(*) AS n FROM "Citation" WHERE "eventId" LIKE 'th-la-visit-%'`)).toBe(20);
    expect(count(file, `SELECT COUNT(*) AS n FROM "AuditEntry" WHERE "action" = 'import'`)).toBe(21);
    const page = await fetch(`${server.baseURL}/api/v1/events/th-la-visit-1`);
    expect(await page.json()).toMatchObject({ kind: "visit", hostCountry: "TH", visitingCountry: "LA" });
  });
});

const exportEventsCsv = async (base: string) => (await fetch(`${base}/api/v1/exports/events?format=csv`)).text();

describe("the events export", () => {
  it("imports the seed's events into a Pact without events and exports them again identically", async () => {
    const seeded = await startServer(seededCopy("events-round-trip-source"), integrationPort(23));
    const exported = await exportEventsCsv(seeded.baseURL).finally(() => seeded.stop());
    const [header, ...rows] = exported.split("\r\n");
    expect(header).toBe(
      "id,title,title_fr,kind,description,start,end,location,host_country,visiting_country,parent_id,documents_signed,citations",
    );
    expect(rows.length).toBeGreaterThan(3);

    // The seed without its events: its sources (which the citations name by id) stay.
    const file = seededCopy("events-round-trip-target");
    const db = new Database(file);
    db.exec(`
      UPDATE "Commitment" SET "eventId" = NULL; UPDATE "Document" SET "eventId" = NULL;
      DELETE FROM "Citation" WHERE "eventId" IS NOT NULL
        OR "flagId" IN (SELECT "id" FROM "DataFlag" WHERE "eventId" IS NOT NULL);
      DELETE FROM "DataFlag" WHERE "eventId" IS NOT NULL;
      DELETE FROM "EventParticipant"; DELETE FROM "Event";`);
    db.close();
    const target = await startServer(file, integrationPort(24));
    try {
      expect(await exportEventsCsv(target.baseURL)).toBe(`${header}\r\n`);
      const cookie = await login(target.baseURL, TEST_USERS.editor);
      const imported = await callForm<Imported>(
        target.baseURL,
        "confirmImportAction",
        { file: csvFile(exported, "pact-events.csv"), key: crypto.randomUUID() },
        cookie,
      );
      expect(imported).toMatchObject({ ok: true, data: { repeated: false, created: { sources: 0 } } });
      expect(await exportEventsCsv(target.baseURL)).toBe(exported);
      const json = (await (await fetch(`${target.baseURL}/api/v1/exports/events?format=json`)).json()) as {
        total: number;
        data: unknown[];
      };
      expect(json.data.length).toBe(json.total);
      expect(json.total).toBe(rows.length - 1);
    } finally {
      await target.stop();
    }
  });
});
