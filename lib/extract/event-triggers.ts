/**
 * The words that name an occasion, English and French. Each trigger gives the event kind, how
 * strongly it states an occasion (a noun phrase that names it outranks a bare verb), and whether
 * it only points back at one already told ("the meeting", "their talks", "cette visite").
 * Every repetition is bounded: each pattern is linear in the sentence.
 */
import type { EventKind, Language } from "./types";
import { wordsToDecimal } from "./numbers";

export type Ceremony = "signing" | "inauguration" | "handover" | "groundbreaking" | "any";

export interface EventTrigger {
  kind: EventKind;
  ceremony?: Ceremony;
  /** 5: a phrase that names the occasion; 2: a verb that implies one (1: a signing told). */
  strength: number;
  anaphoric?: true;
  re: RegExp;
  /** Checked, case-sensitive, on the text right after the match: "received" + a name or title. */
  next?: RegExp;
}

const MODS = String.raw`(?:[\p{L}\p{N}-]+\s+){0,3}`;
const PERSONISH =
  /^\s+(?:visiting\s+|the\s+visiting\s+)?(?:\p{Lu}|(?:a|an|the)\s+(?:\S+\s+)?(?:delegation|ambassador|envoy|minister|president))/u;
const PERSONISH_FR =
  /^\s+(?:en audience\s+)?(?:\p{Lu}|(?:l['’]|le\s+|la\s+|une\s+|les\s+)(?:\S+\s+)?(?:ambassad|envoy|ministre|président|délégation|vice|secrétaire))/u;

function t(kind: EventKind, strength: number, source: string, extra: Partial<EventTrigger> = {}): EventTrigger {
  return { kind, strength, re: new RegExp(String.raw`(?<![\p{L}])(?:${source})(?![\p{L}])`, "giu"), ...extra };
}

const EN: EventTrigger[] = [
  t("visit", 2, String.raw`(?:this|current|ongoing|present)\s+visit|the\s+visit(?!\s+(?:of|to|by))`, {
    anaphoric: true,
  }),
  t("visit", 5, String.raw`(?:a|an|his|her|their|its|the)\s+${MODS}visit(?=\s+(?:to|of|by|in)\s)`),
  // "the minister's visit to X", "a trip to X by …": a visit named without the word's article.
  t("visit", 5, String.raw`\p{L}+['’]s\s+${MODS}(?:visit|trip)(?=\s+(?:to|in)\s)`),
  t("visit", 5, String.raw`(?:a|an|his|her|their|its)\s+${MODS}trip(?=\s+to\s)`),
  t(
    "visit",
    5,
    String.raw`(?:paid|pays|paying|made|makes|making|began|begins|concluded|concludes|is on|was on|were on|are on)\s+(?:a|an|his|her|their)\s+${MODS}visit`,
  ),
  t("visit", 2, String.raw`visited|(?:will|to|would)\s+visit(?=\s+\p{Lu})|is visiting|was visiting`),
  t("reception", 2, String.raw`received|receives|receiving|hosted|hosts`, { next: PERSONISH }),
  t(
    "reception",
    5,
    String.raw`(?:gave|give|gives|hosted|hosts|held|holds)\s+a\s+(?:\S+\s+)?reception|(?:was|were)\s+received\s+by(?![^.;]{0,150}?\sfrom\s)|courtesy\s+call`,
  ),
  t(
    "talks",
    2,
    String.raw`(?:after|following|during|in)\s+(?:the|their|these)\s+talks|the\s+talks(?!\s+(?:with|between))`,
    { anaphoric: true },
  ),
  // "on hold since funding talks stalled" holds no talks: the words between are not a preposition.
  t(
    "talks",
    5,
    String.raw`(?:held|hold|holds|holding|had|have|has)\s+(?:(?!(?:since|until|after|before|for|on)\s)\S+\s+){0,2}talks|talks\s+(?:with|between)|(?:after|following|during|before)\s+talks(?=\s+(?:in|at|with)\s)`,
  ),
  // "the next round of negotiations": a round names the occasion.
  t(
    "talks",
    5,
    String.raw`(?:next|first|second|third|new|last|latest|fresh)\s+round\s+of\s+${MODS}(?:talks|negotiations|consultations)`,
  ),
  t("meeting", 2, String.raw`(?:at|during|in|after)\s+the\s+meeting|the\s+meeting(?!\s+(?:with|between|of))`, {
    anaphoric: true,
  }),
  t(
    "meeting",
    5,
    String.raw`(?:held|hold|holds|had|has|have|during|at|in)\s+(?:a|an|their|his|her)\s+(?:\S+\s+){0,2}meeting(?!\s+(?:hall|room|place|point|venue))|meeting\s+(?:with|between)`,
  ),
  t("meeting", 2, String.raw`met(?:\s+with)?(?=\s+(?:\p{Lu}|his|her|their))`),
  t(
    "joint_committee",
    5,
    // "the next meeting of their commission": an ordinal, or where it stands in a series.
    String.raw`(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|previous|upcoming|inaugural|annual)\s+(?:(?:meeting|session)\s+of\s+(?:the|their|its)\s+)?${MODS}(?:joint\s+)?(?:commission|committee|council)`,
  ),
  t(
    "meeting",
    5,
    String.raw`(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+${MODS}(?:retreat|dialogue|consultations?|summit)`,
  ),
  t("joint_committee", 2, String.raw`co-?chaired|co-?chairing|co-?chairs`),
  t("conference", 5, String.raw`(?:at|during|to|in)\s+(?:a|an|the)\s+${MODS}conference(?=\s+(?:of|on|between))`),
  t("conference", 2, String.raw`(?:at|during)\s+the\s+conference`, { anaphoric: true }),
  t("signing_ceremony", 5, String.raw`signing\s+ceremony|ceremony\s+(?:for|to\s+mark)\s+the\s+signing`, {
    ceremony: "signing",
  }),
  t("signing_ceremony", 2, String.raw`(?:witnessed|witnessing|attended|present\s+at)\s+the\s+signing`, {
    ceremony: "signing",
  }),
  t("other", 2, String.raw`inaugurated|inaugurates|inauguration(?:\s+ceremony)?`, { ceremony: "inauguration" }),
  t("other", 2, String.raw`handover(?:\s+ceremony)?|hand-over|handing-over|handed\s+over`, { ceremony: "handover" }),
  t("other", 2, String.raw`groundbreaking|ground-breaking|broke\s+ground|breaks\s+ground`, {
    ceremony: "groundbreaking",
  }),
  // "Speaking at the ceremony": a bare "the ceremony" points back at the one just told.
  t("other", 5, String.raw`(?:a|an)\s+(?:\S+\s+)?ceremony|the\s+(?!ceremony)\S+\s+ceremony`, { ceremony: "any" }),
  t("other", 2, String.raw`the\s+ceremony(?!\s+(?:for|to|of|marking))`, { ceremony: "any", anaphoric: true }),
];

const FR: EventTrigger[] = [
  t("visit", 2, String.raw`(?:cette|sa\s+présente|la\s+présente)\s+visite|visite\s+(?:actuelle|en\s+cours)`, {
    anaphoric: true,
  }),
  t("visit", 5, String.raw`(?<!échanges?\s+de\s+)(?:une|la|sa|leur)\s+${MODS}visite(?!s)`),
  t("visit", 5, String.raw`en\s+visite\s+(?:officielle\s+|d['’]État\s+|de\s+travail\s+)?(?:au|en|à|aux|dans)`),
  t(
    "visit",
    2,
    String.raw`s['’]est\s+rendue?\s+(?:au|en|à|aux)|se\s+sont\s+rendus\s+(?:au|en|à|aux)|se\s+rendra\s+(?:au|en|à|aux)`,
  ),
  t("reception", 2, String.raw`(?:a|ont)\s+reçu|a\s+accueilli|reçoit`, { next: PERSONISH_FR }),
  t(
    "reception",
    5,
    String.raw`(?:a|ont)\s+été\s+reçue?s?\s+(?:en\s+audience\s+)?par|(?:a|ont)\s+offert\s+une\s+réception|audience\s+(?:à|au|aux)`,
  ),
  t(
    "talks",
    5,
    String.raw`s['’]est\s+entretenue?\s+avec|se\s+sont\s+entretenus|entretiens?\s+(?:bilatéra\p{L}*|avec|entre|officiels?|(?:à|au|en)\s+\p{Lu}[\p{L}-]*\s+avec)|ont\s+eu\s+des\s+entretiens`,
  ),
  t(
    "talks",
    2,
    String.raw`(?:l['’]|les\s+|ces\s+|leurs?\s+)entretiens?(?!\s+(?:bilatéra|avec|entre|officiel|(?:à|au|en)\s+\p{Lu}[\p{L}-]*\s+avec))`,
    {
      anaphoric: true,
    },
  ),
  t(
    "meeting",
    5,
    String.raw`(?:a|ont)\s+rencontré|rencontre\s+(?:avec|entre|bilatérale)|réunion\s+(?:avec|entre|bilatérale)|séance\s+de\s+travail`,
  ),
  t("meeting", 2, String.raw`(?:la|cette)\s+réunion(?!\s+(?:avec|entre|bilatérale|du|de\s+la))`, { anaphoric: true }),
  t(
    "joint_committee",
    5,
    String.raw`(?:\d{1,3}(?:e|ème|eme|è|re|er)|première|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième)\s+(?:réunion|session)\s+(?:du|de\s+la)\s+(?:comité|commission)`,
  ),
  t(
    "joint_committee",
    5,
    String.raw`(?:\d{1,3}(?:e|ème|eme|è|re|er)|première|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième)\s+${MODS}(?:comité|commission)`,
  ),
  t(
    "meeting",
    5,
    String.raw`(?:\d{1,3}(?:e|ème|eme|è|re|er)|première|deuxième|troisième|quatrième|cinquième)\s+${MODS}(?:sommet|dialogue|consultations?)`,
  ),
  // "la prochaine session de la commission mixte", "le comité de pilotage … se réunira".
  t(
    "joint_committee",
    5,
    String.raw`(?:prochaine|dernière|nouvelle|précédente)\s+(?:réunion|session)\s+(?:du|de\s+la)\s+${MODS}(?:comité|commission)|(?:le|la)\s+(?:comité|commission)(?=(?:\s+[\p{L}'’-]+){1,8}?\s+(?:se\s+réunira|se\s+réuniront|se\s+réunit|s['’]est\s+réuni\p{L}*|se\s+tiendra)(?![\p{L}]))`,
  ),
  t("joint_committee", 2, String.raw`co-?présidée?s?|co-?présidé|ont\s+co-?présidé|co-?présidaient`),
  t("conference", 5, String.raw`(?:la|une)\s+conférence\s+(?:de|sur|des|du|entre)`),
  t("signing_ceremony", 5, String.raw`cérémonies?\s+(?:officielles?\s+)?de\s+signature`, { ceremony: "signing" }),
  t("signing_ceremony", 2, String.raw`(?:ont|a)\s+assisté\s+à\s+la\s+signature`, { ceremony: "signing" }),
  t("other", 2, String.raw`cérémonies?\s+d['’]inauguration|inaugur(?:é|ée|és|ées|ation|ait|ent)`, {
    ceremony: "inauguration",
  }),
  t("other", 2, String.raw`cérémonie\s+de\s+remise|remise\s+officielle|ont\s+remis|a\s+remis`, {
    ceremony: "handover",
  }),
  t(
    "other",
    2,
    String.raw`mis\p{L}*\s+en\s+chantier|mise\s+en\s+chantier|première\s+pierre|lancement\s+des\s+travaux`,
    { ceremony: "groundbreaking" },
  ),
  // "lors de la cérémonie", "cette cérémonie": a bare definite points back.
  t("other", 5, String.raw`une\s+cérémonie(?:\s+officielle)?`, { ceremony: "any" }),
  t("other", 2, String.raw`(?:la|cette)\s+cérémonie(?!\s+(?:de|d['’]|du|officielle))`, {
    ceremony: "any",
    anaphoric: true,
  }),
  t("other", 5, String.raw`(?:la|cette)\s+cérémonie(?=\s+(?:officielle|de|d['’]|du))`, { ceremony: "any" }),
];

// "the visit of X to Y", "la visite officielle du Premier ministre … en Chine": the visitor follows.
export const VISIT_OF =
  /^(?:\s+[\p{Ll}'’-]+){0,2}?\s+(?:(?:of|by|du|de la)(?![\p{L}])|de l['’]|d['’]|de\s+(?=\p{Lu}))/u;

// A planned occasion: no date is better than the publication's or another event's.
export const PLANNED =
  /(?<![\p{L}])(?:will|shall|to be held|planned|next|upcoming|prochaine?s?|sera|aura lieu|se tiendra|prévue?s?)(?![\p{L}])/iu;

export function eventTriggers(language: Language): EventTrigger[] {
  return language === "en" ? EN : language === "fr" ? FR : [...EN, ...FR];
}

// Held at a distance: no host and no visitor.
export const VIRTUAL =
  /(?<![\p{L}])(?:video-?conferenc\p{L}*|virtual(?:ly)?|online|visioconférence|vidéoconférence|en\s+ligne)(?![\p{L}])/iu;

// "a three-day visit", "une visite de deux jours": the occasion's length in days.
export const LENGTH =
  /(?<![\p{L}])(?:(two|three|four|five|six|seven|\d)-day|de\s+(deux|trois|quatre|cinq|six|sept|\d)\s+jours)(?![\p{L}])/iu;
export function lengthInDays(text: string): number | undefined {
  const m = LENGTH.exec(text);
  const word = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (!word) return undefined;
  // The number words are read by the one reader of them (numbers.ts), digits as they are.
  return Number(/^\d$/.test(word) ? word : wordsToDecimal(word));
}
