// Any origin that can never be Pact's: a path resolved against it stays on it only if it is a path of ours.
const PLACEHOLDER_ORIGIN = "http://pact.invalid";

/**
 * Where to go after logging in, from the `next` parameter: only a path of this site. `next` is
 * parsed as a browser would parse it (backslashes are slashes, tabs and newlines vanish), so
 * `/\evil.example`, `/%09/evil.example` or `/.//evil.example` cannot slip out as `//evil.example`.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return "/";
  }
  const path = url.pathname + url.search + url.hash;
  if (url.origin !== PLACEHOLDER_ORIGIN || !path.startsWith("/") || path.startsWith("//")) return "/";
  return path;
}
