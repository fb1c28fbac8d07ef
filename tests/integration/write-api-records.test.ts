import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conformanceProblems } from "../helpers/openapi";
import { integrationPort } from "../helpers/ports";
import { startServer } from "../helpers/server";
import { login } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { call, type Answer } from "../helpers/write-api";
import { countOf } from "../helpers/faults";
import { seededCopy } from "../helpers/write-server";

// API v1's writes of organizations, people, events, documents and sources, each created and
// changed as a client would: the read shape in, the read shape out, every write audited.

const EN = "vna-en-2019-03-14";
const QUOTE = "Hung said the 5 million USD centre is a gift";

let server: Awaited<ReturnType<typeof startServer>>;
let file: string;
let editor: string;
const base = () => server.baseURL;
const count = (sql: string, ...params: unknown[]) => countOf(file, sql, ...params);
const audits = (id: string, action: string) =>
  count(`SELECT COUNT(*) AS n FROM "AuditEntry" WHERE "entityId" = ? AND action = ?`, id, action);

beforeAll(async () => {
  file = seededCopy(`write-api-records-${integrationPort(21)}`);
  server = await startServer(file, integrationPort(21));
  editor = await login(base(), TEST_USERS.editor);
});
afterAll(() => server?.stop());

async function create(kind: string, body: unknown): Promise<Answer> {
  const answer = await call(base(), "POST", `/api/v1/${kind}`, body, { cookie: editor });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  const id = answer.body.id as string;
  expect(answer.headers.get("location")).toBe(`/api/v1/${kind}/${id}`);
  expect(await conformanceProblems(`/api/v1/${kind}`, 201, answer.body, "post")).toEqual([]);
  expect(audits(id, "create")).toBe(1);
  return answer;
}

async function patch(kind: string, id: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const answer = await call(base(), "PATCH", `/api/v1/${kind}/${id}`, body, { cookie: editor, headers });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  expect(await conformanceProblems(`/api/v1/${kind}/${id}`, 200, answer.body, "patch")).toEqual([]);
  return answer;
}

/** Sends back the record its GET answers, as it is: an edit that changes nothing but the version. */
async function sendBack(kind: string, id: string) {
  const record = (await (await fetch(`${base()}/api/v1/${kind}/${id}`)).json()) as Record<string, unknown>;
  const { version, ...before } = record;
  const { version: after, ...rest } = (await patch(kind, id, record)).body;
  expect(after).toBe((version as number) + 1);
  expect(rest).toEqual(before);
}

