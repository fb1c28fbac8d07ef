import { performance } from "node:perf_hooks";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract, type GazetteerEntry } from "../../lib/extract";
import { segmentSpans, toParagraphs, type CitedSpan } from "../../lib/sources/highlight";
import { ordinaryArticle, repeated } from "../helpers/adversarial";

// No clock constant: each time is compared with a baseline measured in the same run (the same
// work on an ordinary article of the same length), or with itself on half the input. A loaded
// machine slows both sides alike; a quadratic pass falls further behind at every size.

// Extraction of adversarial text may cost this many times that of an ordinary article of its
// length (read in both languages, the dearest ordinary path); after the fix the worst shapes
// measured stay near 2. Highlighting may cost this many times a plain loop that reads every
// character and makes one record per line and per cited span; the worst shape measured (a
// paragraph every three characters) stays under 50. A quadratic pass passes both by 64,000
// characters and falls further behind at every size.
const MAX_EXTRACT_RATIO = 12;
const MAX_HIGHLIGHT_RATIO = 150;
// Doubling the input may multiply the time by this much: 2 when linear, 4 when quadratic.
const MAX_GROWTH = 3;

const GAZETTEER: GazetteerEntry[] = [
  { type: "country", id: "VN", names: ["Vietnam", "Viêt Nam"], country: "VN" },
  { type: "country", id: "KH", names: ["Cambodia", "Cambodge"], country: "KH" },
  { type: "country", id: "LA", names: ["Laos"], country: "LA" },
  { type: "person", id: "minister", names: ["Hun Sen"], country: "KH" },
];

// What an editor might paste to slow the patterns down: runs of spaces, digits, punctuation,
// number words and scale words, each alone or mixed; heads and tails that start the matches.
const UNITS = [
  " ",
  "\t ",
  "  \n",
  "\u00a0",
  "1",
  "1 ",
  "0",
  "12 345 ",
  "5.",
  ".",
  "…",
  "!?",
  "“(",
  "-",
  "one two three ",
  "million ",
  "one million ",
  "five hundred and ",
  "vingt et un ",
  "a\n\n",
  " \n \n",
  "de ",
  "the ",
  "of the ",
  "U.S. ",
  "hinh anh 1 ",
  "Vietnam pledged ",
  "at least ",
  "March ",
  "from 5 ",
  // Events and documents: triggers, enumerations and signatories.
  "a visit ",
  "the 4th Joint ",
  ", l'accord sur ",
  "signed by Mr. A B, ",
];
const PIECES = [
  " ",
  "  ",
  "1",
  "0",
  ".",
  ",",
  "-",
  "\n",
  "one ",
  "million ",
  "USD ",
  "March ",
  "a ",
  "é",
  "’",
  "$",
  "%",
  "Vietnam ",
];
const HEADS = [
  "",
  "Vietnam pledged to help Cambodia build",
  "Le ministre a proposé au Laos de",
  "He gave 5.",
  "From 15",
  "On March 13",
  "Officials said the",
];
const TAILS = ["", "three new schools.", " USD in aid.", " minutes a day.", "\n"];

const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...UNITS) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((p) => p.join("")) },
);
const shape = fc.record({ head: fc.constantFrom(...HEADS), unit, tail: fc.constantFrom(...TAILS) });
type Shape = { head: string; unit: string; tail: string };

const SIZES = [16_000, 64_000, 256_000];
const MEGABYTE = 1_000_000;

function timed(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

function middle(values: number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1]!;
}

const median = (runs: number, work: () => void) => middle(Array.from({ length: runs }, () => timed(work)));

/** The lowest of up to `tries` readings, taken only while above `limit`: load can slow one, never a quadratic pass. */
function settled(limit: number, reading: () => number, tries = 3): number {
  let best = Infinity;
  for (let i = 0; i < tries && best >= limit; i++) best = Math.min(best, reading());
  return best;
}

const extractOrdinary = (text: string) => () =>
  void extract(text, { published: "2019-03", gazetteer: GAZETTEER, language: "und" });
const extractText = (text: string) => () => void extract(text, { published: "2019-03", gazetteer: GAZETTEER });

