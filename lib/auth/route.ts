import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { jsonOk } from "../api/respond";
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

/** The JSON body, refused as too large past `maxBytes` (before and after reading) or as malformed. */
export async function readJson(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > maxBytes) throw new AppError("payload_too_large");
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("payload_too_large");
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_body", "The body is not valid JSON.", "body");
  }
}

type Params = Record<string, string | string[]>;

/**
 * A mutating route for callers holding `required`: Origin, session, role, then the JSON body
 * (with the route's params merged in) parsed by `schema`, then `run`.
 */
export function authorizedRoute<S extends z.ZodType, T>(
  required: Role,
  schema: S,
  run: (input: z.output<S>, actor: Actor) => Promise<T>,
  {
    status = 200,
    maxBytes = MAX_BODY_BYTES,
    headers,
  }: { status?: number; maxBytes?: number; headers?: Record<string, string> } = {},
) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      // A bearer token is sent on purpose, never attached by a browser on its own: no forgery to refuse.
      if (bearerSecret(request.headers.get("authorization")) === null) checkOrigin(request);
      const actor = await requireRole(required);
      const body = await readJson(request, maxBytes);
      const params = await context.params;
      const input = typeof body === "object" && body !== null && !Array.isArray(body) ? { ...body, ...params } : body;
      return jsonOk(await run(parseInput(schema, input), actor), { status, headers });
    } catch (error) {
      const failure = toFailure(error);
      return NextResponse.json({ error: failure }, { status: statusOf(failure.code) });
    }
  };
}
