import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AsOfBanner } from "@/components/as-of-banner";
import { PairDetail } from "@/components/countries/pair-detail";
import { readAsOf } from "@/lib/as-of/url";
import { parseCountryPair } from "@/lib/countries/pair";
import { getCountryPairView } from "@/lib/countries/queries";
import type { SearchParams } from "@/lib/records/search-params";

type Props = { params: Promise<{ pair: string }>; searchParams: Promise<SearchParams> };

// A malformed pair never reaches the database; the metadata and the page share one read.
// Next hands params over already decoded.
const load = cache(async (text: string, asOf: string | undefined) => {
  const pair = parseCountryPair(text);
  return pair ? getCountryPairView(pair, asOf) : null;
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const pair = await load((await params).pair, readAsOf(await searchParams));
  return { title: pair ? `${pair.first.name} ↔ ${pair.second.name}` : "Countries not found" };
}

export default async function CountryPairPage({ params, searchParams }: Props) {
  const asOf = readAsOf(await searchParams);
  const pair = await load((await params).pair, asOf);
  if (!pair) notFound();
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <PairDetail pair={pair} asOf={asOf} />
    </div>
  );
}
