import type { PartialDate } from "../dates/partial-date";
import { rangeEndExclusive, type PartialDateRange } from "../dates/range";
import { AppError } from "../errors/codes";

export const STATUSES = [
  "announced",
  "agreed",
  "in_progress",
  "partially_fulfilled",
  "fulfilled",
  "stalled",
  "cancelled",
] as const;
export type Status = (typeof STATUSES)[number];

export const CLOSED_STATUSES: readonly Status[] = ["fulfilled", "partially_fulfilled", "cancelled"];
/** The others, spelled out: `status IN (open)` uses the (status, deadline) index where NOT IN cannot. */
export const OPEN_STATUSES: readonly Status[] = STATUSES.filter((s) => !CLOSED_STATUSES.includes(s));

export const STATUS_LABELS: Record<Status, string> = {
  announced: "Announced",
  agreed: "Agreed",
  in_progress: "In progress",
  partially_fulfilled: "Partially fulfilled",
  fulfilled: "Fulfilled",
  stalled: "Stalled",
  cancelled: "Cancelled",
};

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

export function isClosed(status: string): boolean {
  return (CLOSED_STATUSES as readonly string[]).includes(status);
}

export type TransitionCheck =
  { ok: true } | { ok: false; reason: "same_status" | "closed_needs_admin" | "reopen_needs_reason" };

/**
 * Open statuses may move to any other status. A closed one (fulfilled, partially fulfilled,
 * cancelled) only reopens by an admin who gives a reason.
 */
export function checkTransition(
  from: Status | null,
  to: Status,
  actor: { isAdmin: boolean; reason?: string | null },
): TransitionCheck {
  if (from === to) return { ok: false, reason: "same_status" };
  if (from && isClosed(from)) {
    if (!actor.isAdmin) return { ok: false, reason: "closed_needs_admin" };
    if (!actor.reason?.trim()) return { ok: false, reason: "reopen_needs_reason" };
  }
  return { ok: true };
}

/**
 * The stored deadline column for a target: the first day after its period, or after the last
 * period of a range ("2012–2013" → "2014-01-01").
 */
export function targetDeadline(target: PartialDateRange | null): string | null {
  return target ? rangeEndExclusive(target) : null;
}

/**
 * Overdue is derived: the target period (the whole range, when it is one) has passed entirely, at
 * its precision, and the commitment is not closed. "Due 2019" becomes overdue on 2020-01-01, not
 * on 2019-01-01; "due 2012–2013" on 2014-01-01.
 */
export function isOverdue(target: PartialDateRange | null, status: string, asOf: string): boolean {
  if (!target || isClosed(status)) return false;
  return rangeEndExclusive(target) <= asOf;
}

// The status as of a day is an as-of rule, kept with its SQL twin in lib/as-of.
export { statusAsOf, type DatedChange } from "../as-of/status";

/**
 * A status takes effect on a day that has come, for a commitment's first status and for every
 * change alike. A period may hold today ("2026" in 2026), but may not start after it. Checked on
 * the server against its own today, not the editor's clock.
 */
export function refuseFutureEffective(effective: PartialDate, field: string, today: string): void {
  if (effective.date > today) throw new AppError("invalid_body", "A status cannot take effect after today.", field);
}
