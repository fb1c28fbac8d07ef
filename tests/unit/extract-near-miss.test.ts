import { describe, expect, it } from "vitest";
import { extract, type GazetteerEntry } from "../../lib/extract";
import { toExtractionJson } from "../../lib/extract/contract";
import { boundedDistance, probableMatch } from "../../lib/extract/near-miss";

const GAZETTEER: GazetteerEntry[] = [
  { type: "country", id: "VN", names: ["Vietnam"], country: "VN" },
  { type: "country", id: "KH", names: ["Cambodia"], country: "KH" },
  { type: "person", id: "hung", names: ["Nguyen Manh Hung"], country: "VN" },
  { type: "person", id: "an", names: ["Le An"], country: "VN" },
  { type: "organization", id: "mpt", names: ["Ministry of Posts and Telecommunications"], country: "KH" },
];

describe("near-miss names", () => {
  it("measures edits, giving up past the bound", () => {
    expect(boundedDistance("hung", "hung", 2)).toBe(0);
    expect(boundedDistance("hungg", "hung", 2)).toBe(1);
    expect(boundedDistance("nguyen", "nguyne", 2)).toBe(2);
    expect(boundedDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });

  it("finds the known record a misspelt name is probably, of the same kind only", () => {
    expect(probableMatch("Nguyen Manh Hungg", "person", GAZETTEER)).toEqual({ type: "person", id: "hung" });
    expect(probableMatch("Nguyễn Mạnh Hưng", "person", GAZETTEER)).toBeUndefined(); // the same name, folded
    expect(probableMatch("Ministry of Post and Telecommunications", "organization", GAZETTEER)).toEqual({
      type: "organization",
      id: "mpt",
    });
    expect(probableMatch("Nguyen Manh Hungg", "organization", GAZETTEER)).toBeUndefined();
    expect(probableMatch("Tran Van Minh", "person", GAZETTEER)).toBeUndefined();
    // Short names are one letter apart too often to say.
    expect(probableMatch("Le Ann", "person", GAZETTEER)).toBeUndefined();
  });

  it("says so in the API's answer, beside the name proposed", () => {
    const text = "Vietnamese Deputy Minister Nguyen Manh Hungg arrived in Cambodia on Monday.";
    const json = toExtractionJson(extract(text, { gazetteer: GAZETTEER, published: "2019-03-14" }), GAZETTEER);
    const proposed = json.entities.find((e) => e.proposed?.name.startsWith("Nguyen"));
    expect(proposed?.proposed).toMatchObject({ name: "Nguyen Manh Hungg", country: "VN" });
    expect(proposed?.probably).toEqual({ id: "hung", name: "Nguyen Manh Hung" });
  });
});
