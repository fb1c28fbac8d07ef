import { NextResponse, type NextRequest } from "next/server";
import { BASE_SECURITY_HEADERS } from "./lib/http/security-headers";

// Runs before every page, API call and client navigation. Security headers and the private-read
// gate live here; the role checks of writes do not (each action and route checks for itself).

// Where a session starts (the login page, whose form posts to it, and the JSON login), and the
// liveness probe, which a load balancer calls without an account and which reveals no data.
const PUBLIC_PATHS = ["/login", "/api/session", "/api/health"];

function contentSecurityPolicy(nonce: string, https: boolean): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    // Next's own scripts carry the nonce; 'strict-dynamic' lets them load the chunks they need.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (charts size themselves with them) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

function withSecurityHeaders(response: NextResponse, csp: string): NextResponse {
  for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * With PACT_PUBLIC_READ=false, reading needs a valid session or API token: checked against the
 * database. A request carrying a token is judged by the token alone, as the routes judge it.
 */
async function hasSession(request: NextRequest): Promise<boolean> {
  const { bearerSecret } = await import("./lib/tokens/secret");
  const secret = bearerSecret(request.headers.get("authorization"));
  if (secret !== null) {
    const { tokenUse } = await import("./lib/tokens/queries");
    return Boolean(secret && (await tokenUse(secret)));
  }
  const { auth } = await import("./lib/auth/auth");
  return Boolean(await auth.api.getSession({ headers: request.headers }));
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, request.nextUrl.protocol === "https:");
  if (!decodable(pathname)) {
    return withSecurityHeaders(
      NextResponse.json(
        { error: { code: "invalid_parameter", message: "The address is not valid (bad %-encoding).", field: "path" } },
        { status: 400 },
      ),
      csp,
    );
  }

  const privateRead = process.env.PACT_PUBLIC_READ?.trim().toLowerCase() === "false";
  if (privateRead && !PUBLIC_PATHS.includes(pathname) && !(await hasSession(request))) {
    // Feed readers, like API clients, cannot follow a login form: they are told 401.
    if (pathname.startsWith("/api/") || pathname.startsWith("/feeds/")) {
      return withSecurityHeaders(
        NextResponse.json({ error: { code: "unauthorized", message: "Log in to read Pact." } }, { status: 401 }),
        csp,
      );
    }
    const login = new URL("/login", request.url);
    login.searchParams.set("next", pathname + request.nextUrl.search);
    return withSecurityHeaders(NextResponse.redirect(login), csp);
  }

  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // Next reads the nonce for its own scripts from the request's policy.
  headers.set("Content-Security-Policy", csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), csp);
}

export const config = {
  // Next's built assets need no nonce (the server gives them the base headers, scripts/serve.ts);
  // everything else, icons and their 404s included, passes here.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
