/**
 * A reviewed batch: the suggestions of one article an editor ticked on its suggestions page,
 * corrected inline and saved all together. Each row is the record's own create input (the same
 * schema and field rules as its form and its API) plus, for commitments and documents, the event
 * of the same batch it belongs to: the event has no id until the batch is saved.
 */
import { z } from "zod";
import { commitmentCreateSchema } from "../commitments/schema";
import { documentCreateSchema } from "../documents/schema";
import { eventCreateSchema } from "../events/schema";
import { idSchema } from "../records/schema";
import { partialDateSchema } from "../dates/schema";
import { statusSchema } from "../status/schema";

/** More than an article holds; the page shows at most 100 suggestions of each kind. */
export const MAX_BATCH_ROWS = 100;

// The index, in this batch's `events`, of the event a record was made at.
const eventIndex = z.number().int().min(0).nullable().default(null);

export const reviewedEventSchema = z.object({ record: eventCreateSchema }).strict();
export const reviewedDocumentSchema = z.object({ event: eventIndex, record: documentCreateSchema }).strict();
export const reviewedCommitmentSchema = z.object({ event: eventIndex, record: commitmentCreateSchema }).strict();

export const BATCH_KINDS = ["events", "documents", "commitments"] as const;
export type BatchKind = (typeof BATCH_KINDS)[number];

type Row = { event?: number | null; record: { eventId?: string; citations: { sourceId: string }[] } };

/** The rules across rows: something to save, events that exist in the batch, quotes from its article. */
function checkBatch(batch: Record<BatchKind, Row[]> & { sourceId: string }, ctx: z.RefinementCtx) {
  if (BATCH_KINDS.every((kind) => batch[kind].length === 0)) {
    ctx.addIssue({ code: "custom", path: [], message: "Tick at least one suggestion to save" });
    return;
  }
  for (const kind of BATCH_KINDS) {
    batch[kind].forEach((row, i) => {
      if (row.event != null && row.event >= batch.events.length)
        ctx.addIssue({ code: "custom", path: [kind, i, "event"], message: "This event is not ticked in the batch" });
      if (row.event != null && row.record.eventId)
        ctx.addIssue({
          code: "custom",
          path: [kind, i, "record", "eventId"],
          message: "Link the record to the batch's event or to an event already recorded, not both",
        });
      row.record.citations.forEach((c, j) => {
        if (c.sourceId !== batch.sourceId)
          ctx.addIssue({
            code: "custom",
            path: [kind, i, "record", "citations", j, "sourceId"],
            message: "Every quote of this batch comes from the article reviewed",
          });
      });
    });
  }
}

export const reviewBatchSchema = z
  .object({
    sourceId: idSchema,
    events: z.array(reviewedEventSchema).max(MAX_BATCH_ROWS).default([]),
    documents: z.array(reviewedDocumentSchema).max(MAX_BATCH_ROWS).default([]),
    commitments: z.array(reviewedCommitmentSchema).max(MAX_BATCH_ROWS).default([]),
  })
  .strict()
  .superRefine(checkBatch);

export type ReviewBatchInput = z.input<typeof reviewBatchSchema>;
export type ReviewBatch = z.output<typeof reviewBatchSchema>;

/** What a saved batch answers: each new record, for the summary's links. */
export interface SavedBatch {
  events: { id: string; title: string }[];
  documents: { id: string; title: string }[];
  commitments: { id: string; title: string }[];
}

/**
 * Accepting a suggested status change: the sentence is named by its offsets in the stored source,
 * and the server takes the quote from there, so what is cited is exactly what was suggested.
 */
export const acceptStatusChangeSchema = z
  .object({
    sourceId: idSchema,
    commitmentId: idSchema,
    // The version the suggestion was made against: a commitment changed since is a conflict.
    version: z.coerce.number().int().min(1),
    toStatus: statusSchema,
    effective: partialDateSchema,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .strict()
  .refine((v) => v.end > v.start, { message: "The sentence ends before it starts", path: ["end"] });

export type AcceptStatusChangeInput = z.input<typeof acceptStatusChangeSchema>;
export type ParsedAcceptStatusChange = z.output<typeof acceptStatusChangeSchema>;
