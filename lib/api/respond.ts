import { createHash } from "node:crypto";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { requireRole } from "../auth/guard";
import { bearerSecret } from "../tokens/secret";
import { publicRead } from "../auth/session";
import { AppError, ERROR_CODES, statusOf, type ErrorCode } from "../errors/codes";
import { apiMessage } from "../errors/failure";
import { fieldIssues, unknownParameter } from "../errors/issues";

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

export function jsonError(
  code: ErrorCode,
  message: string = ERROR_CODES[code].message,
  field?: string,
): NextResponse<ErrorBody> {
  return NextResponse.json({ error: { code, message, ...(field ? { field } : {}) } }, { status: statusOf(code) });
}

/**
 * Readers may keep a copy but must revalidate it: the ETag makes that a cheap 304. When reading
 * needs an account (PACT_PUBLIC_READ=false) the copy is the reader's own: no shared cache may keep
 * it, and none may answer one reader with another's.
 */
function cachingHeaders(): Record<string, string> {
  return publicRead()
    ? { "cache-control": "public, max-age=0, must-revalidate" }
    : { "cache-control": "private, max-age=0, must-revalidate", vary: "Cookie, Authorization" };
}

/** A body as the API writes it: JSON with bigint as a decimal string. */
export function jsonText(body: unknown): string {
  return JSON.stringify(body, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
}

/** The ETag of an answer's bytes: what a GET answers, and what a write's If-Match must name. */
export function etagOf(text: string): string {
  return `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
}

/** JSON already written as text, tagged with its ETag (a replayed answer keeps its own). */
export function jsonTextOk(text: string, init?: ResponseInit): NextResponse {
  return taggedOk(text, "application/json; charset=utf-8", init);
}

/** Any text (an Atom feed, JSON) tagged with a hash of its bytes and cached as every read is. */
export function taggedOk(text: string, contentType: string, init?: ResponseInit): NextResponse {
  return new NextResponse(text, {
    ...init,
    headers: { "content-type": contentType, etag: etagOf(text), ...cachingHeaders(), ...init?.headers },
  });
}

/** JSON with bigint written as a decimal string, tagged with a hash of its bytes. */
export function jsonOk(body: unknown, init?: ResponseInit): NextResponse {
  return jsonTextOk(jsonText(body), init);
}

/** True when an If-None-Match header names this ETag (or is "*"). */
export function matchesEtag(ifNoneMatch: string | null, etag: string | null): boolean {
  if (!ifNoneMatch || !etag) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || strip(tag) === strip(etag));
}

/** Parses URL query parameters (a repeated key becomes a comma list) with a zod schema. */
export function parseQuery<S extends z.ZodType>(
  schema: S,
  params: URLSearchParams,
): { ok: true; data: z.output<S> } | { ok: false; response: NextResponse<ErrorBody> } {
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) raw[key] = params.getAll(key).join(",");
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const [issue] = fieldIssues(result.error);
  if (!issue) return { ok: false, response: jsonError("invalid_parameter", "Invalid input", "") };
  // A query parameter is named by its key alone ("status", not "status.0"), taken from the path
  // rather than split from the text: a key may itself hold a dot (". " once lost its name).
  const parameter = issue.path.length ? String(issue.path[0]) : "";
  const message =
    issue.unknownKey !== undefined
      ? unknownParameter(issue.unknownKey)
      : apiMessage("invalid_parameter", issue.message, parameter);
  return { ok: false, response: jsonError("invalid_parameter", message, parameter) };
}

/**
 * Wraps a route handler: a GET whose ETag the client already holds becomes a 304; expected
 * AppErrors become their JSON; anything else a logged 500 that says nothing of the cause.
 */
export function handle<A extends [Request, ...unknown[]]>(
  fn: (...args: A) => Response | Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      const [request] = args;
      // With PACT_PUBLIC_READ=false the proxy turns anonymous readers away; this checks again here.
      // A token sent where reading is public is checked too: a script with a revoked or mistyped
      // token learns of it on its first read, not on its first write.
      if (!publicRead() || bearerSecret(request.headers.get("authorization")) !== null) await requireRole("viewer");
      const response = await fn(...args);
      if (
        request.method === "GET" &&
        response.status === 200 &&
        matchesEtag(request.headers.get("if-none-match"), response.headers.get("etag"))
      ) {
        return new Response(null, {
          status: 304,
          headers: { ...cachingHeaders(), etag: response.headers.get("etag")! },
        });
      }
      return response;
    } catch (error) {
      if (error instanceof AppError)
        return jsonError(error.code, apiMessage(error.code, error.userMessage, error.field), error.field);
      console.error(error);
      return jsonError("internal");
    }
  };
}
