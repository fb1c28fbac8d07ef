import { z } from "zod";

// What an editor sends to import a spreadsheet of commitments or of events: the file, and which
// field each of its columns holds. Field names are the columns of Pact's own CSV export where one exists, so
// an export maps itself; the others carry what an export cannot (a French title, the status's
// date, a new source's address, title and quote).

export const IMPORT_KINDS = ["commitments", "events"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

// An event's fields that a commitment does not have.
const EVENT_ONLY_FIELDS = [
  "start",
  "end",
  "location",
  "host_country",
  "visiting_country",
  "parent_id",
  "documents_signed",
] as const;

export const IMPORT_FIELDS = [
  "id",
  "title",
  "title_fr",
  "description",
  "kind",
  "status",
  "status_date",
  "direction",
  "from_country",
  "from_organization",
  "from_person",
  "to_country",
  "to_organization",
  "to_person",
  "sectors",
  "amount",
  "currency",
  "amount_qualifier",
  "quantity_baseline",
  "quantity_target",
  "quantity_delta",
  "quantity_unit",
  "quantity_at_least",
  "quantity_scope",
  "target",
  "target_end",
  "event_id",
  "event",
  "document_id",
  "citations",
  "source_url",
  "source_title",
  "source_publisher",
  "source_language",
  "source_date",
  "quote",
  ...EVENT_ONLY_FIELDS,
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** What each field holds, as the mapping step shows it. */
export const FIELD_LABELS: Record<ImportField, string> = {
  id: "Id (kept when free)",
  title: "Title (English)",
  title_fr: "Title (French)",
  description: "Description",
  kind: "Kind",
  status: "Status",
  status_date: "Status since (date)",
  direction: "Direction (one_way or mutual)",
  from_country: "Giver countries",
  from_organization: "Giver organizations",
  from_person: "Giver people",
  to_country: "Receiver countries",
  to_organization: "Receiver organizations",
  to_person: "Receiver people",
  sectors: "Sectors",
  amount: "Amount",
  currency: "Currency",
  amount_qualifier: "Amount qualifier",
  quantity_baseline: "Quantity baseline",
  quantity_target: "Quantity target",
  quantity_delta: "Quantity change",
  quantity_unit: "Quantity unit",
  quantity_at_least: "Quantity is a floor (at least)",
  quantity_scope: "Quantity scope",
  target: "Target date",
  target_end: "Target range end",
  event_id: "Event id",
  event: "Event title",
  document_id: "Document id",
  citations: "Citations (Pact export)",
  source_url: "Source address",
  source_title: "Source title",
  source_publisher: "Source publisher",
  source_language: "Source language",
  source_date: "Source date",
  quote: "Quote",
  start: "Start date",
  end: "End date",
  location: "Place",
  host_country: "Host country",
  visiting_country: "Visiting country",
  parent_id: "Parent event id",
  documents_signed: "Documents signed (number)",
};

/**
 * The columns of Pact's events CSV export (lib/events/export.ts), in its order: exactly what a
 * file of events is read back with.
 */
export const EVENT_EXPORT_FIELDS = [
  "id",
  "title",
  "title_fr",
  "kind",
  "description",
  ...EVENT_ONLY_FIELDS,
  "citations",
] as const satisfies readonly ImportField[];

const eventOnly = new Set<string>(EVENT_ONLY_FIELDS);

/** The fields a file of each kind may map its columns to: the mapping offers these only. */
export const FIELDS_OF: Record<ImportKind, readonly ImportField[]> = {
  commitments: IMPORT_FIELDS.filter((f) => !eventOnly.has(f)),
  // Evidence is read the same way for every kind of record (citations.ts).
  events: [...EVENT_EXPORT_FIELDS, ...IMPORT_FIELDS.filter((f) => f.startsWith("source_") || f === "quote")],
};

/** The largest file taken: a 100,000-row export is about 30 MB, a newsroom's sheet far less. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Rows shown in the preview; every error is listed whatever the count. */
export const PREVIEW_ROWS = 50;
export const MAX_IMPORT_ROWS = 100_000;

/** Column header → field, or "" for a column left out. */
export const mappingSchema = z.record(z.string().max(200), z.union([z.enum(IMPORT_FIELDS), z.literal("")]));
export type ImportMappingValue = z.output<typeof mappingSchema>;

const fileSchema = z
  .instanceof(File, { message: "Choose a CSV or XLSX file" })
  .refine((f) => f.size > 0, "The file is empty")
  .refine((f) => f.size <= MAX_IMPORT_BYTES, "The file is larger than 20 MB: split it into smaller files")
  .refine((f) => /\.(csv|xlsx)$/i.test(f.name), "Choose a .csv or .xlsx file");

const mappingText = z
  .string()
  .max(100_000)
  .optional()
  .transform((text, ctx) => {
    if (!text) return undefined;
    try {
      return mappingSchema.parse(JSON.parse(text));
    } catch {
      ctx.addIssue({ code: "custom", message: "The column mapping is not valid" });
      return z.NEVER;
    }
  });

// "" (or absent) is "as the headers say": see kindOfHeaders.
const kindSchema = z.preprocess((v) => (v === "" ? undefined : v), z.enum(IMPORT_KINDS).optional());

// Server actions receive the upload as FormData; its entries are read into an object first.
const fromFormData = (value: unknown) => (value instanceof FormData ? Object.fromEntries(value.entries()) : value);

/** The preview: the file, and a mapping when the editor changed the one suggested. */
export const importPreviewSchema = z.preprocess(
  fromFormData,
  z.object({ kind: kindSchema, file: fileSchema, mapping: mappingText }),
);

/**
 * The confirmation: the same file and mapping, and the key the preview page drew, so a second
 * press of Confirm (or a retried request) returns the first import's result instead of importing twice.
 */
export const importConfirmSchema = z.preprocess(
  fromFormData,
  z.object({
    kind: kindSchema,
    file: fileSchema,
    mapping: mappingText,
    key: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{16,100}$/, "The confirmation key is not valid"),
  }),
);

export type ImportPreviewInput = z.output<typeof importPreviewSchema>;
export type ImportConfirmInput = z.output<typeof importConfirmSchema>;

/** A problem of one cell (or of a row, when `column` is null), with the spreadsheet's own numbering. */
export interface RowError {
  row: number;
  column: string | null;
  message: string;
}
