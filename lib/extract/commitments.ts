/**
 * Sentences that state a pledge, request, proposal, agreement or signing, with a guess at who
 * commits to whom and the dates, amounts and quantities they contain.
 */
import { MAX_QUOTE_LENGTH } from "../sources/quotes";
import { within } from "./spans";
import { fundedClauses, pickTarget } from "./attributes";
import { counterpart, donorIn, sideOf, type CountryOf, type Ctx, type Sides } from "./direction";
import { secondHalf } from "./compound";
import { announcesList, isBullet, listItems, listStart } from "./enumerations";
import { giftTitle, titleSpan } from "./titles";
import { readSides } from "./commitment-sides";
import { addressedKind, empty, reciprocal, turned } from "./commitment-turns";
import { BACKGROUND, firstTrigger } from "./triggers";
import type {
  CommitmentKind,
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
  /** An international body's code by "type:id" ("EU"): it names a side as a country does. */
  bodies?: ReadonlyMap<string, string>;
}

// "the Lao government", "la partie cambodgienne": an adjective that names a side as its subject.
const SIDE_HEAD =
  /^\s*(?:government|side|delegation|authorities|leaders?|ministry|gouvernement|partie|délégation|autorités)(?![\p{L}])/iu;
const SIDE_HEAD_BEFORE = /(?:partie|délégation|gouvernement|autorités)\s*$/iu;

function topicOf(text: string, inSentence: EntitySuggestion[], sentence: Span, countryOf: CountryOf): Side | undefined {
  // The grammatical subject usually comes early; a person there is what later pronouns refer to.
  const early = inSentence.filter(
    (e) =>
      e.start - sentence.start < 80 &&
      (!e.demonym ||
        SIDE_HEAD.test(text.slice(e.end, e.end + 16)) ||
        SIDE_HEAD_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start))),
  );
  const pick = early.find((e) => e.type === "person") ?? early[0];
  return pick ? sideOf(pick, countryOf) : undefined;
}

const spanOf = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** The span between `start` and `end` without the spaces and commas at its ends. */
function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s,;]/u.test(text[s]!)) s++;
  while (e > s && /[\s,;]/u.test(text[e - 1]!)) e--;
  return spanOf(text, s, e);
}

/** A bulleted line without its marker ("- ", "2) "), or null when nothing is left. */
function bulletItem(sentence: Span): Span | null {
  const marker = /^\s*(?:[-–•*▪●]|\(?\w{1,2}[.)])\s+/u.exec(sentence.text);
  const start = sentence.start + (marker ? marker[0].length : 0);
  return start < sentence.end ? { start, end: sentence.end, text: sentence.text.slice(start - sentence.start) } : null;
}

