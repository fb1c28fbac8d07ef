import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conformanceProblems } from "../helpers/openapi";
import { integrationPort } from "../helpers/ports";
import { startServer } from "../helpers/server";
import { login } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { call, type Answer } from "../helpers/write-api";
import { countOf } from "../helpers/faults";
import { seededCopy } from "../helpers/write-server";

// API v1's writes of commitments and sources, on a server and database of this file's own.

const ARTICLE = [
  "DAKAR, 12 May 2025 (APS) - Senegal and Japan agreed on Monday to build a joint fisheries research centre in Dakar by 2027.",
  "The two governments will share its running costs, the fisheries ministers of both countries said after their talks.",
  "Work on the site began in September, the ministry said later.",
].join(" ");
const AGREED = "Senegal and Japan agreed on Monday to build a joint fisheries research centre in Dakar by 2027";
const BEGAN = "Work on the site began in September";

let server: Awaited<ReturnType<typeof startServer>>;
let file: string;
const base = () => server.baseURL;
const cookies = {} as Record<"viewer" | "editor" | "editor2" | "admin", string>;
const count = (sql: string, ...params: unknown[]) => countOf(file, sql, ...params);
const commitments = () => count(`SELECT COUNT(*) AS n FROM "Commitment"`);

async function conforms(path: string, answer: Answer, method: "post" | "patch") {
  expect(await conformanceProblems(path, answer.status, answer.body, method)).toEqual([]);
}

beforeAll(async () => {
  file = seededCopy(`write-api-commitments-${integrationPort(19)}`);
  server = await startServer(file, integrationPort(19));
  for (const role of ["viewer", "editor", "editor2", "admin"] as const)
    cookies[role] = await login(base(), TEST_USERS[role]);
});
afterAll(() => server?.stop());

let sourceId: string;

const fisheries = (extra: Record<string, unknown> = {}) => ({
  titleEn: "Joint fisheries research centre in Dakar",
  kind: "agreement",
  direction: "mutual",
  sides: [
    { role: "party", country: { code: "SN", name: "Senegal" }, organization: null, person: null },
    { role: "party", country: "JP" },
  ],
  sectors: [],
  target: { date: "2027", precision: "year" },
  status: "agreed",
  statusEffective: "2025-05-12",
  citations: [{ sourceId, quote: AGREED }],
  ...extra,
});

