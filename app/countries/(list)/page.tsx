import type { Metadata } from "next";
import { AsOfBanner } from "@/components/as-of-banner";
import { PairList } from "@/components/countries/pair-list";
import { PageHeader } from "@/components/ui/page-header";
import { readAsOf } from "@/lib/as-of/url";
import { listCountryPairs } from "@/lib/countries/queries";
import type { SearchParams } from "@/lib/records/search-params";

export const metadata: Metadata = { title: "Countries" };

export default async function CountriesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const asOf = readAsOf(await searchParams);
  const pairs = await listCountryPairs(asOf);
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <PageHeader eyebrow="Relations" title="Countries">
        Every pair of countries with a commitment or an event between them, the busiest first.
      </PageHeader>
      <PairList pairs={pairs} asOf={asOf} />
    </div>
  );
}
