/**
 * The verbs and constructions that state a commitment, English and French. Each trigger says how
 * the sides are read: "subject" (who speaks gives or asks; the first other side after the verb is
 * addressed), "gift" ("a gift presented to Cambodia by Vietnam": the agent after "by" gives), or
 * "parties" (agreements and signings: the sides named in the sentence).
 */
import type { CommitmentKind, Language } from "./types";

export type DirectionMode = "subject" | "gift" | "parties";

export interface Trigger {
  kind: CommitmentKind;
  mode: DirectionMode;
  re: RegExp;
}

const PRONOUN = "(?:his|her|its|their|the|our)";
// A French compound past with an optional adverb: "a également proposé", "ont signé".
const fr = (aux: string, participle: string) =>
  String.raw`(?:${aux})\s+(?:(?:également|aussi|en outre|par ailleurs|notamment|encore|de nouveau)\s+)?(?:${participle})`;

function t(kind: CommitmentKind, source: string, gift = false): Trigger {
  const mode: DirectionMode = gift ? "gift" : kind === "agreement" || kind === "signing" ? "parties" : "subject";
  // Whole words only, any case: a trigger may open the sentence.
  return { kind, mode, re: new RegExp(String.raw`(?<![\p{L}'’])(?:${source})(?![\p{L}])`, "giu") };
}

const EN: Trigger[] = [
  t(
    "pledge",
    "pledged|pledges|pledge to|promised|promises|vowed|vows|undertook to|undertakes to|committed (?:itself |himself |herself |themselves )?to",
  ),
  t(
    "pledge",
    String.raw`(?:showed|shows|expressed|expresses|reaffirmed|reaffirms|affirmed|affirms|voiced|confirmed|pledged)\s+(?:${PRONOUN}\s+)?(?:(?:continued|strong|full|firm|further|continuous)\s+)?support`,
  ),
  t(
    "pledge",
    String.raw`(?:will|would)\s+(?:continue\s+to\s+)?(?:maintain\s+support|provide|fund|finance|offer|grant|donate)`,
  ),
  t("pledge", String.raw`(?:is|was|as)\s+a\s+gift\s+(?:presented|offered|given|donated|handed\s+over)\s+to`, true),
  t("pledge", "donated|granted|handed over"),
  t(
    "request",
    String.raw`called\s+(?:on|upon|for)|calls\s+(?:on|upon|for)|urged|urges|asked|asks|requested|requests|demanded|appealed\s+to|appeals\s+to`,
  ),
  t(
    "request",
    String.raw`(?:voiced|expressed|voices|expresses)\s+(?:${PRONOUN}\s+)?hopes?\s+that|hoped\s+that|hopes\s+that`,
  ),
  t("proposal", String.raw`proposed|proposes|suggested|suggests|recommended|recommends`),
  // "Hung wanted the Cambodian ministry to participate": wanting someone else to act.
  t("proposal", String.raw`(?:wanted|wants)(?=(?:\s+[\p{L}’'-]+){1,6}\s+to\s)`),
  t("agreement", String.raw`agreed|agree\s+(?:to|on|that)|reached\s+(?:an\s+)?(?:agreement|consensus)|consented\s+to`),
  // "agreements signed between the two countries" reports an earlier signing, it is not one.
  t(
    "signing",
    String.raw`(?<!(?:agreements?|documents?|deals?|treaty|treaties|accords?|MoUs?|contracts?|memorand(?:um|a)|plans?|programmes?)\s)(?:signed|inked|co-signed)`,
  ),
];

const FR: Trigger[] = [
  t(
    "pledge",
    String.raw`s['’]est\s+engagée?|se\s+sont\s+engagé(?:e|s|es)?|s['’]engagent?|${fr("a|ont", "promis|pris l['’]engagement")}|promet|promettent`,
  ),
  t(
    "pledge",
    String.raw`${fr("a|ont", "affirmé|réaffirmé|exprimé|confirmé")}\s+(?:son|leur|le|un)\s+(?:(?:ferme|plein|entier)\s+)?soutien|continuera\s+(?:à|de)\s+soutenir|poursuivra\s+son\s+soutien`,
  ),
  t(
    "pledge",
    String.raw`(?:est|était|comme)\s+un\s+(?:cadeau|don)\s+(?:offert|remis|donné)\s+(?:au|à\s+la|à\s+l['’]|aux|à)`,
    true,
  ),
  t("pledge", fr("a|ont", "offert|fait don")),
  t(
    "request",
    String.raw`${fr("a|ont", "appelé|lancé un appel|demandé|exhorté|prié|sollicité")}|appelle|demande\s+à|exhorte`,
  ),
  t(
    "request",
    String.raw`${fr("a|ont", "exprimé\\s+(?:l['’]espoir|le\\s+souhait|son\\s+souhait)|souhaité|espéré")}(?:\s+que)?|souhaite\s+que|espère\s+que`,
  ),
  t("proposal", String.raw`${fr("a|ont", "proposé|suggéré|recommandé|voulu que")}|propose|suggère|recommande`),
  t(
    "agreement",
    String.raw`${fr("ont", "convenu")}|sont\s+convenus|se\s+sont\s+(?:mis|mises)\s+d['’]accord|se\s+sont\s+accordés|${fr("ont", "accepté de|décidé de")}`,
  ),
  t("signing", String.raw`${fr("a|ont|avait|avaient|va|vont", "signé|paraphé|conclu")}|signeront|signera`),
];

export interface TriggerMatch {
  trigger: Trigger;
  start: number;
  end: number;
}

/** The first commitment trigger in `text` (the main verb usually comes first), or null. */
export function firstTrigger(text: string, offset: number, language: Language): TriggerMatch | null {
  const triggers = language === "en" ? EN : language === "fr" ? FR : [...EN, ...FR];
  let best: TriggerMatch | null = null;
  for (const trigger of triggers) {
    trigger.re.lastIndex = 0;
    const m = trigger.re.exec(text);
    if (!m) continue;
    const start = offset + m.index;
    const end = start + m[0].length;
    if (!best || start < best.start || (start === best.start && end > best.end)) best = { trigger, start, end };
  }
  return best;
}