describe("a mutual commitment between Senegal and Japan, through API v1 alone", () => {
  let id: string;

  it("records the article as a source", async () => {
    const source = {
      title: "Senegal and Japan to build a fisheries research centre",
      publisher: "Agence de Presse Sénégalaise",
      url: "https://aps.sn/example-fisheries",
      language: "en",
      published: { date: "2025-05-12", precision: "day" },
      fullText: ARTICLE,
    };
    const answer = await call(base(), "POST", "/api/v1/sources", source, { cookie: cookies.editor });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    sourceId = answer.body.id as string;
    expect(answer.headers.get("location")).toBe(`/api/v1/sources/${sourceId}`);
    expect(answer.body).toMatchObject({
      title: source.title,
      published: source.published,
      fullText: ARTICLE,
      version: 1,
    });
    await conforms("/api/v1/sources", answer, "post");
  });

  it("creates the commitment, with its sides, target and quote, and audits it", async () => {
    const answer = await call(base(), "POST", "/api/v1/commitments", fisheries(), { cookie: cookies.editor });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    id = answer.body.id as string;
    expect(answer.headers.get("location")).toBe(`/api/v1/commitments/${id}`);
    expect(answer.body).toMatchObject({
      title: "Joint fisheries research centre in Dakar",
      direction: "mutual",
      status: "agreed",
      target: { date: "2027", precision: "year" },
      version: 1,
    });
    expect((answer.body.sides as { country: { code: string } }[]).map((s) => s.country.code)).toEqual(["SN", "JP"]);
    expect((answer.body.citations as { quote: string }[])[0]!.quote).toBe(AGREED);
    await conforms("/api/v1/commitments", answer, "post");
    const get = await fetch(`${base()}/api/v1/commitments/${id}`);
    expect(get.headers.get("etag")).toBe(answer.headers.get("etag"));
  });

  it("changes its status through v1, with evidence from the same article", async () => {
    const path = `/api/v1/commitments/${id}/status-changes`;
    const change = {
      version: 1,
      toStatus: "in_progress",
      effective: "2025-09",
      evidence: { kind: "existing", sourceId, quote: BEGAN },
    };
    const answer = await call(base(), "POST", path, change, { cookie: cookies.editor });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body).toMatchObject({ commitmentId: id, version: 2, status: "in_progress" });
    expect(answer.headers.get("deprecation")).toBeNull();
    await conforms(path, answer, "post");
  });

  it("shows both on the commitment's page and in the audit log", async () => {
    const page = await (await fetch(`${base()}/commitments/${id}`)).text();
    expect(page).toContain("Joint fisheries research centre in Dakar");
    expect(page).toContain("In progress");
    expect(page).toContain("Senegal");
    expect(page).toContain("Japan");
    const audited = (action: string) =>
      count(
        `SELECT COUNT(*) AS n FROM "AuditEntry" a JOIN "User" u ON u.id = a."userId"
         WHERE a."entityId" = ? AND a.action = ? AND u.email = ?`,
        id,
        action,
        TEST_USERS.editor.email,
      );
    expect(audited("create")).toBe(1);
    expect(audited("status_change")).toBe(1);
    const log = await (await fetch(`${base()}/admin/audit`, { headers: { cookie: cookies.admin } })).text();
    expect(log).toContain(id);
  });

  it("lists it between Senegal and Japan", async () => {
    const list = (await (await fetch(`${base()}/api/v1/commitments?pair=SN-JP`)).json()) as { data: { id: string }[] };
    expect(list.data.map((c) => c.id)).toEqual([id]);
  });
});

