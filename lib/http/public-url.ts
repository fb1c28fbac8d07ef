/**
 * The address readers know this server by, for links that leave the page (feeds, which readers
 * fetch and show elsewhere): PACT_PUBLIC_URL, else BETTER_AUTH_URL. Configured, never taken from
 * the request's Host header, which a caller chooses. No trailing slash.
 */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = [env.PACT_PUBLIC_URL, env.BETTER_AUTH_URL].map((value) => value?.trim()).find(Boolean);
  const url = new URL(configured ?? "http://localhost:3000");
  return url.origin + url.pathname.replace(/\/+$/, "");
}
