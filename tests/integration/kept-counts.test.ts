import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { callAction, login, sendJson, serverActions } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { ownWriteServer } from "../helpers/write-server";

// Counts, pages' ids, the tables' summaries, search results and overview aggregates are kept until the data changes
// (lib/db/data-version.ts). These tests change the data every way it can change (a route, a
// server action — bundled apart from the routes —, another process) and expect the very next
// read to see it. They run on a write server of this file's own.
const writeServer = ownWriteServer();
const base = () => writeServer.baseURL;
const ID = "vietnamese-firms-e-government-projects";

async function total(query: string): Promise<number> {
  const response = await fetch(`${base()}/api/v1/commitments?${query}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

/** The commitment's row among the summaries, whose whole page is kept until the data changes. */
async function summary(): Promise<{ status: string; kind: string }> {
  const response = await fetch(`${base()}/api/v1/commitments?view=summary&pageSize=200`);
  expect(response.status).toBe(200);
  const row = ((await response.json()) as { data: { id: string; status: string; kind: string }[] }).data.find(
    (c) => c.id === ID,
  );
  expect(row).toBeDefined();
  return row!;
}

async function current(): Promise<{ status: string; version: number; kind: string }> {
  return (await (await fetch(`${base()}/api/v1/commitments/${ID}`)).json()) as {
    status: string;
    version: number;
    kind: string;
  };
}

describe("counts kept until the data changes", () => {
  let admin: string;
  beforeAll(async () => {
    admin = await login(base(), TEST_USERS.admin);
  });

  it("counts a status change made through the app on the next read", async () => {
    const { status, version } = await current();
    const to = status === "stalled" ? "agreed" : "stalled";
    const [before, beforeTo] = [await total(`status=${status}`), await total(`status=${to}`)];
    // Asked twice: the second answer comes from what was kept, and must still be right.
    expect(await total(`status=${status}`)).toBe(before);
    expect((await summary()).status).toBe(status);
    expect((await summary()).status).toBe(status);
    const response = await sendJson(
      base(),
      "POST",
      `/api/commitments/${ID}/status-changes`,
      {
        version,
        toStatus: to,
        effective: "2019-06",
        reason: "Reopened for the count test",
        evidence: {
          kind: "existing",
          sourceId: "vna-en-2019-03-14",
          quote: "Hung said the 5 million USD centre is a gift",
        },
      },
      { cookie: admin },
    );
    expect(response.status).toBe(201);
    expect(await total(`status=${status}`)).toBe(before - 1);
    expect(await total(`status=${to}`)).toBe(beforeTo + 1);
    expect((await summary()).status).toBe(to);
  });

  it("counts a change committed by another process on the next read", async () => {
    const { kind } = await current();
    const to = kind === "agreement" ? "request" : "agreement";
    const before = await total(`kind=${to}`);
    expect(await total(`kind=${to}`)).toBe(before);
    expect((await summary()).kind).toBe(kind);
    const db = new Database(writeServer.databaseFile);
    try {
      db.prepare(`UPDATE "Commitment" SET "kind" = ? WHERE "id" = ?`).run(to, ID);
      expect(await total(`kind=${to}`)).toBe(before + 1);
      expect((await summary()).kind).toBe(to);
    } finally {
      db.prepare(`UPDATE "Commitment" SET "kind" = ? WHERE "id" = ?`).run(kind, ID);
      db.close();
    }
    expect(await total(`kind=${to}`)).toBe(before);
  });

  it("finds a record created through a server action on the next search", async () => {
    const word = `Zyxquorp${Date.now()}`;
    const find = async () =>
      (await (await fetch(`${base()}/api/v1/search?q=${word}`)).json()) as {
        total: number;
        groups: { hits: { id: string }[] }[];
      };
    expect((await find()).total).toBe(0);
    expect((await find()).total).toBe(0);
    const action = serverActions().find((a) => a.name === "createOrganizationAction")!;
    const editor = await login(base(), TEST_USERS.editor);
    const { result } = await callAction(
      base(),
      action,
      { name: `${word} Telecom Authority`, kind: "agency", countryCode: "KH", aliases: [] },
      editor,
    );
    const created = result as { ok: boolean; data: { id: string } };
    expect(created.ok, JSON.stringify(result)).toBe(true);
    const after = await find();
    expect(after.total).toBe(1);
    expect(after.groups[0]!.hits[0]!.id).toBe(created.data.id);
  });
});
