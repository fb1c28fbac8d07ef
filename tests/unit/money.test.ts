import { describe, expect, it } from "vitest";
import {
  CURRENCIES,
  currencyExponent,
  decimalToMinor,
  formatMoney,
  isKnownCurrency,
  minorToDecimal,
} from "../../lib/money/money";
import { moneySchema } from "../../lib/money/schema";

const MAX_MINOR = 2n ** 63n - 1n;

describe("currencies", () => {
  it("knows the exponents of the currencies Pact uses", () => {
    expect(currencyExponent("USD")).toBe(2);
    expect(currencyExponent("EUR")).toBe(2);
    expect(currencyExponent("VND")).toBe(0);
    expect(currencyExponent("JPY")).toBe(0);
    expect(currencyExponent("KHR")).toBe(2);
  });

  it("throws for an unknown currency", () => {
    expect(() => currencyExponent("XYZ")).toThrow(/Unknown currency XYZ/);
  });

  it("does not treat inherited object properties as currencies", () => {
    expect(isKnownCurrency("USD")).toBe(true);
    expect(isKnownCurrency("usd")).toBe(false);
    expect(isKnownCurrency("toString")).toBe(false);
    expect(isKnownCurrency("constructor")).toBe(false);
  });

  it("lists the currency codes sorted", () => {
    expect(CURRENCIES).toContain("USD");
    expect(CURRENCIES).toContain("VND");
    expect([...CURRENCIES].sort()).toEqual(CURRENCIES);
  });
});

describe("decimalToMinor", () => {
  it("converts whole amounts into minor units", () => {
    expect(decimalToMinor("5000000", "USD")).toEqual({ ok: true, minor: 500000000n });
    expect(decimalToMinor("0", "USD")).toEqual({ ok: true, minor: 0n });
  });

  it("converts amounts with decimals", () => {
    expect(decimalToMinor("550000.50", "USD")).toEqual({ ok: true, minor: 55000050n });
    expect(decimalToMinor("550000.5", "USD")).toEqual({ ok: true, minor: 55000050n });
    expect(decimalToMinor("0.5", "USD")).toEqual({ ok: true, minor: 50n });
    expect(decimalToMinor("0.05", "USD")).toEqual({ ok: true, minor: 5n });
  });

  it("accepts as many decimals as the currency has and refuses more", () => {
    expect(decimalToMinor("1.50", "USD")).toEqual({ ok: true, minor: 150n });
    expect(decimalToMinor("1.505", "USD")).toEqual({ ok: false, error: "too_many_decimals" });
  });

  it("ignores trailing zeros beyond the currency's decimals", () => {
    expect(decimalToMinor("1.500", "USD")).toEqual({ ok: true, minor: 150n });
    expect(decimalToMinor("1.0", "VND")).toEqual({ ok: true, minor: 1n });
  });

  it("refuses decimals for a currency without minor units", () => {
    expect(decimalToMinor("1.5", "VND")).toEqual({ ok: false, error: "too_many_decimals" });
    expect(decimalToMinor("1000000", "VND")).toEqual({ ok: true, minor: 1000000n });
  });

  it("refuses an unknown currency", () => {
    expect(decimalToMinor("100", "XYZ")).toEqual({ ok: false, error: "unknown_currency" });
    expect(decimalToMinor("100", "usd")).toEqual({ ok: false, error: "unknown_currency" });
  });

  it.each(["1e6", "5e6", "-5", "abc", "", " ", "1.", ".5", "1,000", "1.2.3", "Infinity", "NaN", "0x10", "+5"])(
    "refuses %j as not a decimal",
    (value) => {
      expect(decimalToMinor(value, "USD")).toEqual({ ok: false, error: "not_a_decimal" });
    },
  );

  it("refuses amounts that do not fit a signed 64-bit integer", () => {
    expect(decimalToMinor("92233720368547758.07", "USD")).toEqual({ ok: true, minor: MAX_MINOR });
    expect(decimalToMinor("92233720368547758.08", "USD")).toEqual({ ok: false, error: "too_large" });
    expect(decimalToMinor("9223372036854775808", "VND")).toEqual({ ok: false, error: "too_large" });
    expect(decimalToMinor("1".padEnd(40, "0"), "USD")).toEqual({ ok: false, error: "too_large" });
  });

  it("keeps every digit of a large amount (no float in between)", () => {
    expect(decimalToMinor("12345678901234567.89", "USD")).toEqual({ ok: true, minor: 1234567890123456789n });
  });
});

