/**
 * Organizations Pact does not know yet, from the head noun of their name ("… Committee",
 * "Ministry of …", "Agence française de développement", "l'ambassade du Japon au Sénégal"), and
 * acronyms defined in parentheses after a name ("Korea International Cooperation Agency (KOICA)").
 */
import { foldString } from "./fold";
import { gapBetween, SPACE, type Token } from "./name-tokens";
import { FRENCH_ORG_HEADS, HONORIFICS, NOT_NAME_WORDS, NOT_ORG_HEADS, ORG_HEADS, TITLE_HEADS } from "./person-titles";
import type { ProposedEntity } from "./types";

// French heads written in lower case ("l'ambassade du Japon").
const LOWER_HEADS = new Set(["ambassade", "consulat", "ministere", "embassy", "consulate"]);
// Where a mission sits: "Consulate General of X in Y", "l'ambassade du Japon au Sénégal".
const MISSIONS = new Set(["ambassade", "consulat", "embassy", "consulate"]);
const EN_LINKS = new Set(["of", "on", "for"]);
const FR_LINKS = new Set(["de", "du", "des"]);
// A French adjective after a noun of a name ("nationale", "intergouvernemental").
const FR_ADJECTIVE = /(?:al|ale|aux|ales|el|elle|ien|ienne|ais|aise|ique|aire|if|ive|ain|aine)s?$/u;
// An owner's possessive ends a name; "People's Republic" does not.
const POSSESSIVE = /^(?!people['’]s$).*['’]s$/iu;
const ELIDED_LINK = /^\s+[dl]['’]$/u;

const isHead = (t: Token) =>
  (ORG_HEADS.has(t.folded) || FRENCH_ORG_HEADS.has(t.folded)) && (t.cap || LOWER_HEADS.has(t.folded));

function orgSpan(text: string, tokens: readonly Token[], h: number): { from: number; to: number } {
  let from = h;
  for (let k = h - 1; k >= 0 && h - k <= 6; k--) {
    const t = tokens[k]!;
    const gap = gapBetween(text, t, tokens[k + 1]!);
    if (/^['’]s\s+$/u.test(gap) && t.known?.type === "country") {
      from = k;
      break;
    }
    if (!SPACE.test(gap) || !t.cap || TITLE_HEADS.has(t.folded) || HONORIFICS.has(t.folded)) break;
    // "Bangladesh's Economic Relations Division": the owner is not part of the name.
    if (POSSESSIVE.test(t.text)) break;
    if (NOT_NAME_WORDS.has(t.folded) || t.known?.type === "person") break;
    from = k;
  }
  const french = FRENCH_ORG_HEADS.has(tokens[h]!.folded);
  let to = h;
  const gapAt = (m: number) => gapBetween(text, tokens[m - 1]!, tokens[m]!);
  let m = h + 1;
  while (tokens[m] && SPACE.test(gapAt(m)) && tokens[m]!.cap && (isHead(tokens[m]!) || tokens[m]!.folded === "general"))
    to = m++;
  if (french) {
    // adjectives, then "de …" links, each with a noun and its adjectives
    for (let links = 0; tokens[m] && links < 4;) {
      const t = tokens[m]!;
      const gap = gapAt(m);
      if (SPACE.test(gap) && !t.cap && (FR_ADJECTIVE.test(t.folded) || t.known) && to === m - 1) to = m++;
      else if (SPACE.test(gap) && FR_LINKS.has(t.folded) && tokens[m + 1]) {
        const linkGap = gapAt(m + 1);
        const noun = SPACE.test(linkGap) || ELIDED_LINK.test(linkGap) ? m + 1 : -1;
        if (noun < 0 || NOT_NAME_WORDS.has(tokens[noun]!.folded)) break;
        to = noun;
        m = noun + 1;
        links++;
      } else if (ELIDED_LINK.test(gap) && /d['’]$/u.test(gap)) {
        to = m++;
        links++;
      } else if (SPACE.test(gap) && t.cap && !t.known && /-/u.test(t.text) && to === m - 1) {
        to = m++;
        break;
      } else break;
    }
  } else {
    while (tokens[m] && SPACE.test(gapAt(m)) && EN_LINKS.has(tokens[m]!.folded)) {
      let k = m + 1;
      if (tokens[k]?.folded === "the") k++;
      if (!tokens[k]?.cap || POSSESSIVE.test(tokens[k]!.text)) break;
      let end = k;
      while (tokens[end + 1] && SPACE.test(gapAt(end + 1)) && end - k < 8) {
        const next = tokens[end + 1]!;
        if (next.cap && !HONORIFICS.has(next.folded) && !POSSESSIVE.test(next.text)) end++;
        else if (["of", "and", "&", "the"].includes(next.folded) && tokens[end + 2]?.cap) end += 2;
        else break;
      }
      to = end;
      m = end + 1;
    }
  }
  if (MISSIONS.has(tokens[h]!.folded) && tokens[m] && ["in", "au", "en", "a"].includes(tokens[m]!.folded)) {
    let end = m;
    while (tokens[end + 1]?.cap && SPACE.test(gapAt(end + 1)) && end - m < 3) end++;
    if (end > m) to = end;
  }
  return { from, to };
}

/** The country an organization's name names, when it names exactly one. */
function countryIn(tokens: readonly Token[], from: number, to: number): string | undefined {
  const codes = new Set<string>();
  for (let k = from; k <= to; k++) if (tokens[k]!.known?.type === "country") codes.add(tokens[k]!.known!.id);
  return codes.size === 1 ? [...codes][0]!.toUpperCase() : undefined;
}

function proposal(text: string, tokens: readonly Token[], from: number, to: number): ProposedEntity {
  const start = tokens[from]!.start;
  const end = tokens[to]!.end;
  const country = countryIn(tokens, from, to);
  const name = text.slice(start, end);
  return { kind: "proposed", type: "organization", start, end, text: name, name, ...(country ? { country } : {}) };
}

export function proposeOrganizations(text: string, tokens: readonly Token[]): ProposedEntity[] {
  const out: ProposedEntity[] = [];
  for (let h = 0; h < tokens.length; h++) {
    if (!isHead(tokens[h]!)) continue;
    const { from, to } = orgSpan(text, tokens, h);
    if (to === from) continue;
    if (tokens.slice(from, to + 1).some((t) => NOT_ORG_HEADS.has(t.folded))) continue;
    out.push(proposal(text, tokens, from, to));
    h = Math.max(h, to);
  }
  return out;
}

/** Schwartz & Hearst's alignment: the first word of the long form an acronym abbreviates, or -1. */
export function longFormStart(acronym: string, words: readonly string[]): number {
  const long = words.join(" ");
  let l = long.length - 1;
  for (let s = acronym.length - 1; s >= 0; s--) {
    const c = acronym[s]!;
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(long[l - 1]!)))) l--;
    if (l < 0) return -1;
    l--;
  }
  // l + 1 is the long form's first letter, at the start of a word: count the words before it.
  return long.slice(0, l + 1).split(" ").length - 1;
}

export interface AcronymDefinition {
  acronym: string;
  /** Token indexes of the long form. */
  from: number;
  to: number;
}

const DEFINED = /^\s*\(\s*$/u;
const ACRONYM_TEXT = /^(?:\p{Lu}[\p{Lu}\p{N}&]{1,9}|\p{Lu}\p{Ll}?\p{Lu}[\p{Lu}\p{N}]{0,6}|\p{Lu}\p{Ll}{2,5})$/u;

/** "Long Form Name (LFN)": the long form's tokens, checked letter by letter against the acronym. */
export function acronymDefinitions(text: string, tokens: readonly Token[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let a = 1; a < tokens.length; a++) {
    const t = tokens[a]!;
    if (!ACRONYM_TEXT.test(t.text) || !DEFINED.test(gapBetween(text, tokens[a - 1]!, t))) continue;
    if (!tokens[a + 1] ? !/^\s*\)/u.test(text.slice(t.end)) : !/^\s*\)/u.test(gapBetween(text, t, tokens[a + 1]!)))
      continue;
    let from = a - 1;
    while (
      from > 0 &&
      a - from < t.text.length + 5 &&
      /^\s+$/u.test(gapBetween(text, tokens[from - 1]!, tokens[from]!))
    )
      from--;
    const window = tokens.slice(from, a);
    const words = window.map((w) => foldString(w.text).replace(/[-'’]/gu, " "));
    const startWord = longFormStart(
      foldString(t.text),
      words.map((w) => w.replace(/ /gu, "")),
    );
    if (startWord < 0) continue;
    const first = from + startWord;
    if (!tokens[first]!.cap) continue;
    out.push({ acronym: t.text, from: first, to: a - 1 });
  }
  return out;
}
