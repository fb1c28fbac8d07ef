import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { login, sendJson } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { ownWriteServer } from "../helpers/write-server";

// Runs on a write server of this file's own: the read server keeps the seed as it is for the others.
const writeServer = ownWriteServer();
const base = () => writeServer.baseURL;
const url = (id: string) => `/api/commitments/${id}/status-changes`;
const EN = "vna-en-2019-03-14";

function count(sql: string, ...params: unknown[]): number {
  const db = new Database(writeServer.databaseFile, { readonly: true });
  try {
    return (db.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}
function firstId(sql: string): string {
  const db = new Database(writeServer.databaseFile, { readonly: true });
  try {
    return (db.prepare(sql).get() as { id: string }).id;
  } finally {
    db.close();
  }
}
const history = (id: string) => count(`SELECT COUNT(*) AS n FROM "StatusChange" WHERE "commitmentId" = ?`, id);
const audits = (id: string) =>
  count(`SELECT COUNT(*) AS n FROM "AuditEntry" WHERE "entityId" = ? AND "action" = 'status_change'`, id);
const version = async (id: string) =>
  ((await (await fetch(`${base()}/api/v1/commitments/${id}`)).json()) as { version: number }).version;

const change = (v: number, toStatus: string, extra: Record<string, unknown> = {}) => ({
  version: v,
  toStatus,
  effective: "2019-06",
  note: "Work began on the site",
  evidence: { kind: "existing", sourceId: EN, quote: "Hung said the 5 million USD centre is a gift" },
  ...extra,
});

describe("status changes", () => {
  let editor: string;
  let editor2: string;
  let admin: string;
  beforeAll(async () => {
    [editor, editor2, admin] = await Promise.all([
      login(base(), TEST_USERS.editor),
      login(base(), TEST_USERS.editor2),
      login(base(), TEST_USERS.admin),
    ]);
  });

  it("appends a change with its evidence, moves the version on, and writes one audit row", async () => {
    const id = "cyber-monitoring-centre";
    const [v, h, a] = [await version(id), history(id), audits(id)];
    const { status, body } = await sendJson(base(), "POST", url(id), change(v, "in_progress"), { cookie: editor });
    expect(status).toBe(201);
    expect(body).toMatchObject({ version: v + 1, status: "in_progress" });
    expect(history(id)).toBe(h + 1);
    expect(audits(id)).toBe(a + 1);
    const json = (await (await fetch(`${base()}/api/v1/commitments/${id}`)).json()) as {
      status: string;
      statusHistory: { to: string; effective: unknown; citations: { quote: string }[]; editor: { name: string } }[];
    };
    expect(json.status).toBe("in_progress");
    const last = json.statusHistory.at(-1)!;
    expect(last).toMatchObject({ to: "in_progress", effective: { date: "2019-06", precision: "month" } });
    expect(last.citations[0]!.quote).toBe("Hung said the 5 million USD centre is a gift");
  });

  it("refuses a stale version with a conflict that shows the current state, and writes nothing", async () => {
    const id = "oda-national-tv-radio";
    const v = await version(id);
    expect((await sendJson(base(), "POST", url(id), change(v, "agreed"), { cookie: editor })).status).toBe(201);
    const [h, a] = [history(id), audits(id)];
    const stale = await sendJson(base(), "POST", url(id), change(v, "stalled"), { cookie: editor2 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: "conflict",
      field: "version",
      current: { status: "agreed", version: v + 1 },
    });
    expect(stale.body.error!.message).toMatch(/Agreed/);
    expect(history(id)).toBe(h);
    expect(audits(id)).toBe(a);
  });

  it("lets exactly one of 20 concurrent changes win per version; history and audit count the winners", async () => {
    const id = "more-news-stories";
    const [h0, a0] = [history(id), audits(id)];
    let wins = 0;
    for (const target of ["in_progress", "stalled", "in_progress"]) {
      const v = await version(id);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          sendJson(base(), "POST", url(id), change(v, target, { note: `attempt ${i}` }), {
            cookie: i % 2 ? editor : editor2,
          }),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(
        statuses.filter((s) => s === 201),
        `round to ${target}`,
      ).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      wins++;
      expect(await version(id)).toBe(v + 1);
    }
    expect(history(id)).toBe(h0 + wins);
    expect(audits(id)).toBe(a0 + wins);
  });

  it("refuses disallowed transitions with 4xx naming the field", async () => {
    const id = "vov-khmer-programmes";
    const same = await sendJson(base(), "POST", url(id), change(await version(id), "announced"), { cookie: editor });
    expect(same.status).toBe(422);
    expect(same.body.error).toMatchObject({ code: "invalid_transition", field: "toStatus" });
    // Closed: only an admin reopens, and only with a reason.
    expect(
      (await sendJson(base(), "POST", url(id), change(await version(id), "cancelled"), { cookie: editor })).status,
    ).toBe(201);
    const byEditor = await sendJson(base(), "POST", url(id), change(await version(id), "in_progress"), {
      cookie: editor,
    });
    expect(byEditor.status).toBe(403);
    const noReason = await sendJson(base(), "POST", url(id), change(await version(id), "in_progress"), {
      cookie: admin,
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error?.field).toBe("reason");
    const reopened = await sendJson(
      base(),
      "POST",
      url(id),
      change(await version(id), "in_progress", { reason: "VOV confirmed the programmes resumed" }),
      { cookie: admin },
    );
    expect(reopened.status).toBe(201);
  });

  it("refuses evidence that is missing or not verbatim, and bad input, naming the field and writing nothing", async () => {
    const id = "e-newspaper-legal-deposit-centre";
    const v = await version(id);
    const [h, a] = [history(id), audits(id)];
    const cases: [Record<string, unknown>, string][] = [
      [{ evidence: undefined }, "evidence"],
      [{ evidence: { kind: "existing", sourceId: EN, quote: "" } }, "evidence.quote"],
      [{ evidence: { kind: "existing", sourceId: EN, quote: "Cambodia promised a moon base" } }, "evidence.quote"],
      [{ evidence: { kind: "existing", sourceId: "no-such-source", quote: "Hung said" } }, "evidence.sourceId"],
      [
        {
          evidence: {
            kind: "new",
            url: "javascript:alert(1)",
            title: "t",
            publisher: "p",
            published: "2019",
            language: "en",
            quote: "a quote",
          },
        },
        "evidence.url",
      ],
      [{ effective: "2019-02-30" }, "effective"],
      [{ effective: "2999" }, "effective"],
      [{ toStatus: "done" }, "toStatus"],
      [{ version: "x" }, "version"],
      [{ surprise: true }, ""],
    ];
    for (const [patch, field] of cases) {
      const body = { ...change(v, "agreed"), ...patch };
      const { status, body: answer } = await sendJson(base(), "POST", url(id), body, { cookie: editor });
      expect(status, JSON.stringify(patch)).toBeGreaterThanOrEqual(400);
      expect(status, JSON.stringify(patch)).toBeLessThan(500);
      if (field) expect(answer.error?.field, JSON.stringify(patch)).toBe(field);
    }
    const malformed = await fetch(`${base()}${url(id)}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base(), cookie: editor },
      body: "{not json",
    });
    expect(malformed.status).toBe(400);
    const huge = await sendJson(
      base(),
      "POST",
      url(id),
      { ...change(v, "agreed"), note: "x".repeat(300_000) },
      { cookie: editor },
    );
    expect(huge.status).toBe(413);
    expect(history(id)).toBe(h);
    expect(audits(id)).toBe(a);
  });

  it("accepts a new article as evidence and a correction naming the entry it corrects", async () => {
    const id = "vietnamese-radio-airtime";
    const first = await sendJson(
      base(),
      "POST",
      url(id),
      change(await version(id), "agreed", {
        evidence: {
          kind: "new",
          url: "https://example.org/radio",
          title: "Radio deal",
          publisher: "Example News",
          published: "2019-05-02",
          language: "en",
          quote: "The two sides agreed to double the airtime.",
        },
      }),
      { cookie: editor },
    );
    expect(first.status).toBe(201);
    const corrected = await sendJson(
      base(),
      "POST",
      url(id),
      change(await version(id), "in_progress", {
        correctsId: first.body.statusChangeId,
        note: "Misread: work had already begun",
      }),
      { cookie: editor },
    );
    expect(corrected.status).toBe(201);
    const json = (await (await fetch(`${base()}/api/v1/commitments/${id}`)).json()) as {
      statusHistory: { id: string; correctsId: string | null; citations: { sourceTitle: string }[] }[];
    };
    expect(json.statusHistory.find((s) => s.id === first.body.statusChangeId)!.citations[0]!.sourceTitle).toBe(
      "Radio deal",
    );
    expect(json.statusHistory.at(-1)!.correctsId).toBe(first.body.statusChangeId);
  });

  it("keeps a note's markup as text", async () => {
    const id = "support-vietnamese-telecom-investors";
    const payload = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;
    expect(
      (
        await sendJson(base(), "POST", url(id), change(await version(id), "agreed", { note: payload }), {
          cookie: editor,
        })
      ).status,
    ).toBe(201);
    const json = (await (await fetch(`${base()}/api/v1/commitments/${id}`)).json()) as {
      statusHistory: { note: string }[];
    };
    expect(json.statusHistory.at(-1)!.note).toBe(payload);
    const html = await (await fetch(`${base()}/commitments/${id}`)).text();
    expect(html).not.toContain("<script>alert(2)</script>");
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
  });
  it("a session stops writing as soon as it logs out (the session cache forgets it)", async () => {
    const id = "cyber-monitoring-centre";
    const cookie = await login(base(), TEST_USERS.editor);
    const first = await sendJson(base(), "POST", url(id), change(await version(id), "stalled"), { cookie });
    expect(first.status).toBe(201);
    expect((await sendJson(base(), "DELETE", "/api/session", {}, { cookie })).status).toBe(200);
    const h = history(id);
    const after = await sendJson(base(), "POST", url(id), change(await version(id), "in_progress"), { cookie });
    expect(after.status).toBe(401);
    expect(history(id)).toBe(h);
  });

  it("a stale version with a new article as evidence writes nothing: no change, no source, no citation, no audit", async () => {
    const id = "cyber-monitoring-centre";
    const v = await version(id);
    const rows = () =>
      ["StatusChange", "Source", "Citation", "AuditEntry"].map((table) =>
        count(`SELECT COUNT(*) AS n FROM "${table}"`),
      );
    const before = rows();
    const stale = await sendJson(
      base(),
      "POST",
      url(id),
      change(v - 1, "in_progress", {
        evidence: {
          kind: "new",
          url: "https://example.org/stale",
          title: "Stale",
          publisher: "Example News",
          published: "2019-05-02",
          language: "en",
          quote: "A sentence nobody will ever store, 7f3a.",
        },
      }),
      { cookie: editor },
    );
    expect(stale.status).toBe(409);
    expect(rows()).toEqual(before);
  });

  it("among concurrent changes bringing new articles on one version, only the winner's article, quote and audit are stored", async () => {
    // Each request reads the same version before any batch commits; the losers' batches then find
    // the version moved, and every one of their conditional inserts must write nothing.
    const id = "support-vietnamese-telecom-investors";
    const v = await version(id);
    const rows = () =>
      ["StatusChange", "Source", "Citation", "AuditEntry"].map((table) =>
        count(`SELECT COUNT(*) AS n FROM "${table}"`),
      );
    const before = rows();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        sendJson(
          base(),
          "POST",
          url(id),
          change(v, i % 2 ? "in_progress" : "stalled", {
            evidence: {
              kind: "new",
              url: `https://example.org/race-${i}`,
              title: `Race ${i}`,
              publisher: "Example News",
              published: "2019-05-02",
              language: "en",
              quote: `Report number ${i} of the race, 9c1e.`,
            },
          }),
          { cookie: i % 2 ? editor : editor2 },
        ),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array(7).fill(409)]);
    expect(rows()).toEqual(before.map((n) => n + 1));
    expect(await version(id)).toBe(v + 1);
  });

  it("refuses a correction naming another commitment's entry", async () => {
    const other = firstId(`SELECT id FROM "StatusChange" WHERE "commitmentId" <> 'cyber-monitoring-centre' LIMIT 1`);
    const id = "cyber-monitoring-centre";
    const v = await version(id);
    const refused = await sendJson(base(), "POST", url(id), change(v, "in_progress", { correctsId: other }), {
      cookie: editor,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.field).toBe("correctsId");
    expect(await version(id)).toBe(v);
  });
});
