import Link from "next/link";
import { withAsOf } from "@/lib/as-of/url";
import type { Comparison, FactPresence } from "@/lib/sources/compare";
import { SUBJECT_NAMES } from "@/lib/sources/records";
import { EmptyState } from "../ui/empty-state";

function joinNames(ids: readonly string[], names: Record<string, string>): string {
  const list = ids.map((id) => names[id] ?? id);
  return list.length <= 1 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

function presenceText(p: FactPresence, names: Record<string, string>): string {
  if (p.presentIn.length === 1) return `only in ${names[p.presentIn[0]!] ?? p.presentIn[0]}`;
  return `in ${joinNames(p.presentIn, names)}, not in ${joinNames(p.missingFrom, names)}`;
}

/** The differences between the compared reports, all computed from the records they back. */
export function SourceDifferences({ comparison: c, asOf }: { comparison: Comparison; asOf?: string }) {
  const nothing = !c.flags.length && !c.onlyInSome.length;
  return (
    <div className="space-y-6">
      {nothing ? <EmptyState>These reports back the same records and no flag says they differ.</EmptyState> : null}

      {c.flags.length ? (
        <div className="space-y-2">
          <h3 className="font-semibold">Where the reports disagree</h3>
          <ul className="space-y-3">
            {c.flags.map((f) => (
              <li key={f.id} className="rounded border border-amber-300 bg-amber-50 p-3">
                <p>{f.message}</p>
                <p className="mt-1 text-sm text-muted">
                  {f.href && f.subject ? (
                    <>
                      On {SUBJECT_NAMES[f.subject.type].toLowerCase()}{" "}
                      <Link
                        prefetch={false}
                        href={withAsOf(f.href, asOf)}
                        className="text-accent underline underline-offset-2 hover:decoration-2"
                      >
                        {f.subject.title}
                      </Link>
                    </>
                  ) : null}
                  {f.citedBy.length ? (
                    <>
                      {f.href ? " · " : ""}evidence quoted from {joinNames(f.citedBy, c.names)}
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {c.onlyInSome.length ? (
        <div className="space-y-2">
          <h3 className="font-semibold">
            Reported by one only <span className="font-normal text-muted">({c.onlyInSome.length})</span>
          </h3>
          <ul className="list-disc space-y-1 pl-5">
            {c.onlyInSome.map((p) => (
              <li key={p.fact.key}>
                <span className="text-muted">{SUBJECT_NAMES[p.fact.subject.type]}:</span>{" "}
                <Link
                  prefetch={false}
                  href={withAsOf(p.fact.href, asOf)}
                  className="text-accent underline underline-offset-2 hover:decoration-2"
                >
                  {p.fact.subject.title}
                </Link>{" "}
                — <strong className="font-medium">{presenceText(p, c.names)}</strong>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {c.inAll.length ? (
        <details className="rounded border border-line bg-white p-3">
          <summary className="cursor-pointer font-semibold">
            Reported by {Object.keys(c.names).length === 2 ? "both" : "all"}{" "}
            <span className="font-normal text-muted">({c.inAll.length})</span>
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {c.inAll.map((f) => (
              <li key={f.key}>
                <span className="text-muted">{SUBJECT_NAMES[f.subject.type]}:</span>{" "}
                <Link
                  prefetch={false}
                  href={withAsOf(f.href, asOf)}
                  className="text-accent underline underline-offset-2 hover:decoration-2"
                >
                  {f.subject.title}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
