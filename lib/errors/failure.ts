import { z } from "zod";
import { AppError, ERROR_CODES, type ErrorCode } from "./codes";
import { fieldMessages, unknownField, type FieldIssue } from "./issues";

/** What a server action or a mutating route answers when it refuses. */
export interface Failure {
  code: ErrorCode;
  /** For API callers: a refused value's field is named first ("evidence.quote: This quote…"). */
  message: string;
  field?: string;
  /** Each field concerned, with words a form shows beside it. */
  fields?: Record<string, string>;
  /** On a conflict: what the record is now, so the editor sees what changed. */
  current?: unknown;
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: Failure };

// Refusals of what was typed in a field; the others (gone, changed, a twin, a role) concern the
// record or the caller, and their field only tells a form where to show them.
const VALUE_REFUSALS: ReadonlySet<ErrorCode> = new Set(["invalid_body", "invalid_parameter", "invalid_transition"]);

/** A message as API callers read it: a refused value's field is named first, as 400s always have. */
export function apiMessage(code: ErrorCode, words: string, field?: string): string {
  return field && VALUE_REFUSALS.has(code) ? `${field}: ${words}` : words;
}

// A body that is not an object at all has its problem named "body".
const bodyWords = (issue: FieldIssue) =>
  issue.unknownKey !== undefined
    ? unknownField(issue.unknownKey)
    : issue.field
      ? issue.message
      : `${issue.message} (send a JSON object)`;

function failureOf(code: ErrorCode, words: string, field: string | undefined, current?: unknown): Failure {
  return {
    code,
    message: apiMessage(code, words, field),
    ...(field ? { field, fields: { [field]: words } } : {}),
    ...(current !== undefined ? { current } : {}),
  };
}

/** Any thrown value as a Failure; unexpected ones are logged and never shown as they are. */
export function toFailure(error: unknown): Failure {
  if (error instanceof AppError) return failureOf(error.code, error.userMessage, error.field, error.current);
  if (error instanceof z.ZodError) {
    const fields = fieldMessages(error, { root: "body", words: bodyWords });
    const [field, words] = Object.entries(fields)[0] ?? ["", ERROR_CODES.invalid_body.message];
    return { code: "invalid_body", message: apiMessage("invalid_body", words, field), field, fields };
  }
  console.error(error);
  return { code: "internal", message: ERROR_CODES.internal.message };
}

/** A failure as a form shows it: words only, since the field shows its own message beside it. */
export function formFailure(failure: Failure): Failure {
  const words = failure.field ? failure.fields?.[failure.field] : undefined;
  return words === undefined ? failure : { ...failure, message: words };
}
