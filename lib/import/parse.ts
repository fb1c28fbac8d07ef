import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { AppError } from "../errors/codes";
import { MAX_IMPORT_ROWS } from "./schema";

/** One data row: its number as the spreadsheet shows it (the header is row 1), and its cells. */
export interface SheetRow {
  line: number;
  cells: string[];
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

const tooManyRows = () =>
  new AppError(
    "invalid_body",
    `The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows: split it.`,
    "file",
  );

const blank = (cells: string[]) => cells.every((c) => c.trim() === "");

/** The first row is the header; blank rows are skipped but still counted, so numbers match the sheet. */
function sheetOf(records: Iterable<{ line: number; cells: string[] }>): Sheet {
  let headers: string[] | null = null;
  const rows: SheetRow[] = [];
  for (const record of records) {
    if (headers === null) {
      headers = record.cells.map((h) => h.trim());
      continue;
    }
    if (blank(record.cells)) continue;
    if (rows.length >= MAX_IMPORT_ROWS) throw tooManyRows();
    rows.push(record);
  }
  if (!headers || blank(headers)) throw new AppError("invalid_body", "The file has no header row.", "file");
  return { headers, rows };
}

/**
 * CSV (RFC 4180, any of , ; or tab as the delimiter, as spreadsheets save them), read record by
 * record: a cell may hold line breaks, so a record is one spreadsheet row whatever its lines.
 */
export function parseCsv(text: string): Sheet {
  const records: { line: number; cells: string[] }[] = [];
  let line = 0;
  const failed: string[] = [];
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    skipEmptyLines: false,
    step: (result) => {
      line++;
      // A one-column file has no delimiter to guess: that is no reason to refuse it.
      const errors = result.errors.filter((e) => e.type !== "Delimiter");
      if (errors.length) failed.push(`Row ${line}: ${errors[0]!.message}`);
      records.push({ line, cells: result.data });
    },
  });
  if (failed.length) throw new AppError("invalid_body", `The CSV cannot be read. ${failed[0]}.`, "file");
  return sheetOf(records);
}

type CellValue = ExcelJS.CellValue;

/** A cell as the text a CSV of the same sheet would hold. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("result" in value) return cellText(value.result);
  if ("text" in value) return String(value.text);
  if ("error" in value) return "";
  return "";
}

/** The first worksheet of an XLSX workbook, read as a stream of rows. */
export async function parseXlsx(bytes: Buffer): Promise<Sheet> {
  const records: { line: number; cells: string[] }[] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
      sharedStrings: "cache",
      hyperlinks: "ignore",
      styles: "cache",
      worksheets: "emit",
      entries: "emit",
    });
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        // row.values is 1-based: index 0 is always empty.
        const values = (row.values as CellValue[]).slice(1);
        records.push({ line: row.number, cells: Array.from(values, cellText) });
        if (records.length > MAX_IMPORT_ROWS + 1) throw tooManyRows();
      }
      break;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("invalid_body", "The XLSX workbook cannot be read: save it again as .xlsx or as CSV.", "file");
  }
  return sheetOf(records);
}

/** A CSV or an XLSX file, by its name's extension. */
export async function parseSpreadsheet(name: string, bytes: Buffer): Promise<Sheet> {
  if (/\.xlsx$/i.test(name)) return parseXlsx(bytes);
  return parseCsv(new TextDecoder("utf-8").decode(bytes));
}