describe("minorToDecimal", () => {
  it("converts minor units back into a decimal string", () => {
    expect(minorToDecimal(500000000n, "USD")).toBe("5000000");
    expect(minorToDecimal(55000050n, "USD")).toBe("550000.50");
    expect(minorToDecimal(150n, "USD")).toBe("1.50");
  });

  it("pads small values with leading zeros", () => {
    expect(minorToDecimal(5n, "USD")).toBe("0.05");
    expect(minorToDecimal(50n, "USD")).toBe("0.50");
    expect(minorToDecimal(0n, "USD")).toBe("0");
  });

  it("handles currencies with exponent 0", () => {
    expect(minorToDecimal(5n, "VND")).toBe("5");
    expect(minorToDecimal(0n, "VND")).toBe("0");
    expect(minorToDecimal(1000000n, "JPY")).toBe("1000000");
  });

  it("keeps the sign of negative values", () => {
    expect(minorToDecimal(-5n, "USD")).toBe("-0.05");
    expect(minorToDecimal(-500n, "VND")).toBe("-500");
  });

  it("round-trips with decimalToMinor", () => {
    const cases: [bigint, string][] = [
      [0n, "USD"],
      [5n, "USD"],
      [99n, "USD"],
      [100n, "USD"],
      [55000050n, "USD"],
      [500000000n, "USD"],
      [1234567890123456789n, "EUR"],
      [MAX_MINOR, "USD"],
      [0n, "VND"],
      [7n, "VND"],
      [MAX_MINOR, "VND"],
    ];
    for (const [minor, currency] of cases) {
      expect(decimalToMinor(minorToDecimal(minor, currency), currency)).toEqual({ ok: true, minor });
    }
  });

  it("throws for an unknown currency", () => {
    expect(() => minorToDecimal(5n, "XYZ")).toThrow(/Unknown currency/);
  });
});

describe("formatMoney", () => {
  it("groups digits and prefixes the currency code", () => {
    expect(formatMoney("5000000", "USD")).toBe("USD 5,000,000");
    expect(formatMoney("0", "USD")).toBe("USD 0");
  });

  it("keeps decimals", () => {
    expect(formatMoney("550000.25", "USD")).toBe("USD 550,000.25");
  });

  it("keeps every digit of values beyond float precision", () => {
    // 12345678901234567.89 as a float would print as 12,345,678,901,234,568.
    expect(formatMoney("12345678901234567.89", "USD")).toBe("USD 12,345,678,901,234,567.89");
    expect(formatMoney("9223372036854775807", "VND")).toBe("VND 9,223,372,036,854,775,807");
  });

  it("formats what minorToDecimal gives for the largest storable amount", () => {
    expect(formatMoney(minorToDecimal(MAX_MINOR, "USD"), "USD")).toBe("USD 92,233,720,368,547,758.07");
  });
});

describe("moneySchema", () => {
  it("accepts grouped digits and a lower-case currency", () => {
    expect(moneySchema.parse({ value: "5,000,000", currency: "usd" })).toEqual({ minor: 500000000n, currency: "USD" });
  });

  it("accepts spaces and underscores as digit grouping and trims the currency", () => {
    expect(moneySchema.parse({ value: " 5 000 000 ", currency: " eur " })).toEqual({
      minor: 500000000n,
      currency: "EUR",
    });
    expect(moneySchema.parse({ value: "5_000_000.50", currency: "USD" })).toEqual({
      minor: 500000050n,
      currency: "USD",
    });
  });

  it("puts amount errors on the value path", () => {
    for (const value of ["5e6", "-5", "abc", ""]) {
      const result = moneySchema.safeParse({ value, currency: "USD" });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path)).toEqual([["value"]]);
      expect(result.error?.issues[0]?.message).toMatch(/digits/);
    }
  });

  it("puts a decimals error on the value path", () => {
    const result = moneySchema.safeParse({ value: "1.5", currency: "VND" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["value"]);
    expect(result.error?.issues[0]?.message).toMatch(/fewer decimal places/);
  });

  it("puts a too-large error on the value path", () => {
    const result = moneySchema.safeParse({ value: "99999999999999999999", currency: "USD" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["value"]);
    expect(result.error?.issues[0]?.message).toMatch(/too large/);

    const long = moneySchema.safeParse({ value: "1".repeat(41), currency: "USD" });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.path).toEqual(["value"]);
  });

  it("puts currency errors on the currency path", () => {
    const unknown = moneySchema.safeParse({ value: "100", currency: "XYZ" });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues.map((i) => i.path)).toEqual([["currency"]]);
    expect(unknown.error?.issues[0]?.message).toMatch(/ISO 4217/);

    const malformed = moneySchema.safeParse({ value: "100", currency: "US$" });
    expect(malformed.success).toBe(false);
    expect(malformed.error?.issues.map((i) => i.path)).toEqual([["currency"]]);
  });

  it("refuses a missing field", () => {
    const result = moneySchema.safeParse({ value: "100" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["currency"]);
  });
});

describe("decimal commas and trailing zeros", () => {
  it("refuses a French decimal comma instead of reading it as thousands", () => {
    const result = moneySchema.safeParse({ value: "1,5", currency: "EUR" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["value"]);
  });

  it("accepts thousands grouped with commas or (non-breaking) spaces", () => {
    for (const value of ["5,000,000", "5 000 000", "5\u00a0000\u00a0000", "5\u202f000\u202f000"]) {
      expect(moneySchema.parse({ value, currency: "USD" }).minor).toBe(500000000n);
    }
  });

  it("keeps the trailing zero of cents when formatting", () => {
    expect(formatMoney(minorToDecimal(55000050n, "USD"), "USD")).toBe("USD 550,000.50");
  });
});
