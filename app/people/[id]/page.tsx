import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AsOfBanner } from "@/components/as-of-banner";
import { PersonDetail } from "@/components/people/person-detail";
import { EditorLink } from "@/components/records/editor-link";
import { readAsOf } from "@/lib/as-of/url";
import { getPersonView } from "@/lib/people/queries";
import type { SearchParams } from "@/lib/records/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// The metadata and the page ask for the same record: one read per request.
const load = cache(getPersonView);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const person = await load((await params).id, readAsOf(await searchParams));
  return { title: person?.name ?? "Person not found" };
}

export default async function PersonPage({ params, searchParams }: Props) {
  const asOf = readAsOf(await searchParams);
  const person = await load((await params).id, asOf);
  if (!person) notFound();
  // Editing happens in the present: a page viewed as of a past day is read-only.
  const editLink = asOf ? null : (
    <EditorLink href={`/people/${encodeURIComponent(person.id)}/edit`}>
      Edit<span className="sr-only"> this person</span>
    </EditorLink>
  );
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <PersonDetail person={person} asOf={asOf} editLink={editLink} />
    </div>
  );
}
