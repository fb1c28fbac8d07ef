import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AsOfBanner } from "@/components/as-of-banner";
import { OrganizationDetail } from "@/components/organizations/organization-detail";
import { EditorLink } from "@/components/records/editor-link";
import { readAsOf } from "@/lib/as-of/url";
import { getOrganizationView } from "@/lib/organizations/queries";
import type { SearchParams } from "@/lib/records/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// The metadata and the page ask for the same record: one read per request.
const load = cache(getOrganizationView);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const organization = await load((await params).id, readAsOf(await searchParams));
  return { title: organization?.name ?? "Organization not found" };
}

export default async function OrganizationPage({ params, searchParams }: Props) {
  const asOf = readAsOf(await searchParams);
  const organization = await load((await params).id, asOf);
  if (!organization) notFound();
  // Editing happens in the present: a page viewed as of a past day is read-only.
  const editLink = asOf ? null : (
    <EditorLink href={`/organizations/${encodeURIComponent(organization.id)}/edit`}>
      Edit<span className="sr-only"> this organization</span>
    </EditorLink>
  );
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <OrganizationDetail organization={organization} asOf={asOf} editLink={editLink} />
    </div>
  );
}
