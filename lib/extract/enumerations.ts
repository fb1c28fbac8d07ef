/**
 * Lists that state several commitments at once: a verbless enumeration ("parmi les projets
 * figurent la création de…, la mise en place de…", "the measures include the opening of…; the
 * launch of…"), the object of a verb that announces a list ("agreed on the following: …"), and
 * bulleted lines under a sentence that ends with a colon. Each item is one commitment.
 */
import type { Span } from "./types";

// What announces the items: "parmi les projets phares figurent", "the areas agreed include",
// "comprennent", "as follows:", "the following:".
const LIST_INTRO =
  /(?:(?<![\p{L}])parmi\s+(?:les|ces)\s[^,.;:]{0,60}?\s(?:figurent|figure|on\s+(?:trouve|compte|note))|(?<![\p{L}])(?:include|includes|included|comprennent|comprend|incluent|notamment\s*:)|(?:as\s+follows|the\s+following(?:\s+\p{L}+)?|suivante?s?)\s*:)\s/iu;
// The noun of the list is one of commitments, not of facts ("the delegation included…").
const LIST_HEAD =
  /(?<![\p{L}])(?:projects?|measures?|initiatives?|commitments?|areas?|fields?|outcomes?|priorities|plans?|steps?|actions?|projets?|mesures?|initiatives?|engagements?|domaines?|priorités|actions?|chantiers?|following|suivante?s?)(?![\p{L}])/iu;
// An item opens as a noun phrase: a determiner, or a nominalization ("construction of…").
const ITEM_START =
  /^(?:(?:the|a|an|la|le|les|un|une|des|du|l['’]|d['’])\s*\S|\p{L}+(?:tion|ment|ing|ance|ence|ure)s?\s+(?:of|de|du|des|d['’]))/iu;
const ITEM_CUT = /;|,\s+(?:(?:and|et)\s+)?|\s(?:and|et)\s+(?=(?:the|la|le|les|l['’]|un|une)\s?)/giu;
const BULLET = /^\s*(?:[-–•*▪●]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+/u;

const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;

/** Where the items of a list announced in `sentence` begin (after "figurent", "include", ":"), or -1. */
export function listStart(text: string, sentence: Span, from: number, needHead: boolean): number {
  const body = text.slice(from, sentence.end);
  const intro = LIST_INTRO.exec(body);
  if (!intro) return -1;
  if (needHead && !LIST_HEAD.test(text.slice(sentence.start, from + intro.index + intro[0].length))) return -1;
  return from + intro.index + intro[0].length;
}

/** The items of the list running from `start` to the sentence's end: two or more, else none. */
export function listItems(text: string, sentence: Span, start: number): Span[] {
  const cuts = [start];
  const body = text.slice(start, sentence.end);
  for (const m of body.matchAll(ITEM_CUT)) cuts.push(start + m.index, start + m.index + m[0].length);
  cuts.push(sentence.end);
  const items: Span[] = [];
  let open: number | null = null;
  let last = start;
  // A piece that does not open as a noun phrase continues the item before ("doté de X, soit Y").
  for (let i = 0; i + 1 < cuts.length; i += 2) {
    const [s, e] = [cuts[i]!, cuts[i + 1]!];
    if (ITEM_START.test(text.slice(s, e).trim())) {
      if (open !== null) items.push(span(text, open, last));
      open = s;
    }
    last = e;
  }
  if (open !== null) items.push(span(text, open, last));
  const kept = items.filter((it) => words(it.text) >= 3);
  return kept.length >= 2 ? kept : [];
}

/** Whether a line is a bullet or a numbered point. */
export const isBullet = (sentence: Span) => BULLET.test(sentence.text);

/** Whether a sentence announces items on the lines below it ("…agreed on the following:"). */
export const announcesList = (sentence: Span) => /:\s*$/u.test(sentence.text);

function span(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s,;]/u.test(text[s]!)) s++;
  while (e > s && /[\s,;.:]/u.test(text[e - 1]!)) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}
