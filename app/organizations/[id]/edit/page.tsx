import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/auth/forbidden";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { emptyOrganization } from "@/components/organizations/organization-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page";
import { listCountries } from "@/lib/countries/queries";
import { organizationForEdit } from "@/lib/organizations/form-data";
import { storedNames } from "@/lib/organizations/names";
import { storedScope } from "@/lib/organizations/schema";

export const metadata: Metadata = { title: "Edit organization" };

export default async function EditOrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("editor", `/organizations/${id}/edit`);
  if (actor === "forbidden") return <Forbidden role="editor" />;
  const [o, countries] = await Promise.all([organizationForEdit(id), listCountries()]);
  if (!o) notFound();
  const names = storedNames(o);
  const initial = emptyOrganization({
    nameEn: names.en ?? "",
    nameFr: names.fr ?? "",
    kind: o.kind,
    scope: storedScope(o.scope),
    countryCode: o.countryCode ?? "",
    members: o.members.map((m) => m.countryCode),
    description: o.description ?? "",
    parent: o.parent ? { id: o.parent.id, label: o.parent.name } : null,
    aliases: o.aliases.map((a) => ({ alias: a.alias, language: a.language ?? "", note: a.note ?? "" })),
  });
  return (
    <div className="space-y-6">
      <PageHeader title={`Edit: ${o.name}`} eyebrow="Editor">
        Names in English and French, kind, scope and countries, parent and the other names the sources use.
      </PageHeader>
      <OrganizationForm
        initial={initial}
        mode={{ create: false, id: o.id, version: o.version }}
        countries={countries}
      />
    </div>
  );
}
