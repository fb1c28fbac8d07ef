import type { SheetRow } from "./parse";
import type { ImportField } from "./schema";

// Reading one row's cells by field, as text. Pact's export defuses cells a spreadsheet would run as
// a formula with a leading apostrophe ("'-2"); it is taken off again here, so an export reads back
// as it was written.

export type Columns = Map<ImportField, { index: number; header: string }>;

export interface RowCells {
  line: number;
  /** The trimmed text of a field's column; "" when the field is not mapped or the cell is empty. */
  get(field: ImportField): string;
  /** The header of a field's column, for errors; null when the field is not mapped. */
  header(field: ImportField): string | null;
}

const DEFUSED = /^'[=+\-@\t\r]/;

export function cellsOf(row: SheetRow, columns: Columns): RowCells {
  return {
    line: row.line,
    get(field) {
      const column = columns.get(field);
      if (!column) return "";
      const text = (row.cells[column.index] ?? "").trim();
      return DEFUSED.test(text) ? text.slice(1) : text;
    },
    header: (field) => columns.get(field)?.header ?? null,
  };
}

/** A ";"-separated list cell, each entry trimmed; empty entries keep their place. */
export function listCell(text: string): string[] {
  return text === "" ? [] : text.split(";").map((s) => s.trim());
}

/** "true", "yes", "1", "x" (any case) are true; blank and the rest are false. */
export function booleanCell(text: string): boolean {
  return /^(true|yes|y|1|x|oui)$/i.test(text);
}
