import "server-only";
import { prisma } from "../db/client";

export async function listUsers() {
  return prisma.user.findMany({
    select: { id: true, email: true, name: true, role: true, createdAt: true, _count: { select: { sessions: true } } },
    orderBy: [{ role: "asc" }, { email: "asc" }],
  });
}

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];
