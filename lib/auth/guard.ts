import "server-only";
import { z } from "zod";
import { AppError, ERROR_CODES, type ErrorCode } from "../errors/codes";
import { BROKEN_TEXT_MESSAGE, loneSurrogatePaths } from "../text/well-formed";
import { hasRole, type Actor, type Role } from "./roles";
import { currentActor } from "./session";

// Every server action and every mutating route is built here, so that the session, the role and
// the input are checked on the server before any mutation runs: a handler without them cannot be
// written by accident. The role is checked before the input is even read.

export interface Failure {
  code: ErrorCode;
  message: string;
  field?: string;
  /** Each invalid field with its message, for forms that show errors beside the fields. */
  fields?: Record<string, string>;
  /** On a conflict: what the record is now, so the editor sees what changed. */
  current?: unknown;
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: Failure };

/** A refusal the caller can act on: the code is mapped to words in lib/errors/codes.ts. */
export class ActionError extends AppError {
  constructor(code: ErrorCode, message?: string, field?: string, readonly current?: unknown) {
    super(code, message, field);
  }
}

// An unknown key is reported against the key itself (zod puts it on the enclosing object, which
// at the top level has no name); a body that is not an object at all is named "body".
// Built from entries into a plain object: React serializes only plain objects to the client, and
// entries make "__proto__" or "constructor" an ordinary key instead of touching the prototype.
function fieldsOf(error: z.ZodError): Record<string, string> {
  const fields = new Map<string, string>();
  const add = (field: string, message: string) => {
    if (!fields.has(field)) fields.set(field, message);
  };
  for (const issue of error.issues) {
    const at = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add([...at, key].join("."), `unknown field "${key}"`);
    } else add(at.join(".") || "body", at.length ? issue.message : `${issue.message} (send a JSON object)`);
  }
  return Object.fromEntries(fields);
}

/** Any thrown value as a Failure; unexpected ones are logged and never shown as they are. */
export function toFailure(error: unknown): Failure {
  if (error instanceof ActionError) {
    return { code: error.code, message: error.userMessage, ...(error.field ? { field: error.field } : {}), ...(error.current !== undefined ? { current: error.current } : {}) };
  }
  if (error instanceof AppError) return { code: error.code, message: error.userMessage, ...(error.field ? { field: error.field } : {}) };
  if (error instanceof z.ZodError) {
    const fields = fieldsOf(error);
    const [field, message] = Object.entries(fields)[0] ?? ["", ERROR_CODES.invalid_body.message];
    return { code: "invalid_body", message: field ? `${field}: ${message}` : message, field, fields };
  }
  console.error(error);
  return { code: "internal", message: ERROR_CODES.internal.message };
}

/**
 * Parses what a caller sent with a zod schema, first refusing text no field may hold (lone
 * surrogates), each named by its field. Every action and mutating route parses through here.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const broken = loneSurrogatePaths(input);
  if (broken.length) throw new z.ZodError(broken.map((path) => ({ code: "custom" as const, path, message: BROKEN_TEXT_MESSAGE, input: undefined })));
  return schema.parse(input);
}

/** The caller when it holds the role; otherwise the refusal (401 without a session, 403 without the role). */
export async function requireRole(required: Role): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new ActionError("unauthorized");
  if (!hasRole(actor.role, required)) throw new ActionError("forbidden");
  return actor;
}

/**
 * A server action for callers holding `required`: session, then role, then the input parsed with
 * `schema`, then `run`. It never throws: the result says what happened.
 */
export function authorized<S extends z.ZodType, T>(required: Role, schema: S, run: (input: z.output<S>, actor: Actor) => Promise<T>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    try {
      const actor = await requireRole(required);
      return { ok: true, data: await run(parseInput(schema, input), actor) };
    } catch (error) {
      return { ok: false, error: toFailure(error) };
    }
  };
}
