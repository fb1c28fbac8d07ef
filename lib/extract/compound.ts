/**
 * A sentence that states two undertakings with two verbs: "hopes X will offer 1,200 scholarships
 * and provide 900 billion VND", "ont poussé pour la construction de…, et se sont accordées pour
 * augmenter…". The second half is a commitment of its own, with the first's sides.
 */
import { firstTrigger, type TriggerMatch } from "./triggers";
import type { Language, Span } from "./types";

// A coordinator right before the second verb: ", and", "et", "and to", "et de".
const COORDINATED = /(?:,\s*)?(?<![\p{L}])(?:and|et)\s+(?:(?:also|then|aussi|will|to|de|d['’])\s+)?$/iu;
// Verbs of an act that, coordinated after a first undertaking, make a second one.
const ACT =
  /(?<![\p{L}])(?:and|et)\s+(?:(?:also|will|to|de|d['’])\s*)?(?:provide|offer|grant|give|fund|finance|build|supply|send|extend|fournir|offrir|accorder|financer|construire|octroyer|envoyer)(?![\p{L}])/iu;

export interface SecondHalf {
  /** Where the first half ends (before the coordinator). */
  cut: number;
  /** Where the second verb starts. */
  at: number;
  /** The second verb's own trigger, when it is one ("et se sont accordées"). */
  match: TriggerMatch | null;
}

/**
 * The second undertaking after the trigger `match`: a trigger coordinated with the first, or a
 * giving verb when each half carries its own figure. Null when the sentence states one.
 */
export function secondHalf(
  text: string,
  sentence: Span,
  match: TriggerMatch,
  language: Language,
  hasFigure: (from: number, to: number) => boolean,
): SecondHalf | null {
  const rest = text.slice(match.end, sentence.end);
  const next = firstTrigger(rest, match.end, language, true);
  if (next && next.trigger.kind !== "signing") {
    const before = text.slice(Math.max(match.end, next.start - 24), next.start);
    const co = COORDINATED.exec(before);
    if (co) return { cut: next.start - co[0].length, at: next.start, match: next };
  }
  const act = ACT.exec(rest);
  if (!act) return null;
  const cut = match.end + act.index;
  const at = cut + /^\S+\s+(?:(?:also|will|to|de|d['’])\s*)?/iu.exec(act[0])![0].length;
  if (!hasFigure(match.end, cut) || !hasFigure(at, sentence.end)) return null;
  return { cut, at, match: null };
}
