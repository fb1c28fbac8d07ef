import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/auth/forbidden";
import { PersonForm } from "@/components/people/person-form";
import { emptyPerson } from "@/components/people/person-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page";
import { listCountries } from "@/lib/countries/queries";
import { personForEdit } from "@/lib/people/form-data";
import { dateText } from "@/lib/records/form-data";

export const metadata: Metadata = { title: "Edit person" };

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("editor", `/people/${id}/edit`);
  if (actor === "forbidden") return <Forbidden role="editor" />;
  const [p, countries] = await Promise.all([personForEdit(id), listCountries()]);
  if (!p) notFound();
  const initial = emptyPerson({
    name: p.name,
    countryCode: p.countryCode ?? "",
    aliases: p.aliases.map((a) => ({ alias: a.alias, language: a.language ?? "", note: "" })),
    positions: p.positions.map((pos) => ({
      id: pos.id,
      title: pos.title,
      titleFr: pos.titleFr ?? "",
      organization: pos.organization ? { id: pos.organization.id, label: pos.organization.name } : null,
      from: dateText(pos.fromDate, pos.fromPrecision),
      to: dateText(pos.toDate, pos.toPrecision),
    })),
  });
  return (
    <div className="space-y-6">
      <PageHeader title={`Edit: ${p.name}`} eyebrow="Editor">
        Name, country, other spellings and positions. A position that a signed document names stays.
      </PageHeader>
      <PersonForm initial={initial} mode={{ create: false, id: p.id, version: p.version }} countries={countries} />
    </div>
  );
}
