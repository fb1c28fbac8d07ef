import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AsOfBanner } from "@/components/as-of-banner";
import { OrganizationDetail } from "@/components/organizations/organization-detail";
import { readAsOf } from "@/lib/as-of/url";
import { getOrganizationPage } from "@/lib/organizations/queries";
import type { SearchParams } from "@/lib/records/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// The metadata and the page ask for the same record: one read per request.
const load = cache(getOrganizationPage);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const organization = await load((await params).id, readAsOf(await searchParams));
  return { title: organization?.name ?? "Organization not found" };
}

export default async function OrganizationPage({ params, searchParams }: Props) {
  const asOf = readAsOf(await searchParams);
  const organization = await load((await params).id, asOf);
  if (!organization) notFound();
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <OrganizationDetail organization={organization} asOf={asOf} />
    </div>
  );
}
