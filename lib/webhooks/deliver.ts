import { signatureHeader } from "./sign";

export const DELIVERY_TIMEOUT_MS = 10_000;

export type Outcome = { ok: boolean; statusCode: number | null; error: string | null };

/**
 * POSTs one stored body to its receiver, signed. 2xx is delivered; anything else (a redirect is
 * not followed: the receiver's address is what the admin configured) is a failure with the
 * status code or a short reason an admin can act on — never the exception's own text.
 */
export async function postDelivery(
  target: { url: string; secret: string },
  delivery: { id: string; event: string; payload: string },
  now: Date = new Date(),
): Promise<Outcome> {
  const t = Math.floor(now.getTime() / 1000);
  try {
    const response = await fetch(target.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      headers: {
        "content-type": "application/json",
        "user-agent": "Pact-Webhooks/1",
        "pact-event": delivery.event,
        "pact-delivery": delivery.id,
        "pact-signature": signatureHeader(target.secret, delivery.payload, t),
      },
      body: delivery.payload,
    });
    // The answer's body is not kept: only its status says whether the receiver took the change.
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { ok: true, statusCode: response.status, error: null };
    const error = response.status >= 300 && response.status < 400 ? "redirect (not followed)" : null;
    return { ok: false, statusCode: response.status, error };
  } catch (error) {
    return { ok: false, statusCode: null, error: failureReason(error) };
  }
}

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host not found",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "timeout",
  UND_ERR_SOCKET: "connection closed",
  UND_ERR_CONNECT_TIMEOUT: "timeout",
};

/** A fixed phrase for what went wrong on the way, from the error's name or code only. */
export function failureReason(error: unknown): string {
  const name = error instanceof Error ? error.name : "";
  if (name === "TimeoutError" || name === "AbortError") return `timeout (${DELIVERY_TIMEOUT_MS / 1000} s)`;
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === "string" ? cause.code : "";
  if (NETWORK_REASONS[code]) return NETWORK_REASONS[code];
  if (code.startsWith("ERR_TLS") || code.includes("CERT")) return "TLS error";
  return "network error";
}
