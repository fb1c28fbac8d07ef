// npm run db:seed — loads the embedded dataset (prisma/seed/) into DATABASE_URL, idempotently.
import { createPrismaClient } from "../lib/db/client";
import { databaseFile } from "../lib/db/url";
import { readDataset } from "../lib/seed/read-dataset";
import { loadDataset } from "../lib/seed/load";

async function main() {
  const prisma = createPrismaClient();
  try {
    const { created } = await loadDataset(prisma, readDataset());
    const summary = Object.entries(created)
      .map(([type, n]) => `${n} ${type}`)
      .join(", ");
    console.log(`Seeded ${databaseFile()}: ${summary || "nothing new (already seeded)"}`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
