import type { DocumentView } from "@/lib/documents/queries";
import { RecordLink } from "../records/record-link";
import { EmptyState } from "../ui/empty-state";

/** Who signed, in the office they signed in: "Nguyen Manh Hung — Minister of … (Vietnam)". */
export function SignatoryList({
  signatories,
  asOf,
}: {
  signatories: DocumentView["signatories"];
  asOf: string | undefined;
}) {
  if (signatories.length === 0) return <EmptyState>The sources do not name who signed.</EmptyState>;
  return (
    <ul className="divide-y divide-line rounded border border-line bg-white">
      {signatories.map((s) => (
        <li key={s.id} className="px-4 py-3">
          {s.person ? (
            <RecordLink href={`/people/${s.person.id}`} asOf={asOf} className="font-medium">
              {s.person.name}
            </RecordLink>
          ) : (
            <span className="font-medium">The representative</span>
          )}
          {s.position ? <span> — {s.position.label}</span> : null}
          {s.organization ? (
            <p className="text-sm text-muted">
              for{" "}
              <RecordLink href={`/organizations/${s.organization.id}`} asOf={asOf}>
                {s.organization.name}
              </RecordLink>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
