import { describeChange, formatQuantity, type QuantityJsonLike } from "@/lib/format/values";

/**
 * A quantity in figures ("15 → 30 minutes per day", "+50 MW"), with a change also in words ("an
 * increase of 50 MW") and its scope beneath.
 */
export function QuantityText({ quantity }: { quantity: (QuantityJsonLike & { scope: string | null }) | null }) {
  const words = describeChange(quantity);
  return (
    <>
      <span className="tabular-nums">{formatQuantity(quantity)}</span>
      {words ? <span className="text-sm text-muted"> — {words}</span> : null}
      {quantity?.scope ? <span className="block text-sm text-muted">{quantity.scope}</span> : null}
    </>
  );
}
