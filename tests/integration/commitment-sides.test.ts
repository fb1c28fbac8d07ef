import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { callAction, login, serverActions } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { ownWriteServer } from "../helpers/write-server";

// Commitments between sides: mutual ones, one to an international body, and the filters that
// read the sides, through the form's actions and API v1 on a server of this file's own.
const writeServer = ownWriteServer();
const base = () => writeServer.baseURL;
const EN = "vna-en-2019-03-14";

type Result = { ok: boolean; data?: { id: string }; error?: { code: string; field?: string } };
type Side = { role: string; country: { code: string } | null; organization: { id: string } | null };
type Commitment = {
  id: string;
  direction: string;
  sides: Side[];
  from: { country: string | null; organization: { id: string } | null } | null;
  to: { country: string | null; organization: { id: string } | null } | null;
  titleEn: string | null;
  titleFr: string | null;
  title: string;
};

let cookie: string;
async function call(name: string, arg: unknown): Promise<Result> {
  const action = serverActions().find((a) => a.name === name)!;
  return (await callAction(base(), action, arg, cookie)).result as Result;
}
const get = async <T>(path: string) => (await (await fetch(`${base()}${path}`)).json()) as T;
const ids = async (query: string) =>
  (await get<{ data: { id: string }[] }>(`/api/v1/commitments?${query}&pageSize=100`)).data.map((c) => c.id);

const draft = {
  kind: "agreement",
  sectors: [],
  status: "agreed",
  statusEffective: "2019-03-14",
  citations: [{ sourceId: EN, quote: "The two ministries agreed to further instruct", occurrence: 1 }],
  links: [],
};

