import type { CountryOption } from "@/lib/countries/match";
import { CountryPicker } from "../forms/country-picker";

/**
 * Opens any country, or any pair, whether or not anything is recorded: a plain GET form that
 * /countries/open turns into a redirect to /countries/FR or /countries/FR-SN.
 */
export function CountryJump({ countries, asOf }: { countries: readonly CountryOption[]; asOf: string | undefined }) {
  return (
    <form
      method="get"
      action="/countries/open"
      aria-label="Open a country or a pair"
      className="flex flex-wrap items-end gap-3 rounded border border-line bg-white p-3 text-sm"
    >
      <div className="min-w-56 grow">
        <CountryPicker name="a" label="Country" countries={countries} variant="filter" />
      </div>
      <div className="min-w-56 grow">
        <CountryPicker name="b" label="And another (optional)" countries={countries} variant="filter" />
      </div>
      {asOf ? <input type="hidden" name="asOf" value={asOf} /> : null}
      <button type="submit" className="rounded bg-accent px-3 py-1.5 font-medium text-white hover:opacity-90">
        Open
      </button>
    </form>
  );
}
