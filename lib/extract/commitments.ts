/**
 * Sentences that state a pledge, request, proposal, agreement or signing, with a guess at who
 * commits to whom and the dates, amounts and quantities they contain.
 */
import { MAX_QUOTE_LENGTH } from "../sources/quotes";
import { within } from "./spans";
import { fundedClauses, pickTarget } from "./attributes";
import {
  counterpart,
  donorIn,
  giftSides,
  mutualSubject,
  partySides,
  sideOf,
  subjectSides,
  type CountryOf,
  type Ctx,
  type Sides,
} from "./direction";
import { giftTitle, titleSpan } from "./titles";
import { firstTrigger, type TriggerMatch } from "./triggers";
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

// "hoped that relations will remain strong" wishes for a state of affairs, not an act.
const WISHED_STATE =
  /^\s*(?:that\s+|que\s+|qu['’])?[^,.;]{0,60}?\s(?:will|would|shall)\s+(?:become|be|remain)(?![\p{L}])/iu;
// "agreed that relations are developing well" is an opinion; "agreed that X will…" is not.
const OPINION = /^\s*(?:that|que|qu['’])\s/iu;
const UNDERTAKING =
  /(?<![\p{L}])(?:will|would|shall|should|must|need|to|devra|devront|va|vont|doit|doivent|renforcer|\p{L}+ront|\p{L}+ra)(?![\p{L}])/iu;

/** Whether the words after the trigger undo it: a wish about a state, an opinion agreed. */
function empty(text: string, sentence: Span, match: TriggerMatch): boolean {
  const rest = text.slice(match.end, Math.min(sentence.end, match.end + 160));
  const { kind } = match.trigger;
  if (kind === "request" && /(?:hope|espoir|esp[eé]r|wish|souhait)/iu.test(text.slice(match.start, match.end)))
    return WISHED_STATE.test(rest);
  if (kind === "agreement" && OPINION.test(rest)) {
    const clause = /^[^,;.]*/u.exec(rest)![0];
    return !UNDERTAKING.test(clause.replace(OPINION, ""));
  }
  return false;
}

// "suggested the EU recognize…", "proposed KOICA consider…": a proposal addressed straight to the
// other side, asking it to act on the speaker's behalf (consider, continue, help, provide…), is a
// request; "proposed that the two sides expand…" stays a proposal.
const ON_BEHALF =
  /^[^,.;]{0,80}?(?<![\p{L}])(?:consider|continue|recogni[sz]e|help|assist|support|provide|grant|give|fund|finance|envisager|continuer|reconna[iî]tre|aider|soutenir|fournir|accorder|financer)(?![\p{L}])/iu;

function addressedKind(kind: CommitmentKind, text: string, match: TriggerMatch, after: EntitySuggestion | undefined) {
  if (kind !== "proposal") return kind;
  // A name the gazetteer does not know yet ("proposed KOICA consider…").
  if (!after || after.start - match.end > 8) {
    const next = /^\s+(?:the\s+)?\p{Lu}[\p{L}-]*/u.exec(text.slice(match.end, match.end + 60));
    return next && ON_BEHALF.test(text.slice(match.end + next[0].length, match.end + 140)) ? "request" : kind;
  }
  const gap = text.slice(match.end, after.start);
  if (!/^\s*(?:(?:the|à|au|aux|à\s+la|à\s+l['’])\s*)?$/iu.test(gap)) return kind;
  return ON_BEHALF.test(text.slice(after.end, after.end + 120)) ? "request" : kind;
}

/** "looked forward to the opening of A's consulate in X and B's in Y": one commitment per side. */
function reciprocal(
  text: string,
  sentence: Span,
  match: TriggerMatch,
  parties: Sides,
  inSentence: EntitySuggestion[],
  ctx: Ctx,
): { from: Side; to: Side; title: Span }[] {
  const a = parties.from?.country;
  const b = parties.to?.country;
  if (!a || !b) return [];
  const rest = text.slice(match.end, sentence.end);
  const and = /\s(?:and|et)\s+(?:the\s|la\s|le\s|l['’]|les\s|de\s|d['’]|of\s)/iu.exec(rest);
  if (!and) return [];
  const cut = match.end + and.index;
  const owner = (from: number, to: number) => {
    const found = new Set(
      inSentence
        .filter((e) => e.start >= from && e.end <= to)
        .map((e) => ctx.countryOf(e))
        .filter(Boolean),
    );
    return found.size === 1 ? [...found][0] : undefined;
  };
  // "cooperation between A and B" names the pair, not two undertakings; each half must say what.
  const words = (from: number, to: number) => text.slice(from, to).split(/\s+/u).filter(Boolean).length;
  if (/(?<![\p{L}])(?:between|entre)(?![\p{L}])/iu.test(text.slice(match.end, cut))) return [];
  if (words(match.end, cut) < 4 || words(cut, sentence.end) < 4) return [];
  const first = owner(match.end, cut);
  const second = owner(cut, sentence.end);
  if (!first || !second || first === second || ![a, b].includes(first) || ![a, b].includes(second)) return [];
  const side = (c: string) => (c === a ? parties.from! : parties.to!);
  const span = (s: number, e: number) => {
    const t = text.slice(s, e).trim();
    const at = s + text.slice(s, e).indexOf(t);
    return { start: at, end: at + t.length, text: t };
  };
  return [
    { from: side(first), to: side(second), title: span(match.end, cut) },
    {
      from: side(second),
      to: side(first),
      title: span(cut + and[0].length - (and[0].length - and[0].trimStart().length) + 0, sentence.end),
    },
  ];
}

const HEADLINE = /^[^\n]{1,160}[^.!?…:;"”»)\s]\s*\n/u;

// "expressed appreciation for Vietnam's commitment to…": the undertaking is the one named after.
const APPRECIATION = /apprecia|gratitude|welcom/iu;

/**
 * Sides read from the subject, corrected where the words after the verb name the one who acts:
 * an appreciated commitment is its owner's; a hope that X will act addresses X, so when the
 * speaker was taken to be X, the speaker is the other side.
 */
function turned(
  text: string,
  kind: CommitmentKind,
  match: TriggerMatch,
  sides: Sides,
  after: EntitySuggestion | undefined,
  ctx: Ctx,
): Sides {
  if (!after || !/^\s*(?:(?:that|for|que|the)\s+)*$/iu.test(text.slice(match.end, after.start))) return sides;
  const actor = sideOf(after, ctx.countryOf);
  if (
    kind === "intent" &&
    APPRECIATION.test(match.trigger.re.source) &&
    APPRECIATION.test(text.slice(match.start, match.end))
  ) {
    const to =
      sides.from && sides.from.country !== actor.country ? sides.from : counterpart(actor, ctx.rankedCountries);
    return { from: actor, ...(to ? { to } : {}) };
  }
  if (kind === "request" && sides.from?.country && sides.from.country === actor.country) {
    const from = counterpart(actor, ctx.rankedCountries);
    return { ...(from ? { from } : {}), to: actor };
  }
  return sides;
}

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
  const suggestion = (
    span: Span,
    kind: CommitmentKind,
    trigger: Span,
    sides: Sides,
    title: Span | undefined,
    mutual = false,
  ): CommitmentSuggestion => {
    const dates = within(input.dates, span);
    const target = pickTarget(text, dates);
    return {
      kind: "commitment",
      start: span.start,
      end: span.end,
      text: span.text,
      commitmentKind: kind,
      trigger,
      ...(sides.from || sides.to ? { direction: sides } : {}),
      ...(title ? { title } : {}),
      ...(mutual ? { mutual: true as const } : {}),
      ...(target ? { target } : {}),
      dates,
      money: within(input.money, span),
      quantities: within(input.quantities, span),
    };
  };
  return (sentence) => {
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
      // No verb, but the cost of an item the donor funds: "the school, built with a fund of X".
      if (!donor || match || sentence.text.length > MAX_QUOTE_LENGTH) return [];
      const sides = {
        from: donor,
        ...(counterpart(donor, ctx.rankedCountries) ? { to: counterpart(donor, ctx.rankedCountries)! } : {}),
      };
      return fundedClauses(text, sentence, money).map((clause) => suggestion(clause, "pledge", clause, sides, clause));
    }
    const trigger = { start: match.start, end: match.end, text: text.slice(match.start, match.end) };
    let { kind } = match.trigger;
    const { mode } = match.trigger;
    const firstAfter = inSentence.find((e) => e.start >= match.end);
    kind = addressedKind(kind, text, match, firstAfter);
    const both = mode === "gift" ? null : mutualSubject(text, sentence, inSentence, match, ctx);
    let sides: Sides;
    let mutual = false;
    if (kind === "signing" && money.length > 0) {
      // A signed loan or grant with its amount is the lender's pledge: "signed two credit lines
      // with India", "la signature de trois accords de financement avec l'AFD".
      const parties = partySides(inSentence, ctx);
      const giver = donorIn(text, sentence, inSentence, ctx) ?? parties.to ?? donor;
      const other = [parties.from, parties.to].find((s) => s && s.country !== giver?.country);
      kind = "pledge";
      sides = {
        ...(giver ? { from: giver } : {}),
        ...((other ?? counterpart(giver, ctx.rankedCountries))
          ? { to: (other ?? counterpart(giver, ctx.rankedCountries))! }
          : {}),
      };
      if (giver) donor = giver;
    } else if (both) {
      sides = both;
      mutual = true;
      if (kind !== "intent" && kind !== "signing") kind = "agreement";
    } else if (mode === "gift") sides = giftSides(text, inSentence, match, sentence, ctx);
    else if (mode === "parties") {
      sides = partySides(inSentence, ctx);
      mutual = true;
    } else sides = subjectSides(text, sentence, inSentence, match, topic, ctx);
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
      mode === "subject" && !both && sides.from
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
    return [suggestion(sentence, kind, trigger, sides, title, mutual)];
  };
}
