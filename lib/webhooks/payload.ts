import type { WebhookEvent } from "./schema";

// The JSON a receiver gets. It is built in full when the change is recorded and stored in the
// delivery row, then sent and signed byte for byte as stored: every retry carries the same body,
// and a receiver sees the change as it was then, not as the record is by the time it arrives.

export interface StatusChangeData {
  commitment: { id: string; title: string; url: string };
  statusChangeId: string;
  from: string | null;
  to: string;
  effective: { date: string; precision: string };
  note: string | null;
  evidence: { quote: string; source: { id: string; title: string | null; url: string | null; pactUrl: string } };
}

export interface CommitmentCreatedData {
  commitment: {
    id: string;
    title: string;
    kind: string;
    direction: string;
    status: string;
    url: string;
    parties: {
      role: string;
      countryCode: string | null;
      organizationId: string | null;
      personId: string | null;
    }[];
  };
}

/** Pact's public address (PACT_PUBLIC_URL, else BETTER_AUTH_URL), for links in payloads. */
export function publicBase(env: Record<string, string | undefined> = process.env): string {
  const configured = [env.PACT_PUBLIC_URL, env.BETTER_AUTH_URL].find((url) => url?.trim());
  return (configured ?? "http://localhost:3000").replace(/\/+$/, "");
}

export const commitmentUrl = (id: string) => `${publicBase()}/commitments/${encodeURIComponent(id)}`;
export const sourceUrl = (id: string) => `${publicBase()}/sources/${encodeURIComponent(id)}`;

/** The body of one delivery: its id (receivers use it to ignore a repeat), the event and the data. */
export function webhookBody(deliveryId: string, event: WebhookEvent, occurredAt: Date, data: unknown): string {
  return JSON.stringify({ id: deliveryId, event, occurredAt: occurredAt.toISOString(), data });
}
