import Link from "next/link";
import type { CitationJson } from "@/lib/commitments/serialize";
import { withAsOf } from "@/lib/as-of/url";

/** A verbatim quote in its own language, linked to the highlighted span of its source. */
export function CitationQuote({ citation, asOf }: { citation: CitationJson; asOf?: string }) {
  return (
    <figure className="border-l-2 border-accent/40 pl-3">
      <blockquote lang={citation.language} className="font-serif text-[0.95rem] leading-relaxed">
        “{citation.quote}”
      </blockquote>
      <figcaption className="mt-1 text-xs text-muted">
        <span className="uppercase">{citation.language}</span> ·{" "}
        <Link
          href={withAsOf(`/sources/${citation.sourceId}#citation-${citation.id}`, asOf)}
          className="underline hover:text-ink"
        >
          {citation.sourceTitle}
        </Link>{" "}
        · characters {citation.start}–{citation.end}
      </figcaption>
    </figure>
  );
}
