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
import type { TriggerMatch } from "./triggers";
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
