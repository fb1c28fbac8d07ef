import { describe, expect, it } from "vitest";
import { allSuggestions, extract } from "../../lib/extract";

// Random mixtures of the pieces the extractors react to (separators, accents, combining marks,
// astral characters, quotes, line breaks): every span must still slice out its own text.
const PIECES = [
  "March",
  " ",
  "13",
  "-",
  "16",
  ".",
  ",",
  "du",
  "au",
  "mars",
  "USD",
  "$",
  "5",
  "million",
  "1,5",
  "\u00a0",
  "\u202f",
  "000",
  "from",
  "to",
  "minutes",
  "a day",
  "at least",
  "three",
  "six",
  "provinces",
  "Hun Sen",
  "Vietnam",
  "called on",
  "a appelé",
  "signed",
  "\n",
  "U.S.",
  "Dr.",
  "“",
  "”",
  "’",
  "é",
  "e\u0301",
  "😀",
  "-VNA",
  "de",
  "à",
  "2019",
  "(",
  ")",
  "hinh anh 1",
  "vingt",
  "et",
];

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

describe("offsets under random input", () => {
  it("keeps text.slice(start, end) === text for every span", () => {
    const next = random(7);
    const gazetteer = [
      { type: "country" as const, id: "VN", names: ["Vietnam"] },
      { type: "person" as const, id: "hun-sen", names: ["Hun Sen"], country: "KH" },
    ];
    for (let i = 0; i < 300; i++) {
      let text = "";
      for (let k = Math.floor(next() * 120); k > 0; k--) text += PIECES[Math.floor(next() * PIECES.length)];
      const result = extract(text, { published: "2019-03", gazetteer });
      for (const s of [...allSuggestions(result), ...result.sentences]) expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const c of result.commitments) {
        expect(text.slice(c.trigger.start, c.trigger.end)).toBe(c.trigger.text);
        if (c.title) expect(text.slice(c.title.start, c.title.end)).toBe(c.title.text);
      }
    }
  });

  // No clock: the test timeout is what catches a pattern that backtracks quadratically or worse.
  it("stays fast on long runs of spaces, digits and number words", () => {
    for (const text of [
      " ".repeat(50_000),
      "1 000 ".repeat(5_000),
      "one two three ".repeat(3_000),
      "a. ".repeat(10_000),
    ]) {
      const result = extract(text, { published: "2019" });
      expect(result.sentences.length).toBeGreaterThanOrEqual(0);
    }
  });
});
