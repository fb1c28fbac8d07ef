import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { conformanceProblems } from "../helpers/openapi";
import { callAction, login, serverActions } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { ownWriteServer } from "../helpers/write-server";

// Issue 14 for documents and events, through the forms' server actions as the browser calls
// them, read back through API v1 (checked against the OpenAPI document) and the pages: witnesses
// and presiding officials, "the representative of" an organization, an international body as a
// party or a participant, the number of documents signed at an event, and French-only titles.
const writeServer = ownWriteServer();
const base = () => writeServer.baseURL;
const EN = "vna-en-2019-03-14";
const QUOTE = "Hung said the 5 million USD centre is a gift";
// An international body of the default list the dataset ships: no country, four members.
const BODY = "mekong-river-commission";
const BODY_NAME = "Mekong River Commission";

type Result = { ok: boolean; data?: { id: string; version?: number }; error?: { code: string; field?: string } };

let cookie: string;
let actions: ReturnType<typeof serverActions>;

async function call(name: string, arg: unknown): Promise<Result> {
  const action = actions.find((a) => a.name === name);
  if (!action) throw new Error(`no action ${name} in the build`);
  const { status, result } = await callAction(base(), action, arg, cookie);
  expect(status, `${name} answers`).toBe(200);
  return result as Result;
}

async function created(name: string, arg: unknown): Promise<string> {
  const result = await call(name, arg);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.data!.id;
}

