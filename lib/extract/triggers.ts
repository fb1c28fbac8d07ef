/**
 * The verbs and constructions that state a commitment: English here, French in triggers-fr.ts,
 * the shape of a rule in trigger-rule.ts.
 */
import { t, type Trigger } from "./trigger-rule";
import { FR } from "./triggers-fr";
import type { Language } from "./types";

export type { DirectionMode, Trigger } from "./trigger-rule";

const PRONOUN = "(?:his|her|its|their|the|our)";
const AID = String.raw`(?:aid|assistance|ODA|grants?|loans?|credit|funding|financing)`;

const EN: Trigger[] = [
  t(
    "pledge",
    "pledged|pledges|pledge to|promised|promises|vowed|vows|undertook to|undertakes to|committed (?:itself |himself |herself |themselves )?to|(?:is|are|was|were) committed to",
  ),
  t(
    "pledge",
    String.raw`(?:showed|shows|expressed|expresses|reaffirmed|reaffirms|affirmed|affirms|voiced|confirmed|pledged)\s+(?:${PRONOUN}\s+)?(?:(?:continued|strong|full|firm|further|continuous)\s+)?support`,
  ),
  t(
    "pledge",
    String.raw`(?:will|would)\s+(?:continue\s+to\s+)?(?:maintain\s+support|provide|fund|finance|offer|grant|donate|give|extend)`,
  ),
  t("pledge", String.raw`(?:is|was|as)\s+a\s+gift\s+(?:presented|offered|given|donated|handed\s+over)\s+to`, {
    gift: true,
  }),
  t("pledge", "donated|granted|handed over|hands over|donates"),
  // Thanks for a concrete act reveal it: "thanked Japan for increasing its aid".
  t(
    "pledge",
    String.raw`thanked(?=(?:\s+[\p{L}’'-]{1,30}){1,6}\s+for\s+(?:(?:its|his|her|their)\s+)?(?:increasing|providing|granting|donating|funding|building|offering|aid|donations?|grants?|assistance|funding)(?![\p{L}]))`,
  ),
  // Verbs of giving that also tell background ("has provided training for years"): with a figure only.
  t(
    "pledge",
    String.raw`(?:has|have|had)\s+(?:already\s+)?(?:provided|given|allocated|disbursed|contributed|extended)|provided|allocated|extended|disbursed`,
    {
      needsFigure: true,
    },
  ),
  // "aid from A for B will increase to 52 million": the aid's growth is the pledge.
  t(
    "pledge",
    String.raw`(?<=${AID}(?:\s{1,5}[\p{L}()’'-]{1,30}){0,12}\s{1,5})(?:will|would)\s+(?:increase|rise|grow|reach)`,
    {
      needsFigure: true,
    },
  ),
  t(
    "request",
    String.raw`called\s+(?:on|upon|for)|calls\s+(?:on|upon|for)|urged|urges|asked|asks|requested|requests|demanded|appealed\s+to|appeals\s+to`,
  ),
  t(
    "request",
    String.raw`(?:voiced|expressed|voices|expresses)\s+(?:${PRONOUN}\s+)?hopes?\s+that|hoped\s+that|hopes\s+that|wished\s+that|wishes\s+that|(?:hoped|hopes|wished|wishes)(?=\s+(?:the\s+)?\p{Lu})|(?:expressed|voiced)\s+(?:${PRONOUN}\s+)?hopes?(?=\s+(?:that|for)\s)`,
  ),
  t("proposal", String.raw`proposed|proposes|suggested|suggests|recommended|recommends|pushed\s+for|advocated`),
  // "Hung wanted the Cambodian ministry to participate": wanting someone else to act.
  t("proposal", String.raw`(?:wanted|wants)(?=(?:\s+[\p{L}’'-]+){1,6}\s+to\s)`),
  t(
    "intent",
    String.raw`looked\s+forward\s+to|look\s+forward\s+to|looks\s+forward\s+to|(?:expressed|voiced|showed|affirmed)\s+(?:${PRONOUN}\s+)?(?:willingness|readiness|desire|wish)|(?:is|are|was|were)\s+(?:ready|willing|prepared)\s+to|(?<!(?:visit|trip|meeting|talks|event)\s)(?:aims?|plans?|intends?)\s+to|orientations?\s+to|(?:expected|scheduled)\s+to\s+(?:complete|be\s+completed|open|visit|host)`,
  ),
  // A planned visit talked over is an intent of the visitor: "discussed possible visits in 2022".
  t(
    "intent",
    String.raw`discussed\s+(?:the\s+|a\s+)?(?:(?:possible|planned|upcoming|forthcoming|future|next|proposed|reciprocal|high-level|official|state)\s+)*visits?|preparations?\s+for\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:(?:possible|planned|upcoming|forthcoming|future|next|official|state)\s+)*visit`,
    { mode: "visit" },
  ),
  // Stressing a need is putting it forward; "A and B need to…" reports the speaker's view.
  t(
    "proposal",
    String.raw`(?:stressed|emphasi[sz]ed|underlined|underscored|put\s+(?:an\s+|special\s+)?emphasis\s+on)\s+the\s+(?:need|necessity)\s+(?:to|for)`,
  ),
  t("proposal", String.raw`(?<=\p{Lu}[\p{L}-]{1,30}\s{1,3}and\s{1,3}\p{Lu}[\p{L}-]{1,30}\s{1,3})need\s+to`, {
    mode: "speaker",
  }),
  // Appreciation of the other side's undertaking states it: "welcomed Laos's commitment to…".
  t(
    "intent",
    String.raw`(?:appreciation|gratitude|welcomed|welcomes|appreciated)(?=\s+(?:for\s+)?[\p{L}’'-]{1,30}(?:\s+[\p{L}’'-]{1,30})?['’]s?\s+(?:commitment|pledge|decision|plan|readiness|willingness)\s+to\s)`,
  ),
  t(
    "agreement",
    String.raw`agreed|agree\s+(?:to|on|that)|reached\s+(?:an\s+)?(?:agreement|consensus)|consented\s+to|(?:approved|accepted)(?=\s+(?:the\s+|a\s+|an\s+)?(?:proposal|request|plan|offer))`,
  ),
  // "agreements signed between the two countries" reports an earlier signing, it is not one.
  t(
    "signing",
    String.raw`(?<!(?:agreements?|documents?|deals?|treaty|treaties|accords?|MoUs?|contracts?|memorand(?:um|a)|plans?|programmes?)\s)(?:signed|inked|co-signed)|(?:the\s+)?signing\s+of`,
  ),
];

