import { describe, expect, it } from "vitest";
import { digitsToDecimal, shiftDecimal, wordsToDecimal } from "../../lib/extract/numbers";

describe("numbers in words", () => {
  it("reads English and French from one to the hundreds of thousands", () => {
    expect(wordsToDecimal("six")).toBe("6");
    expect(wordsToDecimal("twenty-five")).toBe("25");
    expect(wordsToDecimal("two hundred and fifty")).toBe("250");
    expect(wordsToDecimal("three thousand")).toBe("3000");
    expect(wordsToDecimal("trois")).toBe("3");
    expect(wordsToDecimal("dix-sept")).toBe("17");
    expect(wordsToDecimal("vingt et un")).toBe("21");
    expect(wordsToDecimal("soixante-dix")).toBe("70");
    expect(wordsToDecimal("quatre-vingts")).toBe("80");
    expect(wordsToDecimal("quatre-vingt-dix-neuf")).toBe("99");
    expect(wordsToDecimal("deux cents")).toBe("200");
    expect(wordsToDecimal("mille deux cents")).toBe("1200");
  });

  it("counts dozens", () => {
    expect(wordsToDecimal("dozen")).toBe("12");
    expect(wordsToDecimal("two dozen")).toBe("24");
    expect(wordsToDecimal("une douzaine")).toBe("12");
  });

  it("refuses what is not a number", () => {
    expect(wordsToDecimal("several")).toBeNull();
  });
});

describe("numbers in digits", () => {
  it("reads thousands separators and decimal points by language", () => {
    expect(digitsToDecimal("5,000,000", "en")).toBe("5000000");
    expect(digitsToDecimal("1,500", "en")).toBe("1500");
    expect(digitsToDecimal("1,500", "fr")).toBe("1.5");
    expect(digitsToDecimal("1.200", "fr")).toBe("1200");
    expect(digitsToDecimal("1.2", "en")).toBe("1.2");
    expect(digitsToDecimal("1,5", "en")).toBe("1.5");
    expect(digitsToDecimal("1 200,50", "fr")).toBe("1200.5");
    expect(digitsToDecimal("1,200.50", "en")).toBe("1200.5");
  });

  it("accepts spaces, no-break and narrow no-break spaces between thousands", () => {
    expect(digitsToDecimal("550 000", "fr")).toBe("550000");
    expect(digitsToDecimal("550\u00a0000", "fr")).toBe("550000");
    expect(digitsToDecimal("1\u202f550\u202f000", "en")).toBe("1550000");
  });

  it("shifts by a power of ten without a float", () => {
    expect(shiftDecimal("1.5", 6)).toBe("1500000");
    expect(shiftDecimal("0.000001", 6)).toBe("1");
    expect(shiftDecimal("9007199254740993", 3)).toBe("9007199254740993000");
    expect(shiftDecimal("2", 12)).toBe("2000000000000");
  });
});
