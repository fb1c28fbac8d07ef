// npm run db:new-migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference between the
// migrations and prisma/schema.prisma, then applies it to DATABASE_URL (default ./data/pact.db).
// `prisma migrate dev` cannot run offline with Prisma 6.19's Wasm engine; this is its offline twin.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyDefaultEnv } from "./env";

const prisma = path.join("node_modules", ".bin", "prisma");

function main(): number {
  const name = process.argv[2]?.trim();
  if (!name || !/^[a-z][a-z0-9_]{0,60}$/.test(name)) {
    console.error("db:new-migration: give a name in snake_case, e.g. npm run db:new-migration -- add_sector_codes");
    return 2;
  }
  applyDefaultEnv();
  const diff = spawnSync(
    prisma,
    [
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/migrations",
      "--to-schema-datamodel",
      "prisma/schema.prisma",
      "--script",
    ],
    { encoding: "utf8" },
  );
  if (diff.status !== 0) {
    console.error(`db:new-migration: prisma migrate diff failed:\n${diff.stderr}`);
    return 1;
  }
  // An empty diff prints only a comment.
  if (!diff.stdout.split("\n").some((line) => line.trim() && !line.startsWith("--"))) {
    console.log("db:new-migration: prisma/schema.prisma matches the migrations; nothing to write.");
    return 0;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), diff.stdout);
  console.log(`db:new-migration: wrote ${dir}/migration.sql; applying it to ${process.env.DATABASE_URL}`);
  return spawnSync(prisma, ["migrate", "deploy"], { stdio: "inherit" }).status ?? 1;
}

process.exit(main());
