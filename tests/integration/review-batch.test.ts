import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { callAction, login, serverActions } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { ownWriteServer } from "../helpers/write-server";

// Issue 15, item 7: the suggestions an editor ticks on the review page are saved through one
// server action, in one transaction: everything or nothing, each refusal named by its row.
const writeServer = ownWriteServer();
const base = () => writeServer.baseURL;

// An article written for this test.
const VISIT = "Foreign Minister Somsak arrived in Phnom Penh on 4 February 2025 for a two-day visit.";
const SIGNING = "The two ministers signed a memorandum of understanding on river transport.";
const PLEDGE = "Thailand pledged 2 million USD to Cambodia for river ports.";
const ARTICLE = `${VISIT} ${SIGNING} ${PLEDGE}`;

type Result = { ok: boolean; data?: Record<string, { id: string; title: string }[]>; error?: Record<string, unknown> };

let editor: string;
let viewer: string;
let sourceId: string;
let actions: ReturnType<typeof serverActions>;
let savedEventId: string;

async function call(name: string, arg: unknown, cookie = editor): Promise<Result> {
  const action = actions.find((a) => a.name === name);
  if (!action) throw new Error(`no action ${name} in the build`);
  const { status, result } = await callAction(base(), action, arg, cookie);
  expect(status, `${name} answers`).toBe(200);
  return result as unknown as Result;
}

function rows<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(writeServer.databaseFile, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const count = (table: string) => rows<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}"`)[0]!.n;
const counts = () => ["Event", "Document", "Commitment", "Citation", "AuditEntry"].map(count);
const quote = (text: string) => ({ sourceId, quote: text, occurrence: 1 });

function batch() {
  return {
    sourceId,
    events: [
      {
        record: {
          titleEn: "Visit of the Thai foreign minister to Phnom Penh",
          kind: "visit",
          start: "2025-02-04",
          end: "2025-02-05",
          hostCountryCode: "KH",
          visitingCountryCode: "TH",
          citations: [quote(VISIT)],
        },
      },
    ],
    documents: [
      {
        event: 0,
        record: {
          titleEn: "Memorandum of understanding on river transport",
          kind: "mou",
          signed: "2025-02-04",
          parties: [{ countryCode: "TH" }, { countryCode: "KH" }],
          citations: [quote(SIGNING)],
        },
      },
    ],
    commitments: [
      {
        event: 0,
        record: {
          titleEn: "Cooperation on river transport",
          kind: "agreement",
          direction: "mutual",
          sides: [
            { role: "party", countryCode: "TH" },
            { role: "party", countryCode: "KH" },
          ],
          status: "agreed",
          statusEffective: "2025-02-04",
          citations: [quote(SIGNING)],
        },
      },
      {
        event: 0,
        record: {
          titleEn: "River ports in Cambodia",
          kind: "pledge",
          sides: [
            { role: "giver", countryCode: "TH" },
            { role: "receiver", countryCode: "KH" },
          ],
          amount: { value: "2000000", currency: "USD" },
          statusEffective: "2025-02-04",
          citations: [quote(PLEDGE)],
        },
      },
    ],
  };
}

beforeAll(async () => {
  editor = await login(base(), TEST_USERS.editor);
  viewer = await login(base(), TEST_USERS.viewer);
  actions = serverActions();
  const created = await call("createSourceAction", {
    title: "Thai minister visits Phnom Penh",
    publisher: "Pact tests",
    language: "en",
    published: "2025-02-06",
    fullText: ARTICLE,
  });
  expect(created.ok, JSON.stringify(created)).toBe(true);
  sourceId = (created.data as unknown as { id: string }).id;
});

