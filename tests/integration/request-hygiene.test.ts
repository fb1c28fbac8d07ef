import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { callAction, login, sendJson, serverActions } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { ownWriteServer } from "../helpers/write-server";

// What a hostile or careless caller sends, on a write server of this file's own: each is refused
// by name, and nothing reaches the database or the logs as a server error.
const writeServer = ownWriteServer();
const base = () => writeServer.baseURL;
const EN = "vna-en-2019-03-14";
const LONE = "\ud800";

type ActionAnswer = { ok: boolean; error?: { code: string; field?: string; message: string; fields?: unknown } };
const action = (name: string) => serverActions().find((a) => a.name === name)!;

function count(sql: string, ...params: unknown[]): number {
  const db = new Database(writeServer.databaseFile, { readonly: true });
  try {
    return (db.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}

const commitment = (patch: Record<string, unknown> = {}) => ({
  title: "Hygiene test commitment",
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
  ...patch,
});

let editor: string;
let admin: string;
beforeAll(async () => {
  [editor, admin] = await Promise.all([login(base(), TEST_USERS.editor), login(base(), TEST_USERS.admin)]);
});

describe("refused input, named by its field", () => {
  it("sends a server action's field errors to the form as a plain object", async () => {
    const { result } = await callAction(
      base(),
      action("createOrganizationAction"),
      { name: "Tampered agency", kind: "agency", countryCode: "Cambodia", aliases: [] },
      editor,
    );
    const answer = result as ActionAnswer;
    expect(answer.error).toMatchObject({ code: "invalid_body", field: "countryCode" });
    expect(answer.error!.fields).toEqual({ countryCode: expect.any(String) });
    const login = await callAction(base(), action("loginAction"), {
      email: "not an email",
      password: "whatever-it-is",
    });
    expect((login.result as ActionAnswer).error!.fields).toEqual({ email: expect.any(String) });
  });

  it("refuses an unknown sector with a 400 naming it, not a server error", async () => {
    const { result } = await callAction(
      base(),
      action("createCommitmentAction"),
      commitment({ sectors: ["media_broadcasting", "no_such_sector"] }),
      editor,
    );
    expect(result as ActionAnswer).toMatchObject({ ok: false, error: { code: "invalid_body", field: "sectors.1" } });
    expect(count(`SELECT COUNT(*) AS n FROM "Commitment" WHERE "title" = ?`, "Hygiene test commitment")).toBe(0);
  });

  it("refuses a lone surrogate in any text field, naming the field", async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ["createCommitmentAction", commitment({ title: `Bad ${LONE} title` }), "title"],
      [
        "createCommitmentAction",
        commitment({ citations: [{ sourceId: EN, quote: `Hung said ${LONE}`, occurrence: 1 }] }),
        "citations.0.quote",
      ],
      [
        "createOrganizationAction",
        { name: "Agency", kind: "agency", countryCode: "KH", aliases: [{ alias: `A${LONE}`, language: "en" }] },
        "aliases.0.alias",
      ],
    ];
    for (const [name, input, field] of cases) {
      const { status, result } = await callAction(base(), action(name), input, editor);
      expect(status, field).toBe(200);
      expect((result as ActionAnswer).error, field).toMatchObject({ code: "invalid_body", field });
    }
    const version = (
      (await (await fetch(`${base()}/api/v1/commitments/vov-khmer-programmes`)).json()) as { version: number }
    ).version;
    const route = await sendJson(
      base(),
      "POST",
      "/api/commitments/vov-khmer-programmes/status-changes",
      {
        version,
        toStatus: "agreed",
        effective: "2019-06",
        note: `Half ${LONE} a character`,
        evidence: { kind: "existing", sourceId: EN, quote: "Vietnam also urged Cambodia" },
      },
      { cookie: editor },
    );
    expect(route.status).toBe(400);
    expect(route.body.error).toMatchObject({ code: "invalid_body", field: "note" });
    const session = await sendJson(base(), "POST", "/api/session", { email: `a${LONE}@pact.test`, password: "x" });
    expect(session.status).toBe(400);
    expect(session.body.error?.field).toBe("email");
  });

  it("refuses a first status dated after today, as it refuses such a change", async () => {
    const { result } = await callAction(
      base(),
      action("createCommitmentAction"),
      commitment({ statusEffective: "2100" }),
      editor,
    );
    expect((result as ActionAnswer).error).toMatchObject({ code: "invalid_body", field: "statusEffective" });
    const version = (
      (await (await fetch(`${base()}/api/v1/commitments/vov-khmer-programmes`)).json()) as { version: number }
    ).version;
    const change = await sendJson(
      base(),
      "POST",
      "/api/commitments/vov-khmer-programmes/status-changes",
      {
        version,
        toStatus: "agreed",
        effective: "2100",
        evidence: { kind: "existing", sourceId: EN, quote: "Vietnam also urged Cambodia" },
      },
      { cookie: editor },
    );
    expect(change.body.error).toMatchObject({ code: "invalid_body", field: "effective" });
    // One rule, so one wording.
    expect((result as ActionAnswer).error!.message.replace("statusEffective", "")).toBe(
      change.body.error!.message.replace("effective", ""),
    );
  });

  it("refuses a common or repetitive password, saying why", async () => {
    for (const password of ["aaaaaaaaaaaa", "password1234", "qwertyuiop12"]) {
      const { result } = await callAction(
        base(),
        action("createUserAction"),
        { email: "weak@pact.test", name: "Weak", role: "viewer", password },
        admin,
      );
      const answer = result as ActionAnswer;
      expect(answer.error, password).toMatchObject({ code: "invalid_body", field: "password" });
      expect(answer.error!.message, password).toMatch(/Too easy to guess/);
    }
    expect(count(`SELECT COUNT(*) AS n FROM "user" WHERE "email" = ?`, "weak@pact.test")).toBe(0);
    const strong = await callAction(
      base(),
      action("createUserAction"),
      { email: "strong@pact.test", name: "Strong", role: "viewer", password: "tundra lantern oboe quarry" },
      admin,
    );
    expect((strong.result as ActionAnswer).ok).toBe(true);
  });
});

