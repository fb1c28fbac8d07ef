import "server-only";
import type { Actor } from "../auth/roles";
import { prisma } from "../db/client";
import { AppError } from "../errors/codes";
import { changeStatus } from "../status/mutations";
import { occurrenceAt } from "./prefill";
import type { ParsedAcceptStatusChange } from "./schema";

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
