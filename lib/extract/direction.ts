/**
 * Who commits to whom: the giver from the subject or the agent after "by", the receiver from the
 * one addressed or named after "to", "for", "à", "au profit de"; both sides at once for mutual
 * subjects ("the two sides", "A and B"). When the text names no other side, the article's other
 * country is meant.
 */
import type { TriggerMatch } from "./triggers";
import type { EntitySuggestion, Side, Span } from "./types";

export type CountryOf = (e: EntitySuggestion) => string | undefined;

export interface Ctx {
  countryOf: CountryOf;
  /** Countries (and bodies) by number of mentions, most first: the article's two sides come first. */
  rankedCountries: string[];
}

export interface Sides {
  from?: Side;
  to?: Side;
  /** `from` was inferred from the one addressed, not named: not who "he" means next. */
  inferred?: true;
}

export function sideOf(entity: EntitySuggestion, countryOf: CountryOf): Side {
  const country = countryOf(entity);
  return { ...(country ? { country } : {}), entityType: entity.type, entityId: entity.id };
}

// The most specific mention names a side best: a person, then an organization, then the country
// by name, then by adjective.
export function rank(e: EntitySuggestion): number {
  if (e.demonym) return 3;
  return e.type === "person" ? 0 : e.type === "organization" ? 1 : 2;
}

function different(a: Side | undefined, e: EntitySuggestion, countryOf: CountryOf): boolean {
  if (!a) return true;
  const country = countryOf(e);
  if (a.country && country) return a.country !== country;
  return a.entityId !== e.id;
}

export function counterpart(from: Side | undefined, ranked: readonly string[]): Side | undefined {
  const country = ranked.find((c) => c !== from?.country);
  return country ? { country } : undefined;
}

const sides = (from: Side | undefined, to: Side | undefined): Sides => ({
  ...(from ? { from } : {}),
  ...(to ? { to } : {}),
});

// "for Vietnam", "to the Lao province", "au profit du Sénégal": the receiver of what is given.
const RECEIVER_BEFORE =
  /(?:^|\s)(?:to|for|à|au|aux|pour|au\s+profit\s+d[eu']|en\s+faveur\s+d[eu']|destiné\s+à)\s*(?:(?:the|le|la|les|l['’])\s*)?(?:(?:people|peuple|government|gouvernement|population)\s+(?:(?:of\s+(?:the\s+)?|du\s+|de\s+la\s+|de\s+|d['’]))?)?$/iu;

