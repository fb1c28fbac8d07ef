/**
 * Enumerations of instruments inside one sentence: "the six documents signed are the MoU on …, the
 * protocol on … and the agreement on …", "the three conventions relating to: X, Y and Z". Each
 * item becomes one document.
 */
import type { Span } from "./types";

// A set of instruments, then what introduces its items.
const INTRO =
  /(?<![\p{L}])(?:documents?|accords?|agreements?|instruments?|textes?|conventions?(?: de financement)?|memoranda|MoUs|protocols?|protocoles?)(?![\p{L}])[^.:;]{0,160}?(?::|\s(?:sont|are|were|include|includes|included|including|namely|comprennent|incluent|à savoir))\s+/iu;

// What an item opens with: an article or "au"/"à la" after "relating to".
const OPENER = /^(?:(?:the|an?|au|aux|à la|le|la|les|une?|one)\s|(?:à l|l)['’])/iu;
// "two agreements: one on X, the other on Y" / "l'une porte sur X, l'autre sur Y": the item is
// what follows; the instrument is the one the intro counted.
const ONE_OTHER =
  /^(?:l['’]une?|l['’]autre|one|the other|another)\s+(?:(?:porte|portant|porté|is|concerns|covers|est|was)\s+)?(?=(?:sur|on|concerning|relati\p{L}*|pour|for|de|du|des|à|au)\s)/iu;
// A line of a list: "1. …", "2) …", "- …", "• …".
const LINE_MARKER = /^\s*(?:\d{1,2}[.)]|[-•*–—])\s+/u;
// A sentence that announces a list on the next lines: ends with a colon after an instrument noun.
const LINE_INTRO =
  /(?<![\p{L}])(?:documents?|accords?|agreements?|instruments?|textes?|conventions?|memoranda|MoUs|protocols?|protocoles?)(?![\p{L}])[^.:;]{0,120}:\s*$/iu;
const SEPARATOR = /\s*[;,]\s*(?:(?:and|et)\s+)?|\s+(?:and|et)\s+/giu;
// A comma before anything but an article ends the last item: "…, which mark a milestone".
const TAIL = /,\s+(?!(?:des?|du|la|le|les|l['’]|the|an?|and|et|of|d['’])(?![\p{L}]))/iu;

export interface ListItem extends Span {
  /** The head noun phrase of the intro ("Conventions de financement"), for items that name none. */
  intro: string;
  /** "l'une porte sur X": the item is only the complement of the counted instrument. */
  counted?: true;
}

/**
 * A list announced by a sentence ending with a colon and told one item a line ("1. the MoU on …;"):
 * the items, and the indices of the sentences they fill.
 */
export function lineItems(sentences: readonly Span[], index: number): { items: ListItem[]; used: number[] } {
  const intro = LINE_INTRO.exec(sentences[index]!.text);
  if (!intro) return { items: [], used: [] };
  const introHead = /^[^\s:]+/u.exec(intro[0])![0];
  const items: ListItem[] = [];
  const used: number[] = [];
  for (let i = index + 1; i < sentences.length && i <= index + 12; i++) {
    const line = sentences[i]!;
    const marker = LINE_MARKER.exec(line.text);
    if (!marker) break;
    let start = marker[0].length;
    let end = line.text.length;
    const tail = TAIL.exec(line.text.slice(start, end));
    if (tail) end = start + tail.index;
    while (end > start && /[\s.;,]/u.test(line.text[end - 1]!)) end--;
    while (start < end && /\s/u.test(line.text[start]!)) start++;
    if (end <= start) break;
    items.push({
      start: line.start + start,
      end: line.start + end,
      text: line.text.slice(start, end),
      intro: introHead,
    });
    used.push(i);
  }
  return items.length >= 2 ? { items, used } : { items: [], used: [] };
}

/** The items of the sentence's enumeration of instruments; empty when it has none of two or more. */
export function listItems(sentence: Span): ListItem[] {
  const intro = INTRO.exec(sentence.text);
  if (!intro) return [];
  const introHead = /^[^\s,:;]+(?:\s+de\s+financement)?/iu.exec(intro[0])![0];
  const from = intro.index + intro[0].length;
  const region = sentence.text.slice(from);
  const opener = OPENER.exec(region)?.[0].trim().toLowerCase();
  if (!opener) return [];
  const cuts: number[] = [0];
  for (const m of region.matchAll(SEPARATOR)) {
    const after = region.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const next = OPENER.exec(after)?.[0].trim().toLowerCase();
    if (!next) continue;
    // Without a comma, "and"/"et" separates items only before the opener the first item had:
    // "X et la restitution de Y" stays one item.
    if (!m[0].includes(",") && !m[0].includes(";") && next !== opener) continue;
    cuts.push(m.index, m.index + m[0].length);
  }
  cuts.push(region.length);
  const items: ListItem[] = [];
  for (let i = 0; i < cuts.length; i += 2) {
    let start = cuts[i]!;
    let end = cuts[i + 1]!;
    if (i + 2 >= cuts.length) {
      const tail = TAIL.exec(region.slice(start, end));
      if (tail) end = start + tail.index;
    }
    while (end > start && /[\s.;,]/u.test(region[end - 1]!)) end--;
    while (start < end && /\s/u.test(region[start]!)) start++;
    if (end > start) {
      const at = sentence.start + from;
      const one = ONE_OTHER.exec(region.slice(start, end));
      if (one) start += one[0].length;
      items.push({
        start: at + start,
        end: at + end,
        text: region.slice(start, end),
        intro: introHead,
        ...(one ? { counted: true } : {}),
      });
    }
  }
  return items.length >= 2 ? items : [];
}
