import { prisma } from "../db/client";

export async function listCountries(): Promise<{ code: string; name: string }[]> {
  return prisma.country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
}
