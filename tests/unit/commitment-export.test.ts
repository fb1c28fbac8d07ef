import { describe, expect, it } from "vitest";
import { flattenSearchParams, parsePageFilter } from "@/lib/records/search-params";
import { csvCell, csvRow } from "@/lib/commitments/export";
import { commitmentFilterSchema } from "@/lib/commitments/schema";
import { activeFilterCount, filterToQuery } from "@/lib/commitments/url";

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks, and doubles inner quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(true)).toBe("true");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("-2")).toBe("'-2");
  });

  it("ends rows with CRLF", () => {
    expect(csvRow(["a", 1, null])).toBe("a,1,\r\n");
  });
});

describe("filter ↔ URL", () => {
  it("round-trips a filter through its query, leaving defaults out", () => {
    const filter = commitmentFilterSchema.parse({
      status: "announced,agreed",
      sector: "oda",
      pair: "kh-vn",
      direction: "mutual",
      overdue: "true",
      targetFrom: "2019-01-01",
      sort: "-title",
      page: "2",
      asOf: "2019-06-30",
    });
    const query = filterToQuery(filter);
    expect(query).toEqual({
      status: "announced,agreed",
      sector: "oda",
      pair: "KH-VN",
      direction: "mutual",
      overdue: "true",
      targetFrom: "2019-01-01",
      sort: "-title",
      page: "2",
      asOf: "2019-06-30",
    });
    expect(commitmentFilterSchema.parse(query)).toEqual(filter);
    expect(filterToQuery(commitmentFilterSchema.parse({}))).toEqual({});
    expect(activeFilterCount(filter)).toBe(6);
  });

  it("overrides and removes keys", () => {
    const filter = commitmentFilterSchema.parse({ kind: "pledge", page: "3" });
    expect(filterToQuery(filter, { page: undefined, sort: "title" })).toEqual({ kind: "pledge", sort: "title" });
  });
});

describe("lenient page parameters", () => {
  it("joins repeated keys and drops empty values", () => {
    expect(flattenSearchParams({ status: ["announced", "agreed"], q: "", kind: undefined, to: "KH" })).toEqual({
      status: "announced,agreed",
      to: "KH",
    });
  });

  it("drops each bad parameter, names it, and keeps the rest", () => {
    const { filter: data, problems } = parsePageFilter(commitmentFilterSchema, {
      status: "bogus",
      colour: "red",
      kind: "pledge",
      page: "0",
    });
    expect(data.kind).toEqual(["pledge"]);
    expect(data.status).toBeUndefined();
    expect(data.page).toBe(1);
    expect(problems.map((p) => p.field).sort()).toEqual(["colour", "page", "status"]);
  });
});
