/**
 * The kind and sides of one trigger's commitment, by the trigger's mode: a signing with an amount
 * is the lender's pledge, a mutual subject makes an agreement, a gift reads its agent, a visit its
 * visitor and host, a reported need its speaker, any other verb its subject.
 */
import {
  counterpart,
  donorIn,
  giftSides,
  mutualSubject,
  partySides,
  subjectSides,
  visitSides,
  type Ctx,
  type Sides,
} from "./direction";
import { firstTrigger, type TriggerMatch } from "./triggers";
import type { CommitmentKind, EntitySuggestion, Side, Span } from "./types";

export interface Reading {
  kind: CommitmentKind;
  sides: Sides;
  mutual: boolean;
  /** The subject named both sides ("both sides", "A and B"). */
  both: boolean;
}

const withTo = (from: Side | undefined, to: Side | undefined): Sides => ({
  ...(from ? { from } : {}),
  ...(to ? { to } : {}),
});

const RELATIVE_CLAUSE =
  /(?<![\p{L}])(?:under\s+which|in\s+which|whereby|by\s+which|en\s+vertu\s+duquel|aux\s+termes\s+duquel|par\s+lequel|dans\s+lequel)(?![\p{L}])/iu;

/** A pledge verb in a clause after the signing ("…under which Japan will provide…"), or null. */
function clausePledge(text: string, sentence: Span, match: TriggerMatch): TriggerMatch | null {
  const rest = text.slice(match.end, sentence.end);
  const rel = RELATIVE_CLAUSE.exec(rest);
  if (!rel) return null;
  const from = match.end + rel.index + rel[0].length;
  const next = firstTrigger(text.slice(from, sentence.end), from, "und", true);
  return next && next.trigger.kind === "pledge" ? next : null;
}

const OWNED_AID =
  /['’]s?\s+(?:[\p{L}-]+\s+){0,3}(?:projects?|aid|assistance|grants?|loans?|investments?)\s+(?:in|for|to)\s/iu;

export function readSides(
  text: string,
  sentence: Span,
  inSentence: EntitySuggestion[],
  match: TriggerMatch,
  kind: CommitmentKind,
  hasMoney: boolean,
  topic: Side | undefined,
  donor: Side | undefined,
  ctx: Ctx,
): Reading {
  const { mode } = match.trigger;
  const visit = mode === "visit" ? visitSides(text, inSentence, match, ctx) : null;
  const both =
    visit || mode === "gift" || mode === "speaker" ? null : mutualSubject(text, sentence, inSentence, match, ctx);
  // "signed an accord under which A will provide X to B": the giving verb in the clause names
  // the giver and the receiver better than the order of the signing's parties.
  const giving = kind === "signing" && hasMoney ? clausePledge(text, sentence, match) : null;
  if (giving) {
    const sides = subjectSides(text, sentence, inSentence, giving, topic, ctx);
    if (sides.from?.country) return { kind: "pledge", sides, mutual: false, both: false };
  }
  if (kind === "signing" && hasMoney) {
    // A signed loan or grant with its amount is the lender's pledge: "signed two credit lines
    // with India", "la signature de trois accords de financement avec l'AFD".
    const parties = partySides(inSentence, ctx);
    const giver = donorIn(text, sentence, inSentence, ctx) ?? parties.to ?? donor;
    const other = [parties.from, parties.to].find((s) => s && s.country !== giver?.country);
    return {
      kind: "pledge",
      sides: withTo(giver, other ?? counterpart(giver, ctx.rankedCountries)),
      mutual: false,
      both: false,
    };
  }
  if (visit) return { kind, sides: visit, mutual: false, both: false };
  if (both) {
    const mutualKind = kind !== "intent" && kind !== "signing" ? "agreement" : kind;
    return { kind: mutualKind, sides: both, mutual: true, both: true };
  }
  if (mode === "gift")
    return { kind, sides: giftSides(text, inSentence, match, sentence, ctx), mutual: false, both: false };
  if (mode === "parties") return { kind, sides: partySides(inSentence, ctx), mutual: true, both: false };
  if (mode === "speaker") {
    // "Vietnam and Laos need to…" is the view of whoever the text reports, put to the other side.
    const from = topic ?? (ctx.rankedCountries[0] ? { country: ctx.rankedCountries[0] } : undefined);
    return { kind, sides: withTo(from, counterpart(from, ctx.rankedCountries)), mutual: false, both: false };
  }
  // "A's projects in B are expected to complete": the works A funds in B are A's pledge.
  const owned = kind === "intent" && OWNED_AID.test(text.slice(sentence.start, match.start));
  return {
    kind: owned ? "pledge" : kind,
    sides: subjectSides(text, sentence, inSentence, match, topic, ctx),
    mutual: false,
    both: false,
  };
}
