import { minorToDecimal } from "../money/money";
import { isAmountQualifier, totalFitsAmount } from "../money/qualifier";

/**
 * A commitment made of parts ("part of" links: an aid package and its grants) shows what its
 * parts add up to beside its own amount, per currency, and says when the two disagree.
 */

export interface PartAmount {
  currency: string;
  minor: bigint;
}

export interface PartsSummary {
  /** The parts' amounts summed per currency, by currency code; empty when no part has an amount. */
  partsTotal: { currency: string; value: string }[];
  /**
   * The whole states an amount and its parts contradict it: their total in its currency does not
   * fit it (exactly equal, or within what its qualifier allows), or some part is in a currency the
   * whole does not give. A whole without an amount disagrees with nothing: its parts' total is then
   * the only figure there is.
   */
  partsDisagree: boolean;
}

export function summarizeParts(
  whole: { minor: bigint; currency: string; qualifier: string | null } | null,
  parts: readonly PartAmount[],
): PartsSummary {
  const totals = new Map<string, bigint>();
  for (const part of parts) totals.set(part.currency, (totals.get(part.currency) ?? 0n) + part.minor);
  const currencies = [...totals.keys()].sort();
  const partsTotal = currencies.map((currency) => ({
    currency,
    value: minorToDecimal(totals.get(currency)!, currency),
  }));
  if (!whole || totals.size === 0) return { partsTotal, partsDisagree: false };
  const qualifier = isAmountQualifier(whole.qualifier) ? whole.qualifier : "exact";
  const sameCurrency = totals.get(whole.currency);
  const partsDisagree =
    currencies.some((currency) => currency !== whole.currency) ||
    (sameCurrency !== undefined && !totalFitsAmount(sameCurrency, whole.minor, qualifier));
  return { partsTotal, partsDisagree };
}
