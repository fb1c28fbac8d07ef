import { expect, inject } from "vitest";
import { conformanceProblems } from "./openapi";

/**
 * GETs an API path and parses its JSON. Every JSON answer of /api/v1 is also checked against
 * the OpenAPI document's schema for its path and status, so the document cannot drift.
 */
export async function getJson<T = unknown>(path: string): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(`${inject("baseURL")}${path}`);
  const text = await response.text();
  let body: T;
  try {
    body = JSON.parse(text) as T;
  } catch {
    throw new Error(`${path} answered ${response.status} with non-JSON: ${text.slice(0, 200)}`);
  }
  if (path.startsWith("/api/v1/") && !path.startsWith("/api/v1/openapi.json")) {
    expect(
      await conformanceProblems(path, response.status, body),
      `${path.slice(0, 80)} (${response.status}) against the OpenAPI document`,
    ).toEqual([]);
  }
  return { status: response.status, body, headers: response.headers };
}
