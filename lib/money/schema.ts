import { z } from "zod";
import { decimalToMinor } from "./money";
import { AMOUNT_QUALIFIERS } from "./qualifier";

const MESSAGES = {
  not_a_decimal: "Write the amount as digits, with an optional decimal point (5000000 or 550000.50)",
  too_many_decimals: "This currency has fewer decimal places",
  unknown_currency: "Use an ISO 4217 currency code such as USD, EUR or VND",
  too_large: "This amount is too large",
} as const;

export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, MESSAGES.unknown_currency);

// Thousands separators are dropped only where they really group thousands ("5,000,000",
// "5 000 000"); "1,5" is left alone, so a decimal comma is refused instead of becoming 15.
const GROUPED = /^\d{1,3}([,_\s\u00a0\u202f]\d{3})+(\.\d+)?$/;

function stripGrouping(value: string): string {
  return GROUPED.test(value) ? value.replace(/[,_\s\u00a0\u202f]/g, "") : value;
}

const moneyFields = {
  value: z.string().trim().max(40, MESSAGES.too_large),
  currency: currencySchema,
};

/** A decimal value in a currency → its minor units, or an issue on the field at fault. */
function toMinor(input: { value: string; currency: string }, ctx: z.RefinementCtx): bigint {
  const parsed = decimalToMinor(stripGrouping(input.value), input.currency);
  if (parsed.ok) return parsed.minor;
  const path = parsed.error === "unknown_currency" ? ["currency"] : ["value"];
  ctx.addIssue({ code: "custom", message: MESSAGES[parsed.error], path });
  // The issue fails the parse; what is returned is never seen.
  return z.NEVER;
}

/** `{ value: "5000000", currency: "USD" }` → `{ minor: 500000000n, currency: "USD" }`. */
export const moneySchema = z
  .object(moneyFields)
  .transform((input, ctx) => ({ minor: toMinor(input, ctx), currency: input.currency }));

export const amountQualifierSchema = z.enum(AMOUNT_QUALIFIERS);

/**
 * A commitment's amount: money and how exact the source says it is ("at least", "about", "up
 * to"); exact unless said otherwise. `{ value: "500000", currency: "USD", qualifier: "at_least" }`.
 */
export const qualifiedMoneySchema = z
  .object({ ...moneyFields, qualifier: amountQualifierSchema.default("exact") })
  .transform((input, ctx) => ({ minor: toMinor(input, ctx), currency: input.currency, qualifier: input.qualifier }));

export type MoneyInput = z.input<typeof moneySchema>;
export type Money = z.output<typeof moneySchema>;
export type QualifiedMoney = z.output<typeof qualifiedMoneySchema>;
