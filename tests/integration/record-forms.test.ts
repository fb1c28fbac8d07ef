import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { callAction, login, serverActions } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { ownWriteServer } from "../helpers/write-server";

// The record forms' server actions, called as the browser calls them, on a write server of this
// file's own: the read server keeps the seed as it is for the other files.
const writeServer = ownWriteServer();
const base = () => writeServer.baseURL;
const EN = "vna-en-2019-03-14";
const QUOTE = "Hung said the 5 million USD centre is a gift";

type Result = {
  ok: boolean;
  data?: { id: string; version?: number };
  error?: { code: string; field?: string; message: string; current?: { id?: string; version?: number } };
};

let cookie: string;
let actions: ReturnType<typeof serverActions>;

async function call(name: string, arg: unknown): Promise<Result> {
  const action = actions.find((a) => a.name === name);
  if (!action) throw new Error(`no action ${name} in the build`);
  const { status, result } = await callAction(base(), action, arg, cookie);
  expect(status, `${name} answers`).toBe(200);
  return result as Result;
}

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(writeServer.databaseFile, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
const count = (table: string) => query<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}"`)[0]!.n;
const audits = (entityType: string, id: string) =>
  query<{ action: string; before: string | null; after: string | null }>(
    `SELECT "action", "before", "after" FROM "AuditEntry" WHERE "entityType" = ? AND "entityId" = ? ORDER BY "at"`,
    entityType,
    id,
  );
const versionOf = (table: string, id: string) =>
  query<{ version: number }>(`SELECT "version" FROM "${table}" WHERE "id" = ?`, id)[0]!.version;
