// Brings DATABASE_URL (default ./data/pact.db) up to date: migrations, the embedded dataset on
// first start, and a first admin account. `npm start` and `npm run dev` run it before serving.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { databaseFile, databaseUrl } from "../lib/db/url";
import { syncCountries } from "../lib/countries/sync";
import { loadDataset } from "../lib/seed/load";
import { readDataset } from "../lib/seed/read-dataset";
import { ensureAdmin } from "../lib/users/bootstrap";

export async function prepareDatabase(): Promise<void> {
  const file = databaseFile();
  mkdirSync(path.dirname(file), { recursive: true });
  process.env.DATABASE_URL = databaseUrl();

  const prismaBin = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const migrate = spawnSync(prismaBin, ["migrate", "deploy"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: process.env,
  });
  if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed (exit ${migrate.status}).`);

  const prisma = createPrismaClient(file);
  try {
    const loaded = readDataset();
    if ((await prisma.country.count()) === 0) {
      const { created } = await loadDataset(prisma, loaded);
      console.log(`pact: seeded ${file} with the embedded dataset (${created.commitment ?? 0} commitments).`);
    } else {
      // A database from before every country was listed, or from an older catalog, catches up here.
      const synced = await syncCountries(prisma, loaded.dataset.countries);
      if (synced.created || synced.updated)
        console.log(`pact: countries brought up to date (${synced.created} added, ${synced.updated} renamed).`);
    }
    const admin = await ensureAdmin(prisma);
    if (admin.generatedPassword) {
      console.log(
        `\npact: created the admin account ${admin.email}\npact: its password, shown this once: ${admin.generatedPassword}\n`,
      );
    } else if (admin.created) {
      console.log(`pact: created the admin account ${admin.email} (password from ADMIN_PASSWORD).`);
    }
  } finally {
    await prisma.$disconnect();
  }
}
