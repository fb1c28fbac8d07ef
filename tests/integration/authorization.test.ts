import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { TEST_USERS } from "../helpers/users";
import { callAction, login, sendJson, serverActions } from "../helpers/session";

// Every server action and every mutating route, found in the code and the build, so that a new
// one cannot be missed: each must refuse anonymous callers and callers without its role.

type Role = "viewer" | "editor" | "admin";
const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

// The only doors open without a session: logging in starts one (and is rate limited, see below).
const PUBLIC_ACTIONS = new Set(["lib/auth/actions.ts#loginAction"]);
const PUBLIC_ROUTES = new Set(["app/api/session/route.ts#POST"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const sources = ["app", "components", "lib"].flatMap(files).map((file) => ({ file, text: readFileSync(file, "utf8") }));

/** Exports of "use server" files, with the role the builder gives each (null when built otherwise). */
const declaredActions = sources
  .filter(({ text }) => /^\s*["']use server["']/.test(text))
  .flatMap(({ file, text }) =>
    [...text.matchAll(/export\s+(?:const|async function|function)\s+(\w+)/g)].map(([, name]) => {
      const role = new RegExp(`export const ${name} = authorized\\("(viewer|editor|admin)"`).exec(text)?.[1] as
        Role | undefined;
      return { key: `${file}#${name}`, file, name: name!, role: role ?? null };
    }),
  );

/** Mutating handlers of route files, with their address (params filled with a seed id). */
const declaredRoutes = sources
  .filter(({ file }) => file.startsWith("app/") && file.endsWith("/route.ts"))
  .flatMap(({ file, text }) =>
    [...text.matchAll(/export\s+(?:const|async function)\s+(POST|PUT|PATCH|DELETE)\b/g)].map(([, method]) => {
      const role = new RegExp(`export const ${method} = authorizedRoute\\("(viewer|editor|admin)"`).exec(text)?.[1] as
        Role | undefined;
      const url = file
        .replace(/^app/, "")
        .replace(/\/route\.ts$/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace(/\[[^\]]+\]/g, "cyber-monitoring-centre");
      return { key: `${file}#${method}`, method: method!, url, role: role ?? null };
    }),
  );

describe("every server action and mutating route checks the session and the role on the server", () => {
  const base = () => inject("baseURL");
  const cookies = {} as Record<Role, string>;
  beforeAll(async () => {
    cookies.viewer = await login(base(), TEST_USERS.viewer);
    cookies.editor = await login(base(), TEST_USERS.editor);
    cookies.admin = await login(base(), TEST_USERS.admin);
  });

  it("finds the actions and routes, each built with the authenticated builder unless it is the login", () => {
    expect(declaredActions.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        "changeStatusAction",
        "createUserAction",
        "changeRoleAction",
        "logoutAction",
        "loginAction",
      ]),
    );
    expect(declaredRoutes.map((r) => r.key)).toEqual(
      expect.arrayContaining(["app/api/commitments/[commitmentId]/status-changes/route.ts#POST"]),
    );
    for (const action of declaredActions)
      expect(
        action.role !== null || PUBLIC_ACTIONS.has(action.key),
        `${action.key} is not built with authorized()`,
      ).toBe(true);
    for (const route of declaredRoutes)
      expect(
        route.role !== null || PUBLIC_ROUTES.has(route.key),
        `${route.key} is not built with authorizedRoute()`,
      ).toBe(true);
  });

  it("has every action of the code in the build, and no other", () => {
    const built = serverActions()
      .map((a) => `${a.filename}#${a.name}`)
      .sort();
    expect(built).toEqual(declaredActions.map((a) => a.key).sort());
  });

  it("refuses anonymous callers and callers without the role, for every action", async () => {
    const built = serverActions();
    for (const action of declaredActions.filter((a) => a.role)) {
      const target = built.find((b) => b.filename === action.file && b.name === action.name)!;
      const anonymous = await callAction(base(), target, {});
      expect(anonymous.result?.error?.code, `${action.key} anonymous`).toBe("unauthorized");
      for (const role of ["viewer", "editor", "admin"] as const) {
        // Logging out would end the session the other checks use.
        if (action.name === "logoutAction") continue;
        const { result } = await callAction(base(), target, {}, cookies[role]);
        const allowed = RANK[role] >= RANK[action.role!];
        if (allowed)
          expect(["unauthorized", "forbidden"], `${action.key} as ${role}`).not.toContain(result?.error?.code);
        else expect(result?.error?.code, `${action.key} as ${role}`).toBe("forbidden");
      }
    }
  });

  it("refuses anonymous callers, callers without the role and foreign origins, for every mutating route", async () => {
    for (const route of declaredRoutes.filter((r) => r.role)) {
      expect((await sendJson(base(), route.method, route.url, {})).status, `${route.key} anonymous`).toBe(401);
      for (const role of ["viewer", "editor", "admin"] as const) {
        if (route.url === "/api/session") continue;
        const { status } = await sendJson(base(), route.method, route.url, {}, { cookie: cookies[role] });
        if (RANK[role] >= RANK[route.role!]) expect([401, 403], `${route.key} as ${role}`).not.toContain(status);
        else expect(status, `${route.key} as ${role}`).toBe(403);
      }
      const foreign = await sendJson(
        base(),
        route.method,
        route.url,
        {},
        { cookie: cookies.admin, origin: "https://evil.example" },
      );
      expect(foreign.status, `${route.key} from another origin`).toBe(403);
      expect(foreign.body.error?.code).toBe("bad_origin");
      const noOrigin = await sendJson(base(), route.method, route.url, {}, { cookie: cookies.admin, origin: null });
      expect(noOrigin.status, `${route.key} without Origin`).toBe(403);
    }
  });

  it("rate limits logins per account, also through the server action", async () => {
    const action = serverActions().find((a) => a.name === "loginAction")!;
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 7; i++)
      codes.push(
        (await callAction(base(), action, { email: TEST_USERS.viewer.email, password: "wrong-password" })).result?.error
          ?.code,
      );
    expect(codes.slice(0, 5)).toEqual(Array(5).fill("unauthorized"));
    expect(codes.slice(5)).toEqual(["rate_limited", "rate_limited"]);
    const route = await sendJson(base(), "POST", "/api/session", {
      email: TEST_USERS.viewer.email,
      password: TEST_USERS.viewer.password,
    });
    expect(route.status).toBe(429);
  });

  it("sets the session cookie HttpOnly and SameSite=Lax", async () => {
    const response = await fetch(`${base()}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base() },
      body: JSON.stringify(TEST_USERS.editor),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("pact.session_token="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("answers pages with the security headers", async () => {
    const response = await fetch(`${base()}/commitments`);
    expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });
});
