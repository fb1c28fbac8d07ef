import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/forbidden";
import { CommitmentForm } from "@/components/commitments/commitment-form";
import { emptyCommitment } from "@/components/commitments/commitment-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { flattenSearchParams, type SearchParams } from "@/lib/records/search-params";
import { pageActor } from "@/lib/auth/page";
import { commitmentFormChoices, labelsFor } from "@/lib/commitments/form-data";
import { commitmentPrefillSchema } from "@/lib/commitments/schema";

export const metadata: Metadata = { title: "New commitment" };

export default async function NewCommitmentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await pageActor("editor", "/commitments/new");
  if (actor === "forbidden") return <Forbidden role="editor" />;
  const p = commitmentPrefillSchema.parse(flattenSearchParams(await searchParams));
  const [choices, labels] = await Promise.all([
    commitmentFormChoices(null, p.event ?? null, p.source),
    labelsFor({ people: [p.fromPerson, p.toPerson], organizations: [p.fromOrg, p.toOrg], events: [p.event] }),
  ]);
  const picked = (id?: string) => (id && labels.has(id) ? { id, label: labels.get(id)! } : null);
  const initial = emptyCommitment({
    titleEn: p.title ?? "",
    titleFr: p.titleFr ?? "",
    kind: p.kind ?? "pledge",
    description: p.description ?? "",
    direction: p.mutual === "true" ? "mutual" : "one_way",
    sides: [
      {
        role: p.mutual === "true" ? "party" : "giver",
        countryCode: p.from ?? "",
        organization: picked(p.fromOrg),
        person: picked(p.fromPerson),
      },
      {
        role: p.mutual === "true" ? "party" : "receiver",
        countryCode: p.to ?? "",
        organization: picked(p.toOrg),
        person: picked(p.toPerson),
      },
    ],
    amountValue: p.amount ?? "",
    amountCurrency: p.currency ?? "USD",
    amountQualifier: p.qualifier ?? "exact",
    hasQuantity: Boolean(p.target || p.delta),
    baseline: p.baseline ?? "",
    target: p.target ?? "",
    delta: p.delta ?? "",
    unit: p.unit ?? "",
    scope: p.scope ?? "",
    atLeast: p.atLeast === "true",
    targetDate: p.targetDate ?? "",
    targetRange: Boolean(p.targetEnd),
    targetEndDate: p.targetEnd ?? "",
    statusEffective: p.effective ?? "",
    event: picked(p.event),
    citations: p.source ? [{ sourceId: p.source, quote: p.quote ?? "", occurrence: p.occurrence ?? 1 }] : [],
  });
  return (
    <div className="space-y-6">
      <PageHeader title="New commitment" eyebrow="Editor">
        A promise or an ask, who to whom, with the quotes that state it.
      </PageHeader>
      <CommitmentForm initial={initial} mode={{ create: true }} {...choices} />
    </div>
  );
}
