import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { parseCountryPath } from "@/lib/countries/pair";
import { countryExists, countryPairExists } from "@/lib/countries/queries";

// Checked here, outside the page's loading boundary, so that a bad path (malformed, one country
// twice, a code that is no country) answers with a real 404 status rather than a not-found page
// streamed under a 200. Any two countries make a pair: one with nothing recorded says so.
export default async function Layout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ countries: string }>;
}) {
  const path = parseCountryPath((await params).countries);
  const exists = !path
    ? false
    : "pair" in path
      ? await countryPairExists(path.pair)
      : await countryExists(path.country);
  if (!exists) notFound();
  return children;
}
