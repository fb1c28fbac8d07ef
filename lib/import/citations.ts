import { z } from "zod";
import { parsePartialDate, type PartialDate } from "../dates/partial-date";
import { newRecordId } from "../records/ids";
import { contentHash, normalizeSourceText } from "../sources/hash";
import { findQuote, MAX_QUOTE_LENGTH, quoteMismatch } from "../sources/quotes";
import { languageSchema } from "../sources/schema";
import type { RowCells } from "./cells";
import type { Lookups } from "./lookups";
import type { RowError } from "./schema";

// A row's evidence, in either of two forms: the `citations` column of Pact's export (quotes from
// sources Pact holds, by id), or a source's address, title and quote. A source Pact does not hold
// yet is created from the file, its text being the passages the file quotes from it.

export interface Citation {
  sourceId: string;
  quote: string;
  startOffset: number;
  endOffset: number;
}

export interface NewSource {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  language: string;
  published: PartialDate | null;
  quotes: string[];
  line: number;
}

const exportedCitations = z.array(z.object({ source: z.string().min(1), quote: z.string().min(3) }));

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
};

/** Collects a file's citations; those of new sources are placed once every row is read (`finish`). */
export class CitationPlanner {
  private readonly byId: Map<string, string>;
  private readonly byUrl: Map<string, string>;
  readonly newSources = new Map<string, NewSource>();
  private readonly pending: { source: NewSource; quote: string; into: Citation[] }[] = [];

  constructor(lookups: Lookups) {
    this.byId = new Map(lookups.sources.map((s) => [s.id, s.fullText]));
    this.byUrl = new Map(lookups.sources.flatMap((s) => (s.url ? [[s.url, s.id] as const] : [])));
  }

  private existing(sourceId: string, quote: string): Citation | string {
    const text = this.byId.get(sourceId);
    if (text === undefined) return `There is no source “${sourceId}” in Pact`;
    const span = findQuote(text, quote);
    if (!span) return quoteMismatch(text, quote);
    return { sourceId, quote: text.slice(span.start, span.end), startOffset: span.start, endOffset: span.end };
  }

  /**
   * The row's citations (those of new sources are added by `finish`, once their text is known),
   * and every quote with its source, for the schema; or the row's errors.
   */
  row(cells: RowCells, errors: RowError[]): { citations: Citation[]; quoted: { sourceId: string; quote: string }[] } {
    const before = this.pending.length;
    const citations = this.cite(cells, errors);
    const pending = this.pending.slice(before);
    return {
      citations,
      quoted: [
        ...citations.map((c) => ({ sourceId: c.sourceId, quote: c.quote })),
        ...pending.map((p) => ({ sourceId: p.source.id, quote: p.quote })),
      ],
    };
  }

  private cite(cells: RowCells, errors: RowError[]): Citation[] {
    const citations: Citation[] = [];
    const error = (field: Parameters<RowCells["header"]>[0], message: string) =>
      errors.push({ row: cells.line, column: cells.header(field), message });
    const exported = cells.get("citations");
    if (exported) {
      let parsed: z.output<typeof exportedCitations> | null = null;
      try {
        parsed = exportedCitations.parse(JSON.parse(exported));
      } catch {
        error("citations", "Not the citations of a Pact export: a JSON list of { source, quote }");
      }
      for (const c of parsed ?? []) {
        const found = this.existing(c.source, c.quote);
        if (typeof found === "string") error("citations", found);
        else citations.push(found);
      }
    }
    const quote = cells.get("quote");
    const url = cells.get("source_url");
    const title = cells.get("source_title");
    if (!quote) {
      if (url || title) error("quote", "Give the quote from this source that supports the row");
      else if (!exported) error("quote", "Give a quote and its source (address and title): every record needs one");
      return citations;
    }
    if (quote.length < 3 || quote.length > MAX_QUOTE_LENGTH) {
      error("quote", `A quote is 3 to ${MAX_QUOTE_LENGTH} characters long`);
      return citations;
    }
    const knownId = url ? this.byUrl.get(url) : undefined;
    if (knownId) {
      const found = this.existing(knownId, quote);
      if (typeof found === "string") error("quote", found);
      else citations.push(found);
      return citations;
    }
    const source = this.newSource(cells, url, title, error);
    if (source) this.pending.push({ source, quote, into: citations });
    return citations;
  }

  private newSource(
    cells: RowCells,
    url: string,
    title: string,
    error: (field: Parameters<RowCells["header"]>[0], message: string) => void,
  ): NewSource | null {
    const key = url || `title:${title}`;
    const known = this.newSources.get(key);
    if (known) return known;
    let ok = true;
    const refuse = (field: Parameters<RowCells["header"]>[0], message: string) => {
      error(field, message);
      ok = false;
    };
    if (url && !/^https?:\/\//i.test(url)) refuse("source_url", "Use an http(s) address");
    if (!title) refuse("source_title", "Give the title of the source this quote is from");
    const language = cells.get("source_language") || "en";
    if (!languageSchema.safeParse(language).success)
      refuse("source_language", "Use a BCP 47 language tag such as en or fr");
    const dateText = cells.get("source_date");
    const published = dateText ? parsePartialDate(dateText) : null;
    if (dateText && !published) refuse("source_date", "Use YYYY, YYYY-MM or YYYY-MM-DD");
    const publisher = cells.get("source_publisher") || (url ? hostOf(url) : null);
    if (!publisher) refuse("source_publisher", "Give the publisher of this source");
    if (!ok) return null;
    const source: NewSource = {
      id: newRecordId(title),
      title,
      publisher: publisher!,
      url: url || null,
      language,
      published,
      quotes: [],
      line: cells.line,
    };
    this.newSources.set(key, source);
    return source;
  }

  /**
   * Writes each new source's text (its quotes, once each, in the order the rows give them) and
   * places every citation of it.
   */
  finish(): { source: NewSource; fullText: string; hash: string }[] {
    for (const { source, quote } of this.pending) if (!source.quotes.includes(quote)) source.quotes.push(quote);
    const texts = new Map([...this.newSources.values()].map((s) => [s, normalizeSourceText(s.quotes.join("\n\n"))]));
    for (const { source, quote, into } of this.pending) {
      const text = texts.get(source)!;
      const span = findQuote(text, quote)!;
      into.push({
        sourceId: source.id,
        quote: text.slice(span.start, span.end),
        startOffset: span.start,
        endOffset: span.end,
      });
    }
    return [...texts].map(([source, fullText]) => ({ source, fullText, hash: contentHash(fullText) }));
  }
}
