import { describe, expect, it } from "vitest";
import { eventFilterSchema } from "../../lib/events/schema";
import { parsePageFilter } from "../../lib/records/search-params";

describe("parsePageFilter", () => {
  it("reads only the keys a list names, and leaves out each invalid one with its reason", () => {
    const { filter, problems } = parsePageFilter(
      eventFilterSchema,
      { kind: "parade", country: ["VN", "KH"], asOf: "2019-06-30", page: "" },
      ["page", "kind", "country"],
    );
    expect(filter).toMatchObject({ country: ["VN", "KH"], page: 1 });
    expect(filter.asOf).toBeUndefined();
    expect(problems).toEqual([{ field: "kind", message: expect.any(String) }]);
  });

  it("keeps the valid end of a range whose start is malformed", () => {
    const { filter, problems } = parsePageFilter(eventFilterSchema, { from: "maybe", to: "2020-01-01" }, [
      "from",
      "to",
    ]);
    expect(filter.to).toBe("2020-01-01");
    expect(problems.map((p) => p.field)).toEqual(["from"]);
  });

  it("names a key the page does not filter on when it reads every key", () => {
    expect(parsePageFilter(eventFilterSchema, { colour: "red" }).problems).toEqual([
      { field: "colour", message: "is not a filter of this page" },
    ]);
  });
});
