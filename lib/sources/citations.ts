import "server-only";
import type { z } from "zod";
import { AppError } from "../errors/codes";
import { prisma } from "../db/client";
import type { Db } from "../db/transaction";
import { findQuote, quoteMismatch } from "./quotes";
import type { citationInputSchema } from "./schema";

type CitationInput = z.output<typeof citationInputSchema>;

export interface ResolvedCitation {
  sourceId: string;
  quote: string;
  startOffset: number;
  endOffset: number;
}

/**
 * Finds each quote in its source (one read for all the sources; typographic quotes and white
 * space read alike, see findQuote) and returns the source's words with their offsets; a quote
 * that is not there is refused with the field that holds it, saying where it stops matching.
 */
export async function resolveCitations(
  citations: CitationInput[],
  field = "citations",
  db: Db = prisma,
): Promise<ResolvedCitation[]> {
  if (citations.length === 0) return [];
  const ids = [...new Set(citations.map((c) => c.sourceId))];
  const sources = await db.source.findMany({ where: { id: { in: ids } }, select: { id: true, fullText: true } });
  const texts = new Map(sources.map((s) => [s.id, s.fullText]));
  return citations.map((c, i) => {
    const text = texts.get(c.sourceId);
    if (text === undefined)
      throw new AppError("invalid_body", "There is no source with this id.", `${field}.${i}.sourceId`);
    const span = findQuote(text, c.quote, c.occurrence);
    if (!span) throw new AppError("invalid_body", quoteMismatch(text, c.quote), `${field}.${i}.quote`);
    // The source's own words: a quote pasted with straight apostrophes or extra spaces is stored as the source has it.
    const quote = text.slice(span.start, span.end);
    return { sourceId: c.sourceId, quote, startOffset: span.start, endOffset: span.end };
  });
}
