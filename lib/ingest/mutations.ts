import "server-only";
import type { Actor } from "../auth/roles";
import { createCommitment } from "../commitments/mutations";
import { todayIso } from "../dates/partial-date";
import { prisma } from "../db/client";
import { createDocument } from "../documents/mutations";
import { AppError } from "../errors/codes";
import { createEvent } from "../events/mutations";
import { titleColumns } from "../records/titles";
import { changeStatus } from "../status/mutations";
import { occurrenceAt } from "../sources/quotes";
import type { BatchKind, ParsedAcceptStatusChange, ReviewBatch, SavedBatch } from "./schema";

// A batch of a hundred rows runs a few hundred short queries: more than the default 5 s a slow
// disk may need, and still far below a request's patience.
const BATCH_TIMEOUT_MS = 30_000;

/**
 * Runs one row's create; a refusal is placed on the row it concerns ("commitments.2.record.…"),
 * so the review page shows it beside that row and the others stay as typed.
 */
async function onRow<T>(kind: BatchKind, index: number, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const field = `${kind}.${index}${error.field ? `.record.${error.field}` : ""}`;
    throw new AppError(error.code, error.userMessage, field, error.current);
  }
}

/**
 * Saves the suggestions an editor kept, all or none: events first, so that the documents and
 * commitments made at them point at their new ids. Each record is created by its own domain's
 * create function (same checks, same audit entry), inside this one transaction.
 */
export async function saveReviewedBatch(batch: ReviewBatch, actor: Actor, today = todayIso()): Promise<SavedBatch> {
  return prisma.$transaction(
    async (tx) => {
      const saved: SavedBatch = { events: [], documents: [], commitments: [] };
      for (const [i, row] of batch.events.entries()) {
        const { id } = await onRow("events", i, () => createEvent(row.record, actor, tx));
        saved.events.push({ id, title: titleColumns(row.record).title });
      }
      const eventId = (row: { event: number | null; record: { eventId?: string } }) =>
        row.record.eventId ?? (row.event === null ? undefined : saved.events[row.event]!.id);
      for (const [i, row] of batch.documents.entries()) {
        const record = { ...row.record, eventId: eventId(row) };
        const { id } = await onRow("documents", i, () => createDocument(record, actor, tx));
        saved.documents.push({ id, title: titleColumns(record).title });
      }
      for (const [i, row] of batch.commitments.entries()) {
        const record = { ...row.record, eventId: eventId(row) };
        const { id } = await onRow("commitments", i, () => createCommitment(record, actor, today, tx));
        saved.commitments.push({ id, title: titleColumns(record).title });
      }
      return saved;
    },
    { timeout: BATCH_TIMEOUT_MS },
  );
}

/**
 * Records a suggested status change with its sentence as the citation: the quote is cut from the
 * source at the suggestion's offsets, then the change goes through changeStatus like any other
 * (version, transition and quote checked there, one transaction, one audit entry).
 */
export async function acceptStatusChange(input: ParsedAcceptStatusChange, actor: Actor) {
  const source = await prisma.source.findUnique({ where: { id: input.sourceId }, select: { fullText: true } });
  if (!source) throw new AppError("not_found", "There is no source with this id.", "sourceId");
  const quote = source.fullText.slice(input.start, input.end);
  // The bounds of a status change's quote (lib/status/schema.ts), checked here on the cut text.
  if (input.end > source.fullText.length || quote.trim().length < 3 || quote.length > 2000)
    throw new AppError("invalid_body", "These offsets are not a sentence of the source.", "start");
  return changeStatus(
    {
      commitmentId: input.commitmentId,
      version: input.version,
      toStatus: input.toStatus,
      effective: input.effective,
      evidence: {
        kind: "existing",
        sourceId: input.sourceId,
        quote,
        occurrence: occurrenceAt(source.fullText, quote, input.start),
      },
    },
    actor,
  );
}
