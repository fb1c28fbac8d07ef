import type { Metadata } from "next";
import { AsOfBanner } from "@/components/as-of-banner";
import { OverviewView } from "@/components/overview/overview-view";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/lib/records/search-params";
import { readAsOf } from "@/lib/as-of/url";
import { getOverview } from "@/lib/overview/queries";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const asOf = readAsOf(await searchParams);
  const overview = await getOverview(asOf);
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <PageHeader title="Overview">What the governments promised, asked and agreed — and where each stands.</PageHeader>
      <OverviewView overview={overview} asOf={asOf} />
    </div>
  );
}
