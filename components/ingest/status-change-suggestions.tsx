"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { formatPartialDate, toIso, type PartialDate } from "@/lib/dates/partial-date";
import { formFailure } from "@/lib/errors/failure";
import { acceptStatusChangeAction } from "@/lib/ingest/actions";
import { StatusBadge } from "../status-badge";

/** One suggested status change, as the suggestions page hands it over (plain data only). */
export interface StatusChangeItem {
  commitment: { id: string; title: string; status: string; version: number };
  status: string;
  date: PartialDate | null;
  start: number;
  end: number;
  text: string;
  trigger: { start: number; end: number };
}

type State = { kind: "idle" } | { kind: "saved" } | { kind: "error"; message: string };

function Suggestion({ sourceId, item, language }: { sourceId: string; item: StatusChangeItem; language: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<State>({ kind: "idle" });
  const { commitment, date } = item;
  const at = (offset: number) => offset - item.start;

  function accept() {
    if (!date) return;
    startTransition(async () => {
      const result = await acceptStatusChangeAction({
        sourceId,
        commitmentId: commitment.id,
        version: commitment.version,
        toStatus: item.status,
        effective: toIso(date),
        start: item.start,
        end: item.end,
      });
      if (result.ok) {
        setState({ kind: "saved" });
        router.refresh();
      } else setState({ kind: "error", message: formFailure(result.error).message });
    });
  }

  return (
    <li className="space-y-2 rounded border border-line bg-white p-4">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <Link href={`/commitments/${commitment.id}`} className="font-semibold text-accent hover:underline">
          {commitment.title}
        </Link>
        <StatusBadge status={commitment.status} />
        <span aria-label="becomes">→</span>
        <StatusBadge status={item.status} />
        <span className="text-muted">{date ? formatPartialDate(date) : "no date in the text"}</span>
      </p>
      {/* The words that point to the status, in bold: the editor sees why it was suggested. */}
      <blockquote lang={language} className="font-serif leading-relaxed">
        {item.text.slice(0, at(item.trigger.start))}
        <strong>{item.text.slice(at(item.trigger.start), at(item.trigger.end))}</strong>
        {item.text.slice(at(item.trigger.end))}
      </blockquote>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {state.kind === "saved" ? (
          <p role="status" className="text-emerald-900">
            Recorded, with this sentence as its citation.
          </p>
        ) : date ? (
          <button
            type="button"
            onClick={accept}
            disabled={pending}
            aria-busy={pending}
            className="rounded bg-accent px-3 py-1.5 font-medium text-white disabled:opacity-60"
          >
            {pending ? "Accepting…" : "Accept"}
          </button>
        ) : (
          <Link href={`/commitments/${commitment.id}`} className="underline">
            Record it on the commitment, with a date
          </Link>
        )}
        {state.kind === "error" ? (
          <p role="alert" className="text-red-800">
            {state.message}
          </p>
        ) : null}
      </div>
    </li>
  );
}

/** Suggested status changes on commitments Pact already holds, each accepted in one click. */
export function StatusChangeSuggestions({
  sourceId,
  items,
  language,
}: {
  sourceId: string;
  items: StatusChangeItem[];
  language: string;
}) {
  if (items.length === 0)
    return <p className="text-sm text-muted">This text reports no progress on a commitment Pact holds.</p>;
  return (
    <ol className="space-y-4" aria-label="Suggested status changes">
      {items.map((item) => (
        <Suggestion key={`${item.commitment.id}-${item.start}`} sourceId={sourceId} item={item} language={language} />
      ))}
    </ol>
  );
}
