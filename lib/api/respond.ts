import { NextResponse } from "next/server";
import type { z } from "zod";
import { AppError, ERROR_CODES, statusOf, type ErrorCode } from "../errors/codes";

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

export function jsonError(code: ErrorCode, message: string = ERROR_CODES[code].message, field?: string): NextResponse<ErrorBody> {
  return NextResponse.json({ error: { code, message, ...(field ? { field } : {}) } }, { status: statusOf(code) });
}

/** JSON with bigint written as a decimal string. */
export function jsonOk(body: unknown, init?: ResponseInit): NextResponse {
  return new NextResponse(JSON.stringify(body, (_key, value) => (typeof value === "bigint" ? value.toString() : value)), {
    ...init,
    headers: { "content-type": "application/json; charset=utf-8", ...init?.headers },
  });
}

/** The first problem of a zod error, as "field: message" with the field named. */
export function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { field: "", message: "Invalid input" };
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    return { field: key, message: `Unknown parameter "${key}"` };
  }
  const field = issue.path.map(String).join(".");
  return { field, message: field ? `${field}: ${issue.message}` : issue.message };
}

/** Parses URL query parameters (a repeated key becomes a comma list) with a zod schema. */
export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): { ok: true; data: z.output<S> } | { ok: false; response: NextResponse<ErrorBody> } {
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) raw[key] = params.getAll(key).join(",");
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const { field, message } = firstIssue(result.error);
  // A query parameter is named by its key alone ("status", not "status.0").
  const parameter = field.split(".")[0] ?? field;
  return { ok: false, response: jsonError("invalid_parameter", message.replace(field, parameter), parameter) };
}

/** Wraps a route handler: expected AppErrors become their JSON; anything else a logged 500. */
export function handle<A extends unknown[]>(fn: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (error) {
      if (error instanceof AppError) return jsonError(error.code, error.userMessage, error.field);
      console.error(error);
      return jsonError("internal");
    }
  };
}
