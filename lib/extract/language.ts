import type { Language } from "./types";

// Function words only: they make up a large share of any running text whatever its subject, so a
// few sentences are enough. Words both languages share ("a", "on", "son", "plus") are left out, and
// so is the "s" of an elided "s'est", which English possessives ("Vietnam's") would inflate.
const EN = new Set(
  "the of and to in is that for with as was by it at from his her an be this which are has have will its he she were their they also said who been not but or would after during between".split(
    " ",
  ),
);
const FR = new Set(
  "le la les de des du et en un une est que qui dans pour par sur au aux il elle ont ce cette ces pas avec lors entre été sont leur leurs mais ou où selon l d qu".split(
    " ",
  ),
);

const WORD = /[\p{L}]+/gu;

/** "en", "fr" or "und" from stopword counts; "und" when too few words or no clear majority. */
export function detectLanguage(text: string): Language {
  let en = 0;
  let fr = 0;
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    if (EN.has(word)) en++;
    else if (FR.has(word)) fr++;
  }
  // A headline of four words can hold a single stopword; below three hits the guess is noise.
  if (en + fr < 3) return "und";
  if (en >= fr * 1.5 && en > fr) return "en";
  if (fr >= en * 1.5 && fr > en) return "fr";
  return "und";
}
