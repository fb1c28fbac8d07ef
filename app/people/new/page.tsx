import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/forbidden";
import { PersonForm } from "@/components/people/person-form";
import { emptyPerson } from "@/components/people/person-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { flattenSearchParams, type SearchParams } from "@/lib/records/search-params";
import { pageActor } from "@/lib/auth/page";
import { listCountries } from "@/lib/countries/queries";

export const metadata: Metadata = { title: "New person" };

export default async function NewPersonPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await pageActor("editor", "/people/new");
  if (actor === "forbidden") return <Forbidden role="editor" />;
  // A name may come from the extraction assistant; anything else is typed here.
  const { name = "" } = flattenSearchParams(await searchParams);
  const countries = await listCountries();
  return (
    <div className="space-y-6">
      <PageHeader title="New person" eyebrow="Editor">
        A minister, leader or official, with the other spellings of their name and the offices they held. Search the
        list first: they may be known under another spelling.
      </PageHeader>
      <PersonForm initial={emptyPerson({ name: name.slice(0, 200) })} mode={{ create: true }} countries={countries} />
    </div>
  );
}