describe("addresses and headers a caller controls", () => {
  it("sends a logged-in reader only to a path of this site after login", async () => {
    for (const next of [
      "/%5Cevil.example",
      "//evil.example",
      "/%09/evil.example",
      "/.//evil.example",
      "javascript:alert(1)",
    ]) {
      const response = await fetch(`${base()}/login?next=${next}`, { headers: { cookie: editor }, redirect: "manual" });
      expect(response.status, next).toBe(307);
      const location = new URL(response.headers.get("location")!, base());
      expect(location.origin, next).toBe(base());
    }
    const kept = await fetch(`${base()}/login?next=${encodeURIComponent("/commitments?kind=pledge")}`, {
      headers: { cookie: editor },
      redirect: "manual",
    });
    expect(
      new URL(kept.headers.get("location")!, base()).pathname + new URL(kept.headers.get("location")!, base()).search,
    ).toBe("/commitments?kind=pledge");
  });

  it("checks a write's Origin against Pact's public address, not X-Forwarded-Host", async () => {
    const response = await fetch(`${base()}/api/commitments/vov-khmer-programmes/status-changes`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        cookie: admin,
        origin: "http://evil.example",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "http",
      },
      body: JSON.stringify({}),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("bad_origin");
  });

  it("refuses __proto__ like any other unknown parameter", async () => {
    for (const path of ["/api/v1/commitments?__proto__=x", "/api/v1/events?__proto__=x&pageSize=1"]) {
      const response = await fetch(`${base()}${path}`);
      expect(response.status, path).toBe(400);
      expect(await response.json()).toEqual({
        error: { code: "invalid_parameter", message: 'Unknown parameter "__proto__"', field: "__proto__" },
      });
    }
  });

  it("puts the security headers on every answer: icons that do not exist, bad %-encoding, assets", async () => {
    for (const path of [
      "/favicon.ico",
      "/favicon.ico.png",
      "/%E0%A4%A",
      "/api/v1/commitments?__proto__=x",
      "/_next/static/no-such-chunk.js",
      "/commitments",
    ]) {
      const response = await fetch(`${base()}${path}`);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("content-security-policy"), path).toMatch(/frame-ancestors 'none'/);
    }
  });
});
