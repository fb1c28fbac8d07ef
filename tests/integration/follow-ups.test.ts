import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { callAction, login, sendJson, serverActions } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { ownWriteServer } from "../helpers/write-server";

// A follow-up article, written for this test, reports that the seed's cyber centre (a pledge of
// Vietnam to Cambodia, status "announced") was handed over. The assistant must suggest the status
// change on that commitment, and an editor must be able to accept it in one call, with the
// sentence as its citation at its place in the source.

const writeServer = ownWriteServer();
const base = () => writeServer.baseURL;
const CENTRE = "cyber-monitoring-centre";
const SENTENCE =
  "The national cyber information safety monitoring centre, a 5 million USD gift from Vietnam, was handed over to Cambodia's Ministry of Posts and Telecommunications on November 20, 2019.";
const ARTICLE = [
  "Vietnam hands over cyber centre to Cambodia",
  "",
  `PHNOM PENH - ${SENTENCE} Officials from both countries attended the ceremony in Phnom Penh.`,
  "",
  "The Cambodian side said the centre would help the country respond to online threats.",
].join("\n");

interface StatusChangeJson {
  start: number;
  end: number;
  text: string;
  commitment: { id: string; title: string };
  status: string;
  date: string | null;
  precision: string | null;
}

function citationOf(statusChangeId: string) {
  const db = new Database(writeServer.databaseFile, { readonly: true });
  try {
    return db
      .prepare(`SELECT "sourceId", "quote", "startOffset", "endOffset" FROM "Citation" WHERE "statusChangeId" = ?`)
      .get(statusChangeId) as { sourceId: string; quote: string; startOffset: number; endOffset: number };
  } finally {
    db.close();
  }
}

let editor: string;
let viewer: string;
let sourceId: string;
// The suggestion the API made: its offsets are what the Accept button sends.
let suggested: StatusChangeJson;
const action = (name: string) => serverActions().find((a) => a.name === name)!;

beforeAll(async () => {
  [editor, viewer] = await Promise.all([login(base(), TEST_USERS.editor), login(base(), TEST_USERS.viewer)]);
  const { result } = await callAction(
    base(),
    action("createSourceAction"),
    {
      title: "Vietnam hands over cyber centre to Cambodia",
      publisher: "Pact tests",
      language: "en",
      published: "2019-11-21",
      fullText: ARTICLE,
      confirmNearDuplicate: true,
    },
    editor,
  );
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  sourceId = (result as unknown as { data: { id: string } }).data.id;
});

describe("a follow-up article on the seed's cyber centre", () => {
  it("suggests, through POST /api/v1/extract, that the centre was fulfilled on the day it was handed over", async () => {
    const { status, body } = await sendJson(
      base(),
      "POST",
      "/api/v1/extract",
      { text: ARTICLE, language: "en", published: "2019-11-21" },
      { cookie: editor },
    );
    expect(status).toBe(200);
    const changes = (body as unknown as { data: { statusChanges: StatusChangeJson[] } }).data.statusChanges;
    expect(changes[0]).toMatchObject({
      commitment: { id: CENTRE, title: "National cyber information safety monitoring centre for Cambodia" },
      status: "fulfilled",
      date: "2019-11-20",
      precision: "day",
    });
    suggested = changes[0]!;
    // The sentence as the splitter reads it: the dateline opens the paragraph's first sentence.
    expect(suggested.text).toBe(`PHNOM PENH - ${SENTENCE}`);
    expect(ARTICLE.slice(suggested.start, suggested.end)).toBe(suggested.text);
    // The seed's other cyber pledge (training courses) is not what was handed over.
    expect(changes.map((c) => c.commitment.id)).not.toContain("cybercrime-misinformation-training");
  });

  it("shows it on the suggestions page, in its own section", async () => {
    const response = await fetch(`${base()}/sources/${sourceId}/suggestions`, { headers: { cookie: editor } });
    expect(response.status).toBe(200);
    const html = (await response.text()).replaceAll("<!-- -->", "");
    expect(html).toContain("Progress on earlier commitments");
    expect(html).toContain(`href="/commitments/${CENTRE}"`);
    expect(html).toContain(">Accept</button>");
  });

  it("is refused to a viewer, and recorded for an editor with the sentence as its citation", async () => {
    const { start, end, text: quote } = suggested;
    const { version } = (await (await fetch(`${base()}/api/v1/commitments/${CENTRE}`)).json()) as { version: number };
    const accept = {
      sourceId,
      commitmentId: CENTRE,
      version,
      toStatus: "fulfilled",
      effective: "2019-11-20",
      start,
      end,
    };
    const refused = await callAction(base(), action("acceptStatusChangeAction"), accept, viewer);
    expect(refused.result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const anonymous = await callAction(base(), action("acceptStatusChangeAction"), accept);
    expect(anonymous.result).toMatchObject({ ok: false, error: { code: "unauthorized" } });

    const { result } = await callAction(base(), action("acceptStatusChangeAction"), accept, editor);
    expect(result, JSON.stringify(result)).toMatchObject({
      ok: true,
      data: { status: "fulfilled", version: version + 1 },
    });
    const { statusChangeId } = (result as unknown as { data: { statusChangeId: string } }).data;
    expect(citationOf(statusChangeId)).toEqual({
      sourceId,
      quote,
      startOffset: start,
      endOffset: end,
    });
    const json = (await (await fetch(`${base()}/api/v1/commitments/${CENTRE}`)).json()) as {
      status: string;
      statusHistory: { to: string; effective: unknown; citations: { quote: string }[] }[];
    };
    expect(json.status).toBe("fulfilled");
    expect(json.statusHistory.at(-1)).toMatchObject({
      to: "fulfilled",
      effective: { date: "2019-11-20", precision: "day" },
      citations: [{ quote }],
    });

    // Accepted once: the same click again is a conflict, and the closed commitment is no longer suggested.
    const again = await callAction(base(), action("acceptStatusChangeAction"), accept, editor);
    expect(again.result).toMatchObject({ ok: false, error: { code: "conflict" } });
    const { body } = await sendJson(
      base(),
      "POST",
      "/api/v1/extract",
      { text: ARTICLE, language: "en", published: "2019-11-21" },
      { cookie: editor },
    );
    const changes = (body as unknown as { data: { statusChanges: StatusChangeJson[] } }).data.statusChanges;
    expect(changes.map((c) => c.commitment.id)).not.toContain(CENTRE);
  });
});
