import { describe, expect, it } from "vitest";
import { paragraphRanges, segmentSpans, toParagraphs, type CitedSpan, type Piece } from "../../lib/sources/highlight";

type Ref = { key: string };
const ref = (key: string): Ref => ({ key });
const span = (start: number, end: number, key: string): CitedSpan<Ref> => ({ start, end, ref: ref(key) });

/** A readable view of pieces: [text, covering keys, ending keys]. */
function view(text: string, pieces: Piece<Ref>[]) {
  return pieces.map((p) => [
    text.slice(p.start, p.end),
    p.covering.map((r) => r.key).join("+"),
    p.ending.map((r) => r.key).join("+"),
  ]);
}

function expectTiling(length: number, pieces: Piece<Ref>[]) {
  expect(pieces[0]?.start ?? 0).toBe(0);
  expect(pieces.at(-1)?.end ?? 0).toBe(length);
  for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.start).toBe(pieces[i - 1]!.end);
  for (const p of pieces) expect(p.end).toBeGreaterThan(p.start);
}

describe("segmentSpans", () => {
  const text = "Hung said the 5 million USD centre is a gift presented by Phuc. Other news.";

  it("returns the whole text as one plain piece when nothing is cited", () => {
    expect(view(text, segmentSpans(text.length, []))).toEqual([[text, "", ""]]);
  });

  it("returns nothing for an empty text", () => {
    expect(segmentSpans(0, [span(0, 3, "a")])).toEqual([]);
  });

  it("cuts a nested span out of the span that contains it, each piece knowing both", () => {
    const outer = span(0, text.indexOf(" Other"), "commitment");
    const innerStart = text.indexOf("the 5");
    const inner = span(innerStart, text.indexOf(" presented"), "flag");
    const pieces = segmentSpans(text.length, [inner, outer]);
    expectTiling(text.length, pieces);
    expect(view(text, pieces)).toEqual([
      ["Hung said ", "commitment", ""],
      ["the 5 million USD centre is a gift", "commitment+flag", "flag"],
      [" presented by Phuc.", "commitment", "commitment"],
      [" Other news.", "", ""],
    ]);
  });

  it("makes identical spans one piece listing both records", () => {
    const pieces = segmentSpans(text.length, [span(0, 9, "plan"), span(0, 9, "programme")]);
    expect(view(text, pieces)[0]).toEqual(["Hung said", "plan+programme", "plan+programme"]);
    expect(pieces).toHaveLength(2);
  });

  it("splits partly overlapping spans into three highlighted pieces", () => {
    const pieces = segmentSpans(10, [span(0, 6, "a"), span(4, 10, "b")]);
    expect(
      pieces.map((p) => [p.start, p.end, p.covering.map((r) => r.key).join("+"), p.ending.map((r) => r.key).join("+")]),
    ).toEqual([
      [0, 4, "a", ""],
      [4, 6, "a+b", "a"],
      [6, 10, "b", "b"],
    ]);
  });

  it("keeps adjacent spans apart and leaves the gap between spans plain", () => {
    const pieces = segmentSpans(12, [span(0, 3, "a"), span(3, 5, "b"), span(8, 12, "c")]);
    expect(pieces.map((p) => [p.start, p.end, p.covering.map((r) => r.key).join("")])).toEqual([
      [0, 3, "a"],
      [3, 5, "b"],
      [5, 8, ""],
      [8, 12, "c"],
    ]);
  });

  it("lists a record once when two of its citations cover the same piece", () => {
    const pieces = segmentSpans(10, [span(0, 10, "a"), span(2, 5, "a")]);
    expect(pieces.map((p) => p.covering.length)).toEqual([1, 1, 1]);
    expect(pieces[1]!.ending.map((r) => r.key)).toEqual(["a"]);
  });

  it("lists covering records in reading order of their citations, not input order", () => {
    const pieces = segmentSpans(10, [span(3, 8, "late"), span(0, 10, "early")]);
    expect(pieces[1]!.covering.map((r) => r.key)).toEqual(["early", "late"]);
  });

  it("clamps spans to the text and ignores empty or inverted ones", () => {
    const pieces = segmentSpans(10, [span(-5, 3, "a"), span(8, 50, "b"), span(5, 5, "empty"), span(7, 6, "inverted")]);
    expectTiling(10, pieces);
    expect(pieces.map((p) => [p.start, p.end, p.covering.map((r) => r.key).join("")])).toEqual([
      [0, 3, "a"],
      [3, 8, ""],
      [8, 10, "b"],
    ]);
  });

  it("tiles the text for many random overlapping spans, each piece covered by exactly the spans around it", () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const spans = Array.from({ length: 60 }, (_, i) => {
      const start = random(200);
      return span(start, start + 1 + random(40), `r${i % 25}`);
    });
    const pieces = segmentSpans(220, spans);
    expectTiling(220, pieces);
    for (const p of pieces) {
      const expected = [
        ...new Set(spans.filter((s) => s.start <= p.start && s.end >= p.end).map((s) => s.ref.key)),
      ].sort();
      expect(p.covering.map((r) => r.key).sort()).toEqual(expected);
    }
  });
});

describe("paragraphs", () => {
  const text = "First para line one.\nLine two.\n\n  \nSecond para.\n\nThird.";

  it("finds paragraphs separated by blank lines, keeping single line breaks inside", () => {
    expect(paragraphRanges(text).map((r) => text.slice(r.start, r.end))).toEqual([
      "First para line one.\nLine two.",
      "Second para.",
      "Third.",
    ]);
  });

  it("skips blank paragraphs at the edges", () => {
    expect(paragraphRanges("\n\nOnly.\n\n").map((r) => [r.start, r.end])).toEqual([[2, 7]]);
    expect(paragraphRanges("")).toEqual([]);
  });

  it("cuts a highlight that crosses a paragraph break and keeps its links on the last fragment", () => {
    const start = text.indexOf("Line two");
    const end = text.indexOf("Second para.") + "Second".length;
    const paragraphs = toParagraphs(text, segmentSpans(text.length, [span(start, end, "a")]));
    expect(paragraphs.map((p) => view(text, p.pieces))).toEqual([
      [
        ["First para line one.\n", "", ""],
        ["Line two.", "a", ""],
      ],
      [
        ["Second", "a", "a"],
        [" para.", "", ""],
      ],
      [["Third.", "", ""]],
    ]);
  });

  it("moves the links of a span that ends inside a blank line back onto its last visible fragment", () => {
    const start = text.indexOf("Line two");
    const paragraphs = toParagraphs(text, segmentSpans(text.length, [span(start, text.indexOf("Second") - 1, "a")]));
    expect(view(text, paragraphs[0]!.pieces).at(-1)).toEqual(["Line two.", "a", "a"]);
    expect(paragraphs[1]!.pieces.every((p) => p.covering.length === 0)).toBe(true);
  });

  it("loses no text but the blank lines", () => {
    const paragraphs = toParagraphs(text, segmentSpans(text.length, [span(3, 40, "a"), span(10, 12, "b")]));
    const rebuilt = paragraphs.map((p) => p.pieces.map((x) => text.slice(x.start, x.end)).join(""));
    expect(rebuilt).toEqual(paragraphRanges(text).map((r) => text.slice(r.start, r.end)));
  });
});
