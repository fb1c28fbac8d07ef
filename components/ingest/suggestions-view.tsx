import Link from "next/link";
import type { CommitmentSuggestion, Extraction } from "@/lib/extract";
import { isDateRange } from "@/lib/extract";
import type { SourceSuggestions } from "@/lib/ingest/queries";
import { commitmentHref, documentHref, eventHref } from "@/lib/ingest/prefill";
import { formatDateRange, formatPartialDate } from "@/lib/dates/partial-date";
import { KIND_LABELS } from "@/lib/format/labels";
import { formatAmount } from "@/lib/format/values";
import { EmptyState } from "../ui/empty-state";
import { Section } from "../ui/section";

const PATHS = { person: "/people", organization: "/organizations", country: "/countries" } as const;
const chip = "inline-flex items-center rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-800";
// Each list shows at most this many: nobody works through more from one page, and every item costs
// the server rendering (15,000 pasted pledges made a 28 MB page that held the server for seconds).
const MAX_SHOWN = 100;

function NotListed({ total, what }: { total: number; what: string }) {
  return total > MAX_SHOWN ? (
    <p className="text-sm text-muted">
      The first {MAX_SHOWN} of {total} {what} are listed.
    </p>
  ) : null;
}

function Sentence({ text, s, language }: { text: string; s: CommitmentSuggestion; language: string }) {
  // The words that made it a commitment, in bold: the editor sees why it was suggested.
  return (
    <blockquote lang={language} className="font-serif leading-relaxed">
      {text.slice(s.start, s.trigger.start)}
      <strong>{text.slice(s.trigger.start, s.trigger.end)}</strong>
      {text.slice(s.trigger.end, s.end)}
    </blockquote>
  );
}

function Stopped({ at, length, budgetMs }: { at: number; length: number; budgetMs: number }) {
  const n = (value: number) => value.toLocaleString("en");
  // The editor must not take a short list for all there is: what was not read is named plainly.
  return (
    <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <strong>Partial results: time budget reached.</strong> Pact stops reading a text after {budgetMs / 1000} s; it
      read this one up to character {n(at)} of {n(length)} ({Math.floor((at / length) * 100)}%). The suggestions below
      come from that part only: read the rest yourself.
    </p>
  );
}

function sideName(names: Map<string, string>, side?: { country?: string; entityId?: string }): string {
  if (!side) return "?";
  return (
    [side.entityId ? (names.get(side.entityId) ?? side.entityId) : undefined, side.country]
      .filter(Boolean)
      .join(", ") || "?"
  );
}

export function SuggestionsView({ data }: { data: SourceSuggestions }) {
  const { source, extraction: x, names } = data;
  const text = source.fullText;
  return (
    <div className="space-y-10">
      <p className="text-sm text-muted">
        Language read from the text: <strong>{x.language}</strong> (stored as {source.language}). {x.commitments.length}{" "}
        commitment sentences, {x.dates.length} dates, {x.money.length} amounts, {x.quantities.length} quantities,{" "}
        {x.entities.length} names found.
      </p>
      {x.stoppedAt !== undefined ? <Stopped at={x.stoppedAt} length={text.length} budgetMs={data.budgetMs} /> : null}
      <Section title="Commitments and signings" id="suggested-commitments">
        {x.commitments.length ? (
          <>
            <ol className="space-y-4">
              {x.commitments.slice(0, MAX_SHOWN).map((s, i) => (
                <li key={s.start} id={`suggestion-${i}`} className="space-y-2 rounded border border-line bg-white p-4">
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <span className="font-semibold">
                      {s.commitmentKind === "signing" ? "Signing" : KIND_LABELS[s.commitmentKind]}
                    </span>
                    <span className="text-muted">
                      {sideName(names, s.direction?.from)} → {sideName(names, s.direction?.to)}
                    </span>
                    {s.money.map((m) => (
                      <span key={m.start} className={chip}>
                        {formatAmount({ value: m.value, currency: m.currency })}
                      </span>
                    ))}
                    {s.quantities.map((q) => (
                      <span key={q.start} className={chip}>
                        {q.baseline ? `${q.baseline} → ` : ""}
                        {q.atLeast ? "at least " : ""}
                        {q.target} {q.unit}
                      </span>
                    ))}
                    {s.dates.map((d) => (
                      <span key={d.start} className={chip}>
                        {isDateRange(d.value)
                          ? formatDateRange(d.value.start, d.value.end)
                          : formatPartialDate(d.value)}
                      </span>
                    ))}
                  </p>
                  <Sentence text={text} s={s} language={source.language} />
                  <Link
                    href={
                      s.commitmentKind === "signing"
                        ? documentHref(source.id, text, s, source.published)
                        : commitmentHref(source.id, text, s, source.published)
                    }
                    className="inline-block rounded bg-accent px-3 py-1.5 text-sm font-medium text-white"
                  >
                    {s.commitmentKind === "signing" ? "Record as a document" : "Record as a commitment"}
                    <span className="sr-only">: {s.text.slice(0, 80)}</span>
                  </Link>
                </li>
              ))}
            </ol>
            <NotListed total={x.commitments.length} what="commitment sentences" />
          </>
        ) : (
          <EmptyState>No sentence here states a pledge, request, proposal, agreement or signing.</EmptyState>
        )}
      </Section>
      <Findings x={x} text={text} sourceId={source.id} names={names} />
    </div>
  );
}