const api = async <T>(path: string) => {
  const response = await fetch(`${base()}/api/v1/${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
};

/** Runs `write` and checks that it was refused with `code` on `field`, leaving every table as it was. */
async function refused(write: () => Promise<Result>, code: string, field?: string | RegExp) {
  const tables = [
    "Event",
    "EventParticipant",
    "Document",
    "DocumentParty",
    "DocumentSignatory",
    "Person",
    "PersonAlias",
    "Position",
    "Organization",
    "OrganizationAlias",
    "OrganizationMember",
    "Citation",
    "AuditEntry",
  ];
  const before = tables.map(count);
  const result = await write();
  expect(result.ok, JSON.stringify(result)).toBe(false);
  expect(result.error?.code).toBe(code);
  if (field !== undefined)
    expect(result.error?.field).toMatch(
      field instanceof RegExp ? field : new RegExp(`^${field.replace(/\./g, "\\.")}$`),
    );
  expect(tables.map(count)).toEqual(before);
  return result.error!;
}

beforeAll(async () => {
  cookie = await login(base(), TEST_USERS.editor);
  actions = serverActions();
});

const organization = (patch: Record<string, unknown> = {}) => ({
  name: "Cambodia Cyber Agency",
  kind: "agency",
  countryCode: "KH",
  aliases: [{ alias: "CCA", language: "en", note: "acronym" }],
  ...patch,
});

describe("organization forms", () => {
  it("creates an organization with its aliases, shown by the API, with one audit row", async () => {
    const result = await call("createOrganizationAction", organization());
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const id = result.data!.id;
    const json = await api<{
      name: string;
      country: string;
      aliases: { alias: string; language: string | null; note: string | null }[];
    }>(`organizations/${id}`);
    expect(json).toMatchObject({
      name: "Cambodia Cyber Agency",
      country: "KH",
      aliases: [{ alias: "CCA", language: "en", note: "acronym" }],
    });
    const rows = audits("organization", id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.action).toBe("create");
    expect(JSON.parse(rows[0]!.after!)).toMatchObject({ name: "Cambodia Cyber Agency", aliases: [{ alias: "CCA" }] });
  });

  it("refuses invalid input naming the field, and writes nothing", async () => {
    // `name` is read as the English name; blank, there is no name at all, said beside the English one.
    await refused(() => call("createOrganizationAction", organization({ name: "  " })), "invalid_body", "nameEn");
    await refused(
      () => call("createOrganizationAction", organization({ name: "Other agency", countryCode: "Cambodia" })),
      "invalid_body",
      "countryCode",
    );
    await refused(
      () => call("createOrganizationAction", organization({ name: "Other agency", countryCode: "ZZ" })),
      "invalid_body",
      "countryCode",
    );
    await refused(
      () =>
        call(
          "createOrganizationAction",
          organization({ name: "Other agency", aliases: [{ alias: "X1" }, { alias: "X1" }] }),
        ),
      "invalid_body",
      "aliases.1.alias",
    );
  });

  it("refuses a second organization with an existing name or alias, pointing at it, unless confirmed", async () => {
    const byName = await refused(
      () => call("createOrganizationAction", organization({ name: "viettel group", aliases: [] })),
      "duplicate",
      "name",
    );
    expect(byName.current?.id).toBe("viettel");
    const byAlias = await refused(
      () => call("createOrganizationAction", organization({ name: "Metfone", aliases: [] })),
      "duplicate",
      "name",
    );
    expect(byAlias.current?.id).toBe("viettel");
    expect(byAlias.message).toMatch(/Viettel Group/);
    const confirmed = await call(
      "createOrganizationAction",
      organization({ name: "Metfone", aliases: [], notDuplicate: true }),
    );
    expect(confirmed.ok).toBe(true);
  });

  it("saves an edit on the current version and refuses a stale one with a conflict", async () => {
    const { data } = await call(
      "createOrganizationAction",
      organization({ name: "Phnom Penh Data Office", aliases: [] }),
    );
    const id = data!.id;
    // Laos, unless the database has every country already (the seed's dataset names two).
    const db = new Database(writeServer.databaseFile);
    db.prepare(`INSERT OR IGNORE INTO "Country" ("code", "name") VALUES ('LA', 'Laos')`).run();
    db.close();
    const saved = await call("updateOrganizationAction", {
      ...organization({ name: "Phnom Penh Data Office", aliases: [{ alias: "PPDO" }] }),
      id,
      version: 1,
    });
    expect(saved).toMatchObject({ ok: true, data: { id, version: 2 } });
    expect(versionOf("Organization", id)).toBe(2);
    const update = audits("organization", id).at(-1)!;
    expect(update.action).toBe("update");
    expect(JSON.parse(update.before!)).toMatchObject({ aliases: [] });
    expect(JSON.parse(update.after!)).toMatchObject({ aliases: [{ alias: "PPDO" }] });
    const stale = await refused(
      () =>
        call("updateOrganizationAction", {
          ...organization({ name: "Phnom Penh Data Office 2", aliases: [] }),
          id,
          version: 1,
        }),
      "conflict",
      "version",
    );
    expect(stale.current?.version).toBe(2);
    expect(versionOf("Organization", id)).toBe(2);
  });

  it("creates a bilateral joint committee with its two countries, then makes it an international body", async () => {
    const committee = {
      nameEn: "Joint Committee on Mekong Ferries",
      nameFr: "Comité mixte des bacs du Mékong",
      kind: "joint_committee",
      scope: "bilateral",
      members: ["VN", "KH"],
      aliases: [{ alias: "JCMF" }],
    };
    const created = await call("createOrganizationAction", committee);
    expect(created.ok, JSON.stringify(created)).toBe(true);
    const id = created.data!.id;
    type Body = {
      name: string;
      nameEn: string;
      nameFr: string;
      scope: string;
      country: string | null;
      members: { code: string; name: string }[];
    };
    expect(await api<Body>(`organizations/${id}`)).toMatchObject({
      name: "Joint Committee on Mekong Ferries",
      nameFr: "Comité mixte des bacs du Mékong",
      scope: "bilateral",
      country: null,
      members: [
        { code: "KH", name: "Cambodia" },
        { code: "VN", name: "Vietnam" },
      ],
    });
    expect(JSON.parse(audits("organization", id)[0]!.after!)).toMatchObject({
      scope: "bilateral",
      countryCode: null,
      members: ["VN", "KH"],
    });

    const saved = await call("updateOrganizationAction", {
      ...committee,
      scope: "international",
      members: ["VN", "KH", "LA"],
      id,
      version: 1,
    });
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    expect((await api<Body>(`organizations/${id}`)).members.map((m) => m.code)).toEqual(["KH", "LA", "VN"]);
    const update = JSON.parse(audits("organization", id).at(-1)!.before!) as { members: string[] };
    expect(update.members.sort()).toEqual(["KH", "VN"]);
    // Laos is one of the body's countries: the country filter finds the body through it.
    const laos = await api<{ data: { id: string }[] }>("organizations?country=LA&pageSize=200");
    expect(laos.data.map((o) => o.id)).toContain(id);
  });

  it("refuses a body of the wrong shape beside the field, and writes nothing", async () => {
    const body = { nameEn: "Border Trade Commission", kind: "joint_committee", scope: "bilateral" };
    await refused(() => call("createOrganizationAction", { ...body, members: ["VN"] }), "invalid_body", "members");
    await refused(
      () => call("createOrganizationAction", { ...body, members: ["VN", "KH"], countryCode: "VN" }),
      "invalid_body",
      "countryCode",
    );
    await refused(
      () => call("createOrganizationAction", { ...body, scope: "national", members: ["VN", "KH"] }),
      "invalid_body",
      "countryCode",
    );
    // A well-formed code that is no country in the database is refused by the write, on its row.
    await refused(
      () => call("createOrganizationAction", { ...body, members: ["VN", "ZZ"] }),
      "invalid_body",
      "members.1",
    );
  });

  it("creates an organization known only by its French name, shown and found under it", async () => {
    const created = await call("createOrganizationAction", {
      nameFr: "Autorité cambodgienne de la navigation fluviale",
      kind: "agency",
      countryCode: "KH",
    });
    expect(created.ok, JSON.stringify(created)).toBe(true);
    const json = await api<{ name: string; nameEn: string | null; nameFr: string }>(
      `organizations/${created.data!.id}`,
    );
    expect(json).toEqual(
      expect.objectContaining({
        name: "Autorité cambodgienne de la navigation fluviale",
        nameEn: null,
        nameFr: "Autorité cambodgienne de la navigation fluviale",
      }),
    );
    const found = await api<{ data: { id: string }[] }>("organizations?q=fluviale");
    expect(found.data.map((o) => o.id)).toEqual([created.data!.id]);
  });

  it("refuses a parent that would make a loop", async () => {
    const parent = (await call("createOrganizationAction", organization({ name: "Loop Ministry", aliases: [] }))).data!
      .id;
    const child = (
      await call("createOrganizationAction", organization({ name: "Loop Department", aliases: [], parentId: parent }))
    ).data!.id;
    await refused(
      () =>
        call("updateOrganizationAction", {
          ...organization({ name: "Loop Ministry", aliases: [] }),
          parentId: child,
          id: parent,
          version: 1,
        }),
      "invalid_body",
      "parentId",
    );
    await refused(
      () =>
        call("updateOrganizationAction", {
          ...organization({ name: "Loop Ministry", aliases: [] }),
          parentId: parent,
          id: parent,
          version: 1,
        }),
      "invalid_body",
      "parentId",
    );
  });
});

const person = (patch: Record<string, unknown> = {}) => ({
  name: "Sok Chanda",
  countryCode: "KH",
  aliases: [{ alias: "Chanda Sok", language: "en" }],
  positions: [{ title: "Director of Telecoms", organizationId: "viettel", from: "2018-06" }],
  ...patch,
});

describe("person forms", () => {
  it("creates a person with aliases and a position, shown by the API, with one audit row", async () => {
    const result = await call("createPersonAction", person());
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const id = result.data!.id;
    const json = await api<{
      name: string;
      aliases: string[];
      positions: { title: string; organization: { id: string } | null; from: { date: string } | null }[];
    }>(`people/${id}`);
    expect(json).toMatchObject({
      name: "Sok Chanda",
      aliases: ["Chanda Sok"],
      positions: [{ title: "Director of Telecoms", organization: { id: "viettel" }, from: { date: "2018-06" } }],
    });
    expect(audits("person", id).map((a) => a.action)).toEqual(["create"]);
  });

  it("refuses invalid input naming the field, and writes nothing", async () => {
    await refused(() => call("createPersonAction", person({ name: "" })), "invalid_body", "name");
    await refused(
      () =>
        call(
          "createPersonAction",
          person({ name: "Another Person", positions: [{ title: "Adviser", from: "2019-02-30" }] }),
        ),
      "invalid_body",
      "positions.0.from",
    );
    await refused(
      () =>
        call(
          "createPersonAction",
          person({ name: "Another Person", positions: [{ title: "Adviser", from: "2019", to: "2018" }] }),
        ),
      "invalid_body",
      "positions.0.to",
    );
    await refused(
      () =>
        call(
          "createPersonAction",
          person({ name: "Another Person", positions: [{ title: "Adviser", organizationId: "no-such-org" }] }),
        ),
      "invalid_body",
      "positions.0.organizationId",
    );
  });

  it("refuses a second person with an existing name or alias", async () => {
    const byName = await refused(
      () => call("createPersonAction", person({ name: "Nguyen Manh Hung", aliases: [] })),
      "duplicate",
      "name",
    );
    expect(byName.current?.id).toBe("nguyen-manh-hung");
    const byAlias = await refused(
      () => call("createPersonAction", person({ name: "Someone New", aliases: [{ alias: "chanda sok" }] })),
      "duplicate",
      "name",
    );
    expect(byAlias.message).toMatch(/Sok Chanda/);
  });

  it("keeps position ids across an edit, and refuses a stale version", async () => {
    const id = (await call("createPersonAction", person({ name: "Keo Vibol", aliases: [] }))).data!.id;
    const [position] = query<{ id: string }>(`SELECT "id" FROM "Position" WHERE "personId" = ?`, id);
    const saved = await call("updatePersonAction", {
      ...person({
        name: "Keo Vibol",
        aliases: [],
        positions: [{ id: position!.id, title: "Director General" }, { title: "Adviser" }],
      }),
      id,
      version: 1,
    });
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
    expect(
      query<{ id: string; title: string }>(
        `SELECT "id", "title" FROM "Position" WHERE "personId" = ? ORDER BY "title"`,
        id,
      ).map((p) => p.title),
    ).toEqual(["Adviser", "Director General"]);
    expect(
      query(`SELECT 1 FROM "Position" WHERE "id" = ? AND "title" = 'Director General'`, position!.id),
    ).toHaveLength(1);
    await refused(
      () => call("updatePersonAction", { ...person({ name: "Keo Vibol", aliases: [] }), id, version: 1 }),
      "conflict",
      "version",
    );
    await refused(
      () =>
        call("updatePersonAction", {
          ...person({ name: "Keo Vibol", aliases: [], positions: [{ id: "no-such-position", title: "X" }] }),
          id,
          version: 2,
        }),
      "invalid_body",
      "positions.0.id",
    );
  });
});

const event = (patch: Record<string, unknown> = {}) => ({
  title: "Working visit on cybersecurity",
  kind: "visit",
  start: "2019-03-13",
  end: "2019-03-16",
  location: "Phnom Penh",
  hostCountryCode: "KH",
  visitingCountryCode: "VN",
  participants: [
    { role: "guest", personId: "nguyen-manh-hung" },
    { role: "host", countryCode: "KH" },
    { role: "participant", organizationId: "viettel" },
  ],
  citations: [{ sourceId: EN, quote: QUOTE }],
  ...patch,
});

describe("event forms", () => {
  it("creates an event with participants and a verbatim quote, shown by the API, with one audit row", async () => {
    const result = await call("createEventAction", event());
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const id = result.data!.id;
    const json = await api<{
      title: string;
      start: unknown;
      end: unknown;
      participants: unknown[];
      citations: { quote: string; start: number }[];
    }>(`events/${id}`);
    expect(json).toMatchObject({
      title: "Working visit on cybersecurity",
      start: { date: "2019-03-13", precision: "day" },
      end: { date: "2019-03-16" },
    });
    expect(json.participants).toHaveLength(3);
    expect(json.citations[0]).toMatchObject({ quote: QUOTE });
    expect(json.citations[0]!.start).toBeGreaterThan(0);
    expect(audits("event", id).map((a) => a.action)).toEqual(["create"]);
  });

  it("refuses invalid input naming the field, and writes nothing", async () => {
    await refused(() => call("createEventAction", event({ citations: [] })), "invalid_body", "citations");
    await refused(
      () =>
        call(
          "createEventAction",
          event({ citations: [{ sourceId: EN, quote: "The centre opened in a grand ceremony" }] }),
        ),
      "invalid_body",
      "citations.0.quote",
    );
    await refused(() => call("createEventAction", event({ end: "2019-03-01" })), "invalid_body", "end");
    await refused(() => call("createEventAction", event({ start: "14 March" })), "invalid_body", "start");
    await refused(
      () => call("createEventAction", event({ participants: [{ role: "host" }] })),
      "invalid_body",
      "participants.0.personId",
    );
    await refused(
      () => call("createEventAction", event({ participants: [{ role: "host", personId: "nobody" }] })),
      "invalid_body",
      "participants.0.personId",
    );
  });

  it("refuses a stale version, and a parent that would make a loop", async () => {
    const visit = (await call("createEventAction", event({ title: "Loop visit" }))).data!.id;
    const talks = (await call("createEventAction", event({ title: "Loop talks", kind: "talks", parentId: visit })))
      .data!.id;
    const { citations: _c, ...fields } = event({ title: "Loop visit" });
    await refused(
      () => call("updateEventAction", { ...fields, parentId: talks, id: visit, version: 1 }),
      "invalid_body",
      "parentId",
    );
    await refused(
      () => call("updateEventAction", { ...fields, parentId: visit, id: visit, version: 1 }),
      "invalid_body",
      "parentId",
    );
    const saved = await call("updateEventAction", { ...fields, location: "Siem Reap", id: visit, version: 1 });
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
    expect((await api<{ location: string }>(`events/${visit}`)).location).toBe("Siem Reap");
    expect(audits("event", visit).map((a) => a.action)).toEqual(["create", "update"]);
    await refused(() => call("updateEventAction", { ...fields, id: visit, version: 1 }), "conflict", "version");
  });
});

const documentInput = (patch: Record<string, unknown> = {}) => ({
  title: "Memorandum on cybersecurity cooperation",
  kind: "mou",
  status: "signed",
  signed: "2019-03-14",
  eventId: "hung-visit-cambodia-2019-03",
  validFrom: "2019",
  validTo: "2023",
  parties: [{ countryCode: "VN", organizationId: "vn-mic" }, { countryCode: "KH" }],
  signatories: [{ personId: "nguyen-manh-hung" }],
  citations: [{ sourceId: EN, quote: QUOTE }],
  ...patch,
});

describe("document forms", () => {
  it("creates a document with parties, a signatory in a position they held, shown by the API, with one audit row", async () => {
    const hung = await api<{ positions: { id: string; title: string }[] }>("people/nguyen-manh-hung");
    const position = hung.positions[0]!;
    const result = await call(
      "createDocumentAction",
      documentInput({
        signatories: [{ personId: "nguyen-manh-hung", positionId: position.id, organizationId: "vn-mic" }],
      }),
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const id = result.data!.id;
    const json = await api<{
      title: string;
      parties: unknown[];
      signatories: { person: { id: string }; position: string | null }[];
      event: { id: string };
    }>(`documents/${id}`);
    expect(json.parties).toHaveLength(2);
    expect(json.signatories[0]!.person.id).toBe("nguyen-manh-hung");
    expect(json.signatories[0]!.position).toContain(position.title);
    expect(json.event.id).toBe("hung-visit-cambodia-2019-03");
    expect(audits("document", id).map((a) => a.action)).toEqual(["create"]);
  });

  it("refuses invalid input naming the field, and writes nothing", async () => {
    const [other] = query<{ id: string }>(`SELECT "id" FROM "Position" WHERE "personId" = 'hun-sen' LIMIT 1`);
    await refused(
      () =>
        call(
          "createDocumentAction",
          documentInput({ signatories: [{ personId: "nguyen-manh-hung", positionId: other!.id }] }),
        ),
      "invalid_body",
      "signatories.0.positionId",
    );
    await refused(
      () => call("createDocumentAction", documentInput({ signatories: [{}] })),
      "invalid_body",
      "signatories.0.personId",
    );
    await refused(() => call("createDocumentAction", documentInput({ validTo: "2018" })), "invalid_body", "validTo");
    await refused(() => call("createDocumentAction", documentInput({ status: "lost" })), "invalid_body", "status");
    await refused(
      () => call("createDocumentAction", documentInput({ eventId: "no-such-event" })),
      "invalid_body",
      "eventId",
    );
  });

  it("saves an edit on the current version and refuses a stale one", async () => {
    const id = (
      await call(
        "createDocumentAction",
        documentInput({ title: "Action programme 2019–2020", kind: "action_programme" }),
      )
    ).data!.id;
    const { citations: _c, ...fields } = documentInput({
      title: "Action programme 2019–2020",
      kind: "action_programme",
    });
    expect(await call("updateDocumentAction", { ...fields, status: "in_force", id, version: 1 })).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    expect((await api<{ status: string }>(`documents/${id}`)).status).toBe("in_force");
    await refused(
      () => call("updateDocumentAction", { ...fields, status: "expired", id, version: 1 }),
      "conflict",
      "version",
    );
  });
});

describe("source edit form", () => {
  const FR = "vna-fr-2019-03-14";
  const fields = {
    title: "Le Vietnam et le Cambodge renforcent leur coopération",
    publisher: "VNA",
    language: "fr",
    published: "2019-03-14",
  };

  it("saves the description with an audit row, never the text; refuses bad input and stale versions", async () => {
    const before = await api<{ fullText: string; title: string }>(`sources/${FR}`);
    const v = versionOf("Source", FR);
    const saved = await call("updateSourceAction", {
      ...fields,
      note: "Checked against the print edition",
      id: FR,
      version: v,
    });
    expect(saved).toMatchObject({ ok: true, data: { version: v + 1 } });
    const after = await api<{ fullText: string; note: string; title: string }>(`sources/${FR}`);
    expect(after).toMatchObject({ note: "Checked against the print edition", title: fields.title });
    expect(after.fullText).toBe(before.fullText);
    const audit = audits("source", FR).at(-1)!;
    expect(JSON.parse(audit.before!)).toMatchObject({ title: before.title });
    await refused(
      () => call("updateSourceAction", { ...fields, url: "ftp://example.org/a", id: FR, version: v + 1 }),
      "invalid_body",
      "url",
    );
    await refused(
      () => call("updateSourceAction", { ...fields, language: "French", id: FR, version: v + 1 }),
      "invalid_body",
      "language",
    );
    await refused(
      () => call("updateSourceAction", { ...fields, fullText: "Another text", id: FR, version: v + 1 }),
      "invalid_body",
    );
    await refused(() => call("updateSourceAction", { ...fields, id: FR, version: v }), "conflict", "version");
    expect((await api<{ fullText: string }>(`sources/${FR}`)).fullText).toBe(before.fullText);
  });
});

describe("who sees the forms", () => {
  const page = async (path: string, withCookie?: string) => {
    const response = await fetch(`${base()}${path}`, {
      headers: withCookie ? { cookie: withCookie } : {},
      redirect: "manual",
    });
    return {
      status: response.status,
      location: response.headers.get("location"),
      html: response.status === 200 ? await response.text() : "",
    };
  };

  it("shows New and Edit links to editors only, and the forms to editors only", async () => {
    const viewer = await login(base(), TEST_USERS.viewer);
    const records = {
      events: "hung-visit-cambodia-2019-03",
      documents: "mic-moi-cooperation-plan-2019",
      people: "nguyen-manh-hung",
      organizations: "viettel",
    };
    for (const [list, id] of Object.entries(records)) {
      expect((await page(`/${list}`, cookie)).html, `${list} for an editor`).toContain(`href="/${list}/new"`);
      expect((await page(`/${list}/${id}`, cookie)).html, `${list}/${id} for an editor`).toContain(
        `href="/${list}/${id}/edit"`,
      );
      for (const who of [viewer, undefined]) {
        expect((await page(`/${list}`, who)).html).not.toContain(`/${list}/new`);
        expect((await page(`/${list}/${id}`, who)).html).not.toContain(`/${list}/${id}/edit`);
      }
      expect((await page(`/${list}/new`, viewer)).html).toContain("Not for your role");
      const anonymous = await page(`/${list}/new`);
      expect(anonymous.location, `/${list}/new anonymous`).toContain(
        `/login?next=${encodeURIComponent(`/${list}/new`)}`,
      );
    }
    expect((await page("/sources/vna-en-2019-03-14", cookie)).html).toContain('href="/sources/vna-en-2019-03-14/edit"');
    expect((await page("/sources/vna-en-2019-03-14", viewer)).html).not.toContain("/sources/vna-en-2019-03-14/edit");
    expect((await page("/sources/vna-en-2019-03-14/edit", viewer)).html).toContain("Not for your role");
    expect((await page("/sources/vna-en-2019-03-14/edit", cookie)).html).toContain("cannot be edited");
  });
});
