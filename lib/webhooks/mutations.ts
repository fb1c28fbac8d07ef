import "server-only";
import { randomBytes } from "node:crypto";
import { auditData, auditedBy } from "../audit/entry";
import type { Actor } from "../auth/roles";
import { prisma } from "../db/client";
import { cuid } from "../db/cuid";
import { AppError } from "../errors/codes";
import { nudgeWebhooks } from "./dispatcher";
import { webhookBody } from "./payload";
import { eventsColumn, eventsOf, type WebhookActive, type WebhookCreate, type WebhookPing } from "./schema";

// The audit never holds a subscription's secret: whoever reads the log could sign as Pact.

/** A new secret: 32 random bytes, prefixed so an integrator can tell what it is in their config. */
const newSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;

/**
 * A new subscription, active at once. Its secret (made here unless the admin supplied one) is
 * returned this once: the pages never show it again.
 */
export async function createWebhook(input: WebhookCreate, actor: Actor) {
  const secret = input.secret ?? newSecret();
  const events = eventsColumn(input.events);
  const created = await prisma.$transaction(async (tx) => {
    const row = await tx.webhookSubscription.create({
      data: { url: input.url, secret, events, createdById: actor.id },
      select: { id: true, url: true, events: true },
    });
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "webhook_create",
        entityType: "webhook",
        entityId: row.id,
        after: { url: row.url, events: eventsOf(row.events), secretSupplied: input.secret !== undefined },
      }),
    });
    return row;
  });
  return { id: created.id, url: created.url, events: eventsOf(created.events), secret };
}

/**
 * Pauses or resumes a subscription. Paused, it gets no new deliveries, and those already queued
 * wait: they are sent when it is resumed.
 */
export async function setWebhookActive(input: WebhookActive, actor: Actor) {
  const saved = await prisma.$transaction(async (tx) => {
    const old = await tx.webhookSubscription.findUnique({ where: { id: input.id }, select: { active: true } });
    if (!old) return null;
    if (old.active === input.active) return old;
    await tx.webhookSubscription.update({ where: { id: input.id }, data: { active: input.active } });
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "webhook_update",
        entityType: "webhook",
        entityId: input.id,
        before: { active: old.active },
        after: { active: input.active },
      }),
    });
    return { active: input.active };
  });
  if (!saved) throw new AppError("not_found", "There is no webhook subscription with this id.", "id");
  if (saved.active) nudgeWebhooks();
  return { id: input.id, active: saved.active };
}

/** Queues a `ping` to one subscription, so an integrator can check their receiver and its signature check. */
export async function pingWebhook(input: WebhookPing) {
  const now = new Date();
  const id = cuid();
  const queued = await prisma.$transaction(async (tx) => {
    const subscription = await tx.webhookSubscription.findUnique({
      where: { id: input.id },
      select: { id: true, active: true },
    });
    if (!subscription) return "missing" as const;
    if (!subscription.active) return "paused" as const;
    await tx.webhookDelivery.create({
      data: {
        id,
        subscriptionId: input.id,
        event: "ping",
        payload: webhookBody(id, "ping", now, { subscriptionId: input.id }),
        nextAttemptAt: now,
        createdAt: now,
      },
    });
    return "queued" as const;
  });
  if (queued === "missing") throw new AppError("not_found", "There is no webhook subscription with this id.", "id");
  if (queued === "paused") throw new AppError("webhook_paused");
  nudgeWebhooks();
  return { deliveryId: id };
}
