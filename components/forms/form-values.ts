/** Whether a form creates a record or edits the version the editor opened. */
export type FormMode = { create: true } | { create: false; id: string; version: number };

/** Blank text as "not given": the schemas treat an absent optional field and "" differently. */
export const opt = (text: string): string | undefined => (text.trim() ? text : undefined);

/** The id part of the schema's input for an update. */
export const modeFields = (mode: FormMode) => (mode.create ? {} : { id: mode.id, version: mode.version });
