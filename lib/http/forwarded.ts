import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";
import { z } from "zod";

/**
 * Who is calling, as the server saw it. Set by the server (scripts/serve.ts) on every request,
 * after removing any copy the caller sent; the app reads the caller's address from it alone.
 */
export const CLIENT_ADDRESS_HEADER = "x-pact-client-address";

// Headers a proxy in front sets to describe the original request. From anyone else they are
// whatever the caller chose, so they are dropped before Next sees them.
const FORWARDED_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];

export type Trust = (address: string, hop: number) => boolean;

const hopCount = z.coerce.number().int().min(0).max(20);

/**
 * PACT_TRUSTED_PROXIES: unset or empty trusts no proxy (the address is the socket's); a number
 * trusts that many hops in front of Pact; otherwise a comma list of addresses, CIDR ranges or
 * proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`). A bad value stops the server at
 * start rather than trusting the wrong hop.
 */
export function compileTrust(setting: string | undefined): Trust {
  const value = setting?.trim() ?? "";
  if (!value) return () => false;
  if (/^\d+$/.test(value)) {
    const hops = hopCount.parse(value);
    return (_address, hop) => hop < hops;
  }
  const entries = value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return proxyaddr.compile(entries);
  } catch (error) {
    throw new Error(
      `PACT_TRUSTED_PROXIES: ${error instanceof Error ? error.message : String(error)} (give a hop count, or addresses and CIDR ranges separated by commas)`,
    );
  }
}

/**
 * Rewrites a request's headers in place before Next handles it: the caller's address (the socket's,
 * or the nearest untrusted hop of X-Forwarded-For when the peer is a trusted proxy) goes into
 * CLIENT_ADDRESS_HEADER, and forwarded headers survive only when a trusted proxy sent them.
 */
export function applyForwarding(request: IncomingMessage, trust: Trust): string {
  const peer = request.socket.remoteAddress ?? "";
  const peerTrusted = peer !== "" && trust(peer, 0);
  // proxy-addr walks X-Forwarded-For from the socket outwards, stopping at the first hop it does not trust.
  const address = peerTrusted ? proxyaddr(request, trust) : peer;
  if (!peerTrusted) for (const name of FORWARDED_HEADERS) delete request.headers[name];
  request.headers[CLIENT_ADDRESS_HEADER] = address || "unknown";
  return address;
}
