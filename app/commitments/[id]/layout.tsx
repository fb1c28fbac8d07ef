import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getCommitment } from "@/lib/commitments/queries";

/**
 * The existence check lives above the page's loading boundary, so an unknown id answers with a
 * real 404 status instead of a streamed 200. The read is cached: the page reuses it.
 */
export default async function CommitmentLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  if (!(await getCommitment((await params).id))) notFound();
  return children;
}
