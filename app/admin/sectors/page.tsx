import type { Metadata } from "next";
import { SectorCreateForm } from "@/components/admin/sector-create-form";
import { SectorMergeForm } from "@/components/admin/sector-merge-form";
import { SectorTable } from "@/components/admin/sector-table";
import { Forbidden } from "@/components/auth/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { pageActor } from "@/lib/auth/page";
import { listSectorsWithCounts } from "@/lib/sectors/queries";

export const metadata: Metadata = { title: "Sectors" };

export default async function SectorsPage() {
  const actor = await pageActor("admin", "/admin/sectors");
  if (actor === "forbidden") return <Forbidden role="admin" />;
  const sectors = await listSectorsWithCounts();
  return (
    <div className="space-y-8">
      <PageHeader
        title="Sectors"
        eyebrow="Admin"
        actions={
          <>
            <a href="#new-sector-heading" className="text-accent hover:underline">
              New sector
            </a>
            <a href="#merge-sectors-heading" className="text-accent hover:underline">
              Merge two sectors
            </a>
          </>
        }
      >
        The areas commitments are filed under, in English and French, with the OECD DAC code where one fits. A
        sector&apos;s code never changes: to replace one, create the new sector and merge the old one into it.
      </PageHeader>
      <SectorTable sectors={sectors} />
      <Section title="New sector" id="new-sector">
        <SectorCreateForm />
      </Section>
      <Section title="Merge two sectors" id="merge-sectors">
        <SectorMergeForm sectors={sectors} />
      </Section>
    </div>
  );
}
