import type { CitationJson } from "@/lib/commitments/serialize";

/** A verbatim quote, marked with its language so screen readers and fonts treat it right. */
export function CitationQuote({ citation }: { citation: CitationJson }) {
  return (
    <figure className="border-l-2 border-accent/40 pl-3">
      <blockquote lang={citation.language} className="font-serif text-[0.95rem] leading-relaxed">
        “{citation.quote}”
      </blockquote>
      <figcaption className="mt-1 text-xs text-muted">
        <span className="uppercase">{citation.language}</span> · {citation.sourceTitle} · characters {citation.start}–{citation.end}
      </figcaption>
    </figure>
  );
}
