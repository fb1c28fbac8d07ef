import "server-only";
import { prisma } from "../db/client";
import { eventsOf, type DeliveryFilter, type DeliveryState } from "./schema";

/** The latest deliveries shown under each subscription. */
export const RECENT_DELIVERIES = 10;

export interface DeliveryView {
  id: string;
  event: string;
  state: DeliveryState;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface SubscriptionView {
  id: string;
  url: string;
  events: ReturnType<typeof eventsOf>;
  active: boolean;
  createdAt: string;
  counts: Record<DeliveryState, number>;
  recent: DeliveryView[];
}

const asState = (state: string): DeliveryState => (state === "delivered" || state === "failed" ? state : "pending");

const DELIVERY_SELECT = {
  id: true,
  event: true,
  state: true,
  attempts: true,
  lastStatusCode: true,
  lastError: true,
  nextAttemptAt: true,
  createdAt: true,
  deliveredAt: true,
} as const;

type DeliveryRow = {
  id: string;
  event: string;
  state: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date;
  createdAt: Date;
  deliveredAt: Date | null;
};

function deliveryView(d: DeliveryRow): DeliveryView {
  const state = asState(d.state);
  return {
    id: d.id,
    event: d.event,
    state,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    // Only a pending delivery has a next attempt worth showing.
    nextAttemptAt: state === "pending" ? d.nextAttemptAt.toISOString() : null,
    createdAt: d.createdAt.toISOString(),
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
  };
}

/** Every subscription (secrets left out), newest first, with its deliveries counted by state and the latest few. */
export async function listWebhooks(): Promise<SubscriptionView[]> {
  const [subscriptions, counts] = await Promise.all([
    prisma.webhookSubscription.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        url: true,
        events: true,
        active: true,
        createdAt: true,
        deliveries: {
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: RECENT_DELIVERIES,
          select: DELIVERY_SELECT,
        },
      },
    }),
    prisma.webhookDelivery.groupBy({ by: ["subscriptionId", "state"], _count: { _all: true } }),
  ]);
  return subscriptions.map((s) => {
    const tally: Record<DeliveryState, number> = { pending: 0, delivered: 0, failed: 0 };
    for (const c of counts) if (c.subscriptionId === s.id) tally[asState(c.state)] += c._count._all;
    return {
      id: s.id,
      url: s.url,
      events: eventsOf(s.events),
      active: s.active,
      createdAt: s.createdAt.toISOString(),
      counts: tally,
      recent: s.deliveries.map(deliveryView),
    };
  });
}

/** One subscription (secret left out) and a page of its deliveries, newest first; null when there is none. */
export async function listDeliveries(subscriptionId: string, filter: DeliveryFilter) {
  const subscription = await prisma.webhookSubscription.findUnique({
    where: { id: subscriptionId },
    select: { id: true, url: true, events: true, active: true },
  });
  if (!subscription) return null;
  const where = { subscriptionId, ...(filter.state ? { state: filter.state } : {}) };
  const [rows, total] = await Promise.all([
    prisma.webhookDelivery.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
      select: DELIVERY_SELECT,
    }),
    prisma.webhookDelivery.count({ where }),
  ]);
  return {
    subscription: { ...subscription, events: eventsOf(subscription.events) },
    rows: rows.map(deliveryView),
    total,
  };
}
