/**
 * The words that name a signed instrument, English and French, and the document kind each head
 * noun gives (lib/documents/schema.ts DOCUMENT_KINDS). Patterns are tried on one sentence at a
 * time; every repetition is bounded, so each stays linear in the sentence.
 */
import { foldString } from "./fold";
import type { DocumentKind, Language } from "./types";

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}])`;

const EN_HEADS = String.raw`memorand(?:um|a) of understanding|MoUs?|memorand(?:um|a)|agreements?|accords?|treat(?:y|ies)|protocols?|exchanges? of notes|conventions?|contracts?|deals?|lines? of credit|LoCs?|loan agreements?|programmes?|programs?|plans? of action|action plans?|joint declarations?|declarations?|joint statements?|statements?|joint communiqu[ée]s?|communiqu[ée]s?|charters?|letters? of intent|amendments?|notes`;
const FR_HEADS = String.raw`m[ée]morand(?:um|a)s? d['’]entente|protocoles? d['’]accord|m[ée]morand(?:um|a)s?|accords?(?:-cadres?)?|trait[ée]s?|protocoles?|[ée]changes? de notes|conventions?|contrats?|avenants?|amendements?|programmes?|plans? d['’]action|d[ée]clarations?(?: conjointes?| communes?)?|communiqu[ée]s? conjoints?|lettres? d['’]intention|proc[èe]s-verba(?:l|ux)|chartes?`;

export function headPattern(language: Language): RegExp {
  const heads = language === "en" ? EN_HEADS : language === "fr" ? FR_HEADS : `${EN_HEADS}|${FR_HEADS}`;
  return new RegExp(`${B}(?:${heads})${E}`, "giu");
}

// Statements are issued or adopted rather than signed.
const STATEMENT = /^(?:joint )?(?:declaration|statement|communique)|^d[ée]claration|^communiqu/u;
export const isStatement = (head: string) => STATEMENT.test(foldString(head));

/** The kind a head noun gives; an amendment takes the kind of what it amends (`inner`). */
export function kindOf(head: string, inner?: string): DocumentKind {
  const h = foldString(head);
  if (/^(?:amendment|amendement|avenant)/u.test(h)) return inner ? kindOf(inner) : "agreement";
  if (/memorand|^mou|protocoles? d'accord|letters? of intent|lettres? d'intention/u.test(h)) return "mou";
  if (/^(?:treat|traite)/u.test(h)) return "treaty";
  if (STATEMENT.test(h)) return "joint_statement";
  if (/^(?:programme|program|plans? of action|action plan|plans? d'action)/u.test(h)) return "action_programme";
  if (/^(?:notes|charter|charte|proces)/u.test(h)) return "other";
  return "agreement";
}

export const isPlural = (head: string) =>
  /s$|^(?:exchanges?|echanges?) de notes$|^accords-cadres$/u.test(foldString(head)) &&
  !/^(?:exchange|echange) (?:of|de) notes$|^notes$|^proces-verbal$/u.test(foldString(head));

const EN_CUE = String.raw`signed|signs|signing|(?:will|to|would|shall)\s+sign|inked|inks|co-signed|concluded|exchanged|entered into|sealed`;
const FR_CUE = String.raw`sign[ée]e?s?|signer|signature|signeront|signera|paraph[ée]e?s?|conclue?s?|proc[ée]d[ée] (?:à|a)|[ée]chang[ée]e?s?|scell[ée]e?s?`;
const STATEMENT_CUE = String.raw`reached|adopted|issued|released|adopt[ée]e?s?|publi[ée]e?s?|rendu(?:e|s)? public`;

export function cuePattern(language: Language): RegExp {
  const cues = language === "en" ? EN_CUE : language === "fr" ? FR_CUE : `${EN_CUE}|${FR_CUE}`;
  return new RegExp(`${B}(?:${cues})${E}`, "iu");
}
export const STATEMENT_CUE_RE = new RegExp(`${B}(?:${STATEMENT_CUE})${E}`, "iu");

// An instrument still to be signed: "will sign", "to be signed", "sera signée par la suite",
// an intent ("intend to sign", "entendent … signer").
export const PENDING =
  /(?<![\p{L}])(?:will (?:be )?sign|to be signed|are to sign|is to sign|expected to sign|plan(?:s|ned)? to sign|sera(?:it)? sign|seront sign|signera|signeront|va signer|vont signer|devrai(?:t|ent) (?:être )?sign|par la suite|intends? to sign|aims? to sign|(?:entend\p{L}*|compt\p{L}*|pr[ée]voi\p{L}*\s+de|envisag\p{L}*\s+de|souhait\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}?signer)/iu;

// Words that count a set of instruments: "six agreements", "22 accords", "deux conventions".
export const COUNT =
  /^(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a dozen|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs|une dizaine de|une vingtaine de)$/iu;

// Determiners that point back to an instrument already named: "the agreement", "ce don".
export const REFERENCE =
  /^(?:the|this|that|these|those|such|its|their|le|la|l['’]|les|ce|cet|cette|ces|ledit|ladite|lesdits|son|sa|ses|leur|leurs)$/iu;
export const DEMONSTRATIVE = /(?<![\p{L}])(?:this|that|these|those|ce|cet|cette|ces|said|ledit|ladite)(?![\p{L}])/iu;
// What may follow a head to name the instrument: "on", "concerning", "sur", "relatif à"…
export const COMPLEMENT =
  /^\s*(?:on|concerning|regarding|relating to|related to|in the field of|for cooperation|of cooperation|between|sur|concernant|relati(?:f|ve|fs|ves)|portant|pour|de coop[ée]ration|de financement|du|de la|des|de l['’]|d['’]|entre|de)(?![\p{L}])/iu;

// "… on X and an agreement on Y": a conjunction then a new instrument (at most two words before
// its head) ends the first one's title, so that one signing verb can tell several instruments.
const CONJ_NEW =
  /\s+(?:(?:and|et|as well as|ainsi que|along with)\s+|ainsi qu['’])(?:an?|the|une?|un|le|la|les|l['’])\s*/giu;
export function nextInstrumentAt(language: Language, text: string): number | undefined {
  const heads = language === "en" ? EN_HEADS : language === "fr" ? FR_HEADS : `${EN_HEADS}|${FR_HEADS}`;
  const head = new RegExp(`^(?:[\\p{L}-]+\\s+){0,2}?(?:${heads})${E}`, "iu");
  for (const m of text.matchAll(CONJ_NEW)) {
    if (head.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) return m.index;
  }
  return undefined;
}
