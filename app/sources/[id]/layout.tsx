import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { sourceExists } from "@/lib/sources/queries";

/** Above the page's loading boundary, so an unknown id answers with a real 404 status. */
export default async function SourceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  if (!(await sourceExists((await params).id))) notFound();
  return children;
}
