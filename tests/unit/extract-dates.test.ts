import { describe, expect, it } from "vitest";
import { extractDates } from "../../lib/extract/dates";
import type { DateSuggestion, Language } from "../../lib/extract/types";

const day = (date: string) => ({ date, precision: "day" });

function dates(text: string, language: Language = "en", published: string | null = "2019-03"): DateSuggestion[] {
  const found = extractDates(text, language, published);
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return found;
}

describe("English dates", () => {
  it("reads a day range without a year, from the article's year", () => {
    const [d] = dates("who has been on a visit to Cambodia from March 13-16.");
    expect(d).toMatchObject({
      text: "from March 13-16",
      value: { start: day("2019-03-13"), end: day("2019-03-16") },
      inferredYear: true,
    });
    expect(dates("March 13–16, 2019")[0]).toMatchObject({
      value: { start: day("2019-03-13"), end: day("2019-03-16") },
    });
    expect(dates("13 to 16 March 2019")[0]?.inferredYear).toBeUndefined();
  });

  it("reads ranges across months and years", () => {
    expect(dates("from 28 February to 2 March 2019")[0]?.value).toEqual({
      start: day("2019-02-28"),
      end: day("2019-03-02"),
    });
    expect(dates("December 28 to January 3", "en", "2019-12")[0]?.value).toEqual({
      start: day("2019-12-28"),
      end: day("2020-01-03"),
    });
    expect(dates("the 2019-2020 plan")[0]?.value).toEqual({
      start: { date: "2019-01-01", precision: "year" },
      end: { date: "2020-01-01", precision: "year" },
    });
  });

  it("reads days, months and years with their precision", () => {
    const text = "On March 14 and in March 2019, then in 2019, the victory (January 7, 1979) and 14 March 2019.";
    expect(dates(text).map((d) => [d.text, d.value])).toEqual([
      ["March 14", day("2019-03-14")],
      ["March 2019", { date: "2019-03-01", precision: "month" }],
      ["2019", { date: "2019-01-01", precision: "year" }],
      ["January 7, 1979", day("1979-01-07")],
      ["14 March 2019", day("2019-03-14")],
    ]);
  });

  it("reads a month alone only after a preposition, and never the verb may", () => {
    expect(dates("In May, it may rain.").map((d) => d.text)).toEqual(["May"]);
    expect(dates("They may meet.")).toEqual([]);
  });

  it("keeps a year-less date that falls after publication and says so", () => {
    const [d] = dates("after the visit by Nguyen Phu Trong on March 25-26.", "en", "2019-03-14");
    expect(d).toMatchObject({
      text: "March 25-26",
      value: { start: day("2019-03-25"), end: day("2019-03-26") },
      inferredYear: true,
      afterPublication: true,
    });
    // With the publication known only to the month, March 25 is not after it.
    expect(dates("on March 25-26.", "en", "2019-03")[0]?.afterPublication).toBeUndefined();
  });

  it("does not invent a year when there is no publication date", () => {
    expect(dates("on March 14", "en", null)).toEqual([]);
    expect(dates("on March 14, 2019", "en", null)).toHaveLength(1);
  });

  it("ignores numbers that are not years and invalid days", () => {
    expect(dates("2019 people came on February 30.")).toEqual([]);
  });
});

describe("French dates", () => {
  it("reads du … au … ranges", () => {
    expect(dates("lors de sa visite au Cambodge du 13 au 16 mars.", "fr")[0]).toMatchObject({
      text: "du 13 au 16 mars",
      value: { start: day("2019-03-13"), end: day("2019-03-16") },
      inferredYear: true,
    });
    expect(dates("du 28 décembre au 2 janvier 2020", "fr")[0]?.value).toEqual({
      start: day("2019-12-28"),
      end: day("2020-01-02"),
    });
    expect(dates("entre le 13 et le 16 mars", "fr")[0]?.value).toEqual({
      start: day("2019-03-13"),
      end: day("2019-03-16"),
    });
  });

  it("reads days, months and years", () => {
    const text = "Le 14 mars, en mars 2019, en 2019, le 1er avril et le 7 janvier 1979.";
    expect(dates(text, "fr").map((d) => [d.text, d.value])).toEqual([
      ["14 mars", day("2019-03-14")],
      ["mars 2019", { date: "2019-03-01", precision: "month" }],
      ["2019", { date: "2019-01-01", precision: "year" }],
      ["1er avril", day("2019-04-01")],
      ["7 janvier 1979", day("1979-01-07")],
    ]);
    expect(dates("fin août et en Décembre 2018", "fr").map((d) => d.text)).toEqual(["août", "Décembre 2018"]);
  });
});
