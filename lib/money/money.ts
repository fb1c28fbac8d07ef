/**
 * Money is an integer of minor units plus an ISO 4217 code. Values cross boundaries as decimal
 * strings ("5000000", "550000.50") and are never held in a float.
 */

// Minor-unit exponents of the currencies Pact has met or is likely to meet; ISO 4217 list 2026.
const EXPONENTS: Record<string, number> = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  JPY: 0,
  CNY: 2,
  KRW: 0,
  VND: 0,
  KHR: 2,
  LAK: 2,
  THB: 2,
  MYR: 2,
  SGD: 2,
  IDR: 2,
  PHP: 2,
  MMK: 2,
  INR: 2,
  AUD: 2,
  CAD: 2,
  CHF: 2,
  RUB: 2,
  XDR: 0,
  // Met in news of aid to Africa and South Asia; the two CFA francs have no minor unit in use.
  XOF: 0,
  XAF: 0,
  MAD: 2,
  TND: 3,
  DZD: 2,
  EGP: 2,
  NGN: 2,
  KES: 2,
  ZAR: 2,
  BDT: 2,
  PKR: 2,
  LKR: 2,
  NPR: 2,
  MNT: 2,
  BND: 2,
  HKD: 2,
  TWD: 2,
  NZD: 2,
};

export const CURRENCIES = Object.keys(EXPONENTS).sort();

export function isKnownCurrency(code: string): boolean {
  return Object.hasOwn(EXPONENTS, code);
}

export function currencyExponent(code: string): number {
  const exponent = EXPONENTS[code];
  if (exponent === undefined) throw new Error(`Unknown currency ${code}`);
  return exponent;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

export type MoneyParseError = "not_a_decimal" | "too_many_decimals" | "unknown_currency" | "too_large";

// SQLite integers are signed 64-bit.
const MAX_MINOR = 2n ** 63n - 1n;

/** "5000000" USD → 500000000n. Refuses more decimals than the currency has. */
export function decimalToMinor(
  value: string,
  currency: string,
): { ok: true; minor: bigint } | { ok: false; error: MoneyParseError } {
  if (!isKnownCurrency(currency)) return { ok: false, error: "unknown_currency" };
  const match = DECIMAL.exec(value.trim());
  if (!match) return { ok: false, error: "not_a_decimal" };
  const exponent = currencyExponent(currency);
  // Trailing zeros cut by a loop: /0+$/ retries from every zero of a long run ("5.000…01").
  let digits = (match[2] ?? "").length;
  while (digits > 0 && match[2]![digits - 1] === "0") digits--;
  const fraction = (match[2] ?? "").slice(0, digits);
  if (fraction.length > exponent) return { ok: false, error: "too_many_decimals" };
  const minor = BigInt(match[1]! + fraction.padEnd(exponent, "0"));
  if (minor > MAX_MINOR) return { ok: false, error: "too_large" };
  return { ok: true, minor };
}

/** 500000000n USD → "5000000"; 55000050n USD → "550000.50". */
export function minorToDecimal(minor: bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, "0");
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  const text = exponent === 0 || /^0*$/.test(fraction) ? whole : `${whole}.${fraction}`;
  return negative ? `-${text}` : text;
}

/** "USD 5,000,000" from a decimal string: grouped for reading, every digit kept. */
export function formatMoney(value: string, currency: string, locale = "en"): string {
  const decimals = value.split(".")[1]?.length ?? 0;
  const formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  // Intl.NumberFormat formats a numeric string exactly, without a float in between.
  return `${currency} ${formatter.format(value as Intl.StringNumericLiteral)}`;
}
