/**
 * Sentences that state a pledge, request, proposal, agreement or signing, with a guess at who
 * commits to whom and the dates, amounts and quantities they contain.
 */
import { MAX_QUOTE_LENGTH } from "../sources/quotes";
import { within } from "./spans";
import { firstTrigger, type TriggerMatch } from "./triggers";
import type {
  CommitmentSuggestion,
  DateSuggestion,
  EntitySuggestion,
  Language,
  MoneySuggestion,
  QuantitySuggestion,
  Side,
  Span,
} from "./types";

export interface CommitmentInput {
  text: string;
  language: Language;
  /** All in text order. */
  entities: readonly EntitySuggestion[];
  dates: readonly DateSuggestion[];
  money: readonly MoneySuggestion[];
  quantities: readonly QuantitySuggestion[];
  /** Country code by "type:id". */
  countries: ReadonlyMap<string, string>;
}

type CountryOf = (e: EntitySuggestion) => string | undefined;

function sideOf(entity: EntitySuggestion, countryOf: CountryOf): Side {
  const country = countryOf(entity);
  return { ...(country ? { country } : {}), entityType: entity.type, entityId: entity.id };
}

// The most specific mention names a side best: a person, then an organization, then the country
// by name, then by adjective.
function rank(e: EntitySuggestion): number {
  if (e.demonym) return 3;
  return e.type === "person" ? 0 : e.type === "organization" ? 1 : 2;
}

function different(a: Side | undefined, e: EntitySuggestion, countryOf: CountryOf): boolean {
  if (!a) return true;
  const country = countryOf(e);
  if (a.country && country) return a.country !== country;
  return a.entityId !== e.id;
}

interface Sides {
  from?: Side;
  to?: Side;
}

function counterpart(from: Side | undefined, ranked: readonly string[]): Side | undefined {
  const country = ranked.find((c) => c !== from?.country);
  return country ? { country } : undefined;
}

function subjectSides(inSentence: EntitySuggestion[], match: TriggerMatch, topic: Side | undefined, ctx: Ctx): Sides {
  const before = inSentence.filter((e) => e.end <= match.start);
  const after = inSentence.filter((e) => e.start >= match.end);
  const subject = before[before.length - 1];
  // No named subject before the verb ("He also pledged", "Le ministre a proposé"): the sentence
  // continues about whoever the text was last about.
  const from = subject ? sideOf(subject, ctx.countryOf) : topic;
  const addressee = after.find((e) => different(from, e, ctx.countryOf));
  const to = addressee ? sideOf(addressee, ctx.countryOf) : counterpart(from, ctx.rankedCountries);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

function giftSides(text: string, inSentence: EntitySuggestion[], match: TriggerMatch, sentence: Span, ctx: Ctx): Sides {
  const rest = text.slice(match.end, sentence.end);
  const by = /(?<![\p{L}])(?:by|par)\s/u.exec(rest);
  const byAt = by ? match.end + by.index : sentence.end;
  const giver = inSentence.filter((e) => e.start >= byAt).sort((a, b) => rank(a) - rank(b) || a.start - b.start)[0];
  const receiver = inSentence.find((e) => e.start >= match.end && e.end <= byAt);
  const from = giver ? sideOf(giver, ctx.countryOf) : undefined;
  const to = receiver ? sideOf(receiver, ctx.countryOf) : counterpart(from, ctx.rankedCountries);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

function partySides(inSentence: EntitySuggestion[], ctx: Ctx): Sides {
  const byCountry = new Map<string, EntitySuggestion>();
  for (const e of inSentence) {
    const key = ctx.countryOf(e) ?? `${e.type}:${e.id}`;
    const known = byCountry.get(key);
    if (!known || rank(e) < rank(known)) byCountry.set(key, e);
  }
  const named = [...byCountry.values()].sort((a, b) => a.start - b.start).map((e) => sideOf(e, ctx.countryOf));
  if (named.length >= 2) return { from: named[0]!, to: named[1]! };
  // "The two sides agreed…": the parties are the article's two sides, whatever else the sentence
  // names (a venue, a third country).
  const [a, b] = ctx.rankedCountries;
  if (a === undefined || b === undefined) return named[0] ? { from: named[0] } : {};
  const side = (c: string): Side => named.find((s) => s.country === c) ?? { country: c };
  return { from: side(a), to: side(b) };
}

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

function titleSpan(
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
function giftTitle(text: string, sentence: Span, match: TriggerMatch): Span | undefined {
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

interface Ctx {
  countryOf: CountryOf;
  /** Countries by number of mentions, most first: the article's two sides come first. */
  rankedCountries: string[];
}

function topicOf(inSentence: EntitySuggestion[], sentence: Span, countryOf: CountryOf): Side | undefined {
  // The grammatical subject usually comes early; a person there is what later pronouns refer to.
  const early = inSentence.filter((e) => e.start - sentence.start < 80 && !e.demonym);
  const pick = early.find((e) => e.type === "person") ?? early[0];
  return pick ? sideOf(pick, countryOf) : undefined;
}

/**
 * Reads sentences one at a time, in text order, for the commitment each states (null when none),
 * so that a caller can stop between sentences. `entities` must be the whole article's: its two
 * sides are the countries named most.
 */
export function commitmentReader(input: CommitmentInput): (sentence: Span) => CommitmentSuggestion | null {
  const { text, language, entities } = input;
  const countryOf: CountryOf = (e) => input.countries.get(`${e.type}:${e.id}`);
  const counts = new Map<string, number>();
  for (const e of entities) {
    const c = countryOf(e);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const ctx: Ctx = { countryOf, rankedCountries: [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c) };
  let topic: Side | undefined;
  return (sentence) => {
    const inSentence = within(entities, sentence);
    // A sentence longer than a quote may be cannot be cited, so it is not offered; skipping it
    // also bounds the work a sentence costs (a "sentence" of 200,000 spaces).
    const match =
      sentence.text.length <= MAX_QUOTE_LENGTH ? firstTrigger(sentence.text, sentence.start, language) : null;
    if (!match) {
      topic = topicOf(inSentence, sentence, countryOf) ?? topic;
      return null;
    }
    const { kind, mode } = match.trigger;
    const sides =
      mode === "gift"
        ? giftSides(text, inSentence, match, sentence, ctx)
        : mode === "parties"
          ? partySides(inSentence, ctx)
          : subjectSides(inSentence, match, topic, ctx);
    const title =
      mode === "gift"
        ? giftTitle(text, sentence, match)
        : titleSpan(
            text,
            match.end,
            sentence.end,
            kind === "request" || kind === "proposal" ? inSentence.find((e) => e.start >= match.end) : null,
            language,
          );
    // Only a speaker carries over to the next sentence's pronoun; a gift's giver or a signing's
    // parties are not what "he" will mean next.
    topic = mode === "subject" && sides.from ? sides.from : (topicOf(inSentence, sentence, countryOf) ?? topic);
    return {
      kind: "commitment",
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      commitmentKind: kind,
      trigger: { start: match.start, end: match.end, text: text.slice(match.start, match.end) },
      ...(sides.from || sides.to ? { direction: sides } : {}),
      ...(title ? { title } : {}),
      dates: within(input.dates, sentence),
      money: within(input.money, sentence),
      quantities: within(input.quantities, sentence),
    };
  };
}
