"use client";

import Link from "next/link";
import { useId, useRef, useState, type ReactNode } from "react";
import { formFailure } from "@/lib/errors/failure";
import { attachQuoteAction } from "@/lib/sources/actions";
import { quoteAtSelection } from "@/lib/sources/quotes";
import { QUOTED_TYPES } from "@/lib/sources/schema";
import { FormAlert, SelectField } from "../forms/fields";
import { RecordPicker, type Picked } from "../forms/record-picker";

type Quote = { quote: string; occurrence: number };
type QuotedType = (typeof QUOTED_TYPES)[number];

const PATHS: Record<QuotedType, string> = { commitment: "/commitments", event: "/events", document: "/documents" };
const button =
  "rounded border border-accent px-3 py-1.5 text-sm font-medium text-accent hover:bg-accent hover:text-white";

/** The quote the page's current selection stands for, when it lies in `container`. */
function selectedQuote(container: HTMLElement, text: string): Quote | null | "outside" {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return "outside";
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return "outside";
  // Where the selection starts in the page's text: near its place in the source's.
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  return quoteAtSelection(text, selection.toString(), before.toString().length);
}

/**
 * A source's text in which an editor selects a passage and attaches it to a record as its quote:
 * to a commitment, event or document already recorded, or to a new one whose form opens with the
 * quote filled in. The quote is the source's own words at their occurrence: nothing is pasted.
 */
export function QuoteBySelection({
  sourceId,
  text,
  children,
}: {
  sourceId: string;
  text: string;
  children: ReactNode;
}) {
  const container = useRef<HTMLDivElement>(null);
  const id = useId();
  const [quote, setQuote] = useState<Quote | null>(null);
  const [unusable, setUnusable] = useState(false);
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<QuotedType>("commitment");
  const [record, setRecord] = useState<Picked>(null);
  const [message, setMessage] = useState<{ text: string; tone: "ok" | "error" } | null>(null);
  const [done, setDone] = useState<{ href: string; label: string } | null>(null);

  function readSelection() {
    if (!container.current) return;
    const found = selectedQuote(container.current, text);
    if (found === "outside") return;
    setUnusable(found === null);
    if (found) {
      setQuote(found);
      setOpen(false);
      setMessage(null);
      setDone(null);
    }
  }

  async function attach() {
    if (!quote || !record) return;
    const result = await attachQuoteAction({ record: { type, id: record.id }, citation: { sourceId, ...quote } });
    if (result.ok) {
      setDone({ href: `${PATHS[type]}/${record.id}`, label: record.label });
      setMessage({ text: `The quote is attached to “${record.label}”.`, tone: "ok" });
      setOpen(false);
    } else setMessage({ text: formFailure(result.error).message, tone: "error" });
  }

  const prefill = (path: string) =>
    `${path}/new?${new URLSearchParams({ source: sourceId, quote: quote!.quote, occurrence: String(quote!.occurrence) })}`;

  return (
    <div className="space-y-4">
      <div ref={container} onMouseUp={readSelection} onKeyUp={readSelection}>
        {children}
      </div>
      <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded border border-line bg-slate-50 p-4">
        <h3 id={`${id}-heading`} className="font-semibold">
          Quote by selection
        </h3>
        {quote ? (
          <>
            <blockquote className="border-l-4 border-accent pl-3 font-serif" aria-label="Selected passage">
              {quote.quote}
            </blockquote>
            {!open ? (
              <button type="button" className={button} onClick={() => setOpen(true)}>
                Use as quote
              </button>
            ) : (
              <div className="space-y-3">
                <div className="grid gap-3 sm:grid-cols-2">
                  <SelectField
                    label="Attach to a"
                    value={type}
                    onChange={(v) => {
                      setType(v as QuotedType);
                      setRecord(null);
                    }}
                    options={QUOTED_TYPES.map((t) => ({ value: t, label: t }))}
                  />
                  <RecordPicker label={`Which ${type}`} type={type} value={record} onChange={setRecord} />
                </div>
                <div className="flex flex-wrap items-center gap-3">
                  <button type="button" className={button} disabled={!record} onClick={() => void attach()}>
                    Attach the quote
                  </button>
                  <span className="text-sm text-muted">or record a new one with it:</span>
                  {QUOTED_TYPES.map((t) => (
                    <Link key={t} href={prefill(PATHS[t])} className="text-sm text-accent underline">
                      New {t}
                    </Link>
                  ))}
                </div>
              </div>
            )}
          </>
        ) : (
          <p className="text-sm text-muted">
            Select a passage of the text above to attach it to a record as its quote, word for word.
          </p>
        )}
        {unusable ? (
          <FormAlert message="This selection is not the source's words alone (it crosses a note link?): select within the text." />
        ) : null}
        {message ? <FormAlert message={message.text} tone={message.tone} /> : null}
        {done ? (
          <Link href={done.href} className="text-sm text-accent underline">
            Open {done.label}
          </Link>
        ) : null}
      </section>
    </div>
  );
}
