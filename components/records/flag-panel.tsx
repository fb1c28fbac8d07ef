import type { CitationJson } from "@/lib/commitments/serialize";
import { humanize } from "@/lib/format/labels";
import { CitationQuote } from "../citation-quote";
import { RecordLink } from "./record-link";

export interface FlagView {
  id: string;
  kind: string;
  field: string;
  message: string;
  citations?: CitationJson[];
  /** When the flag is about one of the record's commitments rather than the record itself. */
  commitment?: { id: string; title: string };
}

/**
 * Where the sources disagree or contradict themselves. Shown near the top of a record, before
 * anything a reader might quote, and never collapsed.
 */
export function FlagPanel({
  flags,
  asOf,
  title = "Check before citing",
}: {
  flags: readonly FlagView[];
  asOf: string | undefined;
  title?: string;
}) {
  if (flags.length === 0) return null;
  return (
    <section
      aria-labelledby="flags-heading"
      className="rounded border-2 border-amber-400 bg-amber-50 p-4 text-amber-950"
    >
      <h2 id="flags-heading" className="flex items-center gap-2 font-serif text-xl font-semibold">
        <span aria-hidden="true">⚠</span> {title}
      </h2>
      <ul className="mt-3 space-y-4">
        {flags.map((flag) => (
          <li key={flag.id} className="space-y-2">
            <p>
              <span className="mr-2 inline-flex rounded bg-amber-200 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-amber-950">
                {humanize(flag.kind)} · {humanize(flag.field)}
              </span>
              {flag.message}
            </p>
            {flag.commitment ? (
              <p className="text-sm">
                On{" "}
                <RecordLink href={`/commitments/${flag.commitment.id}`} asOf={asOf}>
                  {flag.commitment.title}
                </RecordLink>
              </p>
            ) : null}
            {flag.citations?.map((citation) => (
              <CitationQuote key={citation.id} citation={citation} />
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
