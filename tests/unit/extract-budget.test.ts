import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allSuggestions, extract, extractWithin, splitSentences, type GazetteerEntry } from "../../lib/extract";
import { chunkEnds } from "../../lib/extract/run";
import { MAX_QUOTE_LENGTH } from "../../lib/sources/quotes";
import { ordinaryArticle, spacedArticle } from "../helpers/adversarial";

const GAZETTEER: GazetteerEntry[] = [
  { type: "country", id: "VN", names: ["Vietnam"], country: "VN" },
  { type: "country", id: "KH", names: ["Cambodia", "Cambodge"], country: "KH" },
  { type: "country", id: "LA", names: ["Laos"], country: "LA" },
];
const options = { published: "2019-03", gazetteer: GAZETTEER };

describe("extraction in steps", () => {
  it("finds the same with a budget it does not reach as without one", async () => {
    const text = ordinaryArticle(60_000);
    const whole = extract(text, options);
    expect(whole.stoppedAt).toBeUndefined();
    expect(whole.commitments.length).toBeGreaterThan(50);
    expect(await extractWithin(text, options, { budgetMs: 600_000 })).toEqual(whole);
  });

  it("stops reading at the budget and says where, with everything before that point found", async () => {
    const text = ordinaryArticle(60_000);
    const partial = await extractWithin(text, options, { budgetMs: 0 });
    const at = partial.stoppedAt!;
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(text.length);
    for (const s of allSuggestions(partial)) expect(s.end).toBeLessThanOrEqual(at);
    // What was read is read in full: the same as the whole extraction, up to that point.
    const whole = extract(text, options);
    const before = <T extends { end: number }>(list: T[]) => list.filter((s) => s.end <= at);
    expect(partial.commitments.map((c) => c.start)).toEqual(before(whole.commitments).map((c) => c.start));
    expect(partial.dates).toEqual(before(whole.dates));
    expect(partial.entities).toEqual(before(whole.entities));
  });

  it("lets other work run while it reads a long text", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      await extractWithin(ordinaryArticle(300_000), options, { budgetMs: 600_000 });
    } finally {
      clearInterval(timer);
    }
    // Without a yield the interval could not fire until the reading was over.
    expect(ticks).toBeGreaterThan(0);
  });

  it("does not offer a sentence longer than a quote may be, and still reads the ones around it", () => {
    const text = spacedArticle(200_000);
    const result = extract(text, options);
    expect(result.sentences.some((s) => s.text.length > MAX_QUOTE_LENGTH)).toBe(true);
    expect(result.commitments.every((c) => c.text.length <= MAX_QUOTE_LENGTH)).toBe(true);
    expect(result.commitments.map((c) => c.commitmentKind)).toEqual(["request"]);
    expect(result.dates.map((d) => d.text)).toEqual(["March 14, 2019"]);
  });
});

describe("chunkEnds", () => {
  const piece = fc.constantFrom(
    "Vietnam pledged aid. ",
    "a",
    " ",
    "  ",
    "\n",
    "😀",
    ".",
    "x".repeat(900),
    " ".repeat(3_000),
    "😀".repeat(2_000),
  );

  it("tiles the text in chunks of at most 8,000 characters, at sentence starts when it can, never inside a surrogate pair", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join("");
        const sentences = splitSentences(text);
        const ends = chunkEnds(text, sentences);
        expect(ends.at(-1)).toBe(text.length);
        let from = 0;
        for (const end of ends) {
          if (text.length > 0) expect(end).toBeGreaterThan(from);
          expect(end - from).toBeLessThanOrEqual(8_000);
          const code = text.charCodeAt(end - 1);
          if (end < text.length) expect(code >= 0xd800 && code <= 0xdbff).toBe(false);
          // A chunk ends inside a sentence only when no sentence starts in it to end it at.
          if (end < text.length && !sentences.some((s) => s.start === end)) {
            expect(sentences.some((s) => s.start > from && s.start < end)).toBe(false);
          }
          from = end;
        }
      }),
      { numRuns: 200 },
    );
  });
});
