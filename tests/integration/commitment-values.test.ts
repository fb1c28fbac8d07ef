import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../helpers/csv";
import { conformanceProblems } from "../helpers/openapi";
import { callAction, login, serverActions } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { ownWriteServer } from "../helpers/write-server";

// Issue 14's values through the form's actions and back through API v1, the pages and the CSV:
// an intent with a range target, a bounded amount and a change; a whole and its parts.
const writeServer = ownWriteServer();
const base = () => writeServer.baseURL;
const EN = "vna-en-2019-03-14";

type Failure = { code: string; field?: string; fields?: Record<string, string> };
type Result = { ok: boolean; data?: { id: string; version?: number }; error?: Failure };
type Json = Record<string, unknown> & { id: string; version: number };

let cookie: string;
async function call(name: string, arg: unknown): Promise<Result> {
  const action = serverActions().find((a) => a.name === name)!;
  const { result } = await callAction(base(), action, arg, cookie);
  return result as Result;
}
async function api<T = Json>(path: string): Promise<T> {
  const response = await fetch(`${base()}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}
const ids = async (query: string) =>
  (await api<{ data: { id: string }[] }>(`/api/v1/commitments?view=summary&pageSize=200&${query}`)).data.map(
    (c) => c.id,
  );
function row<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(writeServer.databaseFile, { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

const draft = {
  titleEn: "Readiness to expand a cross-border power line",
  kind: "intent",
  from: { countryCode: "VN" },
  to: { countryCode: "KH" },
  sectors: [],
  amount: { value: "500000", currency: "USD", qualifier: "at_least" },
  quantity: { delta: "+50", unit: "MW" },
  target: { date: "2012", end: "2013" },
  status: "announced",
  statusEffective: "2011-05",
  citations: [{ sourceId: EN, quote: "Hung said the 5 million USD centre is a gift", occurrence: 1 }],
  links: [],
};

async function create(patch: Record<string, unknown>): Promise<string> {
  const created = await call("createCommitmentAction", { ...draft, ...patch });
  expect(created.error).toBeUndefined();
  return created.data!.id;
}

describe("commitment values", () => {
  let intent: string;

  beforeAll(async () => {
    cookie = await login(base(), TEST_USERS.editor);
    intent = await create({});
  });

  it("gives back an intent's range target, bounded amount and change in API v1, in its documented shape", async () => {
    const json = await api(`/api/v1/commitments/${intent}`);
    expect(json).toMatchObject({
      kind: "intent",
      target: { date: "2012", precision: "year", end: { date: "2013", precision: "year" } },
      amount: { value: "500000", currency: "USD", qualifier: "at_least" },
      quantity: { baseline: null, target: null, delta: "50", unit: "MW", atLeast: false },
      partsTotal: [],
      partsDisagree: false,
    });
    expect(await conformanceProblems("/api/v1/commitments/{id}", 200, json)).toEqual([]);
    const summaries = await api<{ data: Json[] }>(`/api/v1/commitments?view=summary&kind=intent`);
    const summary = summaries.data.find((c) => c.id === intent);
    expect(summary).toMatchObject({ target: { end: { date: "2013" } }, amount: { qualifier: "at_least" } });
    expect(await conformanceProblems("/api/v1/commitments", 200, summaries)).toEqual([]);
    expect(
      row(
        `SELECT "targetDeadline", "targetEndDate", "targetEndPrecision", "amountQualifier", "quantityDelta" FROM "Commitment" WHERE "id" = ?`,
        intent,
      ),
    ).toEqual({
      targetDeadline: "2014-01-01",
      targetEndDate: "2013-01-01",
      targetEndPrecision: "year",
      amountQualifier: "at_least",
      quantityDelta: "50",
    });
  });

  it("leaves a single date's target without an end, and an amount without a qualifier exact", async () => {
    const single = await create({
      titleEn: "Power line by June 2020",
      target: "2020-06",
      amount: { value: "9", currency: "USD" },
    });
    const json = await api(`/api/v1/commitments/${single}`);
    expect(json.target).toEqual({ date: "2020-06", precision: "month" });
    expect(json.amount).toEqual({ value: "9", currency: "USD", qualifier: "exact" });
  });

  it("is overdue from the day after its range ends, in the record and in the list's filters", async () => {
    expect((await api(`/api/v1/commitments/${intent}?asOf=2013-12-31`)).overdue).toBe(false);
    expect((await api(`/api/v1/commitments/${intent}?asOf=2014-01-01`)).overdue).toBe(true);
    expect(await ids("kind=intent&overdue=true&asOf=2013-12-31")).not.toContain(intent);
    expect(await ids("kind=intent&overdue=true&asOf=2014-01-01")).toContain(intent);
    expect(await ids("kind=intent&overdue=false&asOf=2013-12-31")).toContain(intent);
  });

  it("matches target filters that overlap any part of the range", async () => {
    expect(await ids("kind=intent&targetFrom=2013-06-01&targetTo=2013-06-30")).toContain(intent);
    expect(await ids("kind=intent&targetFrom=2012-01-01&targetTo=2012-01-01")).toContain(intent);
    expect(await ids("kind=intent&targetFrom=2014-01-01")).not.toContain(intent);
    expect(await ids("kind=intent&targetTo=2011-12-31")).not.toContain(intent);
  });

  it("counts intents among the overview's kinds, and says which pledged amounts are not exact", async () => {
    const before = await (await fetch(`${base()}/`)).text();
    expect(before).toMatch(/href="\/commitments\?kind=intent"/);
    expect(before).not.toContain("of them not exact");
    await create({
      titleEn: "Some two million euros for rural roads",
      kind: "pledge",
      amount: { value: "2000000", currency: "EUR", qualifier: "about" },
    });
    const after = await (await fetch(`${base()}/`)).text();
    expect(after).toContain("EUR 2,000,000");
    expect(after).toContain(", 1 of them not exact");
  });

  it("sums a whole's parts per currency beside its amount, and flags them when they disagree", async () => {
    const whole = await create({
      titleEn: "Aid package for rural schools",
      kind: "pledge",
      amount: { value: "1000000", currency: "USD" },
      quantity: null,
      target: "2021",
    });
    const part = (title: string, amount: object) =>
      create({
        titleEn: title,
        kind: "pledge",
        amount,
        quantity: null,
        target: "2021",
        links: [{ kind: "part_of", commitmentId: whole }],
      });
    await part("Grant for school buildings", { value: "600000", currency: "USD" });
    const books = await part("Grant for school books", { value: "300000", currency: "USD" });

    expect(await api(`/api/v1/commitments/${whole}`)).toMatchObject({
      partsTotal: [{ currency: "USD", value: "900000" }],
      partsDisagree: true,
    });
    const page = await (await fetch(`${base()}/commitments/${whole}`)).text();
    expect(page).toContain("Does not match the amount");

    const { status: _s, statusEffective: _e, ...fields } = draft;
    const edited = await call("updateCommitmentAction", {
      ...fields,
      titleEn: "Grant for school books",
      kind: "pledge",
      amount: { value: "400000", currency: "USD" },
      quantity: null,
      target: "2021",
      id: books,
      version: 1,
      citations: [],
      links: [{ kind: "part_of", commitmentId: whole }],
    });
    expect(edited.ok).toBe(true);
    expect(await api(`/api/v1/commitments/${whole}`)).toMatchObject({
      partsTotal: [{ currency: "USD", value: "1000000" }],
      partsDisagree: false,
    });
    expect(await (await fetch(`${base()}/commitments/${whole}`)).text()).not.toContain("Does not match the amount");

    await part("Training grant in euros", { value: "2500.50", currency: "EUR" });
    expect(await api(`/api/v1/commitments/${whole}`)).toMatchObject({
      partsTotal: [
        { currency: "EUR", value: "2500.50" },
        { currency: "USD", value: "1000000" },
      ],
      partsDisagree: true,
    });
  });

  it("refuses a range that ends before it starts and a target with a change but no baseline, on their fields", async () => {
    const range = await call("createCommitmentAction", { ...draft, target: { date: "2013", end: "2012" } });
    expect(range.error).toMatchObject({ code: "invalid_body", field: "target.end" });
    const quantity = await call("createCommitmentAction", {
      ...draft,
      quantity: { target: "150", delta: "50", unit: "MW" },
    });
    expect(quantity.error).toMatchObject({ code: "invalid_body", field: "quantity.baseline" });
    const qualifier = await call("createCommitmentAction", {
      ...draft,
      amount: { value: "5", currency: "USD", qualifier: "roughly" },
    });
    expect(qualifier.error).toMatchObject({ code: "invalid_body", field: "amount.qualifier" });
  });

  it("exports the qualifier, the change and the range's end in the CSV", async () => {
    const response = await fetch(`${base()}/api/v1/exports/commitments?format=csv&kind=intent`);
    const [header, ...rows] = parseCsv(await response.text());
    const col = (name: string) => header!.indexOf(name);
    const line = rows.find((r) => r[col("id")] === intent)!;
    expect(line[col("amount_qualifier")]).toBe("at_least");
    expect(line[col("quantity_delta")]).toBe("50");
    expect(line[col("target")]).toBe("2012");
    expect(line[col("target_end")]).toBe("2013");
    expect(line[col("target_end_precision")]).toBe("year");
  });
});
