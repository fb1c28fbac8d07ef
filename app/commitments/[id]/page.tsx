import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommitmentDetail } from "@/components/commitment-detail";
import { getCommitment } from "@/lib/commitments/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const commitment = await getCommitment((await params).id);
  return { title: commitment?.title ?? "Not found" };
}

export default async function CommitmentPage({ params }: Props) {
  const commitment = await getCommitment((await params).id);
  if (!commitment) notFound();
  return <CommitmentDetail commitment={commitment} />;
}
