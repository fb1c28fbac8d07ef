// The day the unversioned routes were deprecated (RFC 9745: an instant as "@" + Unix seconds).
const DEPRECATED_ON = Date.UTC(2026, 11, 3) / 1000;

/** The headers of a deprecated route's answers: since when, and the route that replaces it (RFC 8288). */
export function deprecationHeaders(successor: string): Record<string, string> {
  return { deprecation: `@${DEPRECATED_ON}`, link: `<${successor}>; rel="successor-version"` };
}
