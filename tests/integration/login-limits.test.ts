import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../helpers/server";
import { TEST_USERS } from "../helpers/users";
import { seededCopy } from "../helpers/write-server";
import { integrationPort } from "../helpers/ports";

// Logins as an attacker sees them: a caller choosing its X-Forwarded-For, guessing one account's
// password while its owner tries to log in. Servers of their own, with the limits as shipped.
const PORT = integrationPort(3);

type Server = Awaited<ReturnType<typeof startServer>>;

// The audit rows these logins write go to a database of this file's own.
let database: string;
beforeAll(() => {
  database = seededCopy(`login-limits-${PORT}`);
});

async function attempt(server: Server, email: string, password: string, forwardedFor?: string) {
  const response = await fetch(`${server.baseURL}/api/session`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: server.baseURL,
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { error?: { code: string; message: string } };
  return { status: response.status, body };
}

function failedLogins(
  file: string,
  since: string,
): { entityId: string; userId: string | null; after: string; at: number }[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT "entityId", "userId", "after", "at" FROM "AuditEntry" WHERE "action" = 'login_failed' AND "after" LIKE ? ORDER BY "at"`,
      )
      .all(`%${since}%`) as never;
  } finally {
    db.close();
  }
}

const secondsToWait = (message: string) => Number(/try again in (\d+) seconds?/.exec(message)?.[1] ?? NaN);

describe("logins behind no trusted proxy", () => {
  let server: Server;
  // The per-address limit stays raised here (attacker and owner share 127.0.0.1 in a test): this
  // is the per-account limit, which no address can escape.
  beforeAll(async () => {
    server = await startServer(database, PORT);
  });
  afterAll(() => server?.stop());

  it(
    "limits guesses at one account whatever X-Forwarded-For says, and its owner logs in after seconds",
    { timeout: 60_000 },
    async () => {
      const { email, password } = TEST_USERS.editor2;
      const codes: number[] = [];
      for (let i = 0; i < 40; i++)
        codes.push((await attempt(server, email, `wrong-guess-${i}`, `203.0.113.${i + 1}`)).status);
      expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(30);

      // The owner, from anywhere, is asked to wait a few seconds, not an hour…
      const refused = await attempt(server, email, password);
      expect(refused.status).toBe(429);
      const wait = secondsToWait(refused.body.error!.message);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(16);
      // …and then gets in.
      await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 200));
      expect((await attempt(server, email, password)).status).toBe(200);
    },
  );

  it("writes each failed login to the audit log with the account and the socket's address", async () => {
    const marker = `nobody-${Date.now()}@pact.test`;
    await attempt(server, marker, "not-a-password-1", "198.51.100.77");
    await attempt(server, TEST_USERS.viewer.email, `wrong-${marker}`, "198.51.100.78");
    const rows = failedLogins(database, marker);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.entityId).toBe(marker);
    expect(JSON.parse(rows[0]!.after)).toEqual({ email: marker, address: "127.0.0.1" });
    expect(rows[0]!.userId).toBeNull();
    const db = new Database(database, { readonly: true });
    const viewer = db.prepare(`SELECT "id" FROM "user" WHERE "email" = ?`).get(TEST_USERS.viewer.email) as
      { id: string } | undefined;
    const latest = db
      .prepare(
        `SELECT "entityId", "after" FROM "AuditEntry" WHERE "action" = 'login_failed' ORDER BY "at" DESC LIMIT 1`,
      )
      .get() as { entityId: string; after: string };
    db.close();
    expect(latest.entityId).toBe(viewer?.id);
    expect(JSON.parse(latest.after)).toEqual({ email: TEST_USERS.viewer.email, address: "127.0.0.1" });
  });
});

describe("logins from one address", () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer(database, PORT + 1, { PACT_LOGIN_LIMIT_PER_ADDRESS: "5" });
  });
  afterAll(() => server?.stop());

  it("are counted by the socket's address, so a new X-Forwarded-For each time buys nothing", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await attempt(server, `spray-${i}@pact.test`, "not-a-password-1", `192.0.2.${i + 1}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });
});

describe("logins behind a trusted proxy", () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer(database, PORT + 2, {
      PACT_LOGIN_LIMIT_PER_ADDRESS: "3",
      PACT_TRUSTED_PROXIES: "loopback",
    });
  });
  afterAll(() => server?.stop());

  it("takes the address the proxy reports, and limits each address apart", async () => {
    const from = (address: string, i: number) =>
      attempt(server, `proxied-${address}-${i}@pact.test`, "not-a-password-1", address);
    const first = [];
    for (let i = 0; i < 4; i++) first.push((await from("198.51.100.20", i)).status);
    expect(first).toEqual([401, 401, 401, 429]);
    expect((await from("198.51.100.21", 0)).status).toBe(401);
    const rows = failedLogins(database, "proxied-198.51.100.21");
    expect(JSON.parse(rows[0]!.after)).toMatchObject({ address: "198.51.100.21" });
  });
});
