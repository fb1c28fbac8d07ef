// A SQLite database as a text SQL script, and back. A release's database is kept in the
// repository this way (tests/fixtures/) so that it diffs and reviews line by line, and loads with
// better-sqlite3's exec alone (no sqlite3 command-line tool, which CI may lack).
import type BetterSqlite3 from "better-sqlite3";

type SchemaObject = { type: string; name: string; tbl_name: string; sql: string };

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * SQLite's own literal for every value (quote(): text, numbers that read back exactly, X'…' for
 * blobs), with line breaks spelled char(10)/char(13) so that each row stays on one line.
 */
function rowLiterals(db: BetterSqlite3.Database, table: string, columns: string[], orderBy: string): string[][] {
  const select = columns.map((c) => `quote(${c === "rowid" ? "rowid" : quoteName(c)})`).join(", ");
  const statement = db.prepare(`SELECT ${select} FROM ${quoteName(table)} ORDER BY ${orderBy}`).raw(true);
  return (statement.all() as string[][]).map((row) =>
    row.map((literal) =>
      literal.startsWith("'") ? literal.replace(/\n/g, "'||char(10)||'").replace(/\r/g, "'||char(13)||'") : literal,
    ),
  );
}

/** The columns an INSERT can set (generated columns left out), in the table's order. */
function insertableColumns(db: BetterSqlite3.Database, table: string): string[] {
  const info = db.prepare(`PRAGMA table_xinfo(${quoteName(table)})`).all() as { name: string; hidden: number }[];
  // hidden: 0 ordinary, 1 a virtual table's hidden column, 2 and 3 generated columns.
  return info.filter((c) => c.hidden === 0).map((c) => c.name);
}

function tableRows(db: BetterSqlite3.Database, object: SchemaObject, virtual: boolean): string[] {
  const columns = insertableColumns(db, object.name);
  const withoutRowid = /\bWITHOUT\s+ROWID\b/i.test(object.sql);
  if (withoutRowid) {
    const info = db.prepare(`PRAGMA table_info(${quoteName(object.name)})`).all() as { name: string; pk: number }[];
    const key = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    const rows = rowLiterals(db, object.name, columns, key.map((c) => quoteName(c.name)).join(", "));
    return rows.map((row) => `INSERT INTO ${quoteName(object.name)} VALUES(${row.join(",")});`);
  }
  // Rowids are part of the data (the app orders some lists by insertion, and the search index's
  // rowids are its map to records). A plain INSERT in rowid order gives 1, 2, 3…; only a table
  // whose rowids are not exactly that, or a virtual table, spells them out.
  const rows = rowLiterals(db, object.name, ["rowid", ...columns], "rowid");
  const dense = !virtual && rows.every((row, i) => row[0] === String(i + 1));
  const target = `${quoteName(object.name)}(${["rowid", ...columns].map((c) => (c === "rowid" ? c : quoteName(c))).join(",")})`;
  return rows.map((row) =>
    dense
      ? `INSERT INTO ${quoteName(object.name)} VALUES(${row.slice(1).join(",")});`
      : `INSERT INTO ${target} VALUES(${row.join(",")});`,
  );
}

/**
 * The whole database as SQL: tables, then their rows in rowid order, then indexes, views and
 * triggers (after the rows, so that loading fires no trigger: the search index is loaded as it
 * was, not rebuilt). A virtual table's shadow tables are left to its CREATE VIRTUAL TABLE and
 * its rows go through the virtual table, so FTS5 builds its own index from the same text.
 */
export function dumpSql(db: BetterSqlite3.Database): string {
  const objects = db
    .prepare(`SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid`)
    .all() as SchemaObject[];
  const virtualTables = objects.filter((o) => o.type === "table" && /^CREATE\s+VIRTUAL\s+TABLE/i.test(o.sql));
  const isShadow = (name: string) => virtualTables.some((v) => name.startsWith(`${v.name}_`));
  const tables = objects.filter(
    (o) => o.type === "table" && !o.name.startsWith("sqlite_") && !isShadow(o.name) && !virtualTables.includes(o),
  );
  const lines = ["PRAGMA foreign_keys=OFF;", "BEGIN TRANSACTION;"];
  for (const table of [...tables, ...virtualTables]) lines.push(`${table.sql};`);
  for (const table of tables) lines.push(...tableRows(db, table, false));
  for (const table of virtualTables) lines.push(...tableRows(db, table, true));
  const hasSequence = objects.some((o) => o.name === "sqlite_sequence");
  if (hasSequence) {
    const sequence = db.prepare(`SELECT name, seq FROM sqlite_sequence ORDER BY name`).all() as {
      name: string;
      seq: number;
    }[];
    lines.push("DELETE FROM sqlite_sequence;");
    for (const s of sequence)
      lines.push(`INSERT INTO sqlite_sequence VALUES('${s.name.replace(/'/g, "''")}',${s.seq});`);
  }
  for (const type of ["index", "view", "trigger"])
    for (const o of objects.filter((x) => x.type === type && !isShadow(x.tbl_name))) lines.push(`${o.sql};`);
  const userVersion = db.pragma("user_version", { simple: true }) as number;
  if (userVersion !== 0) lines.push(`PRAGMA user_version=${userVersion};`);
  lines.push("COMMIT;");
  return `${lines.join("\n")}\n`;
}

/** Runs a dump into an empty database file and checks what it built. */
export function loadSql(db: BetterSqlite3.Database, sql: string): void {
  db.exec(sql);
  db.pragma("foreign_keys = ON");
  const broken = db.pragma("foreign_key_check") as unknown[];
  if (broken.length > 0) throw new Error(`the dump breaks ${broken.length} foreign keys`);
  const integrity = db.pragma("integrity_check", { simple: true });
  if (integrity !== "ok") throw new Error(`the loaded dump fails PRAGMA integrity_check: ${String(integrity)}`);
}