function Findings({
  x,
  text,
  sourceId,
  names,
}: {
  x: Extraction;
  text: string;
  sourceId: string;
  names: Map<string, string>;
}) {
  const entities = [...new Map(x.entities.map((e) => [`${e.type}:${e.id}`, e])).values()];
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <Section title="Dates" id="suggested-dates">
        <ul className="space-y-2 text-sm">
          {x.dates.slice(0, MAX_SHOWN).map((d) => (
            <li key={d.start} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">
                {isDateRange(d.value) ? formatDateRange(d.value.start, d.value.end) : formatPartialDate(d.value)}
              </span>
              <span className="text-muted">“{d.text}”</span>
              {d.afterPublication ? (
                <span className="rounded bg-amber-50 px-1.5 text-xs text-amber-900 ring-1 ring-amber-300">
                  after the article: check it
                </span>
              ) : null}
              {isDateRange(d.value) ? (
                <Link href={eventHref(sourceId, text, x, d)} className="text-accent underline">
                  Record as an event
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
        <NotListed total={x.dates.length} what="dates" />
      </Section>
      <Section title="Amounts and quantities" id="suggested-figures">
        <ul className="space-y-2 text-sm">
          {x.money.slice(0, MAX_SHOWN).map((m) => (
            <li key={m.start}>
              <span className="font-medium">{formatAmount({ value: m.value, currency: m.currency })}</span>{" "}
              <span className="text-muted">“{m.text}”</span>
            </li>
          ))}
          {x.quantities.slice(0, MAX_SHOWN).map((q) => (
            <li key={q.start}>
              <span className="font-medium">
                {q.baseline ? `${q.baseline} → ` : ""}
                {q.atLeast ? "at least " : ""}
                {q.target} {q.unit}
              </span>{" "}
              <span className="text-muted">“{q.text}”</span>
            </li>
          ))}
        </ul>
        <NotListed total={x.money.length} what="amounts" />
        <NotListed total={x.quantities.length} what="quantities" />
      </Section>
      <Section title="People, organizations and countries" id="suggested-names">
        <ul className="flex flex-wrap gap-2 text-sm">
          {entities.slice(0, MAX_SHOWN).map((e) => (
            <li key={`${e.type}:${e.id}`}>
              <Link
                href={e.type === "country" ? `/countries` : `${PATHS[e.type]}/${e.id}`}
                className="rounded border border-line bg-white px-2 py-0.5 text-accent hover:border-accent"
              >
                {names.get(e.id) ?? e.text}
                {e.text !== names.get(e.id) ? <span className="text-muted"> (“{e.text}”)</span> : null}
              </Link>
            </li>
          ))}
        </ul>
        <NotListed total={entities.length} what="names" />
      </Section>
    </div>
  );
}
