import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { callAction, login, serverActions } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { ownWriteServer } from "../helpers/write-server";

// The commitment form's actions as the browser calls them, on a write server of this file's own.
const writeServer = ownWriteServer();
const base = () => writeServer.baseURL;
const EN = "vna-en-2019-03-14";

type Result = { ok: boolean; data?: { id: string; version?: number }; error?: { code: string; field?: string } };

let cookie: string;
async function call(name: string, arg: unknown): Promise<Result> {
  const action = serverActions().find((a) => a.name === name)!;
  const { result } = await callAction(base(), action, arg, cookie);
  return result as Result;
}
function row<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(writeServer.databaseFile, { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

const draft = {
  title: "Journalist exchange programme",
  kind: "pledge",
  from: { countryCode: "VN" },
  to: { countryCode: "KH" },
  sectors: ["media_broadcasting"],
  amount: { value: "250000", currency: "USD" },
  quantity: null,
  target: "2020",
  status: "announced",
  statusEffective: "2019-03-14",
  citations: [{ sourceId: EN, quote: "Hung said the 5 million USD centre is a gift", occurrence: 1 }],
  links: [],
};

describe("commitment forms", () => {
  beforeAll(async () => {
    cookie = await login(base(), TEST_USERS.editor);
  });

  it("creates a commitment with its quote, first status and audit row, then edits it on its version", async () => {
    const created = await call("createCommitmentAction", draft);
    expect(created.ok).toBe(true);
    const id = created.data!.id;
    const json = (await (await fetch(`${base()}/api/v1/commitments/${id}`)).json()) as {
      amount: unknown;
      statusHistory: unknown[];
      citations: unknown[];
      version: number;
    };
    expect(json).toMatchObject({ amount: { value: "250000", currency: "USD" }, version: 1 });
    expect(json.statusHistory).toHaveLength(1);
    expect(json.citations).toHaveLength(1);

    const { kind: _k, status: _s, statusEffective: _e, ...fields } = draft;
    const edited = await call("updateCommitmentAction", {
      ...fields,
      kind: "agreement",
      id,
      version: 1,
      amount: { value: "300000", currency: "USD" },
      citations: [],
    });
    expect(edited).toMatchObject({ ok: true, data: { version: 2 } });
    const audit = row<{ before: string; after: string }>(
      `SELECT "before", "after" FROM "AuditEntry" WHERE "entityId" = ? AND "action" = 'update'`,
      id,
    );
    expect(JSON.parse(audit.before)).toMatchObject({
      kind: "pledge",
      amountMinor: "25000000",
      sectors: ["media_broadcasting"],
    });
    expect(JSON.parse(audit.after)).toMatchObject({ kind: "agreement", amountMinor: "30000000" });

    const stale = await call("updateCommitmentAction", { ...fields, kind: "request", id, version: 1, citations: [] });
    expect(stale.error).toMatchObject({ code: "conflict", field: "version" });
    expect(
      row<{ version: number; kind: string }>(`SELECT "version", "kind" FROM "Commitment" WHERE "id" = ?`, id),
    ).toEqual({ version: 2, kind: "agreement" });
  });

  it("refuses a quote that is not in its source and a link to nothing, naming the field", async () => {
    const quote = await call("createCommitmentAction", {
      ...draft,
      citations: [{ sourceId: EN, quote: "no such words here at all", occurrence: 1 }],
    });
    expect(quote.error).toMatchObject({ code: "invalid_body", field: "citations.0.quote" });
    const organization = await call("createCommitmentAction", {
      ...draft,
      from: { countryCode: "VN", organizationId: "no-such-organization" },
    });
    expect(organization.error).toMatchObject({ code: "invalid_body", field: "from.organizationId" });
  });
});