describe("saving reviewed suggestions", () => {
  it("refuses a viewer, writing nothing", async () => {
    const before = counts();
    const result = await call("saveReviewedAction", batch(), viewer);
    expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(counts()).toEqual(before);
  });

  it("creates nothing when one row's quote is not in the article, and names that row", async () => {
    const before = counts();
    const input = batch();
    input.commitments[1]!.record.citations = [quote("Thailand pledged 9 million USD")];
    const result = await call("saveReviewedAction", input);
    // The event and the document were created before the failing row: they were rolled back too.
    expect(result).toMatchObject({
      ok: false,
      error: { code: "invalid_body", field: "commitments.1.record.citations.0.quote" },
    });
    expect(counts()).toEqual(before);
  });

  it("creates nothing when a row is not valid, and names each field", async () => {
    const before = counts();
    const input = batch();
    input.commitments[0]!.record.titleEn = "";
    input.documents[0]!.record.signed = "2025-02-31";
    const result = await call("saveReviewedAction", input);
    expect(result.ok).toBe(false);
    expect(Object.keys((result.error as { fields: object }).fields)).toEqual(
      expect.arrayContaining(["documents.0.record.signed", "commitments.0.record.titleEn"]),
    );
    expect(counts()).toEqual(before);
  });

  it("creates every record with its quote, linked to the event of the batch", async () => {
    const before = counts();
    const result = await call("saveReviewedAction", batch());
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const saved = result.data!;
    expect(saved.events!.map((e) => e.title)).toEqual(["Visit of the Thai foreign minister to Phnom Penh"]);
    expect(saved.commitments).toHaveLength(2);
    const eventId = saved.events![0]!.id;
    savedEventId = eventId;
    expect(rows(`SELECT "eventId" FROM "Document" WHERE id = ?`, saved.documents![0]!.id)).toEqual([{ eventId }]);
    const commitments = rows<{ eventId: string; status: string; amountMinor: number | null }>(
      `SELECT "eventId", status, "amountMinor" FROM "Commitment" WHERE id IN (?, ?) ORDER BY title`,
      saved.commitments![0]!.id,
      saved.commitments![1]!.id,
    );
    expect(commitments).toEqual([
      { eventId, status: "agreed", amountMinor: null },
      { eventId, status: "announced", amountMinor: 200000000 },
    ]);
    const citations = rows<{ quote: string; startOffset: number; endOffset: number }>(
      `SELECT quote, "startOffset", "endOffset" FROM "Citation" WHERE "sourceId" = ? ORDER BY "startOffset"`,
      sourceId,
    );
    for (const c of citations) expect(ARTICLE.slice(c.startOffset, c.endOffset)).toBe(c.quote);
    expect(new Set(citations.map((c) => c.quote))).toEqual(new Set([VISIT, SIGNING, PLEDGE]));
    const [events, documents, commitmentCount] = counts();
    expect([events, documents, commitmentCount]).toEqual([before[0]! + 1, before[1]! + 1, before[2]! + 2]);
  });
});

describe("attaching a selected or pasted quote to a record", () => {
  const attach = (quoteText: string, cookie = editor) =>
    call(
      "attachQuoteAction",
      { record: { type: "event", id: savedEventId }, citation: { sourceId, quote: quoteText, occurrence: 1 } },
      cookie,
    );

  it("refuses a viewer", async () => {
    expect(await attach("Thailand pledged", viewer)).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("stores the source's own words when the quote differs only in spacing", async () => {
    const result = await attach("Thailand  pledged 2 million\nUSD");
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const stored = rows<{ quote: string; startOffset: number }>(
      `SELECT quote, "startOffset" FROM "Citation" WHERE "eventId" = ? ORDER BY "startOffset" DESC LIMIT 1`,
      savedEventId,
    );
    expect(stored).toEqual([{ quote: "Thailand pledged 2 million USD", startOffset: ARTICLE.indexOf("Thailand") }]);
  });

  it("says where a quote that is not in the source stops matching", async () => {
    const before = counts();
    const result = await attach("Thailand pledged 5 million USD to Cambodia");
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_body", field: "citation.0.quote" } });
    expect(String(result.error!.message)).toContain(
      "It matches up to “Thailand pledged ”, then the source reads “2 million USD to Cambodia for…” where the quote has “5 million USD to Cambodia”.",
    );
    expect(counts()).toEqual(before);
  });
});
