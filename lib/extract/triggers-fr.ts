/** The French verbs and constructions that state a commitment (see trigger-rule.ts). */
import { fr, t, type Trigger } from "./trigger-rule";

// Stems of the giving verbs, each ready for a future ending ("octroie|ra") or an infinitive's
// ("financ|er" from "finance|r", "construi|re").
const GIVE = String.raw`octroie|finance|fourni|mobilise|débloque|alloue|verse|décaisse|investi|offri|cède`;
const GIVE_IF_FIGURE = String.raw`accorde|consacre|construi|mett|apporte|déploie|dégage|affecte|livre|remett`;
const ADVERB = String.raw`(?:\s+(?:également|aussi|en\s+outre|par\s+ailleurs|notamment|bientôt|prochainement))?`;
const AID_NOUN = String.raw`contribution|don|enveloppe|aide|subvention|prêt|financement|appui\s+financier|ligne\s+de\s+crédit|dotation|investissement`;

// An aside between a verb and what it governs: "envisage, pour sa part, d'ouvrir".
// Bounded spaces: the aside also sits inside a lookbehind.
const ASIDE = String.raw`\s{0,3},?\s{0,3}(?:pour\s(?:sa|leur)\spart|par\sailleurs|également|aussi|en\soutre|désormais|notamment|ainsi|donc)\s{0,3},?`;
// An infinitive, with a leading object pronoun: "renforcer", "s'associer", "les financer".
// Words ending like one are kept out ("souhaite notre soutien", "entend quatre ministres").
const INFINITIVE = String.raw`(?:(?:se|s['’]|l['’]|le|la|les|en|y)\s{0,3})?(?!(?:notre|votre|autre|entre|contre|quatre|hier|premier|dernier)(?![\p{L}]))\p{L}{2,20}(?:er|ir|re)`;

const PARTIE = String.raw`(?:parties|pays|côtés|gouvernements|ministres|dirigeants|délégations)`;

