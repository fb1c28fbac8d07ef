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
    ...(m.currencyInferred ? { inferred: true } : {}),
  }));
}

describe("English amounts", () => {
  it("reads codes before and after, symbols and scale words", () => {
    expect(money("the 5 million USD centre")).toEqual([{ text: "5 million USD", value: "5000000", currency: "USD" }]);
    expect(money("a USD 5 million grant")).toEqual([{ text: "USD 5 million", value: "5000000", currency: "USD" }]);
    expect(money("US$1.2 billion")).toEqual([{ text: "US$1.2 billion", value: "1200000000", currency: "USD" }]);
    expect(money("VND 2 trillion")).toEqual([{ text: "VND 2 trillion", value: "2000000000000", currency: "VND" }]);
    expect(money("€3bn and £40m")).toEqual([
      { text: "€3bn", value: "3000000000", currency: "EUR" },
      { text: "£40m", value: "40000000", currency: "GBP" },
    ]);
  });

  it("flags a bare dollar sign as an inferred USD", () => {
    expect(money("$550,000")).toEqual([{ text: "$550,000", value: "550000", currency: "USD", inferred: true }]);
    expect(money("five million dollars")).toEqual([
      { text: "five million dollars", value: "5000000", currency: "USD", inferred: true },
    ]);
    expect(money("5 million US dollars")).toEqual([
      { text: "5 million US dollars", value: "5000000", currency: "USD" },
    ]);
  });

  it("never rounds through a float", () => {
    expect(money("USD 9,007,199,254,740,993")[0]?.value).toBe("9007199254740993");
    expect(money("USD 0.1 million")[0]?.value).toBe("100000");
  });

  it("refuses more decimals than the currency has", () => {
    expect(money("VND 1.5")).toEqual([]);
  });
});

describe("French amounts", () => {
  it("reads decimal commas, de/d' and plural scales", () => {
    expect(money("5 millions de dollars", "fr")).toEqual([
      { text: "5 millions de dollars", value: "5000000", currency: "USD", inferred: true },
    ]);
    expect(money("5 millions USD", "fr")).toEqual([{ text: "5 millions USD", value: "5000000", currency: "USD" }]);
    expect(money("1,5 million d'euros", "fr")).toEqual([
      { text: "1,5 million d'euros", value: "1500000", currency: "EUR" },
    ]);
    expect(money("2,5 milliards de dollars américains", "fr")[0]).toMatchObject({
      value: "2500000000",
      currency: "USD",
    });
  });

  it("reads spaces, no-break and narrow no-break spaces between thousands", () => {
    expect(money("550 000 USD", "fr")[0]?.value).toBe("550000");
    expect(money("550\u00a0000 USD", "fr")[0]?.value).toBe("550000");
    expect(money("1\u202f200\u202f000,50 €", "fr")).toEqual([
      { text: "1\u202f200\u202f000,50 €", value: "1200000.5", currency: "EUR" },
    ]);
  });

  it("reads the French billion as 10^12", () => {
    expect(money("2 billions de dongs", "fr")[0]?.value).toBe("2000000000000");
    expect(money("2 milliards de dongs", "fr")[0]?.value).toBe("2000000000");
  });
});
