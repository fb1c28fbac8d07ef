import { prisma } from "../db/client";
import { atEventOrSubEvents } from "./rows";

/** An event as its edit form needs it: the stored columns, the version, and names for the pickers. */
export function eventForEdit(id: string) {
  return prisma.event.findUnique({
    where: { id },
    include: {
      parent: { select: { id: true, title: true } },
      participants: {
        orderBy: { id: "asc" },
        include: { person: { select: { id: true, name: true } }, organization: { select: { id: true, name: true } } },
      },
    },
  });
}

export type EventForEdit = NonNullable<Awaited<ReturnType<typeof eventForEdit>>>;

/** The documents recorded at an event and its sub-events, which the form compares the reported number with. */
export function documentsRecordedAt(id: string): Promise<number> {
  return prisma.document.count({ where: { event: atEventOrSubEvents(id) } });
}
