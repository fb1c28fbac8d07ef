import "server-only";
import { prisma } from "../db/client";

export async function listSectors(): Promise<{ code: string; name: string }[]> {
  return prisma.sector.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
}
