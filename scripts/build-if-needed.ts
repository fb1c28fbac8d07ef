// Builds the Next.js app, and the server that runs it, when the sources changed since the last
// build (or it never ran).
import { spawnSync } from "node:child_process";
import { buildSync } from "esbuild";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "scripts/serve.ts",
  "prisma/schema.prisma",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const SKIP = new Set(["generated", "node_modules", ".next"]);
const STAMP = path.join(".next", "pact-build-hash");
/** scripts/serve.ts as one plain ES module, so the server runs on Node without a TypeScript loader. */
export const SERVER_BUNDLE = path.join(".next", "pact-serve.mjs");

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) {
    if (!SKIP.has(name)) yield* files(path.join(entry, name));
  }
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(input)) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export function buildIfNeeded(): void {
  const wanted = sourceHash();
  const built =
    existsSync(path.join(".next", "BUILD_ID")) && existsSync(SERVER_BUNDLE) && existsSync(STAMP)
      ? readFileSync(STAMP, "utf8")
      : "";
  if (built === wanted) return;
  console.log("pact: building the app (first start or changed sources)…");
  const result = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], {
    stdio: "inherit",
    env: process.env,
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status}).`);
  // Running it through tsx kept esbuild's service and tsx's hooks in the server for its whole
  // life: ~70 MB more resident than `next start`. Bundled once here, it costs nothing at run time.
  buildSync({
    entryPoints: ["scripts/serve.ts"],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  writeFileSync(STAMP, wanted);
}
