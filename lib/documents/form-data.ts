import { prisma } from "../db/client";

const named = { select: { id: true, name: true } } as const;

/** A document as its edit form needs it: the stored columns, the version, and names for the pickers. */
export function documentForEdit(id: string) {
  return prisma.document.findUnique({
    where: { id },
    include: {
      event: { select: { id: true, title: true } },
      parties: { orderBy: { id: "asc" }, include: { organization: named } },
      signatories: { orderBy: { id: "asc" }, include: { person: named, organization: named } },
    },
  });
}
