import { describe, expect, it } from "vitest";
import { query } from "../helpers/faults";
import { runScript } from "../helpers/server";
import { login } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { ownWriteServer } from "../helpers/write-server";

// The "done when", end to end over HTTP: a script holding a token made with
// `npm run token:add` records an article, a mutual commitment between Senegal and Japan and a
// status change through API v1, and all of it shows in the pages, the audit log and the feeds.
const writeServer = ownWriteServer();
const base = () => writeServer.baseURL;

// Written for this test: no real article's text.
const ARTICLE =
  "DAKAR, 4 February 2026 - Senegal and Japan agreed on Wednesday to set up a joint marine research station in Saint-Louis by 2028. " +
  "By November the two governments had chosen the site and work had begun on the station's first laboratory.";
const AGREED = "Senegal and Japan agreed on Wednesday to set up a joint marine research station in Saint-Louis by 2028";
const PROGRESS = "work had begun on the station's first laboratory";

describe("a newsroom script writes through API v1 with a token", () => {
  it("creates a mutual commitment, changes its status, and both show in the pages, the audit log and a feed", async () => {
    const made = runScript(writeServer.databaseFile, "token:add", [
      "--email",
      TEST_USERS.editor.email,
      "--scope",
      "write",
      "--name",
      "newsroom script",
    ]);
    expect(made.status, made.output).toBe(0);
    const token = made.stdout.trim();
    const send = (path: string, body: unknown, method = "POST", headers: Record<string, string> = {}) =>
      fetch(`${base()}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));

    const source = await send("/api/v1/sources", {
      title: "Senegal and Japan to build a marine research station",
      publisher: "Pact test wire",
      url: "https://example.org/wire/marine-station",
      language: "en",
      published: "2026-02-04",
      fullText: ARTICLE,
    });
    expect(source.status, JSON.stringify(source.body)).toBe(201);
    const sourceId = source.body.id as string;

    const commitmentBody = {
      titleEn: "Joint marine research station in Saint-Louis",
      kind: "agreement",
      direction: "mutual",
      sides: [
        { role: "party", country: "SN" },
        { role: "party", country: "JP" },
      ],
      target: "2028",
      status: "announced",
      statusEffective: "2026-02-04",
      citations: [{ sourceId, quote: AGREED }],
    };
    const key = { "idempotency-key": "newsroom-journey-1" };
    const created = await send("/api/v1/commitments", commitmentBody, "POST", key);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    // The script's retry of the same request creates nothing more.
    const retried = await send("/api/v1/commitments", commitmentBody, "POST", key);
    expect(retried.body.id).toBe(id);
    expect(
      query(writeServer.databaseFile, `SELECT "id" FROM "Commitment" WHERE "title" = ?`, commitmentBody.titleEn),
    ).toHaveLength(1);

    const changed = await send(`/api/v1/commitments/${id}/status-changes`, {
      version: created.body.version,
      toStatus: "in_progress",
      effective: "2026-11",
      note: "Site chosen, first laboratory under way",
      evidence: { kind: "existing", sourceId, quote: PROGRESS },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(201);

    // The pages: the commitment's own, and the list between the two countries.
    const page = await (await fetch(`${base()}/commitments/${id}`)).text();
    expect(page).toContain("Joint marine research station in Saint-Louis");
    expect(page).toContain("In progress");
    expect(page).toContain(PROGRESS.replace(/'/g, "&#x27;"));
    const between = await (await fetch(`${base()}/commitments?pair=JP-SN`)).text();
    expect(between).toContain(`/commitments/${id}`);

    // The audit log, as an admin reads it: both writes, under the editor and the token.
    const entries = query<{ action: string; token: string; email: string }>(
      writeServer.databaseFile,
      `SELECT a."action", t."name" AS token, u."email" FROM "AuditEntry" a
       JOIN "ApiToken" t ON t."id" = a."tokenId" JOIN "user" u ON u."id" = a."userId"
       WHERE a."entityType" = 'commitment' AND a."entityId" = ? ORDER BY a."at"`,
      id,
    );
    expect(entries.map((e) => e.action)).toEqual(["create", "status_change"]);
    expect(new Set(entries.map((e) => `${e.email} ${e.token}`))).toEqual(
      new Set([`${TEST_USERS.editor.email} newsroom script`]),
    );
    const admin = await login(base(), TEST_USERS.admin);
    const audit = await (
      await fetch(`${base()}/admin/audit?entityType=commitment&entityId=${id}`, { headers: { cookie: admin } })
    ).text();
    expect(audit).toContain("newsroom script");
    expect(audit).toContain("status change");

    // The feeds: the pair's and the commitment's, quoting the evidence.
    for (const feed of ["/feeds/pairs/SN-JP.atom", `/feeds/commitments/${id}.atom`, "/feeds/status-changes.atom"]) {
      const atom = await (await fetch(`${base()}${feed}`)).text();
      expect(atom, feed).toContain(`/commitments/${id}`);
      expect(atom, feed).toContain("In progress");
      expect(atom, feed).toContain("work had begun on the station");
    }
  });
});
