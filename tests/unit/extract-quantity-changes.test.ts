import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../lib/extract/quantities";
import type { Language } from "../../lib/extract/types";

function quantities(text: string, language: Language = "en") {
  const found = extractQuantities(text, language, []);
  for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  return found.map(({ text: t, baseline, target, delta, unit, atLeast }) => ({
    text: t,
    ...(baseline !== undefined ? { baseline } : {}),
    ...(target !== undefined ? { target } : {}),
    ...(delta !== undefined ? { delta } : {}),
    unit,
    ...(atLeast ? { atLeast } : {}),
  }));
}

describe("increments and changes", () => {
  it("reads an increase by N as a delta, in both languages", () => {
    expect(quantities("The dam will increase its output by 120 MW.")).toEqual([
      { text: "increase its output by 120 MW", delta: "120", unit: "MW" },
    ]);
    expect(quantities("an additional 40 scholarships")[0]).toMatchObject({ delta: "40", unit: "scholarships" });
    expect(quantities("three more clinics")[0]).toMatchObject({ delta: "3", unit: "clinics" });
    expect(quantities("augmenter la capacité du réseau de 30 MW", "fr")[0]).toMatchObject({ delta: "30", unit: "MW" });
    expect(quantities("15 bourses supplémentaires", "fr")[0]).toMatchObject({ delta: "15", unit: "bourses" });
  });

  it("does not take the agent of a passive for an increment", () => {
    expect(quantities("a fund raised by 20 donors").map((q) => q.delta)).toEqual([undefined]);
    expect(quantities("a committee set up by 12 countries").map((q) => q.delta)).toEqual([undefined]);
    expect(quantities("exports were up by 12 percent")[0]).toMatchObject({ delta: "12", unit: "percent" });
  });

  it("gives a change its delta", () => {
    expect(quantities("from 400 MW to 450 MW")[0]).toMatchObject({ baseline: "400", target: "450", delta: "50" });
    expect(quantities("de 2,5 à 4 heures par jour", "fr")[0]).toMatchObject({ delta: "1.5" });
  });

  it("reads the target of raising a number of things", () => {
    expect(quantities("porter le nombre de visiteurs à 3 millions d’ici 2030", "fr")).toEqual([
      { text: "le nombre de visiteurs à 3 millions", target: "3000000", unit: "visiteurs" },
    ]);
    expect(quantities("raise the number of flights to 40 a week")[0]).toMatchObject({ target: "40", unit: "flights" });
  });
});

describe("counts", () => {
  it("counts through lowercase adjectives, and over N as a minimum", () => {
    expect(quantities("to build 12 small bridges")[0]).toMatchObject({ target: "12", unit: "bridges" });
    expect(quantities("an estimated four used trucks")[0]).toMatchObject({ target: "4", unit: "trucks" });
    expect(quantities("over 800 scholarships")[0]).toMatchObject({ target: "800", atLeast: true });
    expect(quantities("plus de 500 bourses", "fr")[0]).toMatchObject({ target: "500", atLeast: true });
  });

  it("counts through a French scale and de, but not a bare scale", () => {
    expect(quantities("accueillir 3 millions de visiteurs", "fr")[0]).toMatchObject({
      target: "3000000",
      unit: "visiteurs",
    });
    expect(quantities("atteindre 3 millions d’ici 2030", "fr")).toEqual([]);
    expect(quantities("deux de ces écoles", "fr")).toEqual([]);
  });

  it("splits a part from the count before it", () => {
    expect(quantities("It funds 14 projects, 6 of which are schools.").map((q) => [q.target, q.unit])).toEqual([
      ["14", "projects"],
      ["6", "projects"],
    ]);
  });
});
