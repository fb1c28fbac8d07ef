import type { CommitmentJson } from "@/lib/commitments/serialize";
import { formatDateJson } from "@/lib/format/values";
import { STATUS_LABELS, isStatus } from "@/lib/status/rules";
import { CitationQuote } from "../citation-quote";
import { EmptyState } from "../ui/empty-state";
import { StatusBadge } from "../status-badge";

const statusName = (status: string | null) => (status && isStatus(status) ? STATUS_LABELS[status] : (status ?? "—"));

/** The append-only history, oldest first: each change with its day, note, evidence and editor. */
export function StatusTimeline({ history, asOf }: { history: CommitmentJson["statusHistory"]; asOf?: string }) {
  if (history.length === 0) return <EmptyState>No status recorded yet.</EmptyState>;
  const corrected = new Set(history.map((s) => s.correctsId).filter(Boolean));
  return (
    <ol className="space-y-5 border-l-2 border-line pl-4">
      {history.map((s) => (
        <li key={s.id} id={`change-${s.id}`} className="relative space-y-2">
          <span
            aria-hidden="true"
            className="absolute -left-[1.4rem] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-accent"
          />
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <time className="font-medium">{formatDateJson(s.effective)}</time>
            {s.from ? <span className="text-muted">{statusName(s.from)} →</span> : null}
            <StatusBadge status={s.to} />
            <span className="text-sm text-muted">recorded by {s.editor?.name ?? "the embedded dataset"}</span>
          </p>
          {corrected.has(s.id) ? <p className="text-sm text-amber-900">Corrected by a later entry.</p> : null}
          {s.correctsId ? (
            <p className="text-sm text-muted">
              Corrects{" "}
              <a href={`#change-${s.correctsId}`} className="underline">
                an earlier entry
              </a>
              .
            </p>
          ) : null}
          {s.note ? <p className="text-sm">{s.note}</p> : null}
          {s.citations.map((citation) => (
            <CitationQuote key={citation.id} citation={citation} asOf={asOf} />
          ))}
        </li>
      ))}
    </ol>
  );
}
