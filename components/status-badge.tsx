import { STATUS_LABELS, isStatus } from "@/lib/status/rules";

const TONES: Record<string, string> = {
  announced: "bg-slate-100 text-slate-800 ring-slate-300",
  agreed: "bg-sky-50 text-sky-900 ring-sky-300",
  in_progress: "bg-amber-50 text-amber-900 ring-amber-300",
  partially_fulfilled: "bg-lime-50 text-lime-900 ring-lime-300",
  fulfilled: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  stalled: "bg-orange-50 text-orange-900 ring-orange-300",
  cancelled: "bg-zinc-100 text-zinc-700 ring-zinc-300 line-through",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span
      className={`inline-flex items-center rounded px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[status] ?? TONES.announced}`}
    >
      {isStatus(status) ? STATUS_LABELS[status] : status}
    </span>
  );
}

export function OverdueBadge() {
  return (
    <span className="inline-flex items-center rounded bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800 ring-1 ring-inset ring-red-300">
      Overdue
    </span>
  );
}