export const FR: Trigger[] = [
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
    { gift: true },
  ),
  t(
    "pledge",
    String.raw`${fr("a|ont", "offert|fait don|remis|octroyé|alloué")}|fait\s+don|offre|offrent|octroie|octroient`,
  ),
  // Giving verbs that are also said of importance or attention ("accorde une grande importance"):
  // a pledge only with a figure.
  t(
    "pledge",
    String.raw`${fr("a|ont", "accordé|fourni|financé|mis à la disposition|débloqué")}|accorde|accordent|met(?:tent)?\s+à\s+la\s+disposition`,
    { needsFigure: true },
  ),
  // The future (and "va/vont" + infinitive) of a giving verb states what is still to be given:
  // "l'agence octroiera…", "les deux banques financeront…", "va débloquer…".
  t("pledge", String.raw`(?:${GIVE})(?:ra|ront)|(?:va|vont)${ADVERB}\s+(?:${GIVE})re?`),
  // Verbs also said of importance, trust or effort ("accordera une grande importance", "construira
  // la confiance", "déploiera des efforts"): a pledge only with a figure.
  t("pledge", String.raw`(?:${GIVE_IF_FIGURE})(?:ra|ront)|(?:va|vont)${ADVERB}\s+(?:${GIVE_IF_FIGURE})re?`, {
    needsFigure: true,
  }),
  // "a annoncé un don de…", "ont annoncé une enveloppe de…": the announced aid is a pledge.
  t(
    "pledge",
    String.raw`${fr("a|ont|avait|avaient", "annoncé|dévoilé")}\s+(?:\p{L}{1,12}\s+){0,3}(?:une?|l['’]octroi\s+d['’]une?|la\s+mobilisation\s+d['’]une?)\s+(?:(?:nouvelle?|nouveaux|importante?|aide|appui)\s+)?(?:${AID_NOUN})\s+(?:de|d['’])`,
    { needsFigure: true },
  ),
  t(
    "request",
    String.raw`${fr("a|ont", "appelé|lancé un appel|demandé|exhorté|prié|sollicité|plaidé pour")}|appelle|demande\s+à|exhorte|sollicite`,
  ),
  t(
    "request",
    String.raw`${fr("a|ont", "exprimé\\s+(?:l['’]espoir|le\\s+souhait|son\\s+souhait)|souhaité|espéré")}(?:\s+que)?|souhaite\s+que|espère\s+que`,
  ),
  t(
    "proposal",
    String.raw`${fr("a|ont", "proposé|suggéré|recommandé|voulu que|poussé pour")}|propose|suggère|recommande`,
  ),
  t(
    "intent",
    String.raw`${fr("a|ont", "exprimé\\s+(?:sa|leur)\\s+(?:volonté|disposition|disponibilité)|manifesté\\s+(?:sa|leur)\\s+volonté")}|(?:se\s+(?:dit|disent)|s['’]est\s+dite?|se\s+sont\s+dits?)\s+prêts?|se\s+rendra|effectuera|accueillera`,
  ),
  // Plans and wishes to act, any person, with an optional aside before the infinitive: "envisage
  // d'ouvrir", "prévoient pour leur part de", "entend renforcer", "souhaite porter" (a wish that
  // someone else acts, "souhaite que…", stays a request above).
  t(
    "intent",
    String.raw`(?:(?:envisag|prévoi|prévoy)\p{L}{0,5}|${fr("a|ont|avait|avaient", "l['’]intention|pour\\s+objectif")})(?=(?:${ASIDE})?\s{1,3}(?:de|d['’]))|(?<=(?<![\p{L}])(?:entend|entendent|entendait|entendaient|souhaite|souhaitent)(?:${ASIDE})?\s{1,3})${INFINITIVE}`,
  ),
  // A planned visit under discussion: "la préparation de la visite du ministre en Chine".
  t(
    "intent",
    String.raw`(?:préparation|organisation)\s+de\s+(?:la|sa|leur)\s+(?:prochaine\s+|future\s+)?visite|${fr("a|ont", "discuté|évoqué|abordé")}\s+(?:de\s+)?(?:la|les|sa|leur|leurs)\s+(?:prochaines?\s+|futures?\s+)?visites?`,
    { mode: "visit" },
  ),
  t("proposal", String.raw`${fr("a|ont", "souligné|insisté sur|rappelé")}\s+la\s+nécessité\s+(?:de|d['’])`),
  t(
    "proposal",
    String.raw`(?<=\p{Lu}[\p{L}-]{1,30}\s{1,3}et\s{1,3}(?:le\s|la\s|l['’])?\p{Lu}[\p{L}-]{1,30}\s{1,3})doivent`,
    {
      mode: "speaker",
    },
  ),
  t(
    "agreement",
    String.raw`${fr("ont", "convenu")}|(?:sont|se\s+sont)\s+convenu(?:e|s|es)?|se\s+sont\s+(?:mis|mises)\s+d['’]accord|se\s+sont\s+accordée?s|${fr("ont", "accepté de|décidé de|consenti")}|${fr("a", "accepté de|consenti")}`,
  ),
  // The future after "les deux parties": "les deux parties renforceront leur coopération".
  t("agreement", String.raw`(?<=les\s{1,5}deux\s{1,5}${PARTIE}\s{1,5}(?:\p{L}{1,20}\s{1,5}){0,2})\p{L}{2,20}ront`),
  // Signed instruments that set a purpose: "les accords signés visent à renforcer…".
  t("agreement", String.raw`(?<=(?:accords?|conventions?|mémorandums?)(?:\s{1,5}signés?)?\s{1,5})vise(?:nt)?\s+à`),
  t(
    "signing",
    String.raw`${fr("a|ont|avait|avaient|va|vont", "signé|paraphé|conclu")}|signeront|signera|(?:à|lors\s+de|après)\s+la\s+signature\s+d(?:['’]|e|u|es)(?![\p{L}])`,
  ),
];
