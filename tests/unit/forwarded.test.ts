import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { applyForwarding, CLIENT_ADDRESS_HEADER, compileTrust } from "@/lib/http/forwarded";

function request(socketAddress: string, headers: Record<string, string>): IncomingMessage {
  return {
    socket: { remoteAddress: socketAddress },
    connection: { remoteAddress: socketAddress },
    headers: { ...headers },
  } as unknown as IncomingMessage;
}

const spoofed = {
  "x-forwarded-for": "203.0.113.7, 198.51.100.2",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-real-ip": "203.0.113.9",
  [CLIENT_ADDRESS_HEADER]: "1.2.3.4",
};

describe("the caller's address", () => {
  it("is the socket's, and forwarded headers are dropped, when no proxy is trusted", () => {
    const req = request("192.0.2.10", spoofed);
    expect(applyForwarding(req, compileTrust(undefined))).toBe("192.0.2.10");
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("192.0.2.10");
    for (const name of ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-real-ip"])
      expect(req.headers[name]).toBeUndefined();
  });

  it("is the nearest hop a trusted proxy reports, with the proxy's forwarded headers kept", () => {
    const oneHop = request("10.0.0.5", spoofed);
    expect(applyForwarding(oneHop, compileTrust("1"))).toBe("198.51.100.2");
    expect(oneHop.headers["x-forwarded-host"]).toBe("evil.example");
    const twoHops = request("10.0.0.5", spoofed);
    expect(applyForwarding(twoHops, compileTrust("2"))).toBe("203.0.113.7");
  });

  it("stops at the first hop outside the trusted ranges", () => {
    const trust = compileTrust("10.0.0.0/8, 198.51.100.0/24");
    expect(applyForwarding(request("10.0.0.5", spoofed), trust)).toBe("203.0.113.7");
    // A peer outside the list is the caller itself, whatever it claims.
    const direct = request("192.0.2.10", spoofed);
    expect(applyForwarding(direct, trust)).toBe("192.0.2.10");
    expect(direct.headers["x-forwarded-host"]).toBeUndefined();
    expect(applyForwarding(request("::1", { "x-forwarded-for": "2001:db8::1" }), compileTrust("loopback"))).toBe(
      "2001:db8::1",
    );
  });

  it("refuses a setting it cannot read, rather than trusting the wrong hop", () => {
    expect(() => compileTrust("10.0.0.0/99")).toThrow(/PACT_TRUSTED_PROXIES/);
    expect(() => compileTrust("not-an-address")).toThrow(/PACT_TRUSTED_PROXIES/);
    expect(compileTrust("0")("127.0.0.1", 0)).toBe(false);
  });
});
