/**
 * Words for comparing a sentence with a commitment's titles across English and French: folded,
 * stop words dropped, a few common project nouns brought to one form ("école" → school), then cut
 * to a five-letter stem so that plurals and cognates meet ("centres", "informations").
 */
import { foldString } from "./fold";

const STOP = new Set(
  (
    "the a an of for to in on at by and or with from its their his her this that these those was were is are be been " +
    "has have had will would as which who into over under between both two sides other also such new " +
    "le la les un une des du de d l au aux et ou en par pour sur avec dans ce cette ces son sa ses leur leurs " +
    "est sont ete a qui que entre deux parties"
  ).split(" "),
);

// French to English, folded: the nouns commitments are most often named by.
const SAME: Record<string, string> = {
  center: "centre",
  centers: "centre",
  ecole: "school",
  ecoles: "school",
  hopital: "hospital",
  hopitaux: "hospital",
  pont: "bridge",
  ponts: "bridge",
  route: "road",
  routes: "road",
  usine: "factory",
  usines: "factory",
  aeroport: "airport",
  batiment: "building",
  batiments: "building",
  siege: "headquarters",
  logements: "housing",
  logement: "housing",
  eau: "water",
  electricite: "electricity",
  formation: "training",
  formations: "training",
  bourses: "scholarship",
  bourse: "scholarship",
  surveillance: "monitoring",
  securite: "safety",
  cybersecurite: "cybersecurity",
  materiel: "equipment",
  equipements: "equipment",
  fournitures: "supplies",
  vaccins: "vaccine",
  riz: "rice",
  pret: "loan",
  prets: "loan",
  don: "gift",
  cadeau: "gift",
  agricole: "agriculture",
  agricoles: "agriculture",
  agricultural: "agriculture",
  militaire: "military",
  centrale: "plant",
  barrage: "dam",
};

const WORD = /[\p{L}\p{N}]+/gu;
const STEM = 5;

/** The stems of `text`'s content words, each once. */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of foldString(text).matchAll(WORD)) {
    const word = m[0];
    if (word.length < 3 || STOP.has(word) || /^\d+$/.test(word)) continue;
    out.add((SAME[word] ?? word).slice(0, STEM));
  }
  return out;
}

/** The share of `wanted` found in `have` (1 when all are). */
export function overlap(wanted: ReadonlySet<string>, have: ReadonlySet<string>): number {
  if (wanted.size === 0) return 0;
  let found = 0;
  for (const w of wanted) if (have.has(w)) found++;
  return found / wanted.size;
}
