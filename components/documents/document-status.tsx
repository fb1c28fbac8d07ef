import { humanize } from "@/lib/format/labels";

const TONES: Record<string, string> = {
  signed: "bg-sky-50 text-sky-900 ring-sky-300",
  in_force: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  expired: "bg-zinc-100 text-zinc-700 ring-zinc-300",
  terminated: "bg-red-50 text-red-800 ring-red-300",
};

/** A document's legal status (signed, in force…), styled apart from a commitment's progress. */
export function DocumentStatus({ status }: { status: string }) {
  return (
    <span
      className={`inline-flex items-center rounded px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[status] ?? TONES.signed}`}
    >
      {humanize(status)}
    </span>
  );
}
