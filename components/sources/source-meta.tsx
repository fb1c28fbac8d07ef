import type { ReactNode } from "react";
import { formatPartialDate, toIso } from "@/lib/dates/partial-date";
import { languageName } from "@/lib/sources/compare";
import type { SourceText } from "@/lib/sources/queries";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-line py-2 sm:grid sm:grid-cols-4 sm:gap-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="min-w-0 break-words sm:col-span-3">{children}</dd>
    </div>
  );
}

/** A source's date as precise as it is known: "March 2019" says the day is not. */
export function PublishedDate({ published }: { published: SourceText["published"] }) {
  if (!published) return <span className="text-muted">Undated</span>;
  return <time dateTime={toIso(published)}>{formatPartialDate(published)}</time>;
}

export function SourceMetaList({
  source,
}: {
  source: Pick<SourceText, "publisher" | "url" | "language" | "published" | "note">;
}) {
  return (
    <dl>
      <Fact label="Publisher">{source.publisher}</Fact>
      <Fact label="Language">
        {languageName(source.language)} <span className="text-sm text-muted">({source.language})</span>
      </Fact>
      <Fact label="Published">
        <PublishedDate published={source.published} />
        {source.published ? (
          <span className="text-sm text-muted"> (precision: {source.published.precision})</span>
        ) : null}
      </Fact>
      <Fact label="Address">
        {/* Only web addresses become links: a stored URL is data, and "javascript:" must never run. */}
        {source.url && /^https?:\/\//i.test(source.url) ? (
          <a
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
            className="text-accent underline-offset-2 hover:underline"
          >
            {source.url}
            <span className="sr-only"> (external site, opens in a new tab)</span>
          </a>
        ) : source.url ? (
          <span className="break-all">{source.url}</span>
        ) : (
          <span className="text-muted">Not recorded</span>
        )}
      </Fact>
      {source.note ? <Fact label="Note">{source.note}</Fact> : null}
    </dl>
  );
}