describe("commitments between sides", () => {
  let mutualId: string;
  let toBodyId: string;

  beforeAll(async () => {
    // An international body with no country of its own (the default list of bodies is the seed's).
    const db = new Database(writeServer.databaseFile);
    db.prepare(
      `INSERT INTO "Organization" ("id", "name", "nameEn", "kind", "scope", "countryCode", "updatedAt")
       VALUES ('test-regional-body', 'Regional Test Association', 'Regional Test Association', 'intergovernmental', 'international', NULL, CURRENT_TIMESTAMP)`,
    ).run();
    db.close();
    cookie = await login(base(), TEST_USERS.editor);
    const mutual = await call("createCommitmentAction", {
      ...draft,
      titleFr: "Échanges de journalistes entre les deux pays",
      direction: "mutual",
      sides: [
        { role: "party", countryCode: "KH" },
        { role: "party", countryCode: "VN", organizationId: "vn-mic" },
      ],
    });
    expect(mutual).toMatchObject({ ok: true });
    mutualId = mutual.data!.id;
    const toBody = await call("createCommitmentAction", {
      ...draft,
      kind: "pledge",
      status: "announced",
      titleEn: "Host the regional secretariat's training week",
      sides: [
        { role: "giver", organizationId: "vn-mic" },
        { role: "receiver", organizationId: "test-regional-body" },
      ],
    });
    expect(toBody).toMatchObject({ ok: true });
    toBodyId = toBody.data!.id;
  });

  it("stores a mutual commitment with its parties, and keeps from and to as the first two", async () => {
    const c = await get<Commitment>(`/api/v1/commitments/${mutualId}`);
    expect(c.direction).toBe("mutual");
    expect(c.sides.map((s) => [s.role, s.country?.code, s.organization?.id ?? null])).toEqual([
      ["party", "KH", null],
      ["party", "VN", "vn-mic"],
    ]);
    expect([c.from?.country, c.to?.country]).toEqual(["KH", "VN"]);
    // A French-only title is shown (and sorted) as it is, with no English title.
    expect([c.title, c.titleEn, c.titleFr]).toEqual([
      "Échanges de journalistes entre les deux pays",
      null,
      "Échanges de journalistes entre les deux pays",
    ]);
  });

  it("finds a French title by search, before and after an English one and sectors are added", async () => {
    const found = async () =>
      (
        await get<{ groups: { hits: { id: string }[] }[] }>("/api/v1/search?q=journalistes&type=commitment")
      ).groups.flatMap((g) => g.hits.map((h) => h.id));
    expect(await found()).toContain(mutualId);
    const current = await get<{ version: number }>(`/api/v1/commitments/${mutualId}`);
    const edited = await call("updateCommitmentAction", {
      id: mutualId,
      version: current.version,
      kind: "agreement",
      titleEn: "Journalist exchanges between the two countries",
      titleFr: "Échanges de journalistes entre les deux pays",
      direction: "mutual",
      sides: [
        { role: "party", countryCode: "KH" },
        { role: "party", countryCode: "VN", organizationId: "vn-mic" },
      ],
      sectors: ["media_broadcasting"],
      citations: [],
      links: [],
    });
    expect(edited).toMatchObject({ ok: true });
    // Now shown in English, the French title lives in the entry's body, which the sector rows'
    // own triggers rebuild: it must stay there.
    expect(await found()).toContain(mutualId);
  });

  it("records a body with no country as a receiver; an organization's country fills its entry", async () => {
    const c = await get<Commitment>(`/api/v1/commitments/${toBodyId}`);
    expect(c.sides.map((s) => [s.role, s.country?.code ?? null, s.organization?.id])).toEqual([
      ["giver", "VN", "vn-mic"],
      ["receiver", null, "test-regional-body"],
    ]);
    expect(c.to).toMatchObject({ country: null, organization: { id: "test-regional-body" } });
  });

  it("finds a mutual commitment in both directions of its pair, and by either country", async () => {
    for (const query of ["pair=VN-KH", "pair=KH-VN", "from=KH", "to=KH", "country=VN", "direction=mutual"]) {
      expect({ query, found: (await ids(query)).includes(mutualId) }).toEqual({ query, found: true });
    }
    // Vietnam gives to the body: it is on no side with Cambodia, and Cambodia receives nothing.
    expect(await ids("pair=VN-KH")).not.toContain(toBodyId);
    expect(await ids("country=KH")).not.toContain(toBodyId);
    expect(await ids("from=VN&direction=one_way")).toContain(toBodyId);
    expect(await ids("to=VN&direction=one_way")).toEqual([]);
  });

  it("refuses sides that do not fit the direction, naming the field", async () => {
    const one = await call("createCommitmentAction", {
      ...draft,
      titleEn: "A mutual commitment of one party",
      direction: "mutual",
      sides: [{ role: "party", countryCode: "VN" }],
    });
    expect(one).toMatchObject({ ok: false, error: { code: "invalid_body", field: "sides" } });
    const mixed = await call("createCommitmentAction", {
      ...draft,
      titleEn: "Givers without receivers",
      sides: [{ role: "giver", countryCode: "VN" }],
    });
    expect(mixed).toMatchObject({ ok: false, error: { field: "sides" } });
    const nobody = await call("createCommitmentAction", {
      ...draft,
      titleEn: "An entry with neither country nor organization",
      sides: [
        { role: "giver", countryCode: "VN" },
        { role: "receiver", personId: "hun-sen" },
      ],
    });
    expect(nobody).toMatchObject({ ok: false, error: { field: "sides.1.countryCode" } });
  });

  it("moves a commitment's side with its organization when the organization's country is corrected", async () => {
    const agency = await call("createOrganizationAction", {
      nameEn: "Mekong Press Agency",
      kind: "agency",
      scope: "national",
      countryCode: "KH",
      aliases: [],
    });
    expect(agency).toMatchObject({ ok: true });
    const pledge = await call("createCommitmentAction", {
      ...draft,
      kind: "pledge",
      status: "announced",
      titleEn: "Share a press archive",
      sides: [
        { role: "giver", organizationId: agency.data!.id },
        { role: "receiver", countryCode: "VN" },
      ],
    });
    expect(pledge).toMatchObject({ ok: true });
    expect(await ids("from=KH")).toContain(pledge.data!.id);
    const moved = await call("updateOrganizationAction", {
      id: agency.data!.id,
      version: 1,
      nameEn: "Mekong Press Agency",
      kind: "agency",
      scope: "national",
      countryCode: "VN",
      aliases: [],
    });
    expect(moved).toMatchObject({ ok: true });
    expect(await ids("from=KH")).not.toContain(pledge.data!.id);
    expect(await ids("from=VN&to=VN")).toContain(pledge.data!.id);
  });

  it("serves the new and edit forms with their sides (their first values are built on the server)", async () => {
    for (const path of ["/commitments/new", `/commitments/${mutualId}/edit`]) {
      const response = await fetch(`${base()}${path}`, { headers: { cookie } });
      const html = await response.text();
      expect({ path, status: response.status, sides: html.includes("Who commits to whom") }).toEqual({
        path,
        status: 200,
        sides: true,
      });
    }
  });

  it("counts a mutual commitment apart on the country pair's page", async () => {
    const html = await (await fetch(`${base()}/countries/VN-KH`)).text();
    expect(html).toContain("Mutual commitments (2)");
    expect(html).toContain("Journalist exchanges between the two countries");
  });
});