// One cited span every 400 characters, some overlapping, as a heavily cited source has.
function citations(length: number): CitedSpan<{ key: string }>[] {
  return Array.from({ length: Math.floor(length / 400) }, (_, i) => ({
    start: i * 400,
    end: i * 400 + 50 + (i % 7) * 100,
    ref: { key: `r${i % 50}` },
  }));
}
const highlight = (text: string) => () => void toParagraphs(text, segmentSpans(text.length, citations(text.length)));
// The least that highlighting has to do, done by a plain loop: the linear baseline it is held to.
const plainPass = (text: string) => () => {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    lines.push({ start, end: i });
    start = i + 1;
  }
  lines.push({ start, end: text.length });
  void citations(text.length).map((c) => ({ start: c.start, end: c.end, covering: [c.ref], ending: [c.ref] }));
};

const runs = (length: number) => (length > 300_000 ? 1 : 3);
const describeShape = (s: Shape, length: number) => `${JSON.stringify(s)} at ${length} characters`;

describe("extraction and highlighting in linear time", () => {
  it("costs at most a fixed multiple of a linear baseline of the same length, up to 1 MB", () => {
    const ordinary = new Map<number, string>();
    const article = (length: number) =>
      ordinary.get(length) ?? ordinary.set(length, ordinaryArticle(length)).get(length)!;
    fc.assert(
      fc.property(shape, fc.constantFrom(256_000, 256_000, MEGABYTE), (s, largest) => {
        for (const length of [...SIZES.filter((n) => n < largest), largest]) {
          const text = repeated(s.head, s.unit, s.tail, length);
          const n = runs(length);
          const extractRatio = settled(
            MAX_EXTRACT_RATIO,
            () => median(n, extractText(text)) / median(n, extractOrdinary(article(text.length))),
          );
          expect(extractRatio, `extract: ${describeShape(s, text.length)}`).toBeLessThan(MAX_EXTRACT_RATIO);
          const highlightRatio = settled(
            MAX_HIGHLIGHT_RATIO,
            () => median(n, highlight(text)) / median(n, plainPass(text)),
          );
          expect(highlightRatio, `highlight: ${describeShape(s, text.length)}`).toBeLessThan(MAX_HIGHLIGHT_RATIO);
        }
      }),
      {
        numRuns: 8,
        // A quadratic case takes minutes at the largest sizes: the first failure is reported as it is.
        endOnFailure: true,
        // The review's report and the classic shapes, whatever the seed draws.
        examples: [
          [{ head: "Vietnam pledged to help Cambodia build", unit: " ", tail: "three new schools." }, MEGABYTE],
          [{ head: "He gave 5.", unit: "0", tail: "1 USD in aid." }, 256_000],
          [{ head: "", unit: "!?", tail: "x" }, 256_000],
          [{ head: "", unit: "one two three ", tail: "" }, 256_000],
          [{ head: "", unit: "a\n\n", tail: "." }, 256_000],
        ],
      },
    );
  }, 600_000);

  it("takes about twice as long, not four times, on twice the text", () => {
    fc.assert(
      fc.property(shape, (s) => {
        for (const [name, work] of [
          ["extract", extractText],
          ["highlight", highlight],
        ] as const) {
          // Doubling from 16,000 characters: a quadratic pass shows by the first step, before it gets
          // slow. A short text is read several times, so that each run covers 64,000 characters and
          // a small one is not lost in the timer's noise; runs on both lengths alternate, so that a
          // change of load falls on both.
          const run = (length: number) => {
            const text = repeated(s.head, s.unit, s.tail, length);
            const times = Math.max(1, Math.round(64_000 / length));
            return () =>
              timed(() => {
                for (let i = 0; i < times; i++) work(text)();
              }) / times;
          };
          for (let length = 16_000; length < 128_000; length *= 2) {
            const [half, whole] = [run(length), run(2 * length)];
            const reading = () => {
              const halves: number[] = [];
              const wholes: number[] = [];
              for (let i = 0; i < 5; i++) {
                halves.push(half());
                wholes.push(whole());
              }
              return middle(wholes) / middle(halves);
            };
            const growth = settled(MAX_GROWTH, reading, 5);
            expect(growth, `${name}: ${describeShape(s, 2 * length)} against half`).toBeLessThan(MAX_GROWTH);
          }
        }
      }),
      {
        numRuns: 4,
        endOnFailure: true,
        examples: [
          [{ head: "Vietnam pledged to help Cambodia build", unit: " ", tail: "three new schools." }],
          [{ head: "", unit: "a\n\n", tail: "." }],
        ],
      },
    );
  }, 600_000);
});
