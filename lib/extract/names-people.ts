/**
 * People Pact does not know yet, from the title or honorific that introduces them: "Deputy Prime
 * Minister X", "le ministre lao du Plan X", "his Lao counterpart X", "H.E. Mr. X", "X, Minister of
 * …", "X, l'ambassadeur du Japon". Each is proposed with its title and, from a country or a
 * demonym in the title, its country.
 */
import { gapBetween, SPACE, type Token } from "./name-tokens";
import { HONORIFICS, NOT_NAME_WORDS, ORG_HEADS, PORTFOLIO_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from "./person-titles";
import type { ProposedEntity } from "./types";

// Particles inside a name ("Ursula von der Leyen"), lower case.
const PARTICLES = new Set(["van", "von", "der", "den", "de", "da", "di", "del", "dos", "bin", "binti", "ibn"]);
// Prepositions after which a country is where the person serves, not whose they are.
const TO = new Set(["to", "au", "aux", "en", "in", "a", "at"]);
const DETERMINERS = new Set(["the", "a", "an", "la", "le", "his", "her", "their", "its", "son", "sa", "leur"]);
// Between the words of a title: spaces, a possessive, parentheses around an acronym.
const TITLE_GAP = /^(?:\s+|\s+[dl]['’]|\s*['’]s\s+|\s*\(\s*|\s*\)\s*|\s*,\s*)$/u;
const APPOSITIVE = /^\s*,\s*(?:[dl]['’])?$/u;
const MAX_TITLE_WORDS = 16;

export function isNameWord(t: Token): boolean {
  if (!t.cap || t.acronym || t.known) return false;
  const f = t.folded;
  return !(
    PORTFOLIO_WORDS.has(f) ||
    TITLE_HEADS.has(f) ||
    TITLE_MODIFIERS.has(f) ||
    HONORIFICS.has(f) ||
    ORG_HEADS.has(f)
  );
}

const isInitial = (t: Token) => t.text.length === 1 && t.cap;

export interface Run {
  first: number;
  last: number;
}

/** Maximal runs of capitalised words that may be a person's name, in text order. */
export function nameRuns(text: string, tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!(isNameWord(t) || isInitial(t)) || (NOT_NAME_WORDS.has(t.folded) && !isInitial(t))) continue;
    let j = i;
    while (j + 1 < tokens.length && SPACE.test(gapBetween(text, tokens[j]!, tokens[j + 1]!))) {
      const next = tokens[j + 1]!;
      if (isNameWord(next) || isInitial(next)) j++;
      else if (PARTICLES.has(next.text) && tokens[j + 2] && isNameWord(tokens[j + 2]!)) j += 2;
      else break;
    }
    let last = j;
    while (last >= i && isInitial(tokens[last]!)) last--;
    if (last >= i) runs.push({ first: i, last });
    i = j;
  }
  return runs;
}

interface Title {
  /** Index of the title's first and last word. */
  from: number;
  to: number;
  /** Index of the title's head word ("Minister"), when it has one. */
  head?: number;
  /** The run follows an honorific, not a title. */
  honorific?: boolean;
}

/** The title (or honorific) right before a run, reading back over its complement ("of the …"). */
function titleBefore(text: string, tokens: readonly Token[], first: number): Title | null {
  for (let k = first - 1, steps = 0; k >= 0 && steps < MAX_TITLE_WORDS; k--, steps++) {
    const t = tokens[k]!;
    const gap = gapBetween(text, t, tokens[k + 1]!);
    // "H.E." and "Mr." are honorifics; one initial before a surname ("C. Nika", a byline) is not.
    const dotted =
      /^\.\s*$/u.test(gap) &&
      (HONORIFICS.has(t.folded) ||
        (t.text.length === 1 &&
          k > 0 &&
          tokens[k - 1]!.text.length === 1 &&
          /^\.$/u.test(gapBetween(text, tokens[k - 1]!, t))));
    if (!dotted && !TITLE_GAP.test(gap)) return null;
    if (gap.includes(",") && k !== first - 1) return null;
    if (HONORIFICS.has(t.folded) || (dotted && t.text.length === 1)) return { from: k, to: k, honorific: true };
    if (TITLE_HEADS.has(t.folded) || (t.folded === "general" && k === first - 1)) {
      return { from: titleStart(text, tokens, k), to: first - 1, head: k };
    }
    if (!(t.known || t.cap || PORTFOLIO_WORDS.has(t.folded) || TITLE_MODIFIERS.has(t.folded))) return null;
  }
  return null;
}

/** Back from a title's head over its modifiers: "Deputy Prime Minister", "Bangladesh's finance minister". */
function titleStart(text: string, tokens: readonly Token[], head: number): number {
  let from = head;
  for (let k = head - 1; k >= 0 && head - k <= 6; k--) {
    const t = tokens[k]!;
    const gap = gapBetween(text, t, tokens[k + 1]!);
    if (!SPACE.test(gap) && !/^['’]s\s+$/u.test(gap)) break;
    const f = t.folded;
    if (!(TITLE_MODIFIERS.has(f) || TITLE_HEADS.has(f) || t.known || (t.cap && !HONORIFICS.has(f)))) break;
    if (DETERMINERS.has(f) || NOT_NAME_WORDS.has(f)) break;
    from = k;
  }
  return from;
}

/** A title after the name and a comma: "X, Deputy Prime Minister and …", "X, la ministre de …". */
function titleAfter(text: string, tokens: readonly Token[], last: number): Title | null {
  const first = last + 1;
  if (!tokens[first] || !APPOSITIVE.test(gapBetween(text, tokens[last]!, tokens[first]))) return null;
  let k = first;
  if (DETERMINERS.has(tokens[k]!.folded)) k++;
  for (let steps = 0; k < tokens.length && steps < 5; k++, steps++) {
    const t = tokens[k]!;
    if (k > first && !SPACE.test(gapBetween(text, tokens[k - 1]!, t))) return null;
    if (TITLE_HEADS.has(t.folded)) {
      const next = tokens[k + 1];
      // "X, Prime Minister Y said": the title is Y's.
      if (next && SPACE.test(gapBetween(text, t, next)) && isNameWord(next)) return null;
      let to = k;
      for (let m = k + 1; m < tokens.length && m - k < 14; m++) {
        const gap = gapBetween(text, tokens[m - 1]!, tokens[m]!);
        if (!/^\s+$/u.test(gap) && !/^\s+[dl]['’]$/u.test(gap)) break;
        if (HONORIFICS.has(tokens[m]!.folded)) break;
        to = m;
      }
      while (to > k && PORTFOLIO_WORDS.has(tokens[to]!.folded) && !tokens[to]!.cap) to--;
      return { from: DETERMINERS.has(tokens[first].folded) ? first + 1 : first, to };
    }
    if (!(TITLE_MODIFIERS.has(t.folded) || t.known || t.cap)) return null;
  }
  return null;
}

/** The country a title names as the person's own: the first one not after "to", "au", "in". */
function countryOf(tokens: readonly Token[], title: Title): string | undefined {
  for (let k = title.from; k <= title.to; k++) {
    const known = tokens[k]!.known;
    if (known?.type !== "country") continue;
    if (k > 0 && TO.has(tokens[k - 1]!.folded)) continue;
    return known.id.toUpperCase();
  }
  return undefined;
}

/** Back over "H.E. Mr." before a name, so that the mention's span carries them as the text does. */
function honorificsStart(text: string, tokens: readonly Token[], first: number): number {
  let start = first;
  for (let k = first - 1; k >= 0 && first - k <= 4; k--) {
    const t = tokens[k]!;
    const gap = gapBetween(text, t, tokens[k + 1]!);
    if (!/^\.?\s*$/u.test(gap) || !(HONORIFICS.has(t.folded) || isInitial(t))) break;
    start = k;
  }
  return start;
}

export function proposePeople(text: string, tokens: readonly Token[], runs: readonly Run[]): ProposedEntity[] {
  const out: ProposedEntity[] = [];
  for (const { first, last } of runs) {
    const length = last - first + 1;
    if (length > 4) continue;
    // Honorifics of a known person ("Samdech Techo Hun Sen") are not a second name.
    const next = tokens[last + 1];
    if (next?.known?.type === "person" && SPACE.test(gapBetween(text, tokens[last]!, next))) continue;
    const before = titleBefore(text, tokens, first);
    const after = before && !before.honorific ? null : titleAfter(text, tokens, last);
    const title = after ?? before;
    if (!title) continue;
    if (length === 1 && !(before && (before.head === first - 1 || before.honorific))) continue;
    const start = tokens[honorificsStart(text, tokens, first)]!.start;
    const name = text.slice(tokens[first]!.start, tokens[last]!.end);
    const position = title.honorific
      ? undefined
      : text
          .slice(tokens[title.from]!.start, tokens[title.to]!.end)
          .replace(/[\s,(]+$/u, "")
          .trim();
    const country = title.honorific ? undefined : countryOf(tokens, title);
    out.push({
      kind: "proposed",
      type: "person",
      start,
      end: tokens[last]!.end,
      text: text.slice(start, tokens[last]!.end),
      name,
      ...(country ? { country } : {}),
      ...(position ? { position } : {}),
    });
  }
  return out;
}
