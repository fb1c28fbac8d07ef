/** The French verbs and constructions that state a commitment (see trigger-rule.ts). */
import { fr, t, type Trigger } from "./trigger-rule";

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
    String.raw`${fr("a|ont", "accordé|fourni|financé|mis à la disposition|débloqué")}|accorde|accordent|fournira|financera|accordera|octroiera|met(?:tent)?\s+à\s+la\s+disposition`,
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
    String.raw`${fr("a|ont", "exprimé\\s+(?:sa|leur)\\s+(?:volonté|disposition|disponibilité)|manifesté\\s+(?:sa|leur)\\s+volonté")}|(?:se\s+(?:dit|disent)|s['’]est\s+dite?|se\s+sont\s+dits?)\s+prêts?|prévoi(?:t|ent)\s+de|envisage(?:nt)?\s+de|se\s+rendra|effectuera|accueillera`,
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
    String.raw`${fr("ont", "convenu")}|sont\s+convenus|se\s+sont\s+(?:mis|mises)\s+d['’]accord|se\s+sont\s+accordée?s|${fr("ont", "accepté de|décidé de|consenti")}|${fr("a", "accepté de|consenti")}`,
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
