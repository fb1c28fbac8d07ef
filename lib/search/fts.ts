import { ftsAllPrefixes } from "../db/dialect-sql";

/**
 * Turns what a person typed into an FTS5 query that cannot be read as FTS5 syntax: only runs of
 * letters, digits and combining marks survive, each becomes a quoted prefix term ("cyber"*), and
 * the terms are ANDed. Quotes, NEAR(, col:, AND/OR/NOT, *, - and emoji are thereby plain text or
 * gone. Null when nothing searchable is left.
 */
export const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 64;

export function toFtsQuery(input: string): string | null {
  const words = input.normalize("NFC").match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const terms = [...new Set(words.map((w) => w.toLowerCase().slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  return ftsAllPrefixes(terms);
}

// Snippet and highlight markers: control characters that never occur in stored text, so the
// marked spans can be cut out as data and rendered as React elements, never as HTML.
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

export interface MarkedText {
  text: string;
  /** [start, end) offsets into `text` of each matched term. */
  matches: [number, number][];
}

/** Strips the markers out of an FTS5 snippet, keeping where they were. */
export function unmark(marked: string): MarkedText {
  let text = "";
  const matches: [number, number][] = [];
  let start = -1;
  for (const ch of marked) {
    if (ch === MARK_START) start = text.length;
    else if (ch === MARK_END) {
      if (start >= 0 && text.length > start) matches.push([start, text.length]);
      start = -1;
    } else text += ch;
  }
  return { text, matches };
}
