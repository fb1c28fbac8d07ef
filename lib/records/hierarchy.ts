import "server-only";
import { AppError } from "../errors/codes";
import type { Prisma } from "../db/client";

type Client = Prisma.TransactionClient;

/**
 * Refuses a parent that is the record itself or one of its descendants. Walked inside the saving
 * transaction, so two edits made at once cannot each pass the check and close a loop together.
 */
export async function assertNoCycle(
  tx: Client,
  kind: "event" | "organization",
  id: string,
  parentId: string | null | undefined,
): Promise<void> {
  const what = kind === "event" ? "event" : "organization";
  const seen = new Set<string>();
  for (let current = parentId ?? null; current;) {
    if (current === id)
      throw new AppError(
        "invalid_body",
        `This ${what} cannot be part of itself, directly or through its parents.`,
        "parentId",
      );
    // A loop already stored elsewhere must not hang the save.
    if (seen.has(current)) return;
    seen.add(current);
    const row =
      kind === "event"
        ? await tx.event.findUnique({ where: { id: current }, select: { parentId: true } })
        : await tx.organization.findUnique({ where: { id: current }, select: { parentId: true } });
    current = row?.parentId ?? null;
  }
}
