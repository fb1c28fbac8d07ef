import type { z } from "zod";

/** One problem zod found, placed on the field it concerns. */
export interface FieldIssue {
  path: PropertyKey[];
  /** The path joined with dots ("citations.0.quote"); "" for the input as a whole. */
  field: string;
  message: string;
  /** Set when the problem is a key the schema does not know. */
  unknownKey?: string;
}

/**
 * Every problem of a zod error, in zod's order. An unknown key is placed on the key itself: zod
 * puts it on the enclosing object, which at the top level has no name, and a form or a caller
 * needs to know which key to remove.
 */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return { path, field: path.map(String).join("."), message: issue.message, unknownKey: key };
      });
    }
    return [{ path: issue.path, field: issue.path.map(String).join("."), message: issue.message }];
  });
}

export const unknownField = (key: string) => `unknown field "${key}"`;
export const unknownParameter = (key: string) => `Unknown parameter "${key}"`;

const defaultWords = (issue: FieldIssue) =>
  issue.unknownKey !== undefined ? unknownField(issue.unknownKey) : issue.message;

/**
 * Each field's first problem, as a form shows it beside the field; `root` names the input as a
 * whole. A plain object built from entries: React serializes only plain objects to the client,
 * and entries make "__proto__" or "constructor" an ordinary key instead of touching the prototype.
 */
export function fieldMessages(
  error: z.ZodError,
  { root = "", words = defaultWords }: { root?: string; words?: (issue: FieldIssue) => string } = {},
): Record<string, string> {
  const fields = new Map<string, string>();
  for (const issue of fieldIssues(error)) {
    const field = issue.path.length ? issue.field : root;
    if (!fields.has(field)) fields.set(field, words(issue));
  }
  return Object.fromEntries(fields);
}
