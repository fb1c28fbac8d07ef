import { describe, expect, it } from "vitest";
import { extractMoney } from "../../lib/extract/money";
import type { Language } from "../../lib/extract/types";

function money(text: string, language: Language = "en") {
  const found = extractMoney(text, language);
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  return found.map((m) => ({
    text: m.text,
    value: m.value,
    currency: m.currency,
    ...(m.qualifier ? { qualifier: m.qualifier } : {}),
    ...(m.currencyInferred ? { inferred: true } : {}),
  }));
}

describe("amounts in words and fractions", () => {
  it("reads English fractions and articles before a scale", () => {
    expect(money("a grant of half a million dollars")).toEqual([
      { text: "half a million dollars", value: "500000", currency: "USD", inferred: true },
    ]);
    expect(money("one and a half billion dong")).toEqual([
      { text: "one and a half billion dong", value: "1500000000", currency: "VND" },
    ]);
    expect(money("It costs a million euros.")).toEqual([
      { text: "a million euros", value: "1000000", currency: "EUR" },
    ]);
  });

  it("reads French fractions and sums of two scales", () => {
    expect(money("un million et demi d’euros", "fr")).toEqual([
      { text: "un million et demi d’euros", value: "1500000", currency: "EUR" },
    ]);
    expect(money("un demi-milliard de dollars", "fr")[0]?.value).toBe("500000000");
    expect(money("un don de 2 milliards 300 millions de francs CFA", "fr")).toEqual([
      { text: "2 milliards 300 millions de francs CFA", value: "2300000000", currency: "XOF", inferred: true },
    ]);
  });
});

describe("currencies and their forms", () => {
  it("reads a hyphenated scale and a country's adjective before the currency", () => {
    expect(money("a $ 2.5-bn credit line")[0]).toMatchObject({ text: "$ 2.5-bn", value: "2500000000" });
    expect(money("worth 4.2 bn Bangladeshi taka")[0]).toMatchObject({ value: "4200000000", currency: "BDT" });
    expect(money("10 million Singapore dollars")[0]).toMatchObject({ value: "10000000", currency: "SGD" });
    expect(money("12 milliards FCFA", "fr")[0]).toMatchObject({ value: "12000000000", currency: "XOF" });
    expect(money("90 millions de dirhams", "fr")[0]).toMatchObject({ currency: "MAD" });
  });

  it("does not take a lowercase word for a currency's adjective", () => {
    expect(money("5 million new dollars")).toEqual([]);
  });
});

describe("qualifiers", () => {
  it("reads the words that bound an amount, the nearest first", () => {
    expect(money("more than 20 million USD")[0]?.qualifier).toBe("at_least");
    expect(money("about more than US$50,000")[0]?.qualifier).toBe("at_least");
    expect(money("nearly $3 billion")[0]?.qualifier).toBe("about");
    expect(money("up to €10 million")[0]?.qualifier).toBe("up_to");
    expect(money("environ 3 millions d’euros", "fr")[0]?.qualifier).toBe("about");
    expect(money("plus de 8 milliards de kips", "fr")[0]?.qualifier).toBe("at_least");
    expect(money("jusqu’à 2 millions de dollars", "fr")[0]?.qualifier).toBe("up_to");
    expect(money("a handsome $5 million")[0]?.qualifier).toBeUndefined();
  });

  it("gives a conversion the qualifier of what it converts", () => {
    expect(money("about 700 billion VND, or 30 million USD").map((m) => m.qualifier)).toEqual(["about", "about"]);
    expect(money("soit environ 20 milliards de francs CFA (30 millions d’euros)", "fr")[1]?.qualifier).toBe("about");
  });
});
