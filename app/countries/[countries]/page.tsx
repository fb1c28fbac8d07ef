import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AsOfBanner } from "@/components/as-of-banner";
import { CountryDetail } from "@/components/countries/country-detail";
import { feedAlternates } from "@/components/feed-link";
import { PairDetail } from "@/components/countries/pair-detail";
import { readAsOf } from "@/lib/as-of/url";
import { parseCountryPath } from "@/lib/countries/pair";
import { pairFeedPath } from "@/lib/feeds/url";
import { getCountry, getCountryPairView } from "@/lib/countries/queries";
import type { SearchParams } from "@/lib/records/search-params";

type Props = { params: Promise<{ countries: string }>; searchParams: Promise<SearchParams> };

// /countries/VN-KH is a pair, /countries/VN one country. A malformed path never reaches the
// database; the metadata and the page share one read. Next hands params over already decoded.
const load = cache(async (text: string, asOf: string | undefined) => {
  const path = parseCountryPath(text);
  if (!path) return null;
  if ("pair" in path) {
    const pair = await getCountryPairView(path.pair, asOf);
    return pair ? ({ kind: "pair", pair } as const) : null;
  }
  const country = await getCountry(path.country, asOf);
  return country ? ({ kind: "country", country } as const) : null;
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const asOf = readAsOf(await searchParams);
  const view = await load((await params).countries, asOf);
  if (!view) return { title: "Countries not found" };
  if (view.kind === "country") return { title: view.country.name };
  const { first, second } = view.pair;
  return {
    title: `${first.name} ↔ ${second.name}`,
    alternates: feedAlternates([{ href: pairFeedPath([first.code, second.code], asOf), title: "Status changes" }]),
  };
}

export default async function CountriesPage({ params, searchParams }: Props) {
  const asOf = readAsOf(await searchParams);
  const view = await load((await params).countries, asOf);
  if (!view) notFound();
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      {view.kind === "pair" ? (
        <PairDetail pair={view.pair} asOf={asOf} />
      ) : (
        <CountryDetail country={view.country} asOf={asOf} />
      )}
    </div>
  );
}
