import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/forbidden";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { emptyOrganization } from "@/components/organizations/organization-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page";
import { listCountries } from "@/lib/countries/queries";

export const metadata: Metadata = { title: "New organization" };

export default async function NewOrganizationPage() {
  const actor = await pageActor("editor", "/organizations/new");
  if (actor === "forbidden") return <Forbidden role="editor" />;
  const countries = await listCountries();
  return (
    <div className="space-y-6">
      <PageHeader title="New organization" eyebrow="Editor">
        A ministry, agency or enterprise of one country; an international body such as ASEAN or a UN agency; or a
        bilateral body such as a joint committee. Search the list first: it may be known under another name.
      </PageHeader>
      <OrganizationForm initial={emptyOrganization()} mode={{ create: true }} countries={countries} />
    </div>
  );
}
