import { formatPartialDate, parsePartialDate } from "../dates/partial-date";
import { formatMoney } from "../money/money";

export function formatAmount(amount: { value: string; currency: string } | null, locale = "en"): string {
  return amount ? formatMoney(amount.value, amount.currency, locale) : "—";
}

/** A `{ date: "2019", precision: "year" }` JSON date as people read it: "2019", "March 2019", "14 March 2019". */
export function formatDateJson(value: { date: string } | null, locale = "en"): string {
  if (!value) return "—";
  const parsed = parsePartialDate(value.date);
  return parsed ? formatPartialDate(parsed, locale) : value.date;
}

export function formatQuantity(
  q: { baseline: string | null; target: string; unit: string; atLeast: boolean } | null,
): string {
  if (!q) return "—";
  const target = `${q.atLeast ? "at least " : ""}${q.target} ${q.unit}`;
  return q.baseline ? `${q.baseline} → ${target}` : target;
}
