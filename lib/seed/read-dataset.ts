import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { bodiesSchema, datasetSchema, defaultSectorsSchema, type Dataset } from "./schema";

export const DEFAULT_SEED_DIR = path.join(process.cwd(), "prisma", "seed");

export interface LoadedDataset {
  dataset: Dataset;
  texts: Map<string, string>;
}

function parsed<S extends z.ZodType>(schema: S, file: string, what: string): z.output<S> {
  const raw: unknown = JSON.parse(readFileSync(file, "utf8"));
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`${what} is invalid:\n${issues}`);
  }
  return result.data;
}

/**
 * Reads prisma/seed/dataset.json and the source texts it names, validated by the app's schemas,
 * with the default sectors of sectors.json and the usual international bodies of bodies.json
 * (when the directory has them).
 */
export function readDataset(dir: string = DEFAULT_SEED_DIR): LoadedDataset {
  const dataset = parsed(datasetSchema, path.join(dir, "dataset.json"), "The seed dataset");
  const sectorsFile = path.join(dir, "sectors.json");
  if (existsSync(sectorsFile)) {
    if (dataset.sectors.length) throw new Error("dataset.json: its sectors belong in sectors.json");
    dataset.sectors = parsed(defaultSectorsSchema, sectorsFile, "The default sectors (sectors.json)");
  }
  const bodiesFile = path.join(dir, "bodies.json");
  if (existsSync(bodiesFile)) {
    const { organizations } = parsed(bodiesSchema, bodiesFile, "The list of international bodies (bodies.json)");
    const ids = new Set(dataset.organizations.map((o) => o.id));
    const twice = organizations.find((o) => ids.has(o.id));
    if (twice) throw new Error(`bodies.json: the organization ${twice.id} is also in dataset.json`);
    // Bodies first: a dataset's organization may name one as its parent.
    dataset.organizations = [...organizations, ...dataset.organizations];
  }
  const texts = new Map<string, string>();
  for (const source of dataset.sources) {
    texts.set(source.id, readFileSync(path.join(dir, "sources", source.file), "utf8"));
  }
  return { dataset, texts };
}
