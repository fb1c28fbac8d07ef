"use client";

import type { Failure } from "@/lib/errors/failure";
import { STATUS_LABELS, isStatus } from "@/lib/status/rules";

export interface ConflictState {
  status: string;
  version: number;
  lastChange: { toStatus: string; effectiveDate: string; note: string | null; by: string | null; at: string } | null;
}

/** Says what changed under the editor's feet; their input stays in the form below. */
export function ConflictNotice({
  failure,
  onUseLatest,
}: {
  failure: Failure;
  onUseLatest: (current: ConflictState) => void;
}) {
  const current = failure.current as ConflictState | undefined;
  const last = current?.lastChange;
  return (
    <div
      role="alert"
      className="space-y-2 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      <p className="font-medium">{failure.message}</p>
      {last ? (
        <p>
          Latest entry: <strong>{isStatus(last.toStatus) ? STATUS_LABELS[last.toStatus] : last.toStatus}</strong>,
          effective {last.effectiveDate}
          {last.by ? `, recorded by ${last.by}` : ""} at{" "}
          {new Date(last.at).toLocaleString("en-GB", { timeZone: "UTC" })} UTC{last.note ? ` — “${last.note}”` : ""}.
        </p>
      ) : null}
      {current ? (
        <button
          type="button"
          onClick={() => onUseLatest(current)}
          className="rounded border border-amber-500 bg-white px-3 py-1 font-medium"
        >
          I have checked: base my change on the latest version
        </button>
      ) : null}
    </div>
  );
}
