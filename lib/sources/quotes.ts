/**
 * Citations point into a source's text with UTF-16 offsets (JavaScript string indices), so the
 * quote is always text.slice(start, end).
 */

/** The longest quote a citation may hold: the forms refuse more, and the assistant offers no longer sentence. */
export const MAX_QUOTE_LENGTH = 5000;

export interface Span {
  start: number;
  end: number;
}

/** The refusal of a quote locateQuote does not find. */
export const QUOTE_NOT_FOUND = "This quote is not in the source's text, word for word.";

/** Finds the n-th verbatim occurrence of a quote; null when the source does not contain it. */
export function locateQuote(text: string, quote: string, occurrence = 1): Span | null {
  if (!quote) return null;
  let from = 0;
  for (let seen = 1; ; seen++) {
    const start = text.indexOf(quote, from);
    if (start < 0) return null;
    if (seen === occurrence) return { start, end: start + quote.length };
    from = start + 1;
  }
}

/** Which occurrence of `quote` in `text` starts at `start` (1 = the first), so the citation lands there. */
export function occurrenceAt(text: string, quote: string, start: number): number {
  let n = 0;
  for (let at = text.indexOf(quote); at >= 0 && at <= start; at = text.indexOf(quote, at + 1)) n++;
  return Math.max(n, 1);
}
