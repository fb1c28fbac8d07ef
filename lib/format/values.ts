import { formatDateRange, formatPartialDate, parsePartialDate } from "../dates/partial-date";
import { formatQualifiedMoney } from "../money/qualifier";

/** "USD 5,000,000", or in words when the source bounds it: "at least USD 500,000", "about …", "up to …". */
export function formatAmount(
  amount: { value: string; currency: string; qualifier?: string | null } | null,
  locale = "en",
): string {
  return amount ? formatQualifiedMoney(amount.value, amount.currency, amount.qualifier, locale) : "—";
}

/**
 * A `{ date: "2019", precision: "year" }` JSON date as people read it: "2019", "March 2019", "14 March
 * 2019"; a range when it has an `end`: "2012–2013", "March–June 2020".
 */
export function formatDateJson(value: { date: string; end?: { date: string } | null } | null, locale = "en"): string {
  if (!value) return "—";
  const start = parsePartialDate(value.date);
  if (!start) return value.date;
  const end = value.end ? parsePartialDate(value.end.date) : null;
  return end ? formatDateRange(start, end, locale) : formatPartialDate(start, locale);
}

export interface QuantityJsonLike {
  baseline: string | null;
  target: string | null;
  delta?: string | null;
  unit: string;
  atLeast: boolean;
}

/** A change with its sign, as a figure: "+50", "−20" (a real minus sign). */
function signed(delta: string): string {
  return delta.startsWith("-") ? `−${delta.slice(1)}` : `+${delta}`;
}

/**
 * A quantity in figures: "30 minutes per day", "at least 3 hours", "15 → 30 minutes per day",
 * "+50 MW", "+50 MW from 100 MW", "100 → 150 MW (+50 MW)".
 */
export function formatQuantity(q: QuantityJsonLike | null): string {
  if (!q) return "—";
  const floor = q.atLeast ? "at least " : "";
  if (q.target !== null) {
    const target = `${floor}${q.target} ${q.unit}`;
    const moved = q.baseline ? `${q.baseline} → ${target}` : target;
    return q.delta ? `${moved} (${signed(q.delta)} ${q.unit})` : moved;
  }
  if (!q.delta) return "—";
  const change = `${floor}${signed(q.delta)} ${q.unit}`;
  return q.baseline ? `${change} from ${q.baseline} ${q.unit}` : change;
}

/** A change in words: "an increase of 50 MW", "a decrease of at least 2 %"; null without one. */
export function describeChange(q: QuantityJsonLike | null): string | null {
  if (!q?.delta) return null;
  const decrease = q.delta.startsWith("-");
  const size = decrease ? q.delta.slice(1) : q.delta;
  return `${decrease ? "a decrease" : "an increase"} of ${q.atLeast && q.target === null ? "at least " : ""}${size} ${q.unit}`;
}