// "has extended three credit lines in recent years", "a financé … au cours de la dernière
// décennie", "had financed … since 2010": a tally of the past, not this news.
export const BACKGROUND =
  /(?<![\p{L}])(?:in\s+recent\s+years|over\s+the\s+(?:past\s+|last\s+)?(?:years|decades?)|so\s+far|to\s+date|since\s+(?:\d{4}|(?:its|their)\s+(?:creation|establishment|founding))|au\s+fil\s+des\s+années|(?:ces|au\s+cours\s+des)\s+dernières\s+années|au\s+cours\s+de\s+la\s+dernière\s+décennie|depuis\s+(?:\d{4}|(?:sa|leur)\s+création)|jusqu['’]à\s+présent)(?![\p{L}])/iu;

export interface TriggerMatch {
  trigger: Trigger;
  start: number;
  end: number;
}

/** The first commitment trigger in `text` (the main verb usually comes first), or null. */
export function firstTrigger(text: string, offset: number, language: Language, hasFigure = true): TriggerMatch | null {
  const triggers = language === "en" ? EN : language === "fr" ? FR : [...EN, ...FR];
  let best: TriggerMatch | null = null;
  for (const trigger of triggers) {
    if (trigger.needsFigure && (!hasFigure || BACKGROUND.test(text))) continue;
    trigger.re.lastIndex = 0;
    const m = trigger.re.exec(text);
    if (!m) continue;
    const start = offset + m.index;
    const end = start + m[0].length;
    if (!best || start < best.start || (start === best.start && end > best.end)) best = { trigger, start, end };
  }
  return best;
}
