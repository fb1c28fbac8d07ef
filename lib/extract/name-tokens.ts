/**
 * The words of a text as the name rules read them: each with its span, folded form, capital, and
 * what the gazetteer already knows of it (a country, a demonym, another known name).
 */
import { foldString } from "./fold";
import type { EntitySuggestion } from "./types";

export interface Token {
  text: string;
  folded: string;
  start: number;
  end: number;
  cap: boolean;
  /** All capitals, two letters or more: an acronym ("KOICA"), never a person's name. */
  acronym: boolean;
  /** The known entity this word is part of, if any. */
  known?: EntitySuggestion;
}

// Letters, with inner apostrophes and hyphens ("Won-sam", "People's"): each group begins with a
// letter after one separator, so the pattern never backtracks.
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
// French elision: "l'ambassadeur" is the article and the noun.
const ELIDED = /^(?:[ldjmnstc]|qu)['’]/iu;

export function tokenize(text: string, known: readonly EntitySuggestion[]): Token[] {
  const out: Token[] = [];
  let k = 0;
  for (const m of text.matchAll(WORD)) {
    let start = m.index;
    let word = m[0];
    const elided = ELIDED.exec(word);
    if (elided && word.length > elided[0].length) {
      start += elided[0].length;
      word = word.slice(elided[0].length);
    }
    const end = start + word.length;
    while (k < known.length && known[k]!.end <= start) k++;
    const entity = known[k] && known[k]!.start <= start && known[k]!.end >= end ? known[k] : undefined;
    out.push({
      text: word,
      folded: foldString(word),
      start,
      end,
      cap: /^\p{Lu}/u.test(word),
      acronym: word.length >= 2 && /^[\p{Lu}\p{N}-]+$/u.test(word),
      ...(entity ? { known: entity } : {}),
    });
  }
  return out;
}

/** The text between two tokens. */
export const gapBetween = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);

/** Words of one name: one or more spaces, no line break, no punctuation. */
export const SPACE = /^[ \u00a0]+$/u;