const HEADLINE = /^[^\n]{1,160}[^.!?…:;"”»)\s]\s*\n/u;

/**
 * Reads sentences one at a time, in text order, for the commitments each states (none, one, or
 * one per side or per funded item), so that a caller can stop between sentences. `entities` must
 * be the whole article's: its two sides are the countries named most.
 */
export function commitmentReader(input: CommitmentInput): (sentence: Span) => CommitmentSuggestion[] {
  const { text, language, entities } = input;
  const countryOf: CountryOf = (e) =>
    input.countries.get(`${e.type}:${e.id}`) ?? input.bodies?.get(`${e.type}:${e.id}`);
  const counts = new Map<string, number>();
  for (const e of entities) {
    const c = countryOf(e);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const ctx: Ctx = { countryOf, rankedCountries: [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c) };
  let topic: Side | undefined;
  // The side whose aid the article is about, once a sentence has said so.
  let donor: Side | undefined;
  // A sentence ending with "the following:" whose bulleted lines below each state one item.
  // The last commitment read was a pledge with no amount ("handed over a school to Laos").
  let giftWithoutFigure = false;
  let listHead: { kind: CommitmentKind; trigger: Span; sides: Sides; mutual: boolean } | null = null;
  const toOf = (from: Side): Sides => {
    const to = counterpart(from, ctx.rankedCountries);
    return to ? { to } : {};
  };
  const figureIn = (from: number, to: number) =>
    [...input.money, ...input.quantities].some((x) => x.start >= from && x.end <= to);
  const suggestion = (
    span: Span,
    kind: CommitmentKind,
    trigger: Span,
    sides: Sides,
    title: Span | undefined,
    mutual = false,
    shared?: Span,
  ): CommitmentSuggestion => {
    const dates = within(input.dates, span);
    // Two acts sharing one auxiliary ("will offer X and provide Y next year") share its deadline.
    const target = pickTarget(text, dates) ?? (shared ? pickTarget(text, within(input.dates, shared)) : undefined);
    return {
      kind: "commitment",
      start: span.start,
      end: span.end,
      text: span.text,
      commitmentKind: kind,
      trigger,
      // Only the two sides: how they were read (`inferred`) stays inside the reader.
      ...(sides.from || sides.to
        ? { direction: { ...(sides.from ? { from: sides.from } : {}), ...(sides.to ? { to: sides.to } : {}) } }
        : {}),
      ...(title ? { title } : {}),
      ...(mutual ? { mutual: true as const } : {}),
      ...(target ? { target } : {}),
      dates,
      money: within(input.money, span),
      quantities: within(input.quantities, span),
    };
  };
  return (sentence) => {
    const lineStart = sentence.start === 0 || /[\n\r]\s*$/u.test(text.slice(sentence.start - 2, sentence.start));
    if (listHead && lineStart && isBullet(sentence) && !firstTrigger(sentence.text, 0, language, false)) {
      const head = listHead;
      const item = bulletItem(sentence);
      return item ? [suggestion(item, head.kind, head.trigger, head.sides, item, head.mutual)] : [];
    }
    if (lineStart) listHead = null;
    // A pasted page's headline (a line with no closing punctuation) or an embedded related-article
    // link (">> …") repeats or advertises; the body states the commitment.
    if (/^>>/u.test(sentence.text) || HEADLINE.test(text.slice(sentence.start, sentence.end + 2))) return [];
    const inSentence = within(entities, sentence);
    const money = within(input.money, sentence);
    const hasFigure = money.length > 0 || within(input.quantities, sentence).length > 0;
    donor = donorIn(text, sentence, inSentence, ctx) ?? donor;
    // A sentence longer than a quote may be cannot be cited, so it is not offered; skipping it
    // also bounds the work a sentence costs (a "sentence" of 200,000 spaces).
    const match =
      sentence.text.length <= MAX_QUOTE_LENGTH
        ? firstTrigger(sentence.text, sentence.start, language, hasFigure)
        : null;
    if (!match || empty(text, sentence, match)) {
      topic = topicOf(text, inSentence, sentence, countryOf) ?? topic;
      if (match || sentence.text.length > MAX_QUOTE_LENGTH) return [];
      // No verb, but a list of projects: "parmi les projets figurent la création de…, la mise en
      // place de…": the donor's pledges in an aid article, else what both sides agreed.
      const items = listItems(text, sentence, listStart(text, sentence, sentence.start, true));
      if (items.length > 0) {
        const [a, b] = ctx.rankedCountries;
        const agreed = !donor && a !== undefined && b !== undefined;
        const sides = donor
          ? { from: donor, ...toOf(donor) }
          : agreed
            ? { from: { country: a }, to: { country: b } }
            : {};
        return items.map((it) => suggestion(it, donor ? "pledge" : "agreement", it, sides, it, agreed));
      }
      // No verb, but the cost of an item the donor funds: "the school, built with a fund of X".
      // Right after a gift stated without its figure, the cost is that gift's, not a new one.
      // A tally of the past ("worth $8 billion in recent years") is background, not this news.
      if (!donor || giftWithoutFigure || BACKGROUND.test(sentence.text)) return [];
      const sides = { from: donor, ...toOf(donor) };
      return fundedClauses(text, sentence, money).map((clause) => suggestion(clause, "pledge", clause, sides, clause));
    }
    const trigger = { start: match.start, end: match.end, text: text.slice(match.start, match.end) };
    let { kind } = match.trigger;
    const { mode } = match.trigger;
    const firstAfter = inSentence.find((e) => e.start >= match.end);
    kind = addressedKind(kind, text, match, firstAfter);
    const reading = readSides(text, sentence, inSentence, match, kind, money.length > 0, topic, donor, ctx);
    ({ kind } = reading);
    const { mutual, both } = reading;
    let { sides } = reading;
    sides = turned(text, kind, match, sides, firstAfter, ctx);
    if (kind === "pledge" && sides.from) donor = sides.from;
    const title =
      mode === "gift"
        ? giftTitle(text, sentence, match)
        : titleSpan(
            text,
            match.end,
            sentence.end,
            kind === "request" || kind === "proposal" ? (firstAfter ?? null) : null,
            language,
          );
    // Only a speaker carries over to the next sentence's pronoun; a gift's giver or a signing's
    // parties are not what "he" will mean next.
    topic =
      mode === "subject" && !both && sides.from && !sides.inferred
        ? sides.from
        : (topicOf(text, inSentence, sentence, countryOf) ?? topic);
    if (mutual && kind !== "signing") {
      const each = reciprocal(text, sentence, match, sides, inSentence, ctx);
      if (each.length === 2)
        return each.map((e) =>
          suggestion(
            sentence,
            kind,
            trigger,
            { from: e.from, to: e.to },
            titleSpan(text, e.title.start, e.title.end, null, language) ?? e.title,
          ),
        );
    }
    giftWithoutFigure = kind === "pledge" && money.length === 0;
    if (announcesList(sentence)) listHead = { kind, trigger, sides, mutual };
    // "agreed on the following: A; B; C": one commitment per item.
    const items = listItems(text, sentence, listStart(text, sentence, match.end, false));
    if (items.length > 0) return items.map((it) => suggestion(it, kind, trigger, sides, it, mutual));
    // "will offer X … and provide Y": two undertakings, each with its own half of the sentence.
    const half = secondHalf(text, sentence, match, language, figureIn);
    if (half) {
      const first = trimmed(text, sentence.start, half.cut);
      const second = trimmed(text, half.at, sentence.end);
      const own = half.match?.trigger.kind ?? kind;
      const kind2 = mutual && own !== "intent" ? "agreement" : own;
      const trigger2 = half.match ? spanOf(text, half.match.start, half.match.end) : trigger;
      const title2 = titleSpan(text, half.match?.end ?? half.at, sentence.end, null, language);
      return [
        suggestion(
          first,
          kind,
          trigger,
          sides,
          titleSpan(text, match.end, half.cut, null, language),
          mutual,
          half.match ? undefined : second,
        ),
        suggestion(second, kind2, trigger2, sides, title2, mutual),
      ];
    }
    return [suggestion(sentence, kind, trigger, sides, title, mutual)];
  };
}
