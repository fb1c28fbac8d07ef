import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../lib/extract/quantities";
import type { Language } from "../../lib/extract/types";

function quantities(text: string, language: Language = "en", taken: { start: number; end: number }[] = []) {
  const found = extractQuantities(text, language, taken);
  for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  return found.map(({ text: t, baseline, target, unit, atLeast }) => ({
    text: t,
    ...(baseline !== undefined ? { baseline } : {}),
    target,
    unit,
    atLeast,
  }));
}

describe("English quantities", () => {
  it("reads a change from a baseline to a target, with or without the first unit", () => {
    expect(quantities("increase it from 15 minutes to 30 minutes a day in Phnom Penh")).toEqual([
      {
        text: "from 15 minutes to 30 minutes a day",
        baseline: "15",
        target: "30",
        unit: "minutes per day",
        atLeast: false,
      },
    ]);
    expect(quantities("from 15 to 30 minutes a day")[0]).toMatchObject({
      baseline: "15",
      target: "30",
      unit: "minutes per day",
    });
  });

  it("does not mix units in a change", () => {
    expect(quantities("from 30 minutes to 1 hour").map((q) => q.text)).toEqual(["30 minutes", "1 hour"]);
  });

  it("reads minimums with numbers in words", () => {
    expect(quantities("for at least three hours per day.")).toEqual([
      { text: "at least three hours per day", target: "3", unit: "hours per day", atLeast: true },
    ]);
  });

  it("reads measures glued or hyphenated", () => {
    expect(quantities("a 50MW solar farm, 1.5 GWh a year and a four-day visit")).toEqual([
      { text: "50MW", target: "50", unit: "MW", atLeast: false },
      { text: "1.5 GWh a year", target: "1.5", unit: "GWh per year", atLeast: false },
      { text: "four-day", target: "4", unit: "days", atLeast: false },
    ]);
    expect(quantities("20% more, 3 per cent less")).toMatchObject([
      { target: "20", unit: "percent" },
      { target: "3", unit: "percent" },
    ]);
  });

  it("counts things, through one adjective, and skips numbers after a determiner", () => {
    expect(quantities("in Phnom Penh and six Cambodian provinces which")).toEqual([
      { text: "six Cambodian provinces", target: "6", unit: "provinces", atLeast: false },
    ]);
    expect(quantities("the two ministries and the two sides")).toEqual([]);
    expect(
      quantities("twenty-five schools, two dozen villages and 2 million people").map((q) => [q.target, q.unit]),
    ).toEqual([
      ["25", "schools"],
      ["24", "villages"],
      ["2000000", "people"],
    ]);
  });

  it("leaves articles, ordinals, years and spans already taken alone", () => {
    expect(quantities("one of the projects, the 40th anniversary, 2019 elections")).toEqual([]);
    const text = "the 5 million USD centre";
    expect(quantities(text, "en", [{ start: 4, end: 17 }])).toEqual([]);
  });
});

describe("French quantities", () => {
  it("reads de … à … changes and minimums", () => {
    expect(quantities("de 15 à 30 minutes par jour", "fr")).toEqual([
      { text: "de 15 à 30 minutes par jour", baseline: "15", target: "30", unit: "minutes per day", atLeast: false },
    ]);
    expect(quantities("de quinze minutes à trente minutes par jour", "fr")[0]).toMatchObject({
      baseline: "15",
      target: "30",
    });
    expect(quantities("au moins trois heures par jour", "fr")).toEqual([
      { text: "au moins trois heures par jour", target: "3", unit: "hours per day", atLeast: true },
    ]);
  });

  it("reads decimal commas and non-breaking spaces", () => {
    expect(quantities("une centrale de 1,5 MW et 12\u00a0000 hectares", "fr")).toEqual([
      { text: "1,5 MW", target: "1.5", unit: "MW", atLeast: false },
      { text: "12\u00a0000 hectares", target: "12000", unit: "ha", atLeast: false },
    ]);
  });

  it("counts things and leaves the indefinite article alone", () => {
    expect(
      quantities("six provinces, quatre-vingt-dix écoles et un centre", "fr").map((q) => [q.text, q.target, q.unit]),
    ).toEqual([
      ["six provinces", "6", "provinces"],
      ["quatre-vingt-dix écoles", "90", "écoles"],
    ]);
    expect(quantities("les deux pays", "fr")).toEqual([]);
  });
});
