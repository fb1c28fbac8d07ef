import "server-only";
import { auditData, auditedBy } from "../audit/entry";
import { AppError, conflictError } from "../errors/codes";
import type { Actor } from "../auth/roles";
import { prisma } from "../db/client";
import { newRecordId } from "../records/ids";
import { sourcesWithWordsRead } from "../search/search-sql";
import { contentHash, normalizeSourceText } from "./hash";
import { checkReferences } from "../records/references";
import { resolveCitations } from "./citations";
import type { QuoteAttach, SourceCreate, SourceUpdate } from "./schema";
import { NEAR_DUPLICATE, distinctiveWords, jaccard, shingles } from "./similarity";

/** Sources whose text is nearly this one, best first (FTS finds candidates, shingles decide). */
export async function nearDuplicates(text: string): Promise<{ id: string; title: string; similarity: number }[]> {
  const words = distinctiveWords(text);
  if (!words.length) return [];
  const candidates = await sourcesWithWordsRead.run(prisma, words);
  const mine = shingles(text);
  return candidates
    .map((c) => ({ id: c.id, title: c.title, similarity: jaccard(mine, shingles(c.fullText)) }))
    .filter((c) => c.similarity >= NEAR_DUPLICATE)
    .sort((a, b) => b.similarity - a.similarity);
}

/**
 * Stores a pasted article. The exact same text (after normalising line ends and Unicode) is
 * refused; a near copy is refused until the editor confirms it is a different report.
 */
export async function createSource(input: SourceCreate, actor: Actor) {
  const fullText = normalizeSourceText(input.fullText);
  const hash = contentHash(fullText);
  const same = await prisma.source.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
  if (same)
    throw new AppError("duplicate", `This exact text is already in Pact, as “${same.title}”.`, "fullText", {
      duplicateOf: same,
    });
  if (!input.confirmNearDuplicate) {
    const near = await nearDuplicates(fullText);
    if (near.length) {
      throw new AppError(
        "duplicate",
        `A very similar text is already in Pact (“${near[0]!.title}”, ${Math.round(near[0]!.similarity * 100)}% the same). Check it; save anyway if this is a different report.`,
        "fullText",
        { near },
      );
    }
  }
  const id = newRecordId(input.title);
  const data = {
    id,
    title: input.title,
    publisher: input.publisher,
    url: input.url ?? null,
    language: input.language,
    publishedDate: input.published?.date ?? null,
    publishedPrecision: input.published?.precision ?? null,
    fullText,
    contentHash: hash,
    note: input.note ?? null,
  };
  await prisma.$transaction([
    prisma.source.create({ data }),
    prisma.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "create",
        entityType: "source",
        entityId: id,
        after: { ...data, fullText: `${fullText.length} characters` },
      }),
    }),
  ]);
  return { id };
}

const columns = (input: SourceUpdate) => ({
  title: input.title,
  publisher: input.publisher,
  url: input.url ?? null,
  language: input.language,
  publishedDate: input.published?.date ?? null,
  publishedPrecision: input.published?.precision ?? null,
  note: input.note ?? null,
});

/** Saves an edit of a source's metadata made on the version the editor saw; its text stays as imported. */
export async function updateSource(input: SourceUpdate, actor: Actor) {
  const old = await prisma.source.findUnique({
    where: { id: input.id },
    select: {
      version: true,
      title: true,
      publisher: true,
      url: true,
      language: true,
      publishedDate: true,
      publishedPrecision: true,
      note: true,
    },
  });
  if (!old) throw new AppError("not_found", "There is no source with this id.", "id");
  const { version, ...before } = old;
  if (version !== input.version) throw conflictError("source", { version });
  const data = columns(input);
  const saved = await prisma.$transaction(async (tx) => {
    const claimed = await tx.source.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (claimed.count === 0) return false;
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "update",
        entityType: "source",
        entityId: input.id,
        before,
        after: data,
      }),
    });
    return true;
  });
  if (!saved) throw conflictError("source");
  return { id: input.id, version: input.version + 1 };
}

/**
 * Adds a quote to a record, as its edit form would (quotes are only ever added): the passage an
 * editor selected on the source's page, checked against the source like any other quote.
 */
export async function attachQuote(input: QuoteAttach, actor: Actor) {
  const { type, id } = input.record;
  await checkReferences([{ field: "record.id", kind: type, id }]);
  const [citation] = await resolveCitations([input.citation], "citation");
  const owner = type === "commitment" ? { commitmentId: id } : type === "event" ? { eventId: id } : { documentId: id };
  await prisma.$transaction(async (tx) => {
    await tx.citation.create({ data: { ...citation!, ...owner } });
    // The record changed: an edit form opened before this saves against the new version.
    const where = { where: { id }, data: { version: { increment: 1 } } };
    if (type === "commitment") await tx.commitment.update(where);
    else if (type === "event") await tx.event.update(where);
    else await tx.document.update(where);
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "update",
        entityType: type,
        entityId: id,
        after: { addedCitations: [citation] },
      }),
    });
  });
  return { type, id, quote: citation!.quote };
}