describe("records written through API v1", () => {
  let organization: string;
  let person: string;
  let position: string;
  let event: string;

  it("creates an organization and changes its name, keeping its description and aliases", async () => {
    const created = await create("organizations", {
      nameEn: "Ministry of Fisheries and Maritime Economy",
      nameFr: "Ministère des Pêches et de l'Économie maritime",
      kind: "ministry",
      scope: "national",
      country: { code: "SN", name: "Senegal" },
      description: "Senegal's fisheries ministry",
      aliases: [{ alias: "MPEM", language: "fr", note: null }],
    });
    organization = created.body.id as string;
    expect(created.body).toMatchObject({ country: "SN", description: "Senegal's fisheries ministry", version: 1 });
    const changed = await patch("organizations", organization, { version: 1, nameEn: "Ministry of Fisheries" });
    expect(changed.body).toMatchObject({
      name: "Ministry of Fisheries",
      nameFr: "Ministère des Pêches et de l'Économie maritime",
      description: "Senegal's fisheries ministry",
      aliases: [{ alias: "MPEM", language: "fr", note: null }],
      version: 2,
    });
    expect(audits(organization, "update")).toBe(1);
    await sendBack("organizations", organization);
  });

  it("creates a person with a position, and a change keeps the position's id and the aliases' language", async () => {
    const created = await create("people", {
      name: "Fatou Diop",
      country: { code: "SN", name: "Senegal" },
      aliases: [{ alias: "F. Diop", language: "fr" }],
      positions: [
        {
          title: "Minister of Fisheries",
          organization: { id: organization },
          from: { date: "2024-04", precision: "month" },
        },
      ],
    });
    person = created.body.id as string;
    position = (created.body.positions as { id: string }[])[0]!.id;
    expect(created.body).toMatchObject({ aliases: ["F. Diop"], positions: [{ title: "Minister of Fisheries" }] });
    const changed = await patch("people", person, { version: 1, name: "Fatou Diop Ndiaye" });
    expect(changed.body).toMatchObject({ name: "Fatou Diop Ndiaye", positions: [{ id: position }], version: 2 });
    expect(count(`SELECT COUNT(*) AS n FROM "PersonAlias" WHERE "personId" = ? AND language = 'fr'`, person)).toBe(1);
    await sendBack("people", person);
  });

  it("creates an event with its participants, and changes it through If-Match", async () => {
    const created = await create("events", {
      titleEn: "Fisheries talks in Dakar",
      kind: "talks",
      start: { date: "2025-05-12", precision: "day" },
      end: null,
      hostCountry: "SN",
      visitingCountry: "JP",
      participants: [{ role: "host", person: { id: person }, organization: null, country: "SN" }],
      documentsSigned: 1,
      citations: [{ sourceId: EN, quote: QUOTE }],
    });
    event = created.body.id as string;
    const etag = created.headers.get("etag")!;
    const changed = await patch("events", event, { location: "Dakar" }, { "if-match": etag });
    expect(changed.body).toMatchObject({
      location: "Dakar",
      hostCountry: "SN",
      visitingCountry: "JP",
      participants: [{ role: "host", person: { id: person }, country: "SN" }],
      documentsSigned: 1,
      version: 2,
    });
    expect((changed.body.citations as unknown[]).length).toBe(1);
    await sendBack("events", event);
  });

  it("creates a document signed at the event, and a change keeps who signed in which position", async () => {
    const created = await create("documents", {
      titleEn: "Memorandum on fisheries research",
      kind: "mou",
      signed: { date: "2025-05-12", precision: "day" },
      event: { id: event, title: "ignored" },
      parties: [
        { country: "SN", organization: { id: organization } },
        { country: "JP", organization: null },
      ],
      participants: [{ role: "signatory", person: person, positionId: position, organization: organization }],
      citations: [{ sourceId: EN, quote: QUOTE }],
    });
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      event: { id: event },
      signatories: [{ person: { id: person }, position: "Minister of Fisheries", positionId: position }],
    });
    const changed = await patch("documents", id, { version: 1, status: "in_force" });
    expect(changed.body).toMatchObject({
      status: "in_force",
      participants: [{ role: "signatory", person: { id: person }, positionId: position }],
      parties: [{ country: "SN" }, { country: "JP" }],
    });
    expect(audits(id, "update")).toBe(1);
    await sendBack("documents", id);
  });

  it("changes a source's description but never its text", async () => {
    const changed = await patch("sources", EN, { version: 1, note: "Checked against the print edition" });
    expect(changed.body).toMatchObject({ note: "Checked against the print edition", version: 2 });
    const text = await call(
      base(),
      "PATCH",
      `/api/v1/sources/${EN}`,
      { version: 2, fullText: "Other words" },
      {
        cookie: editor,
      },
    );
    expect(text.status).toBe(400);
    expect(text.body.error).toMatchObject({ code: "invalid_body", field: "fullText" });
  });

  it("refuses a stale edit of any record with the record as it is", async () => {
    const stale = await call(
      base(),
      "PATCH",
      `/api/v1/organizations/${organization}`,
      { version: 1, kind: "agency" },
      {
        cookie: editor,
      },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error!.current).toMatchObject({ id: organization, kind: "ministry" });
    expect(await conformanceProblems(`/api/v1/organizations/${organization}`, 409, stale.body, "patch")).toEqual([]);
  });
});
