import type { Span } from "./types";

// Words that end in a period without ending a sentence. Lowercased, without the period.
// "etc" is left out on purpose: it ends sentences more often than not.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof st mt no nos vs gen col capt lt sgt sen rep gov pres hon rev jr sr amb " +
    "jan feb mar apr jun jul aug sep sept oct nov dec janv févr fevr avr juil déc " +
    "fig approx dept est m mme mmes mm mlle pr art p pp vol ed eds av env cf"
  ).split(" "),
);

// After a dotted acronym ("U.S.", "p.m.") the next capital usually continues the sentence
// ("the U.S. Embassy"), unless it is one of these words that typically open one.
const STARTERS = new Set(
  "The This That These It He She They We In On At But However Meanwhile Le La Les Il Elle Ils Elles Ce Cette Un Une Mais Par Selon".split(
    " ",
  ),
);

// Vietnamese news sites leave "hinh anh 1" ("image 1") between a headline and its photo caption.
const CAPTION_MARKER = /(?<![\p{L}])(?:hình ảnh|hinh anh) \d+(?!\d)/giu;
// An agency signature glued to the last sentence: "…in Cambodia.-VNA", "…en 2019. -VNA".
// Searched in the last few characters only, so that runs of spaces cannot make it slow.
const AGENCY_TAIL =
  /(?<=[.!?…]["”’»)]*)[ \t\u00A0]{0,3}[-–—][ \t\u00A0]{0,3}[A-Z][A-Za-z]{1,12}(?:\/[A-Z][A-Za-z]{1,12})?\s*$/u;
const TAIL_WINDOW = 40;
// Starts only where a run of terminators starts: otherwise a run not followed by a space
// ("!!!!…x") is retried from each of its characters, quadratic in its length.
const TERMINATOR = /(?<![.!?…])[.!?…]+["”’»)\]]*(?=\s|$)/gu;

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

function isBoundary(text: string, dotEnd: number, blockEnd: number, matched: string): boolean {
  let next = dotEnd;
  while (next < blockEnd && /\s/u.test(text[next]!)) next++;
  if (next >= blockEnd) return true;
  const following = text[next]!;
  if (!/[\p{Lu}\d"“«'‘(\[]/u.test(following)) return false;
  if (!matched.startsWith(".") || matched.startsWith("..")) return true;
  const dot = dotEnd - matched.length;
  const before = /(?:^|[\s(“"'])([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot));
  const word = before?.[1] ?? "";
  if (word === "") return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // "U.S." or "p.m.": the last dot is this one.
    // A few letters are enough to recognise a starter; the rest of the text is not copied.
    const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 16))?.[0] ?? "";
    return STARTERS.has(nextWord);
  }
  // A single capital is an initial ("J. Smith"); a single lowercase letter too ("p. 5").
  if (/^\p{L}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** A global regex's matches over the whole text, handed out in order as the blocks ask for them. */
function cursor(text: string, re: RegExp) {
  const matches = text.matchAll(re);
  let next = matches.next();
  return (start: number, end: number): RegExpExecArray | undefined => {
    while (!next.done && next.value.index < start) next = matches.next();
    if (next.done || next.value.index >= end) return undefined;
    const found = next.value;
    next = matches.next();
    return found;
  };
}

type Cursor = ReturnType<typeof cursor>;

const DASHES = ["-", "–", "—"];

function splitBlock(text: string, start: number, end: number, terminators: Cursor, out: Span[]): void {
  const windowStart = Math.max(start, end - TAIL_WINDOW);
  const window = text.slice(windowStart, end);
  const tail = DASHES.some((d) => window.includes(d)) ? AGENCY_TAIL.exec(window.trimEnd()) : null;
  if (tail) end = windowStart + tail.index;
  let sentenceStart = start;
  for (let m = terminators(start, end); m; m = terminators(start, end)) {
    const dotEnd = m.index + m[0].length;
    if (dotEnd > end || !isBoundary(text, dotEnd, end, m[0])) continue;
    const span = trimmed(text, sentenceStart, dotEnd);
    if (span) out.push(span);
    sentenceStart = dotEnd;
  }
  const last = trimmed(text, sentenceStart, end);
  if (last) out.push(last);
}

/**
 * Sentences with exact offsets. Line breaks always end a sentence (headlines, captions and
 * paragraphs rarely end with a period in pasted text); within a line, a terminator ends one when a
 * capital, digit or opening quote follows and the word before it is not an abbreviation or initial.
 * Terminators and captions are each found in one pass over the whole text, shared by the lines:
 * a search per line would scan on past the line's end, quadratic in the number of lines.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const terminators = cursor(text, TERMINATOR);
  const captions = cursor(text, CAPTION_MARKER);
  let lineStart = 0;
  const block = (bStart: number, bEnd: number) => {
    let from = bStart;
    for (let m = captions(bStart, bEnd); m; m = captions(bStart, bEnd)) {
      splitBlock(text, from, m.index, terminators, out);
      from = m.index + m[0].length;
    }
    splitBlock(text, from, bEnd, terminators, out);
  };
  for (const m of text.matchAll(/\r\n|[\n\r\u2028\u2029]/gu)) {
    block(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  block(lineStart, text.length);
  return out;
}

/** Index of the sentence holding `offset`, by binary search; -1 when it falls between sentences. */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
