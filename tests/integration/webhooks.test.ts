import { createHmac } from "node:crypto";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { integrationPort } from "../helpers/ports";
import { startServer } from "../helpers/server";
import { callAction, login, sendJson, serverActions } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { closedPortUrl, eventually, startReceiver, type Received } from "../helpers/webhook-receiver";
import { seededCopy } from "../helpers/write-server";

// Webhooks end to end: subscriptions made through the admin's server action, changes made by an
// editor over HTTP, and receivers on localhost checking what arrives. The retry base is 200 ms
// here, so a failed delivery is tried again within the dispatcher's next pass.
const PORT = integrationPort(17);
const EN = "vna-en-2019-03-14";

type Server = Awaited<ReturnType<typeof startServer>>;
type Receiver = Awaited<ReturnType<typeof startReceiver>>;
type Result = { ok: boolean; data?: Record<string, unknown>; error?: { code: string; message: string } };
type Envelope = { id: string; event: string; occurredAt: string; data: Record<string, unknown> };

let server: Server;
let database: string;
let ok: Receiver;
let flaky: Receiver;
const cookies = {} as Record<"editor" | "admin" | "viewer", string>;
const secrets = {} as Record<"ok" | "flaky" | "down", string>;
const subscriptionIds = {} as Record<"ok" | "flaky" | "down", string>;

async function call(name: string, arg: unknown, cookie: string): Promise<Result> {
  const action = serverActions().find((a) => a.name === name)!;
  return (await callAction(server.baseURL, action, arg, cookie)).result as Result;
}

function deliveryRow(id: string) {
  const db = new Database(database, { readonly: true });
  try {
    return db
      .prepare(`SELECT "state", "attempts", "lastStatusCode", "lastError" FROM "WebhookDelivery" WHERE "id" = ?`)
      .get(id) as { state: string; attempts: number; lastStatusCode: number | null; lastError: string | null };
  } finally {
    db.close();
  }
}

