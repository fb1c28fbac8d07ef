import type { CitationJson } from "@/lib/commitments/serialize";
import { CitationQuote } from "../citation-quote";
import { EmptyState } from "../ui/empty-state";

export function CitationList({
  citations,
  empty = "No source quoted for this record yet.",
}: {
  citations: readonly CitationJson[];
  empty?: string;
}) {
  if (citations.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="space-y-4">
      {citations.map((citation) => (
        <li key={citation.id}>
          <CitationQuote citation={citation} />
        </li>
      ))}
    </ul>
  );
}
