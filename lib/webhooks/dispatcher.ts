import "server-only";
import { prisma } from "../db/client";
import { processSingleton } from "../process/singleton";
import { DELIVERY_TIMEOUT_MS, postDelivery, type Outcome } from "./deliver";
import { retryBaseMs, retryDelayMs } from "./retry";

// One dispatcher per process sends the queued deliveries: it looks for due rows every few
// seconds, and at once when a change was just queued (nudgeWebhooks). Several processes may
// serve one database: each row is claimed by a conditional UPDATE before it is sent, so only
// one of them sends it. A claim moves the row's next attempt past the send's timeout, so a row
// whose process died mid-send is tried again later rather than lost.

const POLL_MS = 5_000;
// Never busier than this, whatever the rows say.
const MIN_WAIT_MS = 50;
const BATCH = 20;
const LEASE_MS = DELIVERY_TIMEOUT_MS + 50_000;

interface Dispatcher {
  started: boolean;
  /** Set when nudged during a pass: another pass follows at once. */
  again: boolean;
  wake: (() => void) | null;
}

const state = () =>
  processSingleton<Dispatcher>("webhooks.dispatcher", () => ({ started: false, again: false, wake: null }));

/** Starts the process's dispatcher (from instrumentation.ts); later calls do nothing. */
export function startWebhookDispatcher(): void {
  const s = state();
  if (s.started) return;
  s.started = true;
  void run(s);
}

/**
 * Asks for a pass now, after a change queued deliveries. The pass runs in the dispatcher's own
 * async context, not the caller's: resolving its wait does not carry a transaction along.
 */
export function nudgeWebhooks(): void {
  const s = state();
  s.again = true;
  s.wake?.();
}

async function run(s: Dispatcher): Promise<never> {
  for (;;) {
    s.again = false;
    try {
      while ((await sendDue()) === BATCH) {
        // A full batch: more may be due.
      }
    } catch (error) {
      console.error("pact: webhook deliveries could not be sent", error);
    }
    if (s.again) continue;
    const wait = await untilNextRetry().catch(() => POLL_MS);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, wait);
      timer.unref();
      s.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    s.wake = null;
  }
}

/** How long to sleep: until the soonest retry when it is due before the next poll. */
async function untilNextRetry(): Promise<number> {
  const soonest = await prisma.webhookDelivery.findFirst({
    where: { state: "pending", subscription: { active: true } },
    orderBy: { nextAttemptAt: "asc" },
    select: { nextAttemptAt: true },
  });
  const wait = soonest ? soonest.nextAttemptAt.getTime() - Date.now() : POLL_MS;
  return Math.min(POLL_MS, Math.max(MIN_WAIT_MS, wait));
}

/** One pass: claims and sends up to BATCH due deliveries at once; returns how many were due. */
export async function sendDue(now: Date = new Date()): Promise<number> {
  const due = await prisma.webhookDelivery.findMany({
    where: { state: "pending", nextAttemptAt: { lte: now }, subscription: { active: true } },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: BATCH,
    select: {
      id: true,
      event: true,
      payload: true,
      attempts: true,
      subscription: { select: { url: true, secret: true } },
    },
  });
  await Promise.all(due.map((row) => claimAndSend(row, now)));
  return due.length;
}

type DueRow = {
  id: string;
  event: string;
  payload: string;
  attempts: number;
  subscription: { url: string; secret: string };
};

async function claimAndSend(row: DueRow, now: Date): Promise<void> {
  const claimed = await prisma.webhookDelivery.updateMany({
    where: { id: row.id, state: "pending", attempts: row.attempts, nextAttemptAt: { lte: now } },
    data: { attempts: row.attempts + 1, nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
  });
  if (claimed.count !== 1) return;
  const outcome = await postDelivery(row.subscription, row);
  await record(row.id, row.attempts + 1, outcome);
}

async function record(id: string, attempts: number, outcome: Outcome): Promise<void> {
  const now = new Date();
  const delay = outcome.ok ? null : retryDelayMs(attempts, retryBaseMs());
  const next = outcome.ok
    ? { state: "delivered", deliveredAt: now }
    : delay === null
      ? { state: "failed" }
      : { nextAttemptAt: new Date(now.getTime() + delay) };
  await prisma.webhookDelivery.updateMany({
    where: { id, state: "pending", attempts },
    data: { ...next, lastStatusCode: outcome.statusCode, lastError: outcome.error },
  });
}