function deliveries(subscriptionId: string): number {
  const db = new Database(database, { readonly: true });
  try {
    return (
      db.prepare(`SELECT COUNT(*) AS n FROM "WebhookDelivery" WHERE "subscriptionId" = ?`).get(subscriptionId) as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
}

/** The check a receiver makes, written here from the documented rule rather than Pact's own code. */
function signatureValid(secret: string, received: Received): boolean {
  const header = String(received.headers["pact-signature"]);
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const expected = createHmac("sha256", secret).update(`${match[1]}.${received.body}`).digest("hex");
  return expected === match[2];
}

const envelope = (r: Received) => JSON.parse(r.body) as Envelope;
const find = (receiver: Receiver, event: string, test: (e: Envelope) => boolean = () => true) =>
  receiver.received.find((r) => r.headers["pact-event"] === event && test(envelope(r)));

beforeAll(async () => {
  database = seededCopy(`webhooks-${PORT}`);
  ok = await startReceiver(() => 204);
  // Refuses each delivery's first attempt, as a receiver that was restarting would.
  flaky = await startReceiver((_body, repeats) => (repeats === 0 ? 500 : 200));
  server = await startServer(database, PORT, { PACT_WEBHOOK_RETRY_BASE_MS: "200" });
  [cookies.editor, cookies.admin, cookies.viewer] = await Promise.all([
    login(server.baseURL, TEST_USERS.editor),
    login(server.baseURL, TEST_USERS.admin),
    login(server.baseURL, TEST_USERS.viewer),
  ]);
  const targets = [
    ["ok", ok.url, ["status_change", "commitment_created"]],
    ["flaky", flaky.url, ["status_change"]],
    ["down", await closedPortUrl(), ["status_change"]],
  ] as const;
  for (const [name, url, events] of targets) {
    const created = await call("createWebhookAction", { url, events }, cookies.admin);
    expect(created.ok, JSON.stringify(created.error)).toBe(true);
    secrets[name] = created.data!.secret as string;
    subscriptionIds[name] = created.data!.id as string;
  }
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await Promise.all([ok?.close(), flaky?.close()]);
});

describe("webhooks", () => {
  it("refuses to create a subscription for anyone but an admin, and a non-http address", async () => {
    const body = { url: ok.url, events: ["status_change"] };
    expect((await call("createWebhookAction", body, cookies.editor)).error?.code).toBe("forbidden");
    const ftp = await call("createWebhookAction", { ...body, url: "ftp://example.org/x" }, cookies.admin);
    expect(ftp.ok).toBe(false);
    expect(ftp.error?.code).toBe("invalid_body");
  });

  it("POSTs a status change, signed with the subscription's secret, to each receiver that wants it", async () => {
    const id = "cyber-monitoring-centre";
    const { version } = (await (await fetch(`${server.baseURL}/api/v1/commitments/${id}`)).json()) as {
      version: number;
    };
    const change = await sendJson(
      server.baseURL,
      "POST",
      `/api/commitments/${id}/status-changes`,
      {
        version,
        toStatus: "in_progress",
        effective: "2019-06",
        note: "Work began on the site",
        evidence: { kind: "existing", sourceId: EN, quote: "Hung said the 5 million USD centre is a gift" },
      },
      { cookie: cookies.editor },
    );
    expect(change.status).toBe(201);

    const got = await eventually(() => find(ok, "status_change"), "the status change at the receiver");
    expect(got.headers["content-type"]).toBe("application/json");
    expect(signatureValid(secrets.ok, got)).toBe(true);
    expect(signatureValid(secrets.flaky, got)).toBe(false);
    const sent = envelope(got);
    expect(got.headers["pact-delivery"]).toBe(sent.id);
    expect(sent).toMatchObject({
      event: "status_change",
      data: {
        commitment: { id, url: `${server.baseURL}/commitments/${id}` },
        from: "announced",
        to: "in_progress",
        effective: { date: "2019-06", precision: "month" },
        note: "Work began on the site",
        evidence: { quote: "Hung said the 5 million USD centre is a gift", source: { id: EN } },
      },
    });
    expect(String((sent.data.commitment as { title: string }).title)).toMatch(/cyber/i);
  });

  it("tries a delivery again after a 500, and records it delivered on the second attempt", async () => {
    const retried = await eventually(() => {
      const second = flaky.received.find((r) => r.answered === 200);
      return second && deliveryRow(String(second.headers["pact-delivery"])).state === "delivered" ? second : undefined;
    }, "the retried delivery");
    const attempts = flaky.received.filter((r) => r.headers["pact-delivery"] === retried.headers["pact-delivery"]);
    expect(attempts.map((r) => r.answered)).toEqual([500, 200]);
    // The same bytes each time, each signed afresh.
    expect(attempts[0]!.body).toBe(attempts[1]!.body);
    expect(attempts.every((r) => signatureValid(secrets.flaky, r))).toBe(true);
    expect(deliveryRow(String(retried.headers["pact-delivery"]))).toMatchObject({
      state: "delivered",
      attempts: 2,
      lastStatusCode: 200,
      lastError: null,
    });
  });

  it("keeps a delivery to an address where nothing listens pending, with a reason an admin can read", async () => {
    const db = () => new Database(database, { readonly: true });
    const row = await eventually(() => {
      const conn = db();
      try {
        const found = conn
          .prepare(
            `SELECT "id" FROM "WebhookDelivery" WHERE "subscriptionId" = ? AND "attempts" >= 1 AND "lastError" IS NOT NULL`,
          )
          .get(subscriptionIds.down) as { id: string } | undefined;
        return found;
      } finally {
        conn.close();
      }
    }, "a failed attempt to the closed port");
    expect(deliveryRow(row.id)).toMatchObject({
      state: "pending",
      lastStatusCode: null,
      lastError: "connection refused",
    });
  });

  it("POSTs a new commitment with its kind, direction and parties", async () => {
    const created = await call(
      "createCommitmentAction",
      {
        title: "Webhook test: journalist exchange",
        kind: "pledge",
        from: { countryCode: "VN" },
        to: { countryCode: "KH" },
        sectors: ["media_broadcasting"],
        amount: null,
        quantity: null,
        target: "2020",
        status: "announced",
        statusEffective: "2019-03-14",
        citations: [{ sourceId: EN, quote: "Hung said the 5 million USD centre is a gift", occurrence: 1 }],
        links: [],
      },
      cookies.editor,
    );
    expect(created.ok, JSON.stringify(created.error)).toBe(true);
    const id = created.data!.id as string;
    const got = await eventually(
      () => find(ok, "commitment_created", (e) => (e.data.commitment as { id: string }).id === id),
      "the new commitment at the receiver",
    );
    expect(signatureValid(secrets.ok, got)).toBe(true);
    expect(envelope(got).data.commitment).toEqual({
      id,
      title: "Webhook test: journalist exchange",
      kind: "pledge",
      direction: "one_way",
      status: "announced",
      url: `${server.baseURL}/commitments/${id}`,
      parties: [
        { role: "giver", countryCode: "VN", organizationId: null, personId: null },
        { role: "receiver", countryCode: "KH", organizationId: null, personId: null },
      ],
    });
    // The flaky receiver asked for status changes only.
    expect(find(flaky, "commitment_created")).toBeUndefined();
  });

  it("shows the deliveries with their state, attempts and response codes to an admin only", async () => {
    const retried = flaky.received.find((r) => r.answered === 200)!;
    const page = await fetch(`${server.baseURL}/admin/webhooks`, { headers: { cookie: cookies.admin } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const rowOf = (deliveryId: string) => new RegExp(`data-delivery="${deliveryId}"[\\s\\S]*?</tr>`).exec(html)?.[0];
    const row = rowOf(String(retried.headers["pact-delivery"]));
    expect(row).toMatch(/delivered/);
    expect(row).toMatch(/>2</);
    expect(row).toMatch(/>200</);
    expect(html).toContain("connection refused");
    expect(html).toContain(ok.url);
    // The secrets are never shown again.
    for (const secret of Object.values(secrets)) expect(html).not.toContain(secret);
    // Each subscription's own page lists all its deliveries, by state, a page at a time.
    const own = (query: string) =>
      fetch(`${server.baseURL}/admin/webhooks/${subscriptionIds.flaky}${query}`, {
        headers: { cookie: cookies.admin },
      });
    const delivered = await (await own("?state=delivered")).text();
    expect(delivered).toContain(`data-delivery="${String(retried.headers["pact-delivery"])}"`);
    expect(await (await own("?state=failed")).text()).toContain("No failed deliveries.");
    expect((await own("?state=lost")).status).toBe(200);
    // The page streams behind its loading state: an unknown id is a 200 whose stream ends in Next's
    // not-found signal, which the browser turns into the not-found page.
    const unknown = await fetch(`${server.baseURL}/admin/webhooks/no-such-webhook`, {
      headers: { cookie: cookies.admin },
    });
    expect(await unknown.text()).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
    const viewer = await (
      await fetch(`${server.baseURL}/admin/webhooks`, { headers: { cookie: cookies.viewer } })
    ).text();
    expect(viewer).not.toContain(ok.url);
  });

  it("queues nothing for a paused subscription, and refuses to ping it until it is resumed", async () => {
    expect((await call("setWebhookActiveAction", { id: subscriptionIds.ok, active: false }, cookies.admin)).ok).toBe(
      true,
    );
    const before = { ok: deliveries(subscriptionIds.ok), flaky: deliveries(subscriptionIds.flaky) };
    const id = "oda-national-tv-radio";
    const { version } = (await (await fetch(`${server.baseURL}/api/v1/commitments/${id}`)).json()) as {
      version: number;
    };
    const change = await sendJson(
      server.baseURL,
      "POST",
      `/api/commitments/${id}/status-changes`,
      {
        version,
        toStatus: "agreed",
        effective: "2019-06",
        evidence: { kind: "existing", sourceId: EN, quote: "Hung said the 5 million USD centre is a gift" },
      },
      { cookie: cookies.editor },
    );
    expect(change.status).toBe(201);
    expect(deliveries(subscriptionIds.ok)).toBe(before.ok);
    expect(deliveries(subscriptionIds.flaky)).toBe(before.flaky + 1);
    const ping = await call("pingWebhookAction", { id: subscriptionIds.ok }, cookies.admin);
    expect(ping.error?.code).toBe("webhook_paused");
    expect((await call("setWebhookActiveAction", { id: subscriptionIds.ok, active: true }, cookies.admin)).ok).toBe(
      true,
    );
    const queued = await call("pingWebhookAction", { id: subscriptionIds.ok }, cookies.admin);
    expect(queued.ok).toBe(true);
    const got = await eventually(() => find(ok, "ping"), "the ping");
    expect(envelope(got)).toMatchObject({ id: queued.data!.deliveryId, event: "ping" });
    expect(signatureValid(secrets.ok, got)).toBe(true);
  });
});
