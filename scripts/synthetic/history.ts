import type { PartialDate, Precision } from "../../lib/dates/partial-date";
import type { Status } from "../../lib/status/rules";
import { isClosed, targetDeadline } from "../../lib/status/rules";
import type { Random } from "./random";

// Plausible next statuses: projects are agreed, started, then delivered, stall, or get dropped.
// Closed statuses end a history (reopening is an admin's rare act, not modelled here).
const NEXT: Record<Status, Partial<Record<Status, number>>> = {
  announced: { agreed: 55, in_progress: 25, stalled: 14, cancelled: 6 },
  agreed: { in_progress: 75, stalled: 20, cancelled: 5 },
  in_progress: { fulfilled: 30, partially_fulfilled: 10, stalled: 50, cancelled: 10 },
  stalled: { in_progress: 70, agreed: 15, cancelled: 15 },
  partially_fulfilled: {},
  fulfilled: {},
  cancelled: {},
};

// Each step after the first happens with this chance (tuned for ~4 changes per commitment).
const CONTINUE = 0.93;
const MAX_CHANGES = 9;

export interface Step {
  fromStatus: Status | null;
  toStatus: Status;
  effective: PartialDate;
  /** When an editor recorded it: some days after it took effect, in order. */
  recordedAt: string;
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first day of the period of `precision` holding `day`. */
export function truncate(day: string, precision: Precision): string {
  if (precision === "year") return `${day.slice(0, 4)}-01-01`;
  if (precision === "month") return `${day.slice(0, 7)}-01`;
  return day;
}

/**
 * A status history starting with "announced" on `start`, each change strictly later than the one
 * before (at its own precision), none after `now`. Effective order and recording order agree, so
 * the newest change is the latest both by date and by recordedAt.
 */
export function statusHistory(rng: Random, start: PartialDate, now: string): Step[] {
  const steps: Step[] = [];
  let status: Status = "announced";
  let day = start.date;
  let recorded = `${addDays(start.date, rng.int(0, 6))}T${String(rng.int(8, 18)).padStart(2, "0")}:00:00.000+00:00`;
  if (recorded.slice(0, 10) > now) recorded = `${now}T00:00:00.000+00:00`;
  steps.push({ fromStatus: null, toStatus: status, effective: start, recordedAt: recorded });
  while (steps.length < MAX_CHANGES && !isClosed(status) && rng.chance(CONTINUE)) {
    const next: Status = rng.weighted(NEXT[status] as Record<Status, number>);
    const candidate = addDays(day, rng.int(30, 420));
    if (candidate > now) break;
    let precision = rng.weighted<Precision>({ day: 50, month: 35, year: 15 });
    // A coarser date must still start after the previous change, or the order would be lost.
    if (truncate(candidate, precision) <= day) precision = "day";
    const effective = { date: truncate(candidate, precision), precision };
    let at = `${addDays(candidate, rng.int(0, 20))}T${String(rng.int(8, 18)).padStart(2, "0")}:00:00.000+00:00`;
    if (at.slice(0, 10) > now) at = `${now}T23:59:59.000+00:00`;
    if (at <= recorded) at = new Date(Date.parse(recorded) + 1000).toISOString().replace("Z", "+00:00");
    steps.push({ fromStatus: status, toStatus: next, effective, recordedAt: at });
    status = next;
    day = candidate;
    recorded = at;
  }
  return steps;
}

export interface Target {
  start: PartialDate;
  /** The last period of a range ("2012–2013"), or null for a single date. */
  end: PartialDate | null;
  /** The stored deadline: the first day after the whole range (lib/status/rules.ts). */
  deadline: string;
}

function monthsLater(day: string, months: number): string {
  const [y, m] = day.split("-").map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  return `${String(Math.floor(total / 12)).padStart(4, "0")}-${String((total % 12) + 1).padStart(2, "0")}-01`;
}

/**
 * The last period of a range opening with `start`, always ending after the start's own period:
 * "2012–2013", "March–June 2020", "2019 – June 2020", "14 March – 30 May 2020".
 */
function rangeEnd(rng: Random, start: PartialDate): PartialDate {
  const year = Number(start.date.slice(0, 4));
  if (start.precision === "year") {
    return rng.chance(0.8)
      ? { date: `${year + rng.int(1, 3)}-01-01`, precision: "year" }
      : { date: `${year + rng.int(1, 2)}-${String(rng.int(1, 12)).padStart(2, "0")}-01`, precision: "month" };
  }
  if (start.precision === "month") {
    return rng.chance(0.7)
      ? { date: monthsLater(start.date, rng.int(2, 18)), precision: "month" }
      : { date: `${year + rng.int(1, 2)}-01-01`, precision: "year" };
  }
  return rng.chance(0.5)
    ? { date: addDays(start.date, rng.int(30, 400)), precision: "day" }
    : { date: monthsLater(start.date, rng.int(1, 12)), precision: "month" };
}

/**
 * A target some years after the event, at a random precision, sometimes a range, with the
 * deadline the app stores for it (lib/status/rules.ts: the day after the range's last period).
 */
export function target(rng: Random, eventDay: string): Target | null {
  if (!rng.chance(0.7)) return null;
  const day = addDays(eventDay, rng.int(180, 6 * 365));
  const precision = rng.weighted<Precision>({ year: 50, month: 30, day: 20 });
  const start = { date: truncate(day, precision), precision };
  const end = rng.chance(0.15) ? rangeEnd(rng, start) : null;
  return { start, end, deadline: targetDeadline({ ...start, end })! };
}

export { addDays };
