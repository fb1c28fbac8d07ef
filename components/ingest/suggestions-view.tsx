import Link from "next/link";
import type { CountryOption } from "@/lib/countries/match";
import { formatDateRange, formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import type { ExtractionJson } from "@/lib/extract/schema";
import type { SourceSuggestions } from "@/lib/ingest/queries";
import { reviewValues } from "@/lib/ingest/review";
import { formatAmount } from "@/lib/format/values";
import { Section } from "../ui/section";
import { ReviewForm } from "./review-form";

const PATHS = { person: "/people", organization: "/organizations", regional_body: "/organizations" } as const;
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

/** "14 March 2019", or a range as one ("8–10 June 2020"). */
function dateText(value: string, until: string | null): string {
  const [start, end] = [parsePartialDate(value), until ? parsePartialDate(until) : null];
  if (!start) return value;
  return end ? formatDateRange(start, end) : formatPartialDate(start);
}

/** What the review rows need but do not record: the dates, figures and names the text holds. */
function Findings({ x }: { x: ExtractionJson }) {
  const entities = [
    ...new Map(x.entities.map((e) => [e.known ? `${e.type}:${e.known.id}` : `new:${e.proposed?.name}`, e])).values(),
  ];
  const proposed = entities.filter((e) => e.proposed && (e.type === "person" || e.type === "organization"));
  const known = entities.filter((e) => e.known);
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <Section title="Names in the article" id="suggested-names">
        <ul className="flex flex-wrap gap-2 text-sm" aria-label="Known to Pact">
          {known.slice(0, MAX_SHOWN).map((e) => (
            <li key={`${e.type}:${e.known!.id}`}>
              {e.type === "country" ? (
                <span className="rounded border border-line bg-white px-2 py-0.5">{e.known!.name}</span>
              ) : (
                <Link
                  href={`${PATHS[e.type]}/${e.known!.id}`}
                  className="rounded border border-line bg-white px-2 py-0.5 text-accent hover:border-accent"
                >
                  {e.known!.name}
                  {e.text !== e.known!.name ? <span className="text-muted"> (“{e.text}”)</span> : null}
                </Link>
              )}
            </li>
          ))}
        </ul>
        {proposed.length ? (
          <>
            <h3 className="font-semibold">Not in Pact yet</h3>
            <ul className="space-y-1 text-sm">
              {proposed.slice(0, MAX_SHOWN).map((e) => (
                <li key={`${e.type}:${e.proposed!.name}`}>
                  {e.proposed!.name}
                  {e.proposed!.position ? <span className="text-muted">, {e.proposed!.position}</span> : null}{" "}
                  <Link
                    href={
                      e.type === "person"
                        ? `/people/new?${new URLSearchParams({ name: e.proposed!.name })}`
                        : "/organizations/new"
                    }
                    className="text-accent underline"
                  >
                    Create the {e.type}
                    <span className="sr-only">: {e.proposed!.name}</span>
                  </Link>
                  {e.probably ? <span className="text-muted"> (probably {e.probably.name})</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <NotListed total={known.length} what="names" />
      </Section>
      <Section title="Dates and figures" id="suggested-figures">
        <ul className="space-y-2 text-sm">
          {x.dates.slice(0, MAX_SHOWN).map((d) => (
            <li key={`d${d.start}`}>
              <span className="font-medium">{dateText(d.value, d.until)}</span>{" "}
              <span className="text-muted">“{d.text}”</span>
            </li>
          ))}
          {x.amounts.slice(0, MAX_SHOWN).map((m) => (
            <li key={`m${m.start}`}>
              <span className="font-medium">{formatAmount({ value: m.value, currency: m.currency })}</span>{" "}
              <span className="text-muted">“{m.text}”</span>
            </li>
          ))}
          {x.quantities.slice(0, MAX_SHOWN).map((q) => (
            <li key={`q${q.start}`}>
              <span className="font-medium">
                {q.baseline ? `${q.baseline} → ` : ""}
                {q.atLeast ? "at least " : ""}
                {q.target ?? q.delta} {q.unit}
              </span>{" "}
              <span className="text-muted">“{q.text}”</span>
            </li>
          ))}
        </ul>
        <NotListed total={x.dates.length} what="dates" />
      </Section>
    </div>
  );
}

export function SuggestionsView({ data, countries }: { data: SourceSuggestions; countries: readonly CountryOption[] }) {
  const { source, extraction: x } = data;
  const initial = reviewValues(
    { ...x, events: x.events.slice(0, MAX_SHOWN), documents: x.documents.slice(0, MAX_SHOWN) },
    source.published,
  );
  initial.commitments = initial.commitments.slice(0, MAX_SHOWN);
  return (
    <div className="space-y-10">
      <p className="text-sm text-muted">
        Language read from the text: <strong>{x.language}</strong> (stored as {source.language}). {x.events.length}{" "}
        events, {x.documents.length} documents, {x.commitments.length} commitments, {x.dates.length} dates,{" "}
        {x.amounts.length} amounts, {x.entities.length} names found.
      </p>
      {x.stoppedAt !== null ? (
        <Stopped at={x.stoppedAt} length={source.fullText.length} budgetMs={data.budgetMs} />
      ) : null}
      <ReviewForm
        initial={initial}
        context={{ sourceId: source.id, text: source.fullText, language: source.language, published: source.published }}
        countries={countries}
      />
      <NotListed total={x.commitments.length} what="commitments" />
      <Findings x={x} />
    </div>
  );
}
