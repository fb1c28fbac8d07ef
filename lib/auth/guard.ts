import "server-only";
import { z } from "zod";
import { AppError } from "../errors/codes";
import { toFailure, type ActionResult } from "../errors/failure";
import { BROKEN_TEXT_MESSAGE, loneSurrogatePaths } from "../text/well-formed";
import { hasRole, type Actor, type Role } from "./roles";
import { currentActor } from "./session";

// Every server action and every mutating route is built here, so that the session, the role and
// the input are checked on the server before any mutation runs: a handler without them cannot be
// written by accident. The role is checked before the input is even read.

/**
 * Parses what a caller sent with a zod schema, first refusing text no field may hold (lone
 * surrogates), each named by its field. Every action and mutating route parses through here.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const broken = loneSurrogatePaths(input);
  if (broken.length)
    throw new z.ZodError(
      broken.map((path) => ({ code: "custom" as const, path, message: BROKEN_TEXT_MESSAGE, input: undefined })),
    );
  return schema.parse(input);
}

/** The caller when it holds the role; otherwise the refusal (401 without a session, 403 without the role). */
export async function requireRole(required: Role): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("unauthorized");
  if (!hasRole(actor.role, required)) throw new AppError("forbidden");
  return actor;
}

/**
 * A server action for callers holding `required`: session, then role, then the input parsed with
 * `schema`, then `run`. It never throws: the result says what happened.
 */
export function authorized<S extends z.ZodType, T>(
  required: Role,
  schema: S,
  run: (input: z.output<S>, actor: Actor) => Promise<T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    try {
      const actor = await requireRole(required);
      return { ok: true, data: await run(parseInput(schema, input), actor) };
    } catch (error) {
      return { ok: false, error: toFailure(error) };
    }
  };
}
