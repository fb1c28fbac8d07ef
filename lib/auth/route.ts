import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { onceForKey, idempotencyKeyOf } from "../api/idempotency";
import { jsonText, jsonTextOk } from "../api/respond";
import { AppError, statusOf } from "../errors/codes";
import { toFailure } from "../errors/failure";
import { bearerSecret } from "../tokens/secret";
import { parseInput, requireRole } from "./guard";
import type { Actor, Role } from "./roles";

const MAX_BODY_BYTES = 256 * 1024;

/**
 * Cookies ride along on cross-site requests, so a mutating route refuses any request whose Origin
 * is not Pact's public address (server actions get the same check from Next itself). The address
 * is configured (PACT_PUBLIC_URL, else BETTER_AUTH_URL), never read from the request: a caller
 * sets Host and X-Forwarded-Host as it likes.
 */
export function checkOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin || !publicOrigins().includes(origin)) throw new AppError("bad_origin");
}

function publicOrigins(): string[] {
  return [process.env.PACT_PUBLIC_URL, process.env.BETTER_AUTH_URL]
    .filter((url): url is string => Boolean(url?.trim()))
    .map((url) => new URL(url).origin);
}

/** The body's text, refused as too large past `maxBytes` (before and after reading). */
async function readText(request: Request, maxBytes: number): Promise<string> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > maxBytes) throw new AppError("payload_too_large");
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("payload_too_large");
  return text;
}

function parseJson(text: string): unknown {
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_body", "The body is not valid JSON.", "body");
  }
}

/** The JSON body, refused as too large past `maxBytes` (before and after reading) or as malformed. */
export async function readJson(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  return parseJson(await readText(request, maxBytes));
}

type Params = Record<string, string | string[]>;

export type RouteOptions<T> = {
  status?: number;
  maxBytes?: number;
  /** Honour an Idempotency-Key header: a retry with the same key and body gets the first answer. */
  idempotent?: boolean;
  /** Headers from what `run` answered (a created record's Location); also given to a replay. */
  headers?: (result: T) => Record<string, string>;
};

/**
 * A mutating route for callers holding `required`: Origin, session, role, then the JSON body
 * (with the route's params merged in) parsed by `schema`, then `run`.
 */
export function authorizedRoute<S extends z.ZodType, T>(
  required: Role,
  schema: S,
  run: (input: z.output<S>, actor: Actor, request: Request) => Promise<T>,
  { status = 200, maxBytes = MAX_BODY_BYTES, idempotent = false, headers }: RouteOptions<T> = {},
) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      // A bearer token is sent on purpose, never attached by a browser on its own: no forgery to refuse.
      if (bearerSecret(request.headers.get("authorization")) === null) checkOrigin(request);
      const actor = await requireRole(required);
      const text = await readText(request, maxBytes);
      const params = await context.params;
      const answer = async () => {
        const body = parseJson(text);
        const input = typeof body === "object" && body !== null && !Array.isArray(body) ? { ...body, ...params } : body;
        return { status, text: jsonText(await run(parseInput(schema, input), actor, request)) };
      };
      const key = idempotent ? idempotencyKeyOf(request) : null;
      const kept = key
        ? await onceForKey(
            { userId: actor.id, key, method: request.method, path: new URL(request.url).pathname, body: text },
            answer,
          )
        : { ...(await answer()), replayed: false };
      // A kept answer is the JSON `run` returned, so it gives the same headers again.
      const extra = headers?.(JSON.parse(kept.text) as T) ?? {};
      return jsonTextOk(kept.text, {
        status: kept.status,
        headers: kept.replayed ? { ...extra, "idempotent-replayed": "true" } : extra,
      });
    } catch (error) {
      const failure = toFailure(error);
      return NextResponse.json({ error: failure }, { status: statusOf(failure.code) });
    }
  };
}
