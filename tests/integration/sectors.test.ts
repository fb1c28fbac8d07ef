import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { getJson } from "../helpers/api";
import { conformanceProblems } from "../helpers/openapi";
import { callAction, login, serverActions } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { ownWriteServer } from "../helpers/write-server";

// Sectors as an open vocabulary: the list API on the seed (read server), then the admin's writes
// through their server actions, as the browser calls them, on a write server of this file's own.

type Sector = { code: string; name: string; nameFr: string | null; dacCode: string | null; commitments: number };
type Result = {
  ok: boolean;
  data?: Record<string, unknown>;
  error?: { code: string; field?: string; message: string; current?: unknown };
};

describe("GET /api/v1/sectors", () => {
  it("lists every sector by English name, with its French name, DAC code and count of commitments", async () => {
    const { status, body } = await getJson<{ data: Sector[] }>("/api/v1/sectors");
    expect(status).toBe(200);
    expect(body.data.length).toBeGreaterThanOrEqual(40);
    const names = body.data.map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byCode = new Map(body.data.map((s) => [s.code, s]));
    expect(byCode.get("energy")).toMatchObject({ name: "Energy", nameFr: "Énergie", dacCode: "230" });
    expect(byCode.get("cybersecurity")).toMatchObject({ nameFr: "Cybersécurité", dacCode: null });
    // Each count is the commitments list's total for that sector.
    for (const code of ["media_broadcasting", "training", "cybersecurity", "energy"]) {
      const list = await getJson<{ total: number }>(`/api/v1/commitments?sector=${code}&view=summary&pageSize=1`);
      expect(byCode.get(code)!.commitments, code).toBe(list.body.total);
    }
    expect(byCode.get("media_broadcasting")!.commitments).toBeGreaterThan(0);
  });

  it("takes no parameters: an unknown one, paging or a day, is a 400 naming it", async () => {
    for (const parameter of ["page=2", "asOf=2019-06-30"]) {
      const bad = await getJson<{ error: { code: string; field: string } }>(`/api/v1/sectors?${parameter}`);
      expect(bad.status, parameter).toBe(400);
      expect(bad.body.error, parameter).toMatchObject({ code: "invalid_parameter", field: parameter.split("=")[0] });
    }
  });
});

