import Link from "next/link";
import { withAsOf } from "@/lib/as-of/url";
import type { SourceText } from "@/lib/sources/queries";
import { CITED_TYPE_NAMES, SUBJECT_NAMES, groupByType, numberRecords } from "@/lib/sources/records";
import { EmptyState } from "../ui/empty-state";
import { noteId } from "./highlighted-text";

/** "What this source supports": each record once, grouped by type, numbered as in the text. */
export function SupportedRecords({
  source,
  prefix,
  asOf,
}: {
  source: Pick<SourceText, "citations">;
  prefix: string;
  asOf?: string;
}) {
  const numbered = numberRecords(source.citations).map(({ record, n }) => ({ ...record, n }));
  if (!numbered.length) return <EmptyState>Nothing in this source is cited by a record yet.</EmptyState>;
  return (
    <div className="space-y-5">
      {groupByType(numbered).map((group) => (
        <div key={group.type} className="space-y-2">
          <h3 className="font-semibold">
            {CITED_TYPE_NAMES[group.type]} <span className="font-normal text-muted">({group.records.length})</span>
          </h3>
          <ul className="space-y-2">
            {group.records.map((r) => (
              <li key={r.key} className="flex gap-3">
                <a
                  href={`#${noteId(prefix, r.n)}`}
                  className="inline-flex h-6 min-w-6 shrink-0 items-center justify-center rounded border border-line bg-white px-1 text-xs font-semibold text-accent hover:border-accent"
                >
                  {r.n}
                  <span className="sr-only">: show where the text cites it</span>
                </a>
                {r.type === "statusChange" || r.type === "flag" ? (
                  // A change or a flag has no page: the link leads to the record it is about.
                  <span className="min-w-0">
                    {r.title}
                    <span className="block text-sm text-muted">
                      On {SUBJECT_NAMES[r.subject.type].toLowerCase()}{" "}
                      <Link
                        prefetch={false}
                        href={withAsOf(r.href, asOf)}
                        className="text-accent underline underline-offset-2 hover:decoration-2"
                      >
                        {r.subject.title}
                      </Link>
                    </span>
                  </span>
                ) : (
                  <Link prefetch={false} href={withAsOf(r.href, asOf)} className="min-w-0 text-accent hover:underline">
                    {r.title}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