describe("PATCH: a merge patch on the version read", () => {
  let id: string;
  const path = () => `/api/v1/commitments/${id}`;
  beforeAll(async () => {
    const answer = await call(base(), "POST", "/api/v1/commitments", fisheries({ titleEn: "Fisheries patrol boats" }), {
      cookie: cookies.editor,
    });
    id = answer.body.id as string;
  });

  it("changes only the fields sent, with the version, and answers the record with its new ETag", async () => {
    const answer = await call(
      base(),
      "PATCH",
      path(),
      { version: 1, titleFr: "Patrouilleurs de pêche", amount: { value: "2500000.50", currency: "USD" } },
      { cookie: cookies.editor },
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({
      titleEn: "Fisheries patrol boats",
      titleFr: "Patrouilleurs de pêche",
      amount: { value: "2500000.50", currency: "USD", qualifier: "exact" },
      target: { date: "2027", precision: "year" },
      direction: "mutual",
      version: 2,
    });
    const get = await fetch(`${base()}${path()}`);
    expect(answer.headers.get("etag")).toBe(get.headers.get("etag"));
    expect(count(`SELECT COUNT(*) AS n FROM "AuditEntry" WHERE "entityId" = ? AND action = 'update'`, id)).toBe(1);
    await conforms(path(), answer, "patch");
  });

  it("takes If-Match with the ETag of the record's GET, and null removes a field", async () => {
    const etag = (await fetch(`${base()}${path()}`)).headers.get("etag")!;
    const answer = await call(
      base(),
      "PATCH",
      path(),
      { amount: null },
      { cookie: cookies.editor, headers: { "if-match": etag } },
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({ amount: null, titleFr: "Patrouilleurs de pêche", version: 3 });
  });

  it("refuses a stale version or ETag with 409 and the record as it is now, writing nothing", async () => {
    const updates = count(`SELECT COUNT(*) AS n FROM "AuditEntry" WHERE "entityId" = ? AND action = 'update'`, id);
    const stale = await call(
      base(),
      "PATCH",
      path(),
      { version: 1, titleEn: "Lost edit" },
      { cookie: cookies.editor2 },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "conflict", field: "version" });
    expect(stale.body.error!.current).toMatchObject({ id, version: 3, titleEn: "Fisheries patrol boats" });
    await conforms(path(), stale, "patch");
    const staleTag = await call(
      base(),
      "PATCH",
      path(),
      { titleEn: "Lost edit" },
      {
        cookie: cookies.editor2,
        headers: { "if-match": '"not-the-etag"' },
      },
    );
    expect(staleTag.status).toBe(409);
    expect(staleTag.body.error!.current).toMatchObject({ id, version: 3 });
    expect(count(`SELECT COUNT(*) AS n FROM "AuditEntry" WHERE "entityId" = ? AND action = 'update'`, id)).toBe(
      updates,
    );
  });

  it("asks for a version when neither is sent, and refuses a status or a bad field by name", async () => {
    const none = await call(base(), "PATCH", path(), { titleEn: "No version" }, { cookie: cookies.editor });
    expect(none.status).toBe(428);
    expect(none.body.error).toMatchObject({ code: "version_required", field: "version" });
    await conforms(path(), none, "patch");
    const status = await call(base(), "PATCH", path(), { version: 3, status: "fulfilled" }, { cookie: cookies.editor });
    expect(status.status).toBe(400);
    expect(status.body.error).toMatchObject({ code: "invalid_body", field: "status" });
    const kind = await call(base(), "PATCH", path(), { version: 3, kind: "promise" }, { cookie: cookies.editor });
    expect(kind.status).toBe(400);
    expect(kind.body.error).toMatchObject({ code: "invalid_body", field: "kind" });
    const missing = await call(
      base(),
      "PATCH",
      "/api/v1/commitments/no-such-thing",
      { version: 1 },
      { cookie: cookies.editor },
    );
    expect(missing.status).toBe(404);
  });

  it("takes back the record it answered, computed fields and all, as a no-op edit", async () => {
    const record = (await (await fetch(`${base()}${path()}`)).json()) as Record<string, unknown>;
    const { status: _status, ...writable } = record;
    const answer = await call(base(), "PATCH", path(), writable, { cookie: cookies.editor });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const { version, updatedAt, ...after } = answer.body;
    expect(version).toBe((record.version as number) + 1);
    expect(updatedAt).toBeTypeOf("string");
    const { version: _v, updatedAt: _u, ...before } = record;
    expect(after).toEqual(before);
  });
});

describe("POST: who may write, what is refused, and Idempotency-Key", () => {
  it("refuses anonymous callers (401) and viewers (403), creating nothing", async () => {
    const before = commitments();
    expect((await call(base(), "POST", "/api/v1/commitments", fisheries())).status).toBe(401);
    expect((await call(base(), "POST", "/api/v1/commitments", fisheries(), { cookie: cookies.viewer })).status).toBe(
      403,
    );
    expect((await call(base(), "PATCH", "/api/v1/commitments/cyber-monitoring-centre", { version: 1 })).status).toBe(
      401,
    );
    expect(commitments()).toBe(before);
  });

  it("names the field at fault", async () => {
    const noKind = await call(base(), "POST", "/api/v1/commitments", fisheries({ kind: undefined }), {
      cookie: cookies.editor,
    });
    expect(noKind.status).toBe(400);
    expect(noKind.body.error).toMatchObject({ code: "invalid_body", field: "kind" });
    await conforms("/api/v1/commitments", noKind, "post");
    const oneParty = await call(
      base(),
      "POST",
      "/api/v1/commitments",
      fisheries({ sides: [{ role: "party", country: "SN" }] }),
      { cookie: cookies.editor },
    );
    expect(oneParty.body.error).toMatchObject({ code: "invalid_body", field: "sides" });
    const money = await call(
      base(),
      "POST",
      "/api/v1/commitments",
      fisheries({ amount: { value: "1.5", currency: "XOF" } }),
      {
        cookie: cookies.editor,
      },
    );
    expect(money.body.error).toMatchObject({ code: "invalid_body", field: "amount.value" });
    const typo = await call(base(), "POST", "/api/v1/commitments", fisheries({ titel: "x" }), {
      cookie: cookies.editor,
    });
    expect(typo.body.error).toMatchObject({ code: "invalid_body", field: "titel" });
  });

  it("replays a retried request with the same key instead of creating twice", async () => {
    const before = commitments();
    const send = (body: unknown) =>
      call(base(), "POST", "/api/v1/commitments", body, {
        cookie: cookies.editor,
        headers: { "idempotency-key": "retry-fisheries-1" },
      });
    const first = await send(fisheries({ titleEn: "Cold storage at the Dakar port" }));
    expect(first.status).toBe(201);
    const again = await send(fisheries({ titleEn: "Cold storage at the Dakar port" }));
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.headers.get("location")).toBe(first.headers.get("location"));
    expect(again.body).toEqual(first.body);
    expect(commitments()).toBe(before + 1);
    const other = await send(fisheries({ titleEn: "Another thing altogether" }));
    expect(other.status).toBe(422);
    expect(other.body.error).toMatchObject({ code: "idempotency_key_reused", field: "Idempotency-Key" });
    await conforms("/api/v1/commitments", other, "post");
    expect(commitments()).toBe(before + 1);
  });

  it("keys are per account, and a refused request frees its key", async () => {
    const before = commitments();
    const headers = { "idempotency-key": "per-account" };
    const body = fisheries({ titleEn: "Fish market in Saint-Louis" });
    expect((await call(base(), "POST", "/api/v1/commitments", body, { cookie: cookies.editor, headers })).status).toBe(
      201,
    );
    expect((await call(base(), "POST", "/api/v1/commitments", body, { cookie: cookies.editor2, headers })).status).toBe(
      201,
    );
    expect(commitments()).toBe(before + 2);
    const bad = await call(
      base(),
      "POST",
      "/api/v1/commitments",
      { kind: "agreement" },
      {
        cookie: cookies.editor,
        headers: { "idempotency-key": "fix-and-retry" },
      },
    );
    expect(bad.status).toBe(400);
    const fixed = await call(base(), "POST", "/api/v1/commitments", fisheries({ titleEn: "Fixed and retried" }), {
      cookie: cookies.editor,
      headers: { "idempotency-key": "fix-and-retry" },
    });
    expect(fixed.status).toBe(201);
  });

  it("creates once when identical requests with one key arrive together", async () => {
    const before = commitments();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        call(base(), "POST", "/api/v1/commitments", fisheries({ titleEn: "Research vessel for Dakar" }), {
          cookie: cookies.editor,
          headers: { "idempotency-key": "together" },
        }),
      ),
    );
    expect(commitments()).toBe(before + 1);
    const created = answers.filter((a) => a.status === 201);
    expect(created.filter((a) => a.headers.get("idempotent-replayed") !== "true")).toHaveLength(1);
    for (const a of answers.filter((a) => a.status !== 201))
      expect(a.body.error).toMatchObject({ code: "idempotency_in_progress" });
    expect(new Set(created.map((a) => a.body.id))).toEqual(new Set([created[0]!.body.id]));
  });
});

describe("the unversioned status route, deprecated", () => {
  it("still changes a status, saying it is deprecated and naming its successor", async () => {
    const id = "cyber-monitoring-centre";
    const { version } = (await (await fetch(`${base()}/api/v1/commitments/${id}`)).json()) as { version: number };
    const change = {
      version,
      toStatus: "in_progress",
      effective: "2019-06",
      evidence: {
        kind: "existing",
        sourceId: "vna-en-2019-03-14",
        quote: "Hung said the 5 million USD centre is a gift",
      },
    };
    const answer = await call(base(), "POST", `/api/commitments/${id}/status-changes`, change, {
      cookie: cookies.editor,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.headers.get("deprecation")).toMatch(/^@\d+$/);
    expect(answer.headers.get("link")).toBe(`</api/v1/commitments/${id}/status-changes>; rel="successor-version"`);
    await conforms(`/api/commitments/${id}/status-changes`, answer, "post");
  });
});
