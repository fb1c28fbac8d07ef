import "server-only";
import { AppError } from "../errors/codes";
import type { Actor } from "../auth/roles";
import { prisma } from "../db/client";
import { todayIso, toIso } from "../dates/partial-date";
import { contentHash, normalizeSourceText } from "../sources/hash";
import { findQuote, locateQuote, quoteMismatch } from "../sources/quotes";
import { changeContextRead, recordStatusChange } from "./change-sql";
import { checkTransition, isClosed, isStatus, refuseFutureEffective, STATUS_LABELS } from "./rules";
import type { ParsedStatusChange } from "./schema";
import { commitmentUrl, sourceUrl } from "../webhooks/payload";
import { nudgeWebhooks } from "../webhooks/dispatcher";

const REFUSALS = {
  same_status: "The commitment already has this status.",
  closed_needs_admin: "This commitment is closed; only an admin can reopen it.",
  reopen_needs_reason: "Say why the commitment is reopened.",
} as const;

/** What the record is now, for a conflict message that shows what changed. */
async function currentState(commitmentId: string) {
  const row = await prisma.commitment.findUnique({
    where: { id: commitmentId },
    select: {
      status: true,
      version: true,
      updatedAt: true,
      statusChanges: {
        orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
        take: 1,
        select: {
          toStatus: true,
          effectiveDate: true,
          note: true,
          recordedAt: true,
          editor: { select: { name: true } },
        },
      },
    },
  });
  if (!row) return null;
  const last = row.statusChanges[0];
  return {
    status: row.status,
    statusLabel: isStatus(row.status) ? STATUS_LABELS[row.status] : row.status,
    version: row.version,
    lastChange: last
      ? {
          toStatus: last.toStatus,
          effectiveDate: last.effectiveDate,
          note: last.note,
          by: last.editor?.name ?? null,
          at: last.recordedAt.toISOString(),
        }
      : null,
  };
}

async function conflict(commitmentId: string): Promise<never> {
  const current = await currentState(commitmentId);
  const by = current?.lastChange?.by ? ` by ${current.lastChange.by}` : "";
  throw new AppError(
    "conflict",
    `Someone else changed this commitment since you opened it: it is now “${current?.statusLabel}”${by}. Your input is kept; check it against the new state and submit again.`,
    "version",
    current,
  );
}

/** The commitment, whether `correctsId` is one of its entries, and the cited source's text: one query. */
async function readForChange(input: ParsedStatusChange) {
  const sourceId = input.evidence.kind === "existing" ? input.evidence.sourceId : null;
  const [row] = await changeContextRead.run(prisma, input.commitmentId, input.correctsId ?? null, sourceId);
  return row
    ? {
        id: row.id,
        title: row.title,
        status: row.status,
        version: row.version,
        correctsFound: row.corrects !== null,
        fullText: row.fullText,
        source: { title: row.sourceTitle, url: row.sourceUrl },
        webhooks: row.webhooks,
      }
    : null;
}

/** Where the quote sits in its source: an existing source, or a new one made of the quote. */
async function locateEvidence(
  evidence: ParsedStatusChange["evidence"],
  fullText: string | null,
  source: { title: string | null; url: string | null },
) {
  if (evidence.kind === "existing") {
    if (fullText === null) throw new AppError("invalid_body", "There is no source with this id.", "evidence.sourceId");
    const span = findQuote(fullText, evidence.quote, evidence.occurrence);
    if (!span) throw new AppError("invalid_body", quoteMismatch(fullText, evidence.quote), "evidence.quote");
    return { sourceId: evidence.sourceId, quote: fullText.slice(span.start, span.end), span, newSource: null, source };
  }
  // A source known only by a quote: the quote is its whole text so far.
  const text = normalizeSourceText(evidence.quote);
  const hash = contentHash(text);
  const existing = await prisma.source.findUnique({
    where: { contentHash: hash },
    select: { id: true, fullText: true, title: true, url: true },
  });
  if (existing)
    return {
      sourceId: existing.id,
      quote: text,
      span: locateQuote(existing.fullText, text)!,
      newSource: null,
      source: { title: existing.title, url: existing.url },
    };
  return {
    sourceId: null,
    quote: text,
    span: { start: 0, end: text.length },
    source: { title: evidence.title, url: evidence.url },
    newSource: {
      title: evidence.title,
      publisher: evidence.publisher,
      url: evidence.url,
      language: evidence.language,
      publishedDate: evidence.published.date,
      publishedPrecision: evidence.published.precision,
      fullText: text,
      contentHash: hash,
    },
  };
}

/**
 * Appends a status change with its evidence. Refused when the version is stale (someone changed
 * the commitment meanwhile), when the transition is not allowed, or when the quote is not in its
 * source word for word. The history is never edited: a mistake is corrected by a new entry.
 */
export async function changeStatus(input: ParsedStatusChange, actor: Actor, today: string = todayIso()) {
  refuseFutureEffective(input.effective, "effective", today);
  const commitment = await readForChange(input);
  if (!commitment) throw new AppError("not_found", "There is no commitment with this id.", "commitmentId");
  if (commitment.version !== input.version) return conflict(commitment.id);

  const from = commitment.status;
  const check = checkTransition(from, input.toStatus, { isAdmin: actor.role === "admin", reason: input.reason });
  if (!check.ok) {
    const field = check.reason === "reopen_needs_reason" ? "reason" : "toStatus";
    throw new AppError(
      check.reason === "closed_needs_admin" ? "forbidden" : "invalid_transition",
      REFUSALS[check.reason],
      field,
    );
  }
  if (input.correctsId && !commitment.correctsFound) {
    throw new AppError("invalid_body", "No earlier entry of this commitment has this id.", "correctsId");
  }
  const evidence = await locateEvidence(input.evidence, commitment.fullText, commitment.source);
  // A reopening keeps its reason in the history, where the next reader will look for it.
  const note =
    [input.note, isClosed(from) && input.reason ? `Reopened: ${input.reason}` : undefined].filter(Boolean).join("\n") ||
    null;

  const written = await recordStatusChange({
    commitmentId: commitment.id,
    version: input.version,
    fromStatus: from,
    toStatus: input.toStatus,
    effectiveDate: input.effective.date,
    effectivePrecision: input.effective.precision,
    note,
    correctsId: input.correctsId ?? null,
    editorId: actor.id,
    tokenId: actor.tokenId ?? null,
    citation: {
      sourceId: evidence.sourceId,
      quote: evidence.quote,
      start: evidence.span.start,
      end: evidence.span.end,
    },
    newSource: evidence.newSource,
    audit: {
      before: { status: from, version: input.version },
      after: { status: input.toStatus, version: input.version + 1, effective: input.effective },
    },
    webhooks: {
      subscriptionIds: commitment.webhooks,
      data: ({ statusChangeId, sourceId }) => ({
        commitment: { id: commitment.id, title: commitment.title, url: commitmentUrl(commitment.id) },
        statusChangeId,
        from,
        to: input.toStatus,
        // As API v1 writes it: "2019-06" at month precision.
        effective: { date: toIso(input.effective), precision: input.effective.precision },
        note,
        evidence: {
          quote: evidence.quote,
          source: {
            id: sourceId,
            title: evidence.source.title,
            url: evidence.source.url,
            pactUrl: sourceUrl(sourceId),
          },
        },
      }),
    },
  });
  if (!written) return conflict(commitment.id);
  if (commitment.webhooks.length) nudgeWebhooks();
  return {
    statusChangeId: written.statusChangeId,
    commitmentId: commitment.id,
    version: input.version + 1,
    status: input.toStatus,
  };
}
