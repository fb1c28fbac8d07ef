import type { Metadata } from "next";
import Link from "next/link";
import { AsOfBanner } from "@/components/as-of-banner";
import { FeedLink, feedAlternates } from "@/components/feed-link";
import { OverviewScopeForm } from "@/components/overview/overview-scope-form";
import { OverviewView } from "@/components/overview/overview-view";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/lib/records/search-params";
import { readAsOf, withAsOf } from "@/lib/as-of/url";
import { countryNames, listCountries } from "@/lib/countries/queries";
import { overviewFeedPaths } from "@/lib/feeds/url";
import { getOverview } from "@/lib/overview/queries";
import { overviewScopeSchema } from "@/lib/overview/schema";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams;
  const feeds = overviewFeedPaths(overviewScopeSchema.parse(params), readAsOf(params));
  return {
    title: "Overview",
    alternates: feedAlternates([
      { href: feeds.changes, title: "Status changes" },
      { href: feeds.overdue, title: "Commitments becoming overdue" },
    ]),
  };
}

export default async function OverviewPage({ searchParams }: Props) {
  const params = await searchParams;
  const asOf = readAsOf(params);
  const scope = overviewScopeSchema.parse(params);
  const codes = scope.pair ?? (scope.country ? [scope.country] : []);
  const [overview, countries, names] = await Promise.all([
    getOverview(asOf, scope),
    listCountries(),
    countryNames(codes),
  ]);
  const named = codes.map((code) => names.get(code)?.name ?? code);
  const feeds = overviewFeedPaths(scope, asOf);
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <PageHeader
        title={named.length ? `Overview: ${named.join(" ↔ ")}` : "Overview"}
        actions={
          <>
            <FeedLink href={feeds.changes} what={`status changes${named.length ? ` of ${named.join(" ↔ ")}` : ""}`} />
            <FeedLink href={feeds.overdue} what="commitments becoming overdue">
              Overdue feed
            </FeedLink>
          </>
        }
      >
        {named.length ? (
          <>
            What was promised, asked and agreed{" "}
            {scope.pair ? "between them, either way and mutually" : "with this country on either side"} — and where each
            stands.{" "}
            <Link href={withAsOf(`/countries/${codes.join("-")}`, asOf)} className="text-accent underline">
              Open the {scope.pair ? "pair's" : "country's"} page
            </Link>
          </>
        ) : (
          "What the governments promised, asked and agreed — and where each stands."
        )}
      </PageHeader>
      <OverviewScopeForm countries={countries} scope={scope} asOf={asOf} />
      <OverviewView overview={overview} asOf={asOf} scope={scope} />
    </div>
  );
}
