/**
 * One trigger: a verb or construction that states a commitment, and how its sides are read.
 * "subject" (who speaks gives or asks; the first other side after the verb is addressed), "gift"
 * ("a gift presented to Cambodia by Vietnam": the agent after "by" gives), or "parties"
 * (agreements and signings: the sides named in the sentence), "visit" (a planned visit: the
 * visitor to the host) or "speaker" ("A and B need to…": whoever the text reports says so).
 */
import type { CommitmentKind } from "./types";

export type DirectionMode = "subject" | "gift" | "parties" | "visit" | "speaker";

export interface Trigger {
  kind: CommitmentKind;
  mode: DirectionMode;
  re: RegExp;
  /**
   * Only a commitment when the sentence states an amount or a count: "has provided 2 million yuan"
   * is a pledge, "has provided training for years" is background.
   */
  needsFigure?: true;
}

export interface TriggerOptions {
  gift?: boolean;
  needsFigure?: boolean;
  mode?: DirectionMode;
}

export function t(kind: CommitmentKind, source: string, options: TriggerOptions = {}): Trigger {
  const mode: DirectionMode =
    options.mode ?? (options.gift ? "gift" : kind === "agreement" || kind === "signing" ? "parties" : "subject");
  // Whole words only, any case: a trigger may open the sentence.
  return {
    kind,
    mode,
    re: new RegExp(String.raw`(?<![\p{L}'’])(?:${source})(?![\p{L}])`, "giu"),
    ...(options.needsFigure ? { needsFigure: true as const } : {}),
  };
}

/** A French compound tense with an optional adverb: "a également proposé", "ont signé". */
export const fr = (aux: string, participle: string) =>
  String.raw`(?:${aux})\s+(?:(?:également|aussi|en outre|par ailleurs|notamment|encore|de nouveau|déjà)\s+)?(?:${participle})`;
