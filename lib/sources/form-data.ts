import { prisma } from "../db/client";

/** A source's editable description and version, without the text its quotes point into. */
export function sourceForEdit(id: string) {
  return prisma.source.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      publisher: true,
      url: true,
      language: true,
      publishedDate: true,
      publishedPrecision: true,
      note: true,
      version: true,
    },
  });
}
