import { z } from "zod";
import { countryPairSchema, type CountryPair } from "../countries/pair";
import { countryCodeSchema } from "../countries/schema";

/**
 * What the overview counts: everything, one country's records (`?country=VN`) or a pair's
 * (`?pair=VN-KH`, either direction and mutual). The form sends `country` and `with`, which the
 * page turns into the pair's address. An unreadable value is dropped, as the as-of day is.
 */
export const overviewScopeSchema = z
  .object({
    country: countryCodeSchema.optional().catch(undefined),
    with: countryCodeSchema.optional().catch(undefined),
    pair: countryPairSchema.optional().catch(undefined),
  })
  .transform(({ country, with: other, pair }): OverviewScope => {
    if (pair) return { pair };
    if (country && other && country !== other) return { pair: [country, other] };
    return country ? { country } : {};
  });

export type OverviewScope = { country?: string; pair?: CountryPair };

/** The scope as the commitments list's parameters, so every count links to the list it counts. */
export function scopeQuery(scope: OverviewScope): { country?: string; pair?: string } {
  if (scope.pair) return { pair: scope.pair.join("-") };
  return scope.country ? { country: scope.country } : {};
}