export function subjectSides(
  text: string,
  sentence: Span,
  inSentence: EntitySuggestion[],
  match: TriggerMatch,
  topic: Side | undefined,
  ctx: Ctx,
): Sides {
  const clause = clauseStart(text, sentence, match.start);
  const inClause = inSentence.filter((e) => e.end <= match.start && e.start >= clause);
  const after = inSentence.filter((e) => e.start >= match.end);
  // "China, the largest partner after India, had pledged…": the subject opens the sentence and
  // an apposition sits between it and the verb.
  const opening = inSentence[0];
  const appositive =
    inClause.length === 0 &&
    opening &&
    opening.end <= match.start &&
    /^\s*,/u.test(text.slice(opening.end, opening.end + 3));
  // "A's projects in B, such as X, are expected to…": the verb's clause is only its auxiliary, so
  // the subject is the sentence's opening phrase.
  const bare =
    !appositive &&
    // Trimmed first: "^\s*…\s*$" would retry across a long run of spaces.
    /^(?:are|is|was|were|will|would|have|has|had|should|must|can|could)?$/iu.test(
      text.slice(clause, match.start).trim(),
    );
  const before = bare ? inSentence.filter((e) => e.end <= match.start) : inClause;
  // In the subject phrase, "aid from A for B" and "A's projects in B" name the giver and the
  // receiver; the last name before the verb is then the receiver, not the one who acts.
  const preceded = (e: EntitySuggestion, re: RegExp) => re.test(text.slice(Math.max(0, e.start - 24), e.start));
  const owner = appositive
    ? undefined
    : (before.find((e) => ctx.countryOf(e) && preceded(e, FROM_BEFORE)) ??
      before.find((e) => ctx.countryOf(e) && /^['’]s?(?![\p{L}])/u.test(text.slice(e.end, e.end + 2))));
  const receiver = owner ? before.find((e) => e.start > owner.start && preceded(e, INSIDE_BEFORE)) : undefined;
  const subject = owner ?? (appositive ? opening : before[before.length - 1]);
  const named = subject ? sideOf(subject, ctx.countryOf) : undefined;
  const others = after.filter((e) => different(named ?? topic, e, ctx.countryOf));
  // A pledge's receiver is named after a preposition; the first other name may be a place or a means.
  const marked =
    receiver ??
    (match.trigger.kind === "pledge"
      ? others.find((e) => preceded(e, RECEIVER_BEFORE) && !preceded(e, FROM_BEFORE))
      : undefined);
  // No named subject before the verb ("He also pledged", "Le ministre a proposé"): a giver named
  // after "from" ("handed over … as a gift from the Vietnamese people"), the other party of the
  // sentence for "this country" / "ce pays", else whoever the text was last about.
  const giver = named ? undefined : unnamedGiver(text, sentence, match, inSentence, marked, ctx);
  // "La ministre a demandé au Canada…", "Lee asked Tokyo…": a speaker the text ties to no side
  // addresses the side named right after the verb, so speaks for the other one.
  const direct = named || giver ? undefined : addressedSide(text, after, match, ctx);
  const speaker =
    direct && (!topic || topic.country === direct.country) ? counterpart(direct, ctx.rankedCountries) : undefined;
  const from = named ?? giver ?? speaker ?? topic;
  const addressee = marked ?? others.find((e) => different(from, e, ctx.countryOf));
  const to = addressee ? sideOf(addressee, ctx.countryOf) : counterpart(from, ctx.rankedCountries);
  return speaker && from === speaker && topic ? { ...sides(from, to), inferred: true } : sides(from, to);
}

// Only an article, "à"/"to" or nothing between the verb and the one it addresses.
const ADDRESSED_GAP = /^\s{0,3}(?:(?:à|au|aux|to)\s{1,3})?(?:(?:la|le|les|l['’]|the)\s{0,3})?$/iu;

function addressedSide(text: string, after: EntitySuggestion[], match: TriggerMatch, ctx: Ctx): Side | undefined {
  if (match.trigger.kind !== "request" && match.trigger.kind !== "proposal") return undefined;
  // "wished that the RoK will…" names who should act, not who is asked (commitment-turns.ts).
  if (/(?:that|que|qu['’])\s*$/iu.test(text.slice(Math.max(match.start, match.end - 6), match.end))) return undefined;
  const first = after[0];
  if (!first || !ctx.countryOf(first) || first.start - match.end > 20) return undefined;
  return ADDRESSED_GAP.test(text.slice(match.end, first.start)) ? sideOf(first, ctx.countryOf) : undefined;
}

const FROM_BEFORE =
  /(?:^|\s)(?:from|de\s+la\s+part\s+d[eu']|venant\s+d[eu'])\s*(?:(?:the|le|la|les|l['’])\s*)?(?:(?:people|government|state)\s+of\s+(?:the\s+)?)?$/iu;
const INSIDE_BEFORE = /(?:^|\s)(?:in|for|to|en|au|aux|à|pour)\s*(?:(?:the|le|la|les|l['’])\s*)?$/iu;
const ANAPHOR =
  /(?<![\p{L}])(?:this|the|that)\s+(?:country|nation)|(?<![\p{L}])(?:ce|cet)\s+(?:pays|État)|ce\s+dernier/iu;

function unnamedGiver(
  text: string,
  sentence: Span,
  match: TriggerMatch,
  inSentence: EntitySuggestion[],
  receiver: EntitySuggestion | undefined,
  ctx: Ctx,
): Side | undefined {
  if (match.trigger.kind !== "pledge") return undefined;
  const from = inSentence.find(
    (e) =>
      e.start >= match.end &&
      ctx.countryOf(e) &&
      FROM_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start)) &&
      (!receiver || ctx.countryOf(e) !== ctx.countryOf(receiver)),
  );
  if (from) return sideOf(from, ctx.countryOf);
  const clause = text.slice(clauseStart(text, sentence, match.start), match.start);
  if (!receiver || !ANAPHOR.test(clause)) return undefined;
  const other = inSentence.find((e) => ctx.countryOf(e) && ctx.countryOf(e) !== ctx.countryOf(receiver));
  return other ? sideOf(other, ctx.countryOf) : undefined;
}

export function giftSides(
  text: string,
  inSentence: EntitySuggestion[],
  match: TriggerMatch,
  sentence: Span,
  ctx: Ctx,
): Sides {
  const rest = text.slice(match.end, sentence.end);
  const by = /(?<![\p{L}])(?:by|par)\s/u.exec(rest);
  const byAt = by ? match.end + by.index : sentence.end;
  const giver = inSentence.filter((e) => e.start >= byAt).sort((a, b) => rank(a) - rank(b) || a.start - b.start)[0];
  const receiver = inSentence.find((e) => e.start >= match.end && e.end <= byAt);
  const from = giver ? sideOf(giver, ctx.countryOf) : undefined;
  const to = receiver ? sideOf(receiver, ctx.countryOf) : counterpart(from, ctx.rankedCountries);
  return sides(from, to);
}

/** The sentence's parties, one mention per side, in text order. */
function namedParties(inSentence: EntitySuggestion[], ctx: Ctx): Side[] {
  const byCountry = new Map<string, EntitySuggestion>();
  for (const e of inSentence) {
    const key = ctx.countryOf(e) ?? `${e.type}:${e.id}`;
    const known = byCountry.get(key);
    if (!known || rank(e) < rank(known)) byCountry.set(key, e);
  }
  return [...byCountry.values()].sort((a, b) => a.start - b.start).map((e) => sideOf(e, ctx.countryOf));
}

export function partySides(inSentence: EntitySuggestion[], ctx: Ctx): Sides {
  const named = namedParties(inSentence, ctx);
  if (named.length >= 2) return { from: named[0]!, to: named[1]! };
  // "The two sides agreed…": the parties are the article's two sides, whatever else the sentence
  // names (a venue, a third country).
  const [a, b] = ctx.rankedCountries;
  if (a === undefined || b === undefined) return named[0] ? { from: named[0] } : {};
  const side = (c: string): Side => named.find((s) => s.country === c) ?? { country: c };
  return { from: side(a), to: side(b) };
}

// A subject that names both sides: "both sides", "the two countries", "les deux parties", "the
// host and guest", "He and PM Dung".
const BOTH =
  /(?<![\p{L}])(?:both\s+(?:sides|countries|parties|leaders|ministers|governments|nations)|the\s+two\s+(?:sides|countries|parties|leaders|ministers|governments|nations|delegations)|(?:the\s+)?host\s+and\s+(?:the\s+)?guest|(?:he|she)\s+and\s+(?!the\s)|les\s+deux\s+(?:parties|pays|côtés|gouvernements|ministres|dirigeants|délégations|chefs)|(?:il|elle)\s+et\s+(?!l))/iu;
// The subject is the clause before the verb: after the last comma, colon or "said that".
const CLAUSE_START =
  /^.*(?:[,:;]|\s(?:that|que|qu['’]|in\s+which|under\s+which|whereby|duquel|dont|lequel|laquelle|auquel))\s/su;

/** Where the clause of the verb at `at` starts (after "…, in which", "…en vertu duquel"). */
export function clauseStart(text: string, sentence: Span, at: number): number {
  const clause = CLAUSE_START.exec(text.slice(sentence.start, at));
  return sentence.start + (clause ? clause[0].length : 0);
}

/**
 * The two parties when the subject of the verb names both sides ("both sides agreed", "Thailand
 * and Cambodia pledged"), else null.
 */
export function mutualSubject(
  text: string,
  sentence: Span,
  inSentence: EntitySuggestion[],
  match: TriggerMatch,
  ctx: Ctx,
): Sides | null {
  const from = clauseStart(text, sentence, match.start);
  const subject = text.slice(from, match.start);
  const named = namedParties(
    inSentence.filter((e) => e.start >= from && e.end <= match.start),
    ctx,
  ).filter((s) => s.country);
  if (named.length >= 2 && /\s(?:and|et)\s/iu.test(subject)) return { from: named[0]!, to: named[1]! };
  if (!BOTH.test(subject)) return null;
  const parties = partySides(
    inSentence.filter((e) => e.end <= match.start),
    ctx,
  );
  if (parties.from && parties.to) return parties;
  return partySides(inSentence, ctx);
}

const AID_NOUN =
  /(?<![\p{L}])(?:aid|assistance|grants?|loans?|line\s+of\s+credit|credit|funding|ODA|aide|dons?|prêts?|crédit|financement|fonds)(?![\p{L}])/giu;

/** The side whose aid the sentence speaks of: "Indian line of credit", "l'aide vietnamienne", "Japan's grant". */
export function donorIn(text: string, sentence: Span, inSentence: EntitySuggestion[], ctx: Ctx): Side | undefined {
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(AID_NOUN)) {
    const at = sentence.start + m.index;
    const near = inSentence.find(
      (e) =>
        ctx.countryOf(e) &&
        ((e.end <= at && at - e.end <= 4) ||
          (e.start >= at + m[0].length && e.start - (at + m[0].length) <= 30 && e.demonym)),
    );
    if (near) return sideOf(near, ctx.countryOf);
  }
  return undefined;
}

// "the visit of the Cambodian PM to China", "la visite du Premier ministre cambodgien en Chine":
// the host is named after a place preposition, the visitor is the other name.
const HOST_BEFORE = /(?:^|\s)(?:to|in|en|au|aux|à)\s*(?:(?:the|le|la|les|l['’])\s*)?$/iu;

/** The visitor (from) and the host (to) of a planned visit named after the trigger, or null. */
export function visitSides(text: string, inSentence: EntitySuggestion[], match: TriggerMatch, ctx: Ctx): Sides | null {
  const after = inSentence.filter((e) => e.start >= match.start && ctx.countryOf(e));
  const host = after.find((e) => HOST_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start)));
  const visitor = after.find((e) => e !== host && (!host || ctx.countryOf(e) !== ctx.countryOf(host)));
  if (!host && !visitor) return null;
  const from = visitor
    ? sideOf(visitor, ctx.countryOf)
    : counterpart(sideOf(host!, ctx.countryOf), ctx.rankedCountries);
  const to = host ? sideOf(host, ctx.countryOf) : counterpart(from, ctx.rankedCountries);
  return sides(from, to);
}
