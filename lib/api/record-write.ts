import "server-only";
import type { z } from "zod";
import type { Actor } from "../auth/roles";
import type { RouteOptions } from "../auth/route";
import { parseInput } from "../auth/guard";
import { AppError, conflictError } from "../errors/codes";
import { etagOf, jsonText, matchesEtag } from "./respond";
import { mergePatch } from "./merge-patch";
import { recordPatchSchema } from "./write-schema";

type Json = { id: string; version: number };

/** How a record of API v1 is read back and changed: its GET, its writable fields, its update. */
export interface RecordWriter<J extends Json, U> {
  /** "commitment": named in conflicts and refusals. */
  kind: string;
  read: (id: string) => Promise<J | null>;
  /** The record's writable fields, in its read shape: what a PATCH is merged over. */
  writable: (record: J) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** The merged fields with `id` and `version`, parsed into the form's update input. */
  updateSchema: z.ZodType<U>;
  update: (input: U, actor: Actor) => Promise<unknown>;
}

/** The options of a create route: 201, the new record's address, and Idempotency-Key honoured. */
export function created<T extends { id: string }>(collection: string): RouteOptions<T> {
  return {
    status: 201,
    idempotent: true,
    headers: (record) => ({ location: `${collection}/${encodeURIComponent(record.id)}` }),
  };
}

/** The `run` of a create route: create, then answer the new record as its GET does. */
export function createThenRead<I, J>(
  create: (input: I, actor: Actor) => Promise<{ id: string }>,
  read: (id: string) => Promise<J | null>,
) {
  return async (input: I, actor: Actor): Promise<J> => readBack(read, (await create(input, actor)).id);
}

/** The record a write just made or changed, in its GET shape. */
export async function readBack<J>(read: (id: string) => Promise<J | null>, id: string): Promise<J> {
  const record = await read(id);
  // Written in this request and never deleted: missing would be a bug, not the caller's doing.
  if (!record) throw new Error(`${id} was written but cannot be read back`);
  return record;
}

type RecordPatch = z.output<typeof recordPatchSchema>;

/**
 * The version a PATCH changes: the body's `version`, else the record's own when If-Match names
 * the ETag its GET answers now. A stale one is a conflict that carries the record as it is.
 */
function versionOf<J extends Json>(writer: RecordWriter<J, unknown>, patch: RecordPatch, current: J, request: Request) {
  const ifMatch = request.headers.get("if-match");
  if (patch.version !== undefined) {
    if (patch.version !== current.version) throw conflictError(writer.kind, current);
    return patch.version;
  }
  if (ifMatch === null) throw new AppError("version_required", undefined, "version");
  if (!matchesEtag(ifMatch, etagOf(jsonText(current)))) throw conflictError(writer.kind, current);
  return current.version;
}

/** The `run` of a PATCH route: merge, validate with the form's update rules, save, read back. */
export function patchWith<J extends Json, U>(writer: RecordWriter<J, U>) {
  return async (patch: RecordPatch, actor: Actor, request: Request): Promise<J> => {
    const { id, version: _sent, ...changes } = patch;
    const current = await writer.read(id);
    if (!current) throw new AppError("not_found", `There is no ${writer.kind} with this id.`, "id");
    const version = versionOf(writer as RecordWriter<J, unknown>, patch, current, request);
    const merged = mergePatch(await writer.writable(current), changes);
    const input = parseInput(writer.updateSchema, { ...(merged as object), id, version });
    try {
      await writer.update(input, actor);
    } catch (error) {
      // The form's conflict carries only the version; an API caller gets the record itself.
      if (error instanceof AppError && error.code === "conflict")
        throw conflictError(writer.kind, (await writer.read(id)) ?? undefined);
      throw error;
    }
    return readBack(writer.read, id);
  };
}
