import { prisma } from "../db/client";

/** An organization as its edit form needs it: the stored columns, the version, its aliases, member countries and parent's name. */
export function organizationForEdit(id: string) {
  return prisma.organization.findUnique({
    where: { id },
    include: {
      parent: { select: { id: true, name: true } },
      aliases: { orderBy: { alias: "asc" } },
      members: { select: { countryCode: true }, orderBy: { country: { name: "asc" } } },
    },
  });
}
