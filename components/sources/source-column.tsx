import Link from "next/link";
import { withAsOf } from "@/lib/as-of/url";
import { languageName } from "@/lib/sources/compare";
import type { SourceText } from "@/lib/sources/queries";
import { HighlightedText } from "./highlighted-text";
import { PublishedDate } from "./source-meta";

/** One report in the side-by-side view: what it is, then its text with the cited spans. */
export function SourceColumn({
  source,
  prefix,
  numbers,
  asOf,
}: {
  source: SourceText;
  prefix: string;
  numbers?: ReadonlyMap<string, number>;
  asOf?: string;
}) {
  const headingId = `${prefix}-heading`;
  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-3 rounded border border-line bg-white p-4">
      <header className="space-y-1">
        <p className="text-xs font-medium uppercase tracking-wide text-muted">{languageName(source.language)} report</p>
        <h2 id={headingId} className="font-serif text-lg font-semibold">
          <Link
            href={withAsOf(`/sources/${encodeURIComponent(source.id)}`, asOf)}
            lang={source.language}
            className="text-accent hover:underline"
          >
            {source.title}
          </Link>
        </h2>
        <p className="text-sm text-muted">
          {source.publisher} · <PublishedDate published={source.published} />
        </p>
      </header>
      <HighlightedText source={source} prefix={prefix} numbers={numbers} asOf={asOf} />
    </section>
  );
}