describe("an admin's writes to the sectors", () => {
  const writeServer = ownWriteServer();
  const base = () => writeServer.baseURL;
  const cookies = {} as Record<"viewer" | "editor" | "admin", string>;
  let actions: ReturnType<typeof serverActions>;

  beforeAll(async () => {
    actions = serverActions();
    for (const role of ["viewer", "editor", "admin"] as const) cookies[role] = await login(base(), TEST_USERS[role]);
  });

  async function call(name: string, arg: unknown, as: keyof typeof cookies = "admin"): Promise<Result> {
    const action = actions.find((a) => a.name === name);
    if (!action) throw new Error(`no action ${name} in the build`);
    const { status, result } = await callAction(base(), action, arg, cookies[as]);
    expect(status, `${name} answers`).toBe(200);
    return result as Result;
  }

  async function api<T>(path: string): Promise<T> {
    const response = await fetch(`${base()}${path}`);
    const body = (await response.json()) as T;
    expect(response.status, path).toBe(200);
    expect(await conformanceProblems(path, 200, body), path).toEqual([]);
    return body;
  }
  const sectors = async () => new Map((await api<{ data: Sector[] }>("/api/v1/sectors")).data.map((s) => [s.code, s]));
  const page = async (path: string, as: keyof typeof cookies) =>
    (await fetch(`${base()}${path}`, { headers: { cookie: cookies[as] } })).text();
  const sectorRows = () => {
    const db = new Database(writeServer.databaseFile, { readonly: true });
    try {
      return (db.prepare(`SELECT COUNT(*) AS n FROM "Sector"`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it("refuses editors and viewers, writing nothing", async () => {
    const before = sectorRows();
    const input = { code: "space_cooperation", name: "Space cooperation" };
    for (const role of ["viewer", "editor"] as const) {
      expect((await call("createSectorAction", input, role)).error?.code, role).toBe("forbidden");
      const merge = await call("mergeSectorsAction", { from: "training", into: "education", confirm: true }, role);
      expect(merge.error?.code, role).toBe("forbidden");
    }
    expect(sectorRows()).toBe(before);
    expect((await sectors()).has("training")).toBe(true);
  });

  it("creates a sector that the commitment form and the filters offer at once", async () => {
    const created = await call("createSectorAction", {
      code: "space_cooperation",
      name: "Space cooperation",
      nameFr: "Coopération spatiale",
    });
    expect(created).toMatchObject({ ok: true, data: { code: "space_cooperation" } });
    expect((await sectors()).get("space_cooperation")).toEqual({
      code: "space_cooperation",
      name: "Space cooperation",
      nameFr: "Coopération spatiale",
      dacCode: null,
      commitments: 0,
    });
    expect(await page("/commitments/new", "editor")).toContain("Space cooperation");
    expect(await page("/commitments", "viewer")).toContain('value="space_cooperation"');

    const again = await call("createSectorAction", { code: "space_cooperation", name: "Outer space" });
    expect(again.error).toMatchObject({ code: "duplicate", field: "code" });
    const badDac = await call("createSectorAction", { code: "space", name: "Space", dacCode: "2" });
    expect(badDac.error).toMatchObject({ code: "invalid_body", field: "dacCode" });
  });

  it("renames a sector, and refuses a rename made on names someone changed since", async () => {
    const seen = { name: "Space cooperation", nameFr: "Coopération spatiale", dacCode: null };
    const renamed = await call("updateSectorAction", {
      code: "space_cooperation",
      name: "Space and satellites",
      nameFr: "Espace et satellites",
      previous: seen,
    });
    expect(renamed.ok, JSON.stringify(renamed)).toBe(true);
    expect((await sectors()).get("space_cooperation")).toMatchObject({ name: "Space and satellites" });

    const stale = await call("updateSectorAction", { code: "space_cooperation", name: "Space", previous: seen });
    expect(stale.error).toMatchObject({
      code: "conflict",
      current: { name: "Space and satellites", nameFr: "Espace et satellites", dacCode: null },
    });
    expect((await sectors()).get("space_cooperation")!.name).toBe("Space and satellites");
  });

  it("merges training into education: commitments keep their other sectors, search follows, the audit log tells", async () => {
    const before = await sectors();
    const training = await api<{ data: { id: string; sectors: string[] }[] }>(
      "/api/v1/commitments?sector=training&pageSize=200",
    );
    expect(training.data.length).toBe(before.get("training")!.commitments);
    expect(training.data.length).toBeGreaterThan(0);

    const merged = await call("mergeSectorsAction", { from: "training", into: "education", confirm: true });
    expect(merged).toMatchObject({ ok: true, data: { from: "training", into: "education" } });

    const after = await sectors();
    expect(after.has("training")).toBe(false);
    expect(after.get("education")!.commitments).toBe(
      before.get("education")!.commitments + (merged.data!.moved as number),
    );
    for (const c of training.data) {
      const now = await api<{ sectors: string[] }>(`/api/v1/commitments/${c.id}`);
      const others = c.sectors.filter((s) => s !== "training" && s !== "education");
      expect(now.sectors.sort(), c.id).toEqual([...others, "education"].sort());
    }
    // Found by the name of the sector it is filed under now.
    const search = await api<{ groups: { type: string; hits: { id: string }[] }[] }>(
      "/api/v1/search?q=%C3%A9ducation&type=commitment&limit=50",
    );
    const found = search.groups.flatMap((g) => g.hits.map((h) => h.id));
    for (const c of training.data) expect(found, c.id).toContain(c.id);

    const audit = await page("/admin/audit?entityType=sector&action=merge", "admin");
    expect(audit).toContain("sector training");
    expect(audit).toContain("sector education");
    expect(audit).toContain("mergedInto");
  });
});
