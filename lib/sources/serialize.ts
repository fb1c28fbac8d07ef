import type { z } from "zod";
import type { sourceDetailJsonSchema, sourceJsonSchema } from "./schema";
import { fromColumns } from "../dates/partial-date";
import { dateJson } from "../commitments/serialize";
import type { CitedType } from "./records";
import type { SourceDetailRow, SourceRow } from "./rows";

// The ids a citation row holds; records.ts's CitationTargets are the records themselves, loaded.
type CitationTargetIds = Pick<
  SourceDetailRow["citations"][number],
  "commitmentId" | "eventId" | "documentId" | "statusChangeId" | "flagId"
>;

/** The one record a citation backs; null only for a row that breaks that rule of the model. */
function supportsOf(c: CitationTargetIds): { type: CitedType; id: string } | null {
  if (c.commitmentId) return { type: "commitment", id: c.commitmentId };
  if (c.eventId) return { type: "event", id: c.eventId };
  if (c.documentId) return { type: "document", id: c.documentId };
  if (c.statusChangeId) return { type: "statusChange", id: c.statusChangeId };
  if (c.flagId) return { type: "flag", id: c.flagId };
  return null;
}

/** The public JSON of a source in a list. */
export function toSourceJson(row: SourceRow): SourceJson {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    url: row.url,
    language: row.language,
    published: dateJson(fromColumns(row.publishedDate, row.publishedPrecision)),
    contentHash: row.contentHash,
    note: row.note,
    citationCount: row._count.citations,
    version: row.version,
  };
}

/** The public JSON of one source: its text and what each quote from it supports. */
export function toSourceDetailJson(row: SourceDetailRow): SourceDetailJson {
  return {
    ...toSourceJson(row),
    fullText: row.fullText,
    citations: row.citations.map((c) => ({
      id: c.id,
      quote: c.quote,
      start: c.startOffset,
      end: c.endOffset,
      supports: supportsOf(c),
    })),
  };
}

export type SourceJson = z.infer<typeof sourceJsonSchema>;
export type SourceDetailJson = z.infer<typeof sourceDetailJsonSchema>;
