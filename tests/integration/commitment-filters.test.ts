import { inject } from "vitest";
import { describe, expect, it } from "vitest";
import { getJson } from "../helpers/api";
import { parseCsv } from "../helpers/csv";

type Commitment = {
  id: string;
  status: string;
  overdue: boolean;
  target: { date: string } | null;
  title: string;
  statusHistory: unknown[];
};
type List = { data: Commitment[]; total: number };
const ids = (body: List) => body.data.map((c) => c.id).sort();

async function list(query: string): Promise<List> {
  const { status, body } = await getJson<List>(`/api/v1/commitments?pageSize=200&${query}`);
  expect(status, query).toBe(200);
  return body;
}

describe("commitment filters shared by the UI, the API and the exports", () => {
  it("matches a target date range by overlap with the target's whole period", async () => {
    // The cyber centre is due "2019": any range inside 2019 overlaps it.
    expect(ids(await list("targetFrom=2019-06-01&targetTo=2019-06-30"))).toEqual(["cyber-monitoring-centre"]);
    expect(ids(await list("targetFrom=2019-12-31"))).toEqual(["cyber-monitoring-centre"]);
    expect((await list("targetFrom=2020-01-01")).total).toBe(0);
    expect((await list("targetTo=2018-12-31")).total).toBe(0);
  });

  it("matches an event date range against the event where each commitment was made", async () => {
    const all = await list("");
    const during = await list("eventFrom=2019-03-14&eventTo=2019-03-14");
    expect(during.total).toBe(all.total);
    expect((await list("eventFrom=2019-03-15")).total).toBe(0);
    expect((await list("eventTo=2019-03-13")).total).toBe(0);
  });

  it("refuses a range that ends before it starts, naming the parameter", async () => {
    const { status, body } = await getJson<{ error: { field: string } }>(
      "/api/v1/commitments?targetFrom=2019-06-01&targetTo=2019-01-01",
    );
    expect(status).toBe(400);
    expect(body.error.field).toBe("targetTo");
  });

  it("searches titles and descriptions as plain text, wildcards included", async () => {
    expect(ids(await list("q=radio"))).toEqual(
      expect.arrayContaining(["oda-national-tv-radio", "vietnamese-radio-airtime"]),
    );
    expect((await list("q=%25")).total).toBe(0);
    expect((await list("q=_")).total).toBe(0);
  });

  it("sorts by each column in both directions with a stable order", async () => {
    for (const key of ["title", "kind", "status", "updated"]) {
      const up = (await list(`sort=${key}`)).data.map((c) => c.id);
      const down = (await list(`sort=-${key}`)).data.map((c) => c.id);
      expect(up, key).toHaveLength(9);
      expect(down, key).toEqual([...up].reverse());
    }
    const titles = (await list("sort=title")).data.map((c) => c.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("keeps commitments without a target last, whichever the direction", async () => {
    for (const sort of ["target", "-target"]) {
      const rows = (await list(`sort=${sort}`)).data;
      expect(rows[0]!.id, sort).toBe("cyber-monitoring-centre");
      expect(
        rows.slice(1).every((c) => c.target === null),
        sort,
      ).toBe(true);
    }
  });

  it("as of a day before the visit knows nothing; as of the day after, everything with its status then", async () => {
    expect((await list("asOf=2019-01-01")).total).toBe(0);
    const after = await list("asOf=2019-03-15");
    expect(after.total).toBe(9);
    // As of mid-2019 the cyber centre (due 2019) is not overdue yet; it is now.
    const mid = await list("asOf=2019-06-30&overdue=true");
    expect(mid.total).toBe(0);
    expect(ids(await list("asOf=2020-01-01&overdue=true"))).toEqual(["cyber-monitoring-centre"]);
    const { status } = await getJson("/api/v1/commitments/cyber-monitoring-centre?asOf=2019-01-01");
    expect(status).toBe(404);
    const bad = await getJson<{ error: { field: string } }>("/api/v1/commitments?asOf=2019-02-30");
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe("asOf");
  });
});

describe("exports of exactly the current filter", () => {
  const base = () => inject("baseURL");

  it("CSV: UTF-8, a header row, one row per match, amounts as text and dates with their precision", async () => {
    const response = await fetch(`${base()}/api/v1/exports/commitments?format=csv&kind=pledge`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="pact-commitments-.*\.csv"/);
    const [header, ...rows] = parseCsv(await response.text());
    const listed = await list("kind=pledge");
    expect(rows.map((r) => r[0]).sort()).toEqual(ids(listed));
    const col = (name: string) => header!.indexOf(name);
    const cyber = rows.find((r) => r[0] === "cyber-monitoring-centre")!;
    expect(cyber[col("amount")]).toBe("5000000");
    expect(cyber[col("currency")]).toBe("USD");
    expect(cyber[col("target")]).toBe("2019");
    expect(cyber[col("target_precision")]).toBe("year");
    expect(cyber[col("overdue")]).toBe("true");
  });

  it("JSON: the same records as the list endpoint, in the same order, for the same filter", async () => {
    const query = "status=announced&sector=media_broadcasting&sort=-title";
    const exported = await getJson<{ total: number; data: Commitment[] }>(
      `/api/v1/exports/commitments?format=json&${query}`,
    );
    const listed = await getJson<List>(`/api/v1/commitments?pageSize=200&${query}`);
    expect(exported.body.total).toBe(listed.body.total);
    expect(exported.body.data).toEqual(listed.body.data);
  });

  it("as of a day, an export holds what was known then", async () => {
    const csv = await (await fetch(`${base()}/api/v1/exports/commitments?format=csv&asOf=2019-01-01`)).text();
    expect(parseCsv(csv)).toHaveLength(1);
    const { body } = await getJson<{ asOf: string; data: Commitment[] }>(
      "/api/v1/exports/commitments?format=json&asOf=2019-03-20",
    );
    expect(body.asOf).toBe("2019-03-20");
    expect(body.data).toHaveLength(9);
  });

  it("refuses an unknown format or filter with 400 naming it", async () => {
    const format = await getJson<{ error: { field: string } }>("/api/v1/exports/commitments?format=xlsx");
    expect(format.status).toBe(400);
    expect(format.body.error.field).toBe("format");
    const filter = await getJson<{ error: { field: string } }>("/api/v1/exports/commitments?format=csv&status=done");
    expect(filter.status).toBe(400);
    expect(filter.body.error.field).toBe("status");
  });
});
