import { prisma } from "../db/client";
import { positionOrder } from "./positions";

/** A person as their edit form needs them: the stored columns, the version, aliases and positions with organization names. */
export function personForEdit(id: string) {
  return prisma.person.findUnique({
    where: { id },
    include: {
      aliases: { orderBy: { alias: "asc" } },
      positions: { orderBy: positionOrder, include: { organization: { select: { id: true, name: true } } } },
    },
  });
}
