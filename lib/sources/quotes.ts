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

// Typographic quotes and apostrophes, as a word processor or a news site writes them, each read
// as the plain one a keyboard types: ’ ‘ ‚ ‛ ′ as ', “ ” „ ‟ ″ « » as ".
const SAME_AS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2033": '"',
  "\u00ab": '"',
  "\u00bb": '"',
};

/**
 * A text as quotes are compared: typographic quotes as plain ones, each run of white space
 * (line breaks, non-breaking spaces) as one space. `at[i]` is where the i-th character of the
 * result starts in the original, so a match maps back to the original's offsets.
 */
export function quoteForm(text: string): { text: string; at: number[] } {
  let out = "";
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (out.endsWith(" ")) continue;
      out += " ";
    } else out += SAME_AS[c] ?? c;
    at.push(i);
  }
  return { text: out, at };
}

/**
 * Finds a quote as an editor pasted or typed it: word for word first, else with typographic
 * quotes and white space read alike (see quoteForm). The span is always in the source's own
 * text: the citation stores the source's words, so text.slice(start, end) stays the quote.
 */
export function findQuote(text: string, quote: string, occurrence = 1): Span | null {
  const exact = locateQuote(text, quote, occurrence);
  if (exact) return exact;
  const wanted = quoteForm(quote.trim()).text;
  if (!wanted) return null;
  const source = quoteForm(text);
  const found = locateQuote(source.text, wanted, occurrence);
  if (!found) return null;
  // A match never starts or ends on a space (the quote is trimmed), so both ends map to characters.
  return { start: source.at[found.start]!, end: source.at[found.end - 1]! + 1 };
}

const SHOWN = 30;
const tail = (text: string) => (text.length > SHOWN ? `…${text.slice(-SHOWN).trimStart()}` : text);
const head = (text: string) => (text.length > SHOWN ? `${text.slice(0, SHOWN).trimEnd()}…` : text);

/**
 * Why findQuote did not find a quote, in words an editor acts on: how far it matches the source,
 * and what the source reads from there ("matches up to “…the centre will”, then the source reads
 * “be ready in 2019” where the quote has “open in 2019”").
 */
export function quoteMismatch(text: string, quote: string): string {
  const wanted = quoteForm(quote.trim()).text;
  const source = quoteForm(text).text;
  // The longest start of the quote found in the source: if a start is found, so are all shorter ones.
  let [low, high] = [0, wanted.length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (source.includes(wanted.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low < 3) return `${QUOTE_NOT_FOUND} Not even its first words, “${head(wanted)}”, are in it.`;
  const matched = wanted.slice(0, low);
  const from = source.indexOf(matched) + low;
  const reads = source.slice(from);
  return (
    `${QUOTE_NOT_FOUND} It matches up to “${tail(matched)}”, then the source ` +
    (reads ? `reads “${head(reads)}” where the quote has “${head(wanted.slice(low))}”.` : "ends.")
  );
}

/**
 * The quote a selection on a source's page stands for: the selected words as the source has them,
 * at the occurrence nearest where the selection starts (`near`: its offset in the page's text,
 * which note links make a little longer than the source's). Null when the selection is not the
 * source's words, such as one that crosses a note link.
 */
export function quoteAtSelection(
  text: string,
  selected: string,
  near: number,
): { quote: string; occurrence: number; start: number } | null {
  let best: Span | null = null;
  for (let n = 1; n <= 1000; n++) {
    const span = findQuote(text, selected, n);
    if (!span || (best && Math.abs(span.start - near) > Math.abs(best.start - near))) break;
    best = span;
  }
  if (!best) return null;
  const quote = text.slice(best.start, best.end);
  return { quote, occurrence: occurrenceAt(text, quote, best.start), start: best.start };
}
