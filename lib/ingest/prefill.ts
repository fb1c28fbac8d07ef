import type { CommitmentSuggestion, DateSuggestion, Extraction } from "../extract";
import { isDateRange } from "../extract";
import { toIso } from "../dates/partial-date";

import { occurrenceAt } from "../sources/quotes";

export { occurrenceAt };

const query = (params: Record<string, string | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  return q.toString();
};

/** The sentence around a span, as the quote a record made from it will carry. */
function sentenceOf(extraction: Extraction, start: number) {
  return extraction.sentences.find((s) => s.start <= start && start < s.end);
}

/** The new-commitment form's address, prefilled from a commitment sentence. */
export function commitmentHref(
  sourceId: string,
  text: string,
  s: CommitmentSuggestion,
  published: string | null,
): string {
  const money = s.money[0];
  const quantity = s.quantities[0];
  const target = s.dates.find((d) => !isDateRange(d.value) && d.value.precision === "year");
  const side = (x?: { country?: string; entityType?: string; entityId?: string }) => x;
  const from = side(s.direction?.from);
  const to = side(s.direction?.to);
  return `/commitments/new?${query({
    title: (s.title?.text ?? s.text).replace(/\s+/g, " ").slice(0, 200),
    kind: s.commitmentKind === "signing" ? "agreement" : s.commitmentKind,
    from: from?.country,
    to: to?.country,
    fromOrg: from?.entityType === "organization" ? from.entityId : undefined,
    toOrg: to?.entityType === "organization" ? to.entityId : undefined,
    fromPerson: from?.entityType === "person" ? from.entityId : undefined,
    toPerson: to?.entityType === "person" ? to.entityId : undefined,
    amount: money?.value,
    currency: money?.currency,
    qualifier: money?.qualifier,
    baseline: quantity?.baseline,
    target: quantity?.target,
    delta: quantity?.delta,
    unit: quantity?.unit,
    atLeast: quantity?.atLeast ? "true" : undefined,
    targetDate: target && !isDateRange(target.value) ? toIso(target.value) : undefined,
    effective: published ?? undefined,
    source: sourceId,
    quote: s.text,
    occurrence: String(occurrenceAt(text, s.text, s.start)),
  })}`;
}

/** The new-document form's address, from a signing sentence. */
export function documentHref(
  sourceId: string,
  text: string,
  s: CommitmentSuggestion,
  published: string | null,
): string {
  return `/documents/new?${query({ title: (s.title?.text ?? s.text).slice(0, 200), signed: published ?? undefined, source: sourceId, quote: s.text, occurrence: String(occurrenceAt(text, s.text, s.start)) })}`;
}

/** The new-event form's address, from a date range and the sentence that gives it. */
export function eventHref(sourceId: string, text: string, extraction: Extraction, d: DateSuggestion): string {
  const sentence = sentenceOf(extraction, d.start);
  const quote = sentence?.text ?? d.text;
  const [start, end] = isDateRange(d.value) ? [d.value.start, d.value.end] : [d.value, undefined];
  return `/events/new?${query({
    start: toIso(start),
    end: end ? toIso(end) : undefined,
    source: sourceId,
    quote,
    occurrence: String(occurrenceAt(text, quote, sentence?.start ?? d.start)),
  })}`;
}
