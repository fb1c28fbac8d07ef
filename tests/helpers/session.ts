import { readFileSync } from "node:fs";
import path from "node:path";

export type Account = { email: string; password: string };

/** Logs in through POST /api/session and returns the session cookie to send back. */
export async function login(base: string, account: Account): Promise<string> {
  const response = await fetch(`${base}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify(account),
  });
  if (response.status !== 200) throw new Error(`login ${account.email}: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!cookie) throw new Error(`login ${account.email}: no cookie`);
  return cookie;
}

export async function sendJson(
  base: string,
  method: string,
  urlPath: string,
  body: unknown,
  { cookie, origin = base, token }: { cookie?: string; origin?: string | null; token?: string } = {},
) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (cookie) headers.cookie = cookie;
  if (token) headers.authorization = `Bearer ${token}`;
  if (origin) headers.origin = origin;
  const response = await fetch(`${base}${urlPath}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: the status tells enough.
  }
  return {
    status: response.status,
    body: json as { error?: { code: string; field?: string; message: string; current?: unknown } } & Record<
      string,
      unknown
    >,
  };
}

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };

/** Every server action of the build, from Next's own manifest: id, file, export and a page that serves it. */
export function serverActions(): { id: string; filename: string; name: string; page: string }[] {
  const manifest = JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    // A page whose bundle holds the action; route groups vanish from the address, params get a seed id.
    const worker = Object.keys(entry.workers).find((w) => w.endsWith("/page")) ?? Object.keys(entry.workers)[0]!;
    const page =
      worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace(/\[[^\]]+\]/g, "cyber-monitoring-centre") || "/";
    return { id, filename: entry.filename, name: entry.exportedName, page };
  });
}

/** Calls a server action the way the browser does (Next's action protocol) and returns its result. */
export async function callAction(
  base: string,
  action: { id: string; page: string },
  arg: unknown,
  cookie?: string,
): Promise<{
  status: number;
  result: { ok: boolean; error?: { code: string; field?: string; message: string } } | null;
}> {
  const response = await fetch(`${base}${action.page}`, {
    method: "POST",
    headers: {
      "next-action": action.id,
      "content-type": "text/plain;charset=UTF-8",
      origin: base,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify([arg]),
  });
  const text = await response.text();
  // The flight response's row 1 is the action's return value.
  const row = text.split("\n").find((line) => line.startsWith("1:"));
  return { status: response.status, result: row ? JSON.parse(row.slice(2)) : null };
}
