import "server-only";
import { auditData } from "../audit/entry";
import { ActionError } from "../auth/guard";
import type { Actor } from "../auth/roles";
import { prisma } from "../db/client";
import type { SourceUpdate } from "./schema";

const CONFLICT = "Someone else saved this source since you opened it. Your input is kept: reload it in another tab, compare, and save again.";

const columns = (input: SourceUpdate) => ({
  title: input.title, publisher: input.publisher, url: input.url ?? null, language: input.language,
  publishedDate: input.published?.date ?? null, publishedPrecision: input.published?.precision ?? null, note: input.note ?? null,
});

/** Saves an edit of a source's metadata made on the version the editor saw; its text stays as imported. */
export async function updateSource(input: SourceUpdate, actor: Actor) {
  const old = await prisma.source.findUnique({
    where: { id: input.id },
    select: { version: true, title: true, publisher: true, url: true, language: true, publishedDate: true, publishedPrecision: true, note: true },
  });
  if (!old) throw new ActionError("not_found", "There is no source with this id.", "id");
  const { version, ...before } = old;
  if (version !== input.version) throw new ActionError("conflict", CONFLICT, "version", { version });
  const data = columns(input);
  const saved = await prisma.$transaction(async (tx) => {
    const claimed = await tx.source.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (claimed.count === 0) return false;
    await tx.auditEntry.create({ data: auditData({ userId: actor.id, action: "update", entityType: "source", entityId: input.id, before, after: data }) });
    return true;
  });
  if (!saved) throw new ActionError("conflict", CONFLICT, "version");
  return { id: input.id, version: input.version + 1 };
}
