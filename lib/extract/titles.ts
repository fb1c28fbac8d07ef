/**
 * Record titles cut from a commitment sentence: the object of the verb, trimmed of clause tails and
 * function words, at most MAX_TITLE_WORDS words.
 */
import type { TriggerMatch } from "./triggers";
import type { EntitySuggestion, Language, Span } from "./types";

// Where the object of the verb ends: a clause boundary, a purpose clause or a participle.
const TITLE_STOP =
  /[,;:()]|\s(?:as it|as they|which|who|in order to|so that|so as to|saying|while|because|afin de|afin que|pour que|affirmant|soulignant|qui|car|parce que)\s/u;
// Function words that a cut excerpt should not start or end with. The end is trimmed by a loop
// (trimEnd below), not by an end-anchored regex: /\s+word$/ retries from every space of a long
// run of spaces, which made one sentence with 120,000 spaces take 12 s.
const LEADING = /^(?:(?:to|that|on|for|a|an|the|que|de|à|au|aux|un|une|le|la|les)\s+|(?:qu|d|l)['’]\s*)+/iu;
const TRAILING_WORDS = new Set(
  "the a an of in and to for on with at by from as de du des la le les et à au aux en un une d' l'".split(" "),
);
const TRAILING_PUNCTUATION = new Set([...'.!?…"”»']);
const MAX_TITLE_WORDS = 14;

const isSpace = (ch: string) => /\s/u.test(ch);

/** Length of `text` once trailing spaces and closing punctuation are cut. */
function withoutClosing(text: string): number {
  let end = text.length;
  while (end > 0 && (isSpace(text[end - 1]!) || TRAILING_PUNCTUATION.has(text[end - 1]!))) end--;
  return end;
}

/** Length of `text` once trailing function words ("of the", "et de") are cut, with the spaces before them. */
function withoutTrailingWords(text: string, end: number): number {
  for (;;) {
    let wordStart = end;
    while (wordStart > 0 && !isSpace(text[wordStart - 1]!)) wordStart--;
    if (wordStart === 0 || !TRAILING_WORDS.has(text.slice(wordStart, end).toLowerCase().replace("’", "'"))) return end;
    end = wordStart;
    while (end > 0 && isSpace(text[end - 1]!)) end--;
  }
}

/** Where the `max`-th whitespace-separated word of `text` ends; the whole length when it has fewer. */
function endOfWords(text: string, max: number): number {
  let words = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text[i]!) || (i + 1 < text.length && !isSpace(text[i + 1]!))) continue;
    if (++words === max) return i + 1;
  }
  return text.length;
}

const NEXT_TO_VERB = /^\s*(?:(?:the|le|la|les|au|aux|à)\s+)?$/iu;

export function titleSpan(
  text: string,
  from: number,
  limit: number,
  addressee: EntitySuggestion | undefined | null,
  language: Language,
): Span | undefined {
  let start = from;
  let rest = text.slice(start, limit);
  if (addressee !== null) {
    // "called on Vietnam to help…", "a proposé au Cambodge de favoriser…", "suggested Cambodia
    // increase…": the title starts after the one addressed.
    const upTo = (
      language === "fr" ? /^\s+(?:[\p{L}’'-]+\s+){0,5}?(?:à|de|d['’])\s*/u : /^\s+(?:[\p{L}’'-]+\s+){0,5}?to\s+/u
    ).exec(rest);
    const skip = upTo
      ? upTo[0].length
      : addressee && NEXT_TO_VERB.test(text.slice(from, addressee.start))
        ? addressee.end - from
        : 0;
    start += skip;
    rest = rest.slice(skip);
  }
  const stop = TITLE_STOP.exec(rest);
  let excerpt = stop ? rest.slice(0, stop.index) : rest;
  excerpt = excerpt.slice(0, endOfWords(excerpt, MAX_TITLE_WORDS));
  const lead = /^\s*/u.exec(excerpt)![0].length;
  const leading = LEADING.exec(excerpt.slice(lead))?.[0].length ?? 0;
  const trimmed = excerpt.slice(lead + leading);
  const body = trimmed.slice(0, withoutTrailingWords(trimmed, withoutClosing(trimmed)));
  if (body.length < 3) return undefined;
  const s = start + lead + leading;
  return { start: s, end: s + body.length, text: body };
}

// For a gift, the thing given is named before the verb: "Hung said the 5 million USD centre is a gift…".
export function giftTitle(text: string, sentence: Span, match: TriggerMatch): Span | undefined {
  const head = text.slice(sentence.start, match.start);
  const said = [
    ...head.matchAll(
      /(?<![\p{L}])(?:said|says|stated|announced|noted|that|a déclaré|a affirmé|a indiqué|que|qu['’])\s*/gu,
    ),
  ].pop();
  const from = said ? sentence.start + said.index + said[0].length : sentence.start;
  const phrase = text.slice(from, match.start).trimEnd();
  return phrase.length >= 3 ? { start: from, end: from + phrase.length, text: phrase } : undefined;
}
