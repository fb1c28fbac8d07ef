import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { organizationExists } from "@/lib/organizations/queries";

// Checked here, outside the page's loading boundary, so that an unknown id answers with a real 404
// status rather than a not-found page streamed under a 200. Whether the record was known on the
// as-of day is the page's check: a layout does not see the query string.
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  if (!(await organizationExists((await params).id))) notFound();
  return children;
}
