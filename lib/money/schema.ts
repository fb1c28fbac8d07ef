import { z } from "zod";
import { decimalToMinor } from "./money";

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

/** `{ value: "5000000", currency: "USD" }` → `{ minor: 500000000n, currency: "USD" }`. */
export const moneySchema = z
  .object({
    value: z.string().trim().max(40, MESSAGES.too_large),
    currency: currencySchema,
  })
  .transform((input, ctx) => {
    const parsed = decimalToMinor(stripGrouping(input.value), input.currency);
    if (!parsed.ok) {
      const path = parsed.error === "unknown_currency" ? ["currency"] : ["value"];
      ctx.addIssue({ code: "custom", message: MESSAGES[parsed.error], path });
      return z.NEVER;
    }
    return { minor: parsed.minor, currency: input.currency };
  });

export type MoneyInput = z.input<typeof moneySchema>;
export type Money = z.output<typeof moneySchema>;
