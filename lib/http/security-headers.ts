/**
 * Headers every response carries, whatever answers it (a page, a route, a static file, Next's own
 * 404 or 400). The page's full Content-Security-Policy, with its nonce, is set by proxy.ts; this
 * one only forbids framing, so that where both reach a page their intersection is the page's own.
 */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};
