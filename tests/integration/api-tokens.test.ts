import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { query } from "../helpers/faults";
import { conformanceProblems } from "../helpers/openapi";
import { integrationPort } from "../helpers/ports";
import { runScript, startServer } from "../helpers/server";
import { login, sendJson } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { ownWriteServer } from "../helpers/write-server";

const writeServer = ownWriteServer();
const base = () => writeServer.baseURL;
const EN = "vna-en-2019-03-14";
const COMMITMENT = "cyber-monitoring-centre";

const rows = <T>(sql: string, ...params: unknown[]) => query<T>(writeServer.databaseFile, sql, ...params);
function write(sql: string, ...params: unknown[]): void {
  const db = new Database(writeServer.databaseFile);
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

/** A token made as a script would: `npm run token:add`, the secret alone on standard output. */
function tokenFor(email: string, scope: "read" | "write", name = "test script"): string {
  const made = runScript(writeServer.databaseFile, "token:add", ["--email", email, "--scope", scope, "--name", name]);
  expect(made.status, made.output).toBe(0);
  const secret = made.stdout.trim();
  expect(secret).toMatch(/^pact_[A-Za-z0-9_-]{43}$/);
  return secret;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const version = async (id: string) =>
  ((await (await fetch(`${base()}/api/v1/commitments/${id}`)).json()) as { version: number }).version;
const change = (v: number, toStatus: string) => ({
  version: v,
  toStatus,
  effective: "2019-06",
  evidence: { kind: "existing", sourceId: EN, quote: "Hung said the 5 million USD centre is a gift" },
});

describe("personal API tokens", () => {
  it("token:add makes a write token that changes a status without a cookie or Origin, audited", async () => {
    const token = tokenFor(TEST_USERS.editor.email, "write", "status bot");
    const v = await version(COMMITMENT);
    const reply = await sendJson(
      base(),
      "POST",
      `/api/commitments/${COMMITMENT}/status-changes`,
      change(v, "in_progress"),
      {
        token,
        origin: null,
      },
    );
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const [entry] = rows<{ tokenName: string; email: string }>(
      `SELECT t."name" AS tokenName, u."email" AS email FROM "AuditEntry" a
       JOIN "ApiToken" t ON t."id" = a."tokenId" JOIN "user" u ON u."id" = a."userId"
       WHERE a."entityId" = ? AND a."action" = 'status_change' ORDER BY a."at" DESC LIMIT 1`,
      COMMITMENT,
    );
    expect(entry).toEqual({ tokenName: "status bot", email: TEST_USERS.editor.email });
    const [made] = rows<{ lastUsedAt: number | null }>(
      `SELECT "lastUsedAt" FROM "ApiToken" WHERE "name" = 'status bot'`,
    );
    expect(made!.lastUsedAt).not.toBeNull();
  });

  it("a read token reads but cannot write, and no token grants more than its owner's role", async () => {
    const read = tokenFor(TEST_USERS.admin.email, "read");
    expect((await fetch(`${base()}/api/v1/commitments?pageSize=1`, { headers: bearer(read) })).status).toBe(200);
    const refused = await sendJson(
      base(),
      "POST",
      `/api/commitments/${COMMITMENT}/status-changes`,
      change(await version(COMMITMENT), "stalled"),
      {
        token: read,
        origin: null,
      },
    );
    expect(refused.status).toBe(403);

    const write2 = tokenFor(TEST_USERS.editor2.email, "write");
    write(`UPDATE "user" SET "role" = 'viewer' WHERE "email" = ?`, TEST_USERS.editor2.email);
    try {
      const demoted = await sendJson(
        base(),
        "POST",
        `/api/commitments/${COMMITMENT}/status-changes`,
        change(await version(COMMITMENT), "stalled"),
        {
          token: write2,
          origin: null,
        },
      );
      expect(demoted.status).toBe(403);
    } finally {
      write(`UPDATE "user" SET "role" = 'editor' WHERE "email" = ?`, TEST_USERS.editor2.email);
    }
  });

  it("answers 401 to a token that is unknown, malformed, expired or revoked, even where reading is public", async () => {
    const expired = tokenFor(TEST_USERS.editor.email, "read", "expired");
    write(`UPDATE "ApiToken" SET "expiresAt" = ? WHERE "name" = 'expired'`, Date.now() - 1000);
    for (const header of [`Bearer pact_${"x".repeat(43)}`, "Bearer nonsense", "Bearer", `Bearer ${expired}`]) {
      const response = await fetch(`${base()}/api/v1/commitments?pageSize=1`, { headers: { authorization: header } });
      expect(response.status, header).toBe(401);
    }
    const revoked = tokenFor(TEST_USERS.editor.email, "write", "to revoke");
    const [{ id }] = rows<{ id: string }>(`SELECT "id" FROM "ApiToken" WHERE "name" = 'to revoke'`) as [{ id: string }];
    const gone = await sendJson(base(), "DELETE", `/api/v1/tokens/${id}`, undefined, { token: revoked, origin: null });
    expect(gone.status).toBe(200);
    expect(await conformanceProblems(`/api/v1/tokens/${id}`, 200, gone.body, "delete")).toEqual([]);
    expect((await fetch(`${base()}/api/v1/commitments?pageSize=1`, { headers: bearer(revoked) })).status).toBe(401);
    expect(rows(`SELECT 1 FROM "AuditEntry" WHERE "entityId" = ? AND "action" = 'token_revoke'`, id)).toHaveLength(1);
  });

  it("POST /api/v1/tokens makes one from a logged-in session on Pact's own origin, once", async () => {
    const cookie = await login(base(), TEST_USERS.editor);
    const made = await sendJson(base(), "POST", "/api/v1/tokens", { name: "from the API", scope: "write" }, { cookie });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(await conformanceProblems("/api/v1/tokens", 201, made.body, "post")).toEqual([]);
    const token = made.body.token as string;
    expect(token).toMatch(/^pact_/);
    const stored = rows<{ hash: string; prefix: string }>(
      `SELECT "hash", "prefix" FROM "ApiToken" WHERE "name" = 'from the API'`,
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]!.hash).not.toContain(token.slice(5));
    expect(token.startsWith(stored[0]!.prefix)).toBe(true);

    const crossSite = await sendJson(
      base(),
      "POST",
      "/api/v1/tokens",
      { name: "x" },
      { cookie, origin: "https://evil.example" },
    );
    expect(crossSite.body.error?.code).toBe("bad_origin");
    const byToken = await sendJson(base(), "POST", "/api/v1/tokens", { name: "child" }, { token, origin: null });
    expect(byToken.status).toBe(403);
    const viewer = await login(base(), TEST_USERS.viewer);
    expect((await sendJson(base(), "POST", "/api/v1/tokens", { name: "v" }, { cookie: viewer })).status).toBe(403);
    const unnamed = await sendJson(base(), "POST", "/api/v1/tokens", { name: " " }, { cookie });
    expect(unnamed.body.error).toMatchObject({ code: "invalid_body", field: "name" });
  });

  describe("where reading needs an account", () => {
    let server: Awaited<ReturnType<typeof startServer>>;
    beforeAll(async () => {
      server = await startServer(writeServer.databaseFile, integrationPort(32), { PACT_PUBLIC_READ: "false" });
    });
    afterAll(() => server?.stop());

    it("lets a token read the API and turns a bad one away", async () => {
      const token = tokenFor(TEST_USERS.editor.email, "read", "private reader");
      const ok = await fetch(`${server.baseURL}/api/v1/commitments?pageSize=1`, { headers: bearer(token) });
      expect(ok.status).toBe(200);
      expect(ok.headers.get("cache-control")).toContain("private");
      const bad = await fetch(`${server.baseURL}/api/v1/commitments?pageSize=1`, {
        headers: bearer(`pact_${"y".repeat(43)}`),
      });
      expect(bad.status).toBe(401);
    });
  });
});
