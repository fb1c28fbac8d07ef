import { z } from "zod";

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
