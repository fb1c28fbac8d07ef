import { z } from "zod";
import { countryCodeSchema } from "./schema";

/**
 * A pair of countries in a URL: "VN-KH". The order is the reader's (it sets which side reads
 * first); the data shown is the same both ways. Lower case is accepted, a country twice is not.
 */
export const countryPairSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}-[A-Z]{2}$/, "Write two ISO 3166-1 alpha-2 codes joined by a hyphen, such as VN-KH")
  .transform((text) => text.split("-") as [string, string])
  .refine(([a, b]) => a !== b, "Name two different countries");

export type CountryPair = z.output<typeof countryPairSchema>;

export function parseCountryPair(text: string): CountryPair | null {
  const parsed = countryPairSchema.safeParse(text);
  return parsed.success ? parsed.data : null;
}

/** What /countries/… names: one country ("VN") or a pair ("VN-KH"); null when it is neither. */
export type CountryPath = { country: string } | { pair: CountryPair };

export function parseCountryPath(text: string): CountryPath | null {
  const code = text.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(code)) return { country: code };
  const pair = parseCountryPair(text);
  return pair ? { pair } : null;
}

/** How /countries orders its pairs: the most commitments (then events, documents) first, or the latest. */
export const PAIR_SORTS = ["count", "recent"] as const;
export const pairSortSchema = z.enum(PAIR_SORTS);
export type PairSort = z.output<typeof pairSortSchema>;

/**
 * Where the "open a country or a pair" form leads: `?a=FR&b=SN` → "/countries/FR-SN", `?a=FR` →
 * "/countries/FR"; null when `a` is not a code (the list shows instead).
 */
export function countryJumpPath(params: Record<string, string | string[] | undefined>): string | null {
  const code = (value: unknown) => {
    const parsed = countryCodeSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  };
  const a = code(params.a);
  if (!a) return null;
  const b = code(params.b);
  return b && b !== a ? `/countries/${a}-${b}` : `/countries/${a}`;
}