/** An API v1 answer from the write server, checked against the OpenAPI document like every other. */
async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${base()}/api/v1/${path}`);
  const body = (await response.json()) as T;
  expect(response.status, path).toBe(200);
  expect(await conformanceProblems(`/api/v1/${path}`, 200, body), path).toEqual([]);
  return body;
}

const pageText = async (path: string) => {
  const html = await (await fetch(`${base()}${path}`)).text();
  // React separates adjacent text with comments; a reader sees the words only.
  return html
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
};

function rows<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(writeServer.databaseFile, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

async function refused(name: string, arg: unknown, field: string) {
  const count = () => rows<{ n: number }>(`SELECT COUNT(*) AS n FROM "AuditEntry"`)[0]!.n;
  const before = count();
  const result = await call(name, arg);
  expect(result.ok, JSON.stringify(result)).toBe(false);
  expect(result.error).toMatchObject({ code: "invalid_body", field });
  expect(count()).toBe(before);
}

beforeAll(async () => {
  cookie = await login(base(), TEST_USERS.editor);
  actions = serverActions();
});

const documentInput = (patch: Record<string, unknown> = {}) => ({
  titleEn: "Agreement on border radio frequencies",
  kind: "agreement",
  status: "signed",
  signed: "2019-03-14",
  parties: [{ countryCode: "VN" }, { countryCode: "KH" }],
  signatories: [],
  citations: [{ sourceId: EN, quote: QUOTE }],
  ...patch,
});

type Participant = {
  role: string;
  person: { id: string } | null;
  position: string | null;
  organization: { id: string } | null;
};
type DocumentJson = {
  title: string;
  titleEn: string | null;
  titleFr: string | null;
  parties: { country: string | null; organization: { id: string } | null }[];
  signatories: Participant[];
  participants: Participant[];
};

describe("who took part in a signing", () => {
  it("records a witness, a presiding official and the representative of an organization", async () => {
    const id = await created(
      "createDocumentAction",
      documentInput({
        signatories: [
          { personId: "nguyen-manh-hung", organizationId: "vn-mic" },
          { organizationId: "kh-moi" },
          { role: "witness", personId: "hun-sen" },
          { role: "presiding", personId: "khieu-kanharith" },
        ],
      }),
    );
    const json = await api<DocumentJson>(`documents/${id}`);
    // `signatories` keeps its meaning (those who signed); `participants` has everyone, in order.
    expect(json.signatories).toEqual([
      {
        role: "signatory",
        person: expect.objectContaining({ id: "nguyen-manh-hung" }),
        position: null,
        positionId: null,
        organization: expect.objectContaining({ id: "vn-mic" }),
      },
      {
        role: "signatory",
        person: null,
        position: null,
        positionId: null,
        organization: expect.objectContaining({ id: "kh-moi" }),
      },
    ]);
    expect(json.participants.map((p) => [p.role, p.person?.id ?? null, p.organization?.id ?? null])).toEqual([
      ["signatory", "nguyen-manh-hung", "vn-mic"],
      ["signatory", null, "kh-moi"],
      ["witness", "hun-sen", null],
      ["presiding", "khieu-kanharith", null],
    ]);
    const stored = rows<{ role: string; personId: string | null }>(
      `SELECT "role", "personId" FROM "DocumentSignatory" WHERE "documentId" = ? ORDER BY "id"`,
      id,
    );
    expect(stored.map((s) => s.role)).toEqual(["signatory", "signatory", "witness", "presiding"]);
    const [audit] = rows<{ after: string }>(`SELECT "after" FROM "AuditEntry" WHERE "entityId" = ?`, id);
    expect(JSON.parse(audit!.after).signatories[2]).toMatchObject({ role: "witness", personId: "hun-sen" });

    const text = await pageText(`/documents/${id}`);
    expect(text).toContain("Signed by the representative of Ministry of Information");
    expect(text).toContain("Witnesses and presiding officials");
    expect(text).toMatch(/Witnessed by Hun Sen/);
    expect(text).toMatch(/Presided over by Khieu Kanharith/);
  });

  it("keeps the roles through an edit, and records the change in the audit", async () => {
    const fields = documentInput({
      titleEn: "Memorandum on postal exchanges",
      signatories: [{ personId: "nguyen-manh-hung" }],
    });
    const id = await created("createDocumentAction", fields);
    const { citations: _c, ...edit } = fields;
    const saved = await call("updateDocumentAction", {
      ...edit,
      signatories: [{ personId: "nguyen-manh-hung" }, { role: "witness", organizationId: "kh-moi" }],
      id,
      version: 1,
    });
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
    const json = await api<DocumentJson>(`documents/${id}`);
    expect(json.participants.map((p) => p.role)).toEqual(["signatory", "witness"]);
    expect(json.signatories).toHaveLength(1);
    const audits = rows<{ before: string | null }>(
      `SELECT "before" FROM "AuditEntry" WHERE "entityId" = ? AND "action" = 'update'`,
      id,
    );
    expect(JSON.parse(audits[0]!.before!).signatories).toEqual([
      { role: "signatory", personId: "nguyen-manh-hung", positionId: null, organizationId: null },
    ]);
  });

  it("refuses a row naming no one, and a position with no person, writing nothing", async () => {
    await refused(
      "createDocumentAction",
      documentInput({ signatories: [{ role: "witness" }] }),
      "signatories.0.personId",
    );
    const [position] = rows<{ id: string }>(`SELECT "id" FROM "Position" WHERE "personId" = 'hun-sen' LIMIT 1`);
    await refused(
      "createDocumentAction",
      documentInput({ signatories: [{ organizationId: "kh-moi", positionId: position!.id }] }),
      "signatories.0.positionId",
    );
  });
});

describe("parties that are not a country", () => {
  it("records an international body alone, and a national organization alone as its country", async () => {
    const id = await created(
      "createDocumentAction",
      documentInput({ parties: [{ organizationId: "vn-mic" }, { organizationId: BODY }] }),
    );
    const json = await api<DocumentJson>(`documents/${id}`);
    expect(json.parties.map((p) => [p.country, p.organization?.id])).toEqual([
      ["VN", "vn-mic"],
      [null, BODY],
    ]);
    // The country filter finds it through the ministry's country; the body is named on the page.
    const listed = await api<{ data: { id: string }[] }>(`documents?country=VN&pageSize=200`);
    expect(listed.data.map((d) => d.id)).toContain(id);
    expect(await pageText(`/documents/${id}`)).toContain(BODY_NAME);
    expect(await pageText(`/documents?q=${encodeURIComponent("border radio")}`)).toContain(BODY_NAME);
  });

  it("moves a party with its organization when the organization's country is corrected", async () => {
    const agency = await created("createOrganizationAction", {
      nameEn: "Riverside Broadcasting Office",
      kind: "agency",
      scope: "national",
      countryCode: "KH",
      aliases: [],
    });
    const id = await created("createDocumentAction", documentInput({ parties: [{ organizationId: agency }] }));
    const withCountry = async (country: string) =>
      (await api<{ data: { id: string }[] }>(`documents?country=${country}&pageSize=200`)).data.map((d) => d.id);
    expect(await withCountry("KH")).toContain(id);
    const moved = await call("updateOrganizationAction", {
      id: agency,
      version: 1,
      nameEn: "Riverside Broadcasting Office",
      kind: "agency",
      scope: "national",
      countryCode: "VN",
      aliases: [],
    });
    expect(moved).toMatchObject({ ok: true });
    expect((await api<DocumentJson>(`documents/${id}`)).parties[0]!.country).toBe("VN");
    expect(await withCountry("KH")).not.toContain(id);
    expect(await withCountry("VN")).toContain(id);
  });

  it("refuses a party naming neither, and a national organization under another country", async () => {
    await refused("createDocumentAction", documentInput({ parties: [{}] }), "parties.0.countryCode");
    await refused(
      "createDocumentAction",
      documentInput({ parties: [{ countryCode: "KH", organizationId: "vn-mic" }] }),
      "parties.0.organizationId",
    );
  });

  it("lets the participant picker find the body, and shows it at an event", async () => {
    const found = await api<{ groups: { hits: { id: string }[] }[] }>(
      `search?type=organization&limit=8&q=${encodeURIComponent("MRC")}`,
    );
    expect(found.groups.flatMap((g) => g.hits.map((h) => h.id))).toContain(BODY);
    const id = await created("createEventAction", {
      titleEn: "Ministerial meeting on the river",
      kind: "meeting",
      start: "2019-05",
      participants: [{ role: "participant", organizationId: BODY }],
      citations: [{ sourceId: EN, quote: QUOTE }],
    });
    const json = await api<{ participants: { organization: { id: string } | null }[] }>(`events/${id}`);
    expect(json.participants[0]!.organization?.id).toBe(BODY);
    expect(await pageText(`/events/${id}`)).toContain(`${BODY_NAME} (International body)`);
  });
});

type EventJson = {
  title: string;
  titleEn: string | null;
  titleFr: string | null;
  documentsSigned: number | null;
  documentsRecorded: number;
};

const eventInput = (patch: Record<string, unknown> = {}) => ({
  titleEn: "State visit with many signings",
  kind: "visit",
  start: "2019-06-10",
  hostCountryCode: "KH",
  visitingCountryCode: "VN",
  citations: [{ sourceId: EN, quote: QUOTE }],
  ...patch,
});

describe("documents signed at an event", () => {
  it("says how many were signed and how many are recorded, here and at the sub-events", async () => {
    const visit = await created("createEventAction", eventInput({ documentsSigned: 11 }));
    const talks = await created(
      "createEventAction",
      eventInput({ titleEn: "Talks during the state visit", kind: "talks", parentId: visit }),
    );
    await created("createDocumentAction", documentInput({ titleEn: "Agreement on ports", eventId: visit }));
    await created("createDocumentAction", documentInput({ titleEn: "Agreement on rail", eventId: talks }));
    const json = await api<EventJson>(`events/${visit}`);
    expect(json).toMatchObject({ documentsSigned: 11, documentsRecorded: 2 });
    expect((await api<EventJson>(`events/${talks}`)).documentsSigned).toBeNull();
    const text = await pageText(`/events/${visit}`);
    expect(text).toContain("Documents signed 11 signed, 2 recorded");
    expect(text).toContain("Agreement on rail");
  });

  it("keeps a number below those recorded, and the page says so; refuses one below zero", async () => {
    const visit = await created("createEventAction", eventInput({ titleEn: "Visit with a short count" }));
    await created("createDocumentAction", documentInput({ titleEn: "Agreement on fisheries", eventId: visit }));
    await created("createDocumentAction", documentInput({ titleEn: "Agreement on forestry", eventId: visit }));
    const { citations: _c, ...fields } = eventInput({ titleEn: "Visit with a short count" });
    const saved = await call("updateEventAction", { ...fields, documentsSigned: "1", id: visit, version: 1 });
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await api<EventJson>(`events/${visit}`)).toMatchObject({ documentsSigned: 1, documentsRecorded: 2 });
    expect(await pageText(`/events/${visit}`)).toContain("1 signed, 2 recorded: more recorded than the sources report");
    await refused("updateEventAction", { ...fields, documentsSigned: -1, id: visit, version: 2 }, "documentsSigned");
  });
});

describe("titles in French only", () => {
  it("saves an event and a document with a French title alone, shows it marked, and finds them by a French word", async () => {
    const event = await created(
      "createEventAction",
      eventInput({ titleEn: undefined, titleFr: "Visite d'amitié consacrée à la riziculture" }),
    );
    const document = await created(
      "createDocumentAction",
      documentInput({ titleEn: undefined, titleFr: "Protocole sur la riziculture irriguée", eventId: event }),
    );
    expect(await api<EventJson>(`events/${event}`)).toMatchObject({
      title: "Visite d'amitié consacrée à la riziculture",
      titleEn: null,
      titleFr: "Visite d'amitié consacrée à la riziculture",
    });
    expect(await api<DocumentJson>(`documents/${document}`)).toMatchObject({
      titleEn: null,
      titleFr: "Protocole sur la riziculture irriguée",
    });
    expect(await pageText(`/events/${event}`)).toContain("Visite d'amitié consacrée à la riziculture (French title)");

    // Accents folded: "amitie" finds "amitié"; the list filter uses the same engine.
    const found = await api<{ groups: { hits: { id: string }[] }[] }>(`search?q=amitie%20riziculture&type=event`);
    expect(found.groups.flatMap((g) => g.hits.map((h) => h.id))).toEqual([event]);
    const documents = await api<{ data: { id: string }[] }>(`documents?q=irriguee`);
    expect(documents.data.map((d) => d.id)).toEqual([document]);
  });

  it("finds an edited event by the French title added to it", async () => {
    const fields = eventInput({ titleEn: "Consultations on hydropower" });
    const id = await created("createEventAction", fields);
    const { citations: _c, ...edit } = fields;
    await call("updateEventAction", { ...edit, titleFr: "Consultations sur l'hydroélectricité", id, version: 1 });
    const hits = async (q: string) =>
      (await api<{ data: { id: string }[] }>(`events?q=${encodeURIComponent(q)}`)).data.map((e) => e.id);
    expect(await hits("hydroelectricite")).toEqual([id]);
    const json = await api<EventJson>(`events/${id}`);
    expect(json).toMatchObject({
      title: "Consultations on hydropower",
      titleFr: "Consultations sur l'hydroélectricité",
    });
  });

  it("refuses an event with no title in either language, on the English field", async () => {
    await refused("createEventAction", eventInput({ titleEn: undefined }), "titleEn");
  });
});
