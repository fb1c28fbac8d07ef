import { describe, expect, it } from "vitest";
import { contentHash, normalizeSourceText } from "../../lib/sources/hash";
import { locateQuote } from "../../lib/sources/quotes";

describe("locateQuote", () => {
  const text = "Hung said the 5 million USD centre is a gift. The centre is essential. The centre opens in 2019.";

  it("finds offsets such that slicing the text gives the quote back", () => {
    const quote = "the 5 million USD centre is a gift";
    const span = locateQuote(text, quote);
    expect(span).toEqual({ start: 10, end: 10 + quote.length });
    expect(text.slice(span!.start, span!.end)).toBe(quote);
  });

  it("finds a quote at the very start and at the very end", () => {
    expect(locateQuote(text, "Hung said")).toEqual({ start: 0, end: 9 });
    const span = locateQuote(text, "in 2019.");
    expect(span?.end).toBe(text.length);
  });

  it("finds the first occurrence by default", () => {
    const span = locateQuote(text, "The centre");
    expect(span?.start).toBe(text.indexOf("The centre"));
  });

  it("finds a later occurrence when asked", () => {
    const first = locateQuote(text, "The centre", 1);
    const second = locateQuote(text, "The centre", 2);
    expect(second).not.toBeNull();
    expect(second!.start).toBe(text.lastIndexOf("The centre"));
    expect(second!.start).toBeGreaterThan(first!.start);
    expect(text.slice(second!.start, second!.end)).toBe("The centre");
  });

  it("counts overlapping occurrences", () => {
    expect(locateQuote("aaaa", "aa", 2)).toEqual({ start: 1, end: 3 });
    expect(locateQuote("aaaa", "aa", 3)).toEqual({ start: 2, end: 4 });
    expect(locateQuote("aaaa", "aa", 4)).toBeNull();
  });

  it("returns null when the quote is absent", () => {
    expect(locateQuote(text, "10 million USD")).toBeNull();
  });

  it("is case- and whitespace-sensitive (verbatim)", () => {
    expect(locateQuote(text, "the centre is essential")).toBeNull();
    expect(locateQuote(text, "The  centre")).toBeNull();
  });

  it("returns null when the requested occurrence does not exist", () => {
    expect(locateQuote(text, "The centre", 3)).toBeNull();
    expect(locateQuote(text, "gift", 2)).toBeNull();
  });

  it("returns null for an empty quote", () => {
    expect(locateQuote(text, "")).toBeNull();
  });

  it("works with accents and curly apostrophes, in UTF-16 offsets", () => {
    const fr =
      "Le Cambodge veut recevoir l’aide du Vietnam pour construire un centre de la cybersécurité, affirmant qu’il est essentiel.";
    const quote = "l’aide du Vietnam";
    const span = locateQuote(fr, quote);
    expect(span).toEqual({ start: fr.indexOf("l’aide"), end: fr.indexOf("l’aide") + quote.length });
    expect(fr.slice(span!.start, span!.end)).toBe(quote);

    const later = locateQuote(fr, "cybersécurité, affirmant qu’il");
    expect(later).not.toBeNull();
    expect(fr.slice(later!.start, later!.end)).toBe("cybersécurité, affirmant qu’il");
  });

  it("does not match a straight apostrophe against a curly one", () => {
    expect(locateQuote("l’aide du Vietnam", "l'aide du Vietnam")).toBeNull();
  });

  it("counts characters outside the Basic Multilingual Plane as two UTF-16 units", () => {
    const withEmoji = "🇻🇳 Vietnam and 🇰🇭 Cambodia";
    const span = locateQuote(withEmoji, "Cambodia");
    expect(span).toEqual({ start: withEmoji.length - "Cambodia".length, end: withEmoji.length });
    expect(withEmoji.slice(span!.start, span!.end)).toBe("Cambodia");
  });

  it("matches composed accents only after normalization of a decomposed text", () => {
    const decomposed = "la cybersécurité".normalize("NFD");
    const quote = "cybersécurité".normalize("NFC");
    expect(locateQuote(decomposed, quote)).toBeNull();
    const normalized = normalizeSourceText(decomposed);
    const span = locateQuote(normalized, quote);
    expect(span).not.toBeNull();
    expect(normalized.slice(span!.start, span!.end)).toBe(quote);
  });
});

describe("normalizeSourceText", () => {
  it("turns CRLF and lone CR into LF, composes Unicode and trims", () => {
    expect(normalizeSourceText("  a\r\nb\rc\n ")).toBe("a\nb\nc");
    expect(normalizeSourceText("cybersécurité".normalize("NFD"))).toBe("cybersécurité".normalize("NFC"));
  });
});

describe("contentHash", () => {
  const text =
    "Phnom Penh (VNA) - Le Premier ministre cambodgien Hun Sen a appelé le Vietnam.\nIl a fait cette proposition.";

  it("is a SHA-256 hex digest", () => {
    expect(contentHash(text)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is the same for CRLF and LF line endings", () => {
    expect(contentHash(text.replace(/\n/g, "\r\n"))).toBe(contentHash(text));
  });

  it("is the same for NFD and NFC forms", () => {
    const nfd = text.normalize("NFD");
    expect(nfd).not.toBe(text.normalize("NFC"));
    expect(contentHash(nfd)).toBe(contentHash(text.normalize("NFC")));
  });

  it("is the same with surrounding whitespace", () => {
    expect(contentHash(`\n\n${text}  \n`)).toBe(contentHash(text));
  });

  it("differs for different text", () => {
    expect(contentHash(`${text}!`)).not.toBe(contentHash(text));
    expect(contentHash("5 million USD")).not.toBe(contentHash("6 million USD"));
    expect(contentHash("a\nb")).not.toBe(contentHash("a\n\nb"));
  });
});
