import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AsOfBanner } from "@/components/as-of-banner";
import { CommitmentDetail } from "@/components/commitments/commitment-detail";
import { feedAlternates } from "@/components/feed-link";
import { StatusEditor } from "@/components/status/status-editor";
import type { SearchParams } from "@/lib/records/search-params";
import { readAsOf } from "@/lib/as-of/url";
import { hasRole } from "@/lib/auth/roles";
import { currentActor } from "@/lib/auth/session";
import { getCommitment, getCommitmentContext } from "@/lib/commitments/queries";
import { commitmentFeedPath } from "@/lib/feeds/url";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const asOf = readAsOf(await searchParams);
  const commitment = await getCommitment((await params).id, asOf);
  if (!commitment) return { title: "Not found" };
  return {
    title: commitment.title,
    alternates: feedAlternates([{ href: commitmentFeedPath(commitment.id, asOf), title: "Status changes" }]),
  };
}

export default async function CommitmentPage({ params, searchParams }: Props) {
  const asOf = readAsOf(await searchParams);
  const [commitment, actor] = await Promise.all([getCommitment((await params).id, asOf), currentActor()]);
  if (!commitment) notFound();
  const context = await getCommitmentContext(commitment);
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <CommitmentDetail commitment={commitment} context={context} asOf={asOf} />
      {/* Editing happens in the present: a page viewed as of a past day is read-only. */}
      {actor && hasRole(actor.role, "editor") && !asOf ? <StatusEditor commitment={commitment} actor={actor} /> : null}
    </div>
  );
}
