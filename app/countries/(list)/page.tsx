import type { Metadata } from "next";
import { AsOfBanner } from "@/components/as-of-banner";
import { CountryJump } from "@/components/countries/country-jump";
import { PairList } from "@/components/countries/pair-list";
import { PairSortLinks } from "@/components/countries/pair-sort-links";
import { PageHeader } from "@/components/ui/page-header";
import { readAsOf } from "@/lib/as-of/url";
import { pairSortSchema } from "@/lib/countries/pair";
import { listCountries, listCountryPairs } from "@/lib/countries/queries";
import type { SearchParams } from "@/lib/records/search-params";

export const metadata: Metadata = { title: "Countries" };

export default async function CountriesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const asOf = readAsOf(params);
  const sort = pairSortSchema.catch("count").parse(params.sort);
  const [pairs, countries] = await Promise.all([listCountryPairs(asOf, sort), listCountries()]);
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <PageHeader eyebrow="Relations" title="Countries">
        Every pair of countries with a commitment, an event or a document between them. Any other pair, or one country
        alone, is a search away.
      </PageHeader>
      <CountryJump countries={countries} asOf={asOf} />
      <PairSortLinks sort={sort} asOf={asOf} />
      <PairList pairs={pairs} asOf={asOf} />
    </div>
  );
}
