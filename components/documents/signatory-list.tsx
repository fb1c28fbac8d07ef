import type { DocumentView } from "@/lib/documents/queries";
import { RecordLink } from "../records/record-link";
import { EmptyState } from "../ui/empty-state";

type Participant = DocumentView["signatories"][number];

const ROLE_WORDS: Record<Participant["role"], string> = {
  signatory: "Signed by",
  witness: "Witnessed by",
  presiding: "Presided over by",
};

/** "Nguyen Manh Hung — Minister of … (Vietnam)", or "the representative of X" when no one is named. */
function Who({ p, asOf }: { p: Participant; asOf: string | undefined }) {
  const organization = p.organization ? (
    <RecordLink href={`/organizations/${p.organization.id}`} asOf={asOf}>
      {p.organization.name}
    </RecordLink>
  ) : null;
  if (!p.person) return <>the representative of {organization}</>;
  return (
    <>
      <RecordLink href={`/people/${p.person.id}`} asOf={asOf} className="font-medium">
        {p.person.name}
      </RecordLink>
      {p.position ? <span> — {p.position.label}</span> : null}
      {organization ? <span className="block text-sm text-muted">for {organization}</span> : null}
    </>
  );
}

/**
 * Who took part in the signing, in the office they held: each line says how ("Signed by",
 * "Witnessed by", "Presided over by"), since a witness is not bound by what they witnessed.
 */
export function SignatoryList({
  signatories,
  asOf,
  empty,
}: {
  signatories: readonly Participant[];
  asOf: string | undefined;
  empty: string;
}) {
  if (signatories.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="divide-y divide-line rounded border border-line bg-white">
      {signatories.map((s) => (
        <li key={s.id} className="px-4 py-3">
          <span className="text-muted">{ROLE_WORDS[s.role]}</span> <Who p={s} asOf={asOf} />
        </li>
      ))}
    </ul>
  );
}
