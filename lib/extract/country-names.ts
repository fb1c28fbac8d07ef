/**
 * More names for a country than the database's one English and one French: the short names news
 * uses where the ISO name is a long style ("China", "Laos"), and the long official styles of a
 * state or its government ("Kingdom of Thailand", "Royal Government of Cambodia", "le Royaume du
 * Maroc", "République démocratique populaire lao"), generated for every country, not listed.
 */
import { demonymsOf } from "./demonyms";

/** Common English short names where the ISO name is a style or a qualified form. */
const SHORT: Record<string, string[]> = {
  CN: ["China"],
  LA: ["Laos"],
  KR: ["Korea", "Republic of Korea", "RoK"],
  KP: ["Democratic People's Republic of Korea", "DPRK"],
  RU: ["Russia"],
  IR: ["Iran"],
  SY: ["Syria"],
  TZ: ["Tanzania"],
  MD: ["Moldova"],
  BN: ["Brunei"],
  CZ: ["Czechia"],
  TW: ["Taiwan"],
  VN: ["Viet Nam"],
  US: ["United States", "USA"],
  GB: ["Britain", "Great Britain", "UK"],
  VA: ["Vatican"],
  BO: ["Bolivia"],
  VE: ["Venezuela"],
  MK: ["North Macedonia"],
  FM: ["Micronesia"],
  PS: ["Palestine"],
  CD: ["DR Congo", "DRC"],
  CI: ["Ivory Coast", "Côte d'Ivoire"],
  TL: ["East Timor"],
  MM: ["Burma"],
  TR: ["Turkey"],
};

const EN_STYLES = [
  "Republic of",
  "Kingdom of",
  "Government of",
  "Royal Government of",
  "Socialist Republic of",
  "People's Republic of",
  "Democratic Republic of",
  "Federal Republic of",
  "Islamic Republic of",
  "State of",
];
// Matching folds case and accents: "gouvernement" and "Etat" are found through these.
const FR_STYLES = ["République", "Royaume", "Gouvernement", "État", "Gouvernement royal"];
const FR_LINKS = ["de", "du", "de la", "d'", "des"];
const FR_ADJECTIVES = [
  "",
  "socialiste",
  "populaire",
  "démocratique",
  "démocratique populaire",
  "fédérale",
  "islamique",
];

/** Every further name of a country, from its names in the database and its code. */
export function countryNames(code: string, names: readonly string[]): string[] {
  const short = [...names, ...(SHORT[code] ?? [])].filter((n) => n.split(" ").length <= 2 && !n.includes(","));
  const out = new Set<string>(SHORT[code] ?? []);
  for (const name of short) {
    for (const style of EN_STYLES) {
      out.add(`${style} ${name}`);
      out.add(`${style} the ${name}`);
    }
    for (const style of FR_STYLES) {
      for (const adjective of FR_ADJECTIVES) {
        for (const link of FR_LINKS) out.add(`${style}${adjective ? ` ${adjective}` : ""} ${link} ${name}`);
      }
    }
  }
  // "The Thai side", "the Lao government", "la partie cambodgienne", "République française".
  for (const adjective of demonymsOf(code)) {
    for (const noun of ["side", "Government", "government", "State"]) out.add(`${adjective} ${noun}`);
    // Not "État chinois": "conseiller d'État chinois" is a title.
    for (const noun of ["partie", "gouvernement", "Gouvernement"]) out.add(`${noun} ${adjective}`);
    for (const form of FR_ADJECTIVES) out.add(`République ${form ? `${form} ` : ""}${adjective}`);
  }
  return [...out];
}
