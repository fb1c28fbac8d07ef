// npx tsx scripts/bench-extract.ts: times the extraction assistant on ~5,000-word articles built
// from the seed articles, and prints the figures (the budget is well under a second per article).
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { extract, type GazetteerEntry } from "../lib/extract";

interface Named {
  id: string;
  name: string;
  nameFr?: string;
  countryCode: string;
  aliases?: { alias: string }[];
}

const SEED = path.join(process.cwd(), "prisma", "seed");
const dataset = JSON.parse(readFileSync(path.join(SEED, "dataset.json"), "utf8")) as {
  countries: { code: string; name: string; nameFr?: string }[];
  people: Named[];
  organizations: Named[];
  sources: { file: string; language: string; published: string }[];
};
const names = (e: { name: string; nameFr?: string; aliases?: { alias: string }[] }) =>
  [e.name, e.nameFr, ...(e.aliases ?? []).map((a) => a.alias)].filter((n): n is string => !!n);
const gazetteer: GazetteerEntry[] = [
  ...dataset.countries.map((c) => ({ type: "country" as const, id: c.code, names: names(c), country: c.code })),
  ...dataset.people.map((p) => ({ type: "person" as const, id: p.id, names: names(p), country: p.countryCode })),
  ...dataset.organizations.map((o) => ({
    type: "organization" as const,
    id: o.id,
    names: names(o),
    country: o.countryCode,
  })),
];

const WORDS = 5000;
const RUNS = 25;

// Repeats the article with its numbers and days shifted, so that every copy is parsed afresh
// rather than matching identical text.
function article(base: string): string {
  const parts: string[] = [];
  let words = 0;
  for (let copy = 0; words < WORDS; copy++) {
    const varied = base.replace(/\b(\d{1,2})\b/g, (d) => String(((Number(d) + copy) % 28) + 1));
    parts.push(varied);
    words += varied.split(/\s+/).filter(Boolean).length;
  }
  return parts.join("\n\n");
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

for (const source of dataset.sources) {
  const text = article(readFileSync(path.join(SEED, "sources", source.file), "utf8"));
  const words = text.split(/\s+/).filter(Boolean).length;
  // A fresh gazetteer array: the first run pays for compiling it, the others reuse it.
  const entries = [...gazetteer];
  const times: number[] = [];
  let counts = "";
  for (let run = 0; run <= RUNS; run++) {
    const started = performance.now();
    const result = extract(text, { published: source.published, gazetteer: entries });
    times.push(performance.now() - started);
    counts =
      `${result.sentences.length} sentences, ${result.commitments.length} commitments, ${result.dates.length} dates, ` +
      `${result.money.length} amounts, ${result.quantities.length} quantities, ${result.entities.length} entities`;
  }
  const [first, ...rest] = times;
  console.log(`${source.language}: ${words} words, ${text.length} characters; ${counts}`);
  console.log(
    `  first run ${first!.toFixed(1)} ms; median of ${RUNS} ${median(rest).toFixed(1)} ms (min ${Math.min(...rest).toFixed(1)}, max ${Math.max(...rest).toFixed(1)})`,
  );
}
