import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { parseCountryPair } from "@/lib/countries/pair";
import { countryPairExists } from "@/lib/countries/queries";

// Checked here, outside the page's loading boundary, so that a bad pair (malformed, one country
// twice, an unknown code) answers with a real 404 status rather than a not-found page streamed
// under a 200.
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ pair: string }> }) {
  const pair = parseCountryPair((await params).pair);
  if (!pair || !(await countryPairExists(pair))) notFound();
  return children;
}
