import "server-only";
import type { z } from "zod";
import { AppError } from "../errors/codes";
import { prisma } from "../db/client";
import type { Db } from "../db/transaction";
import { locateQuote, QUOTE_NOT_FOUND } from "./quotes";
import type { citationInputSchema } from "./schema";

type CitationInput = z.output<typeof citationInputSchema>;

export interface ResolvedCitation {
  sourceId: string;
  quote: string;
  startOffset: number;
  endOffset: number;
}

/**
 * Finds each quote verbatim in its source (one read for all the sources) and returns it with its
 * offsets; a quote that is not there, word for word, is refused with the field that holds it.
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
    const span = locateQuote(text, c.quote, c.occurrence);
    if (!span) throw new AppError("invalid_body", QUOTE_NOT_FOUND, `${field}.${i}.quote`);
    return { sourceId: c.sourceId, quote: c.quote, startOffset: span.start, endOffset: span.end };
  });
}
