import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { conformanceProblems } from "../helpers/openapi";
import { integrationPort } from "../helpers/ports";
import { startServer } from "../helpers/server";
import { login, sendJson } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";

// A short report written for this test, in the shape of a wire story.
const ARTICLE = [
  "Phnom Penh, March 3 (XNA) - Vietnam pledged on Friday to give Cambodia more than 2 million USD to build a press training centre, Cambodian Minister of Information Khieu Kanharith said.",
  "The two sides agreed to exchange delegations of journalists in 2020 and 2021.",
].join(" ");

const extract = (body: unknown, options: Parameters<typeof sendJson>[4] = {}, base = inject("baseURL")) =>
  sendJson(base, "POST", "/api/v1/extract", body, options);

type Item = { start: number; end: number; text: string };
type Extraction = Record<string, unknown> & {
  language: string;
  dates: (Item & { value: string; precision: string; relative: boolean })[];
  amounts: (Item & { value: string; currency: string })[];
  entities: (Item & { type: string; known: { id: string; code: string | null } | null })[];
  commitments: (Item & { kind: string; from: string[]; to: string[]; mutual: boolean })[];
};

describe("POST /api/v1/extract", () => {
  let editor: string;
  beforeAll(async () => {
    editor = await login(inject("baseURL"), TEST_USERS.editor);
  });

  it("answers an editor with suggestions whose offsets point at their text, as documented", async () => {
    const { status, body } = await extract(
      { text: ARTICLE, language: "en", published: "2019-03-04" },
      { cookie: editor },
    );
    expect(status).toBe(200);
    expect(await conformanceProblems("/api/v1/extract", 200, body, "post")).toEqual([]);
    const data = body.data as Extraction;
    expect(data.language).toBe("en");
    const items = Object.values(data).flatMap((v) => (Array.isArray(v) ? (v as Item[]) : []));
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) expect(ARTICLE.slice(item.start, item.end)).toBe(item.text);
    // A year-less dateline takes the publication's year, and says so.
    expect(data.dates).toContainEqual(
      expect.objectContaining({ text: "March 3", value: "2019-03-03", relative: true }),
    );
    expect(data.amounts).toContainEqual(expect.objectContaining({ value: "2000000", currency: "USD" }));
    expect(data.entities).toContainEqual(
      expect.objectContaining({ text: "Cambodia", type: "country", known: expect.objectContaining({ code: "KH" }) }),
    );
    expect(data.commitments.length).toBeGreaterThan(0);
  });

  it("detects the language when none is given", async () => {
    const text = "Le Vietnam et le Cambodge ont signé un accord de coopération le 14 mars 2019 à Phnom Penh.";
    const { status, body } = await extract({ text, language: null, published: null }, { cookie: editor });
    expect(status).toBe(200);
    expect((body.data as Extraction).language).toBe("fr");
  });

  it("refuses anonymous callers, viewers and other origins", async () => {
    const request = { text: ARTICLE, language: "en", published: null };
    expect((await extract(request)).status).toBe(401);
    const viewer = await login(inject("baseURL"), TEST_USERS.viewer);
    const asViewer = await extract(request, { cookie: viewer });
    expect(asViewer.status).toBe(403);
    expect(asViewer.body.error?.code).toBe("forbidden");
    const elsewhere = await extract(request, { cookie: editor, origin: "https://elsewhere.example" });
    expect(elsewhere.body.error?.code).toBe("bad_origin");
  });

  it("names the field of a bad request, and refuses a text over 512 KB with 413", async () => {
    const noText = await extract({ text: "", language: "en", published: null }, { cookie: editor });
    expect(noText.status).toBe(400);
    expect(noText.body.error?.field).toBe("text");
    const badDate = await extract({ text: ARTICLE, language: "en", published: "14/03/2019" }, { cookie: editor });
    expect(badDate.body.error?.field).toBe("published");
    const large = await extract({ text: "word ".repeat(110_000), language: "en", published: null }, { cookie: editor });
    expect(large.status).toBe(413);
    expect(large.body.error?.code).toBe("payload_too_large");
  });
});

describe("the extraction limit per account", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer(inject("databaseFile"), integrationPort(12), { PACT_EXTRACT_LIMIT_PER_MINUTE: "2" });
  });
  afterAll(() => server?.stop());

  it("answers 429 past the limit, for that account only", async () => {
    const request = { text: ARTICLE, language: "en", published: null };
    const editor = await login(server.baseURL, TEST_USERS.editor);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await extract(request, { cookie: editor }, server.baseURL)).status);
    expect(statuses).toEqual([200, 200, 429]);
    const other = await login(server.baseURL, TEST_USERS.editor2);
    expect((await extract(request, { cookie: other }, server.baseURL)).status).toBe(200);
  });
});
