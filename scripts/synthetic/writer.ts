import type Database from "better-sqlite3";

type Row = Record<string, string | number | bigint | null>;

/**
 * Inserts rows through prepared statements, one per table and column set, and counts them. Raw
 * better-sqlite3 rather than Prisma: at a million rows Prisma's per-query cost would dominate.
 */
export class Writer {
  readonly counts: Record<string, number> = {};
  /** Milliseconds spent per table, FTS triggers included: where the load time goes. */
  readonly millis: Record<string, number> = {};
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  /** `orIgnore`: a row whose key is already there is left as it is (and not counted). */
  insert(table: string, row: Row, { orIgnore = false } = {}): void {
    const columns = Object.keys(row);
    const key = `${orIgnore ? "?" : ""}${table}(${columns.join(",")})`;
    let statement = this.statements.get(key);
    if (!statement) {
      const names = columns.map((c) => `"${c}"`).join(", ");
      statement = this.db.prepare(
        `INSERT ${orIgnore ? "OR IGNORE " : ""}INTO "${table}" (${names}) VALUES (${columns.map((c) => `@${c}`).join(", ")})`,
      );
      this.statements.set(key, statement);
    }
    const start = performance.now();
    const { changes } = statement.run(row);
    this.millis[table] = (this.millis[table] ?? 0) + performance.now() - start;
    this.counts[table] = (this.counts[table] ?? 0) + changes;
  }
}

/** A text built sentence by sentence, remembering where each quotable sentence starts and ends. */
export class TextBuilder {
  private text = "";

  /** Appends a sentence and returns its span: `text.slice(start, end) === sentence`. */
  add(sentence: string): { quote: string; start: number; end: number } {
    if (this.text) this.text += this.text.endsWith("\n") ? "" : " ";
    const start = this.text.length;
    this.text += sentence;
    return { quote: sentence, start, end: this.text.length };
  }

  paragraph(): void {
    if (this.text && !this.text.endsWith("\n")) this.text += "\n\n";
  }

  get length(): number {
    return this.text.length;
  }

  toString(): string {
    return this.text;
  }
}
