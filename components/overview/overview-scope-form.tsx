import Link from "next/link";
import type { CountryOption } from "@/lib/countries/match";
import { withAsOf } from "@/lib/as-of/url";
import type { OverviewScope } from "@/lib/overview/schema";
import { CountryPicker } from "../forms/country-picker";

/**
 * Narrows the overview to one country, or to two (a pair: either direction and mutual). A plain
 * GET form, so the scope lives in the address and works without script.
 */
export function OverviewScopeForm({
  countries,
  scope,
  asOf,
}: {
  countries: readonly CountryOption[];
  scope: OverviewScope;
  asOf: string | undefined;
}) {
  const [first, second] = scope.pair ?? [scope.country ?? "", ""];
  const scoped = Boolean(scope.pair || scope.country);
  return (
    <form
      method="get"
      action="/"
      aria-label="Countries to count"
      className="flex flex-wrap items-end gap-3 rounded border border-line bg-white p-3 text-sm"
    >
      <div className="min-w-56 grow">
        <CountryPicker name="country" label="Country" countries={countries} defaultValue={first} variant="filter" />
      </div>
      <div className="min-w-56 grow">
        <CountryPicker
          name="with"
          label="And another (optional)"
          countries={countries}
          defaultValue={second}
          variant="filter"
        />
      </div>
      {asOf ? <input type="hidden" name="asOf" value={asOf} /> : null}
      <button type="submit" className="rounded bg-accent px-3 py-1.5 font-medium text-white hover:opacity-90">
        Count
      </button>
      {scoped ? (
        <Link href={withAsOf("/", asOf)} className="py-1.5 text-accent hover:underline">
          All countries
        </Link>
      ) : null}
    </form>
  );
}
