import { z } from "zod";
import { pageParams } from "../api/query-schema";
import { idSchema } from "../records/schema";

/** What an integrator can subscribe to; `ping` is sent only when an admin asks for one. */
export const WEBHOOK_EVENTS = ["status_change", "commitment_created"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number] | "ping";

export const WEBHOOK_EVENT_LABELS: Record<(typeof WEBHOOK_EVENTS)[number], string> = {
  status_change: "Status changes",
  commitment_created: "New commitments",
};

export const DELIVERY_STATES = ["pending", "delivered", "failed"] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

// Long enough that it cannot be guessed; an integrator's own secret is accepted if it is too.
const SECRET_MIN = 24;

export const webhookCreateSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the address to send to")
    .max(2000, "2,000 characters at most")
    .pipe(z.url({ protocol: /^https?$/, message: "Enter an http:// or https:// address" })),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, "Choose at least one event"),
  secret: z
    .string()
    .trim()
    .min(SECRET_MIN, `${SECRET_MIN} characters at least, or leave it empty to have one made`)
    .max(200, "200 characters at most")
    .regex(/^[\x21-\x7e]+$/, "Letters, digits and signs only, no spaces")
    .optional(),
});
export type WebhookCreate = z.output<typeof webhookCreateSchema>;

export const webhookActiveSchema = z.object({ id: idSchema, active: z.boolean() });
export type WebhookActive = z.output<typeof webhookActiveSchema>;

export const webhookPingSchema = z.object({ id: idSchema });
export type WebhookPing = z.output<typeof webhookPingSchema>;

/** The events column holds the chosen events comma-separated, in the order of WEBHOOK_EVENTS. */
export const eventsColumn = (events: readonly string[]): string =>
  WEBHOOK_EVENTS.filter((e) => events.includes(e)).join(",");

export const eventsOf = (column: string): (typeof WEBHOOK_EVENTS)[number][] =>
  WEBHOOK_EVENTS.filter((e) => column.split(",").includes(e));

/** The query of one subscription's page of deliveries. */
export const deliveryFilterSchema = z.object({ ...pageParams, state: z.enum(DELIVERY_STATES).optional() }).strict();
export type DeliveryFilter = z.output<typeof deliveryFilterSchema>;
