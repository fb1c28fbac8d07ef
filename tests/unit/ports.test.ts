import { describe, expect, it } from "vitest";
import { FETCH_BLOCKED_PORTS, usablePort } from "../helpers/ports";

/** Why fetch could not reach a port nobody listens on: "bad port" when it refused to try. */
async function refusal(port: number): Promise<string> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
    return "answered";
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message === "bad port" ? "bad port" : "tried";
  }
}

describe("the test servers' ports", () => {
  it("lists exactly the ports from 1024 up that Node's fetch refuses, around each", async () => {
    const around = [...new Set(FETCH_BLOCKED_PORTS.flatMap((p) => [p - 1, p, p + 1]))];
    const refused = [];
    for (const port of around) if ((await refusal(port)) === "bad port") refused.push(port);
    expect(refused).toEqual([...FETCH_BLOCKED_PORTS]);
  });

  it("skips a refused port without giving two servers one port", () => {
    // INTEGRATION_PORT=3610 put the 49th server on 3659.
    const ports = Array.from({ length: 80 }, (_, n) => usablePort(3610, n));
    expect(ports).not.toContain(3659);
    expect(new Set(ports).size).toBe(ports.length);
    expect(ports[0]).toBe(3610);
    expect(ports[48]).toBe(3658);
    expect(ports[49]).toBe(3660);
    expect(usablePort(3659, 0)).toBe(3660);
  });
});
