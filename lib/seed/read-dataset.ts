import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { datasetSchema, type Dataset } from "./schema";

export const DEFAULT_SEED_DIR = path.join(process.cwd(), "prisma", "seed");

export interface LoadedDataset {
  dataset: Dataset;
  texts: Map<string, string>;
}

/**
 * Reads prisma/seed/dataset.json, the default sectors beside it (sectors.json) and the source
 * texts it names, validated by the app's schemas.
 */
export function readDataset(dir: string = DEFAULT_SEED_DIR): LoadedDataset {
  const raw = JSON.parse(readFileSync(path.join(dir, "dataset.json"), "utf8")) as Record<string, unknown>;
  const sectorsFile = path.join(dir, "sectors.json");
  if (existsSync(sectorsFile)) raw.sectors = JSON.parse(readFileSync(sectorsFile, "utf8"));
  const result = datasetSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`The seed dataset is invalid:\n${issues}`);
  }
  const texts = new Map<string, string>();
  for (const source of result.data.sources) {
    texts.set(source.id, readFileSync(path.join(dir, "sources", source.file), "utf8"));
  }
  return { dataset: result.data, texts };
}
