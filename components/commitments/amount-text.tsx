import { formatAmount } from "@/lib/format/values";
import { formatMoney } from "@/lib/money/money";

type Amount = { value: string; currency: string; qualifier?: string | null } | null;

/** An amount as the source bounds it: "USD 5,000,000", "at least USD 500,000", "up to EUR 10,000,000". */
export function AmountText({ amount }: { amount: Amount }) {
  return <span className="tabular-nums">{formatAmount(amount)}</span>;
}

/**
 * What a whole's parts ("part of" links) add up to, per currency, beside its own amount, with a
 * flag when they contradict it. Nothing when no part has an amount.
 */
export function PartsTotal({
  partsTotal,
  partsDisagree,
}: {
  partsTotal: { currency: string; value: string }[];
  partsDisagree: boolean;
}) {
  if (partsTotal.length === 0) return null;
  const sums = partsTotal.map((t) => formatMoney(t.value, t.currency)).join(" and ");
  return (
    <p className="mt-1 text-sm text-muted" data-testid="parts-total">
      Its parts add up to <span className="tabular-nums text-ink">{sums}</span>
      {partsDisagree ? (
        <span className="ml-2 inline-flex items-center rounded bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-inset ring-amber-300">
          Does not match the amount
        </span>
      ) : null}
    </p>
  );
}
