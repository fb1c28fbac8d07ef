import "server-only";
import { cuid } from "../db/cuid";
import type { Db } from "../db/transaction";
import { webhookBody } from "./payload";
import { eventsOf, type WebhookEvent } from "./schema";

/**
 * Queues `event` for every active subscription that wants it, in the caller's transaction: the
 * deliveries exist if and only if the change they announce was committed. Returns how many were
 * queued, so the caller nudges the dispatcher only when there is something to send.
 * (Status changes are written by a batch of raw statements and queue theirs in
 * lib/status/change-sql.ts.)
 */
export async function enqueueWebhooks(
  tx: Db,
  event: Exclude<WebhookEvent, "ping">,
  data: unknown,
  now = new Date(),
): Promise<number> {
  const subscriptions = await tx.webhookSubscription.findMany({
    where: { active: true, events: { contains: event } },
    select: { id: true, events: true },
  });
  const wanting = subscriptions.filter((s) => eventsOf(s.events).includes(event));
  if (!wanting.length) return 0;
  await tx.webhookDelivery.createMany({
    data: wanting.map((s) => {
      const id = cuid();
      return {
        id,
        subscriptionId: s.id,
        event,
        payload: webhookBody(id, event, now, data),
        nextAttemptAt: now,
        createdAt: now,
      };
    }),
  });
  return wanting.length;
}
