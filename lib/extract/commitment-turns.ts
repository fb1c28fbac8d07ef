/**
 * Readings that correct a trigger's first guess: words after the verb that undo it (a wish about a
 * state, an agreed opinion), a proposal addressed to the other side (a request), a reciprocal
 * object (one commitment per side), the actor named after an appreciation or a hope.
 */
import { counterpart, sideOf, type Ctx, type Sides } from "./direction";
import type { TriggerMatch } from "./triggers";
import type { CommitmentKind, EntitySuggestion, Side, Span } from "./types";

// "hoped that relations will remain strong" wishes for a state of affairs, not an act.
const WISHED_STATE =
  /^\s*(?:that\s+|que\s+|qu['’])?[^,.;]{0,60}?\s(?:will|would|shall)\s+(?:become|be|remain)(?![\p{L}])/iu;
// "agreed that relations are developing well" is an opinion; "agreed that X will…" is not.
const OPINION = /^\s*(?:that|que|qu['’])\s/iu;
const UNDERTAKING =
  /(?<![\p{L}])(?:will|would|shall|should|must|need|to|devra|devront|va|vont|doit|doivent|renforcer|\p{L}+ront|\p{L}+ra)(?![\p{L}])/iu;

/** Whether the words after the trigger undo it: a wish about a state, an opinion agreed. */
export function empty(text: string, sentence: Span, match: TriggerMatch): boolean {
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

export function addressedKind(
  kind: CommitmentKind,
  text: string,
  match: TriggerMatch,
  after: EntitySuggestion | undefined,
) {
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
export function reciprocal(
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

// "expressed appreciation for Vietnam's commitment to…": the undertaking is the one named after.
const APPRECIATION = /apprecia|gratitude|welcom/iu;

/**
 * Sides read from the subject, corrected where the words after the verb name the one who acts:
 * an appreciated commitment is its owner's; a hope that X will act addresses X, so when the
 * speaker was taken to be X, the speaker is the other side.
 */
export function turned(
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
