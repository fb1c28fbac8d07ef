import Database from "better-sqlite3";
import { serverActions } from "./session";

// Issue 16's import actions called over HTTP as the browser calls them, and the counts the
// import tests read from the database file the server writes.

type Failure = { code: string; message: string; current?: { errors?: { row: number; column: string | null }[] } };
export type Answer<T> = { ok: true; data: T } | { ok: false; error: Failure };
export type Preview = {
  rows: number;
  ready: number;
  errors: { row: number; column: string | null; message: string }[];
};
export type Imported = { imported: number; repeated: boolean; created: { sources: number } };

let actions: ReturnType<typeof serverActions> | null = null;

/** A server action called as the browser calls it with a FormData argument (React's reply encoding). */
export async function callForm<T>(base: string, name: string, fields: Record<string, string | Blob>, cookie: string) {
  actions ??= serverActions();
  const action = actions.find((a) => a.name === name && a.filename.includes("import"));
  if (!action) throw new Error(`no action ${name} in the build`);
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
  body.append("0", JSON.stringify(["$K1"]));
  const response = await fetch(`${base}/import`, {
    method: "POST",
    headers: { "next-action": action.id, origin: base, cookie },
    body,
  });
  const text = await response.text();
  const row = text.split("\n").find((line) => line.startsWith("1:"));
  if (response.status !== 200 || !row) throw new Error(`${name}: ${response.status} ${text.slice(0, 500)}`);
  return JSON.parse(row.slice(2)) as Answer<T>;
}

export const csvFile = (text: string, name = "commitments.csv") => new File([text], name, { type: "text/csv" });

export function count(file: string, sql: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}
