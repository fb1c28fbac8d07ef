import { describe, expect, it } from "vitest";
import { extract } from "../../lib/extract";
import { toExtractionJson } from "../../lib/extract/contract";

// 2021-06-09 was a Wednesday.
const answer = (text: string, language: "en" | "fr" = "en") =>
  toExtractionJson(extract(text, { published: "2021-06-09", language }), []);

describe("dates, amounts and quantities in the API's shapes", () => {
  it("flags relative dates and lists each wording once", () => {
    const json = answer("Hanoi, 7 June. The two sides met on 7 June. They signed a plan yesterday.");
    expect(json.dates.map((d) => [d.text, d.value, d.relative])).toEqual([
      ["7 June", "2021-06-07", true],
      ["yesterday", "2021-06-08", true],
    ]);
  });

  it("reports an amount's qualifier and a quantity's delta", () => {
    const json = answer("Japan pledged more than 20 million USD to increase output by 50 MW.");
    expect(json.amounts.map((a) => [a.value, a.currency, a.qualifier])).toEqual([["20000000", "USD", "at_least"]]);
    expect(json.quantities.map((q) => [q.target, q.delta, q.unit])).toEqual([[null, "50", "MW"]]);
  });
});
