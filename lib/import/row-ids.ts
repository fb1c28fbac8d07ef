import { newRecordId } from "../records/ids";
import { idSchema } from "../records/schema";
import { titleColumns } from "../records/titles";
import type { RowCells } from "./cells";

// A row's id, for every kind of record: the file's own when it is free, else one made from the
// title as the forms make it.

/**
 * Checks the row's `id` cell against the ids Pact holds (`taken`) and those of earlier rows
 * (`seen`, added to); returns the id given, "" when none, and says what is wrong through `error`.
 */
export function givenIdOf(
  cells: RowCells,
  taken: ReadonlySet<string>,
  seen: Set<string>,
  record: string,
  error: (message: string) => void,
): string {
  const id = cells.get("id");
  if (!id) return "";
  if (!idSchema.safeParse(id).success) error("An id is 1 to 100 characters");
  else if (taken.has(id)) error(`${record} “${id}” is already in Pact`);
  else if (seen.has(id)) error(`Another row of this file has the id “${id}”`);
  seen.add(id);
  return id;
}

/** A checked row as it will be written, under the id given or a new one. */
export function plannedRow<I extends { title?: string; titleEn?: string; titleFr?: string }, C>(
  line: number,
  givenId: string,
  input: I,
  citations: C,
) {
  return { line, id: givenId || newRecordId(titleColumns(input).title), input, citations };
}
