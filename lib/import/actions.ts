"use server";

import { authorized } from "../auth/guard";
import { AppError } from "../errors/codes";
import { importRecords, rememberMapping } from "./mutations";
import { checkFile, confirmationFingerprint, previewOf } from "./plan";
import { earlierImport } from "./queries";
import { importConfirmSchema, importPreviewSchema } from "./schema";

/**
 * Editors: reads an uploaded CSV or XLSX, maps its columns (the editor's remembered mapping for
 * these headers, else one suggested from them) and shows every row as it would be saved, with
 * every error. Writes nothing but the mapping, when the editor changed it.
 */
export const previewImportAction = authorized("editor", importPreviewSchema, async (input, actor) => {
  const checked = await checkFile(input, actor);
  if (input.mapping) await rememberMapping(actor.id, checked.kind, checked.headers, checked.mapping);
  return previewOf(checked);
});

/**
 * Editors: imports the file the preview showed, all rows in one transaction or none. The file is
 * checked again as sent; a file with any error is refused whole, with its errors.
 */
export const confirmImportAction = authorized("editor", importConfirmSchema, async (input, actor) => {
  // A confirmation sent again (a second press, a retried request) answers what it imported then,
  // before the file is checked: its rows are in Pact now, and would read as taken ids.
  const earlier = await earlierImport(actor.id, input.key, await confirmationFingerprint(input));
  if (earlier) return earlier;
  const checked = await checkFile(input, actor);
  if (checked.plan.errors.length) {
    const first = checked.plan.errors[0]!;
    throw new AppError(
      "invalid_body",
      `Nothing was imported: ${checked.plan.errors.length} error(s), the first at row ${first.row}${first.column ? `, column “${first.column}”` : ""}: ${first.message}`,
      "file",
      { errors: checked.plan.errors.slice(0, 1000) },
    );
  }
  if (checked.plan.commitments.length + checked.plan.events.length === 0)
    throw new AppError("invalid_body", "The file has no rows to import.", "file");
  const result = await importRecords(checked.plan, actor, { key: input.key, fingerprint: checked.fingerprint });
  await rememberMapping(actor.id, checked.kind, checked.headers, checked.mapping);
  return result;
});
