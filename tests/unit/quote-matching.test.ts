import { describe, expect, it } from "vitest";
import { findQuote, occurrenceAt, quoteAtSelection, quoteForm, quoteMismatch } from "../../lib/sources/quotes";

// Sentences written for these tests, in the typography news sites use.
const TEXT =
  "The minister said the centre’s first\nclasses will open in 2026.\u00a0“We are ready,” she added. The centre will be ready in 2027.";

describe("findQuote", () => {
  it("finds a quote word for word first", () => {
    const span = findQuote(TEXT, "“We are ready,”");
    expect(TEXT.slice(span!.start, span!.end)).toBe("“We are ready,”");
  });

  it("reads straight apostrophes and quotes as typographic ones, and the source's words are kept", () => {
    const span = findQuote(TEXT, "the centre's first");
    expect(TEXT.slice(span!.start, span!.end)).toBe("the centre’s first");
    const quoted = findQuote(TEXT, '"We are ready," she added.');
    expect(TEXT.slice(quoted!.start, quoted!.end)).toBe("“We are ready,” she added.");
  });

  it("reads any run of white space as one space, line breaks and non-breaking spaces included", () => {
    const span = findQuote(TEXT, '  first classes   will open in 2026. "We ');
    expect(TEXT.slice(span!.start, span!.end)).toBe("first\nclasses will open in 2026.\u00a0“We");
  });

  it("counts occurrences in the compared form", () => {
    const first = findQuote(TEXT, "The  centre", 1);
    expect(TEXT.slice(first!.start, first!.end)).toBe("The centre");
    expect(first!.start).toBe(TEXT.indexOf("The centre will"));
    expect(findQuote(TEXT, "The  centre", 2)).toBeNull();
    expect(findQuote(TEXT, "the centre", 1)).toEqual({ start: 18, end: 28 });
  });

  it("still refuses other words", () => {
    expect(findQuote(TEXT, "The centre will open in 2027.")).toBeNull();
    expect(findQuote(TEXT, "   ")).toBeNull();
  });
});

describe("quoteMismatch", () => {
  it("says where a quote stops matching and what the source reads from there", () => {
    expect(quoteMismatch(TEXT, "She said: The centre will open in 2027.")).toContain("Not even its first words");
    const message = quoteMismatch(TEXT, "The centre will open in 2027.");
    expect(message).toMatch(/^This quote is not in the source's text, word for word\./);
    expect(message).toContain("It matches up to “The centre will ”");
    expect(message).toContain("then the source reads “be ready in 2027.” where the quote has “open in 2027.”");
  });

  it("shortens long stretches to their last and first words", () => {
    const message = quoteMismatch(TEXT, "The minister said the centre's first classes will open in 2030.");
    expect(message).toContain("It matches up to “…first classes will open in 20”");
    expect(message).toContain('the source reads “26. "We are ready," she added.…”');
  });

  it("says when the source ends before the quote does", () => {
    expect(quoteMismatch(TEXT, "ready in 2027. Then")).toContain("then the source ends.");
  });
});

describe("quoteForm and occurrenceAt", () => {
  it("maps each compared character back to the original text", () => {
    const form = quoteForm("a \n b’c");
    expect(form.text).toBe("a b'c");
    expect(form.at).toEqual([0, 1, 4, 5, 6]);
  });

  it("names the occurrence that starts at an offset", () => {
    expect(occurrenceAt("ab ab ab", "ab", 3)).toBe(2);
    expect(occurrenceAt("ab ab ab", "ab", 0)).toBe(1);
  });
});

describe("quoteAtSelection", () => {
  const text = "The fund opens. Later, the fund’s board met. The fund opens again.";

  it("takes the occurrence nearest the selection, in the source's words", () => {
    expect(quoteAtSelection(text, "The fund opens", 0)).toEqual({ quote: "The fund opens", occurrence: 1, start: 0 });
    expect(quoteAtSelection(text, "The fund opens", 50)).toMatchObject({ occurrence: 2, start: 45 });
    expect(quoteAtSelection(text, "the fund's\nboard", 20)).toEqual({
      quote: "the fund’s board",
      occurrence: 1,
      start: 23,
    });
  });

  it("refuses a selection that is not the source's words", () => {
    expect(quoteAtSelection(text, "opens. [1] Later", 5)).toBeNull();
  });
});
