import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

// The spreadsheet import, timed through the server as an editor's browser calls it: a file of
// new commitments (with new sources and some new organizations) checked, then confirmed.

type ManifestEntry = { workers: Record<string, unknown>; exportedName: string; filename: string };

function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === name && entry.filename.includes("lib/import/"),
  );
  if (!found) throw new Error(`no ${name} in the build`);
  return found[0];
}

/** A CSV of `rows` commitments between the data's countries, 100 rows quoting each new source. */
export function importFile(file: string, rows: number): string {
  const db = new Database(file, { readonly: true });
  const codes = (db.prepare(`SELECT code FROM "Country" ORDER BY code LIMIT 40`).all() as { code: string }[]).map(
    (r) => r.code,
  );
  db.close();
  const run = Date.now().toString(36);
  const lines = [
    "title,kind,from_country,from_organization,to_country,amount,currency,target,source_url,source_title,quote",
  ];
  for (let i = 0; i < rows; i++) {
    const from = codes[i % codes.length]!;
    const to = codes[(i * 7 + 3) % codes.length]!;
    const org = i % 10 === 0 ? `Bench agency ${run} ${i % 50}` : "";
    const article = Math.floor(i / 100);
    lines.push(
      `Bench import ${run} commitment ${i},pledge,${from},${org},${to},${1000 + i},USD,${2026 + (i % 5)},https://bench.example/${run}/${article},Bench article ${article},"${from} pledges ${1000 + i} USD to ${to} under item ${i} of ${run}."`,
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

async function call(origin: string, cookie: string, name: string, fields: Record<string, string | Blob>) {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
  body.append("0", JSON.stringify(["$K1"]));
  const started = performance.now();
  const response = await fetch(`${origin}/import`, {
    method: "POST",
    headers: { "next-action": actionId(name), origin, cookie },
    body,
  });
  const text = await response.text();
  const seconds = (performance.now() - started) / 1000;
  const row = text.split("\n").find((line) => line.startsWith("1:"));
  const answer = row ? (JSON.parse(row.slice(2)) as { ok: boolean; data?: Record<string, unknown> }) : null;
  if (!answer?.ok) throw new Error(`${name}: ${response.status} ${text.slice(0, 400)}`);
  return { seconds, data: answer.data! };
}

/** Checks then imports a file of `rows` rows; the figures as a line for the report. */
export async function timeImport(origin: string, cookie: string, file: string, rows: number): Promise<string> {
  const csv = importFile(file, rows);
  const upload = () => new File([csv], "bench.csv", { type: "text/csv" });
  const preview = await call(origin, cookie, "previewImportAction", { file: upload() });
  const errors = (preview.data.errors as unknown[]).length;
  if (errors) throw new Error(`the bench file has ${errors} errors`);
  const confirm = await call(origin, cookie, "confirmImportAction", { file: upload(), key: crypto.randomUUID() });
  const mb = (Buffer.byteLength(csv) / 2 ** 20).toFixed(1);
  return `Import of a ${rows.toLocaleString("en")}-row CSV (${mb} MB, ${rows / 100} new sources, 50 new organizations): preview ${preview.seconds.toFixed(1)} s, confirm ${confirm.seconds.toFixed(1)} s (${String(confirm.data.imported)} imported in one transaction)`;
}
