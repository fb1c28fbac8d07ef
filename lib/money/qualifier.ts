import { formatMoney } from "./money";

/**
 * How exact an amount is, as the source words it: "USD 500,000" (exact), "more than half a
 * million dollars" (at_least), "some USD 2 million" (about), "up to EUR 10 million" (up_to).
 */
export const AMOUNT_QUALIFIERS = ["exact", "at_least", "about", "up_to"] as const;
export type AmountQualifier = (typeof AMOUNT_QUALIFIERS)[number];

/** The words before the figure; an exact amount has none. */
const PREFIXES: Record<AmountQualifier, string> = {
  exact: "",
  at_least: "at least ",
  about: "about ",
  up_to: "up to ",
};

/** A form's choices, in the order an editor reads them. */
export const QUALIFIER_LABELS: Record<AmountQualifier, string> = {
  exact: "Exactly",
  at_least: "At least",
  about: "About",
  up_to: "Up to",
};

export function isAmountQualifier(value: unknown): value is AmountQualifier {
  return (AMOUNT_QUALIFIERS as readonly unknown[]).includes(value);
}

/** "at least USD 500,000", "about EUR 2,000,000", "USD 5,000,000". An unknown qualifier reads as exact. */
export function formatQualifiedMoney(
  value: string,
  currency: string,
  qualifier?: string | null,
  locale = "en",
): string {
  const prefix = isAmountQualifier(qualifier) ? PREFIXES[qualifier] : "";
  return `${prefix}${formatMoney(value, currency, locale)}`;
}

/** "About" allows this share of the stated figure either way: news rounds to one or two digits. */
const ABOUT_TOLERANCE_PERCENT = 10n;

/**
 * Whether a total (of a commitment's parts, say) is consistent with a stated amount in the same
 * currency, both in minor units: exactly equal to an exact amount, no less than an "at least"
 * one, no more than an "up to" one, and within a tenth of an "about" one.
 */
export function totalFitsAmount(total: bigint, stated: bigint, qualifier: AmountQualifier): boolean {
  switch (qualifier) {
    case "at_least":
      return total >= stated;
    case "up_to":
      return total <= stated;
    case "about": {
      const gap = total > stated ? total - stated : stated - total;
      return gap * 100n <= stated * ABOUT_TOLERANCE_PERCENT;
    }
    default:
      return total === stated;
  }
}
