/**
 * Sentences that report progress on something promised ("the centre was handed over yesterday",
 * "les travaux ont commencé le 22 mars"), each with the status it points to and its date. Which
 * commitment it concerns is decided elsewhere (follow-up-match.ts), against what Pact holds.
 *
 * Pure and linear: each sentence is folded once and searched by a fixed set of patterns; the
 * extraction's dates are walked once alongside the sentences.
 */
import { parsePartialDate, periodEndExclusive, type PartialDate } from "../dates/partial-date";
import { fold, type Folded } from "./fold";
import { relativeDays } from "./progress-dates";
import {
  LOAN_WORDS,
  MODAL,
  NEGATION,
  NEGATION_WINDOW,
  PROGRESS_RULES,
  type Cue,
  type ProgressStatus,
} from "./progress-rules";
import { isDateRange, type DateSuggestion, type Extraction, type Span } from "./types";

export type { ProgressStatus } from "./progress-rules";

export interface ProgressFinding extends Span {
  kind: "progress";
  status: ProgressStatus;
  /** The words that point to the status ("handed over", "mis en chantier"). */
  trigger: Span;
  /** When it happened: null only when neither the sentence nor the publication date says. */
  date: PartialDate | null;
  /** A date of the sentence, a day named relative to publication ("yesterday"), or publication itself. */
  dateFrom: "sentence" | "relative" | "published" | null;
}

// A "sentence" longer than this is not prose (a table, a pasted list): it reports nothing.
const MAX_SENTENCE = 2_000;

interface Hit {
  cue: Cue;
  start: number;
  end: number;
  text: string;
}

function hitsIn(folded: string): Hit[] {
  const hits: Hit[] = [];
  for (const { cue, pattern, modalOk } of PROGRESS_RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
      const before = folded.slice(Math.max(0, m.index - NEGATION_WINDOW), m.index);
      // A denial is no progress; a future is a plan, unless the words themselves say it is still expected.
      if (NEGATION.test(before) || (!modalOk && MODAL.test(before))) continue;
      hits.push({ cue, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return hits;
}

// Money paid out: with a completion ("fully disbursed") it is done, alone a share of what was pledged.
const PAID = /disburs|decaiss/;

/** The status the sentence's words point to, and the words that decide it. */
function decide(hits: Hit[], folded: string): { status: ProgressStatus; hit: Hit } | null {
  const first = (cue: Cue) => hits.find((h) => h.cue === cue);
  const ended = first("ended");
  if (ended) return { status: "cancelled", hit: ended };
  const done = first("done");
  // "partly", "first tranche": a share of what was promised is done.
  const share = hits.some((h) => h.cue === "partial" && !PAID.test(h.text));
  if (done) return { status: share ? "partially_fulfilled" : "fulfilled", hit: done };
  const paid = hits.find((h) => h.cue === "partial" && PAID.test(h.text));
  if (paid) return { status: "partially_fulfilled", hit: paid };
  const expected = first("expected");
  const stopped = first("stopped");
  if (stopped) return expected ? { status: "in_progress", hit: expected } : { status: "stalled", hit: stopped };
  const started = first("started") ?? expected;
  if (started) return { status: "in_progress", hit: started };
  const loan = first("loan");
  if (loan && LOAN_WORDS.test(folded)) return { status: "in_progress", hit: loan };
  return null;
}

const toSpan = (text: string, f: Folded, offset: number, start: number, end: number): Span => {
  const from = offset + f.from[start]!;
  const to = offset + f.to[end - 1]!;
  return { start: from, end: to, text: text.slice(from, to) };
};

/** The last day a date may fall on to be a report rather than a target: the publication's period. */
function latestDay(published: string | null | undefined): string | null {
  const p = published ? parsePartialDate(published) : null;
  return p ? periodEndExclusive(p) : null;
}

function dateValue(d: DateSuggestion): PartialDate {
  // A range reports progress at its close ("built from 2018 to 2020").
  return isDateRange(d.value) ? d.value.end : d.value;
}

interface DatedSpan {
  start: number;
  end: number;
  value: PartialDate;
  from: "sentence" | "relative";
}

/** The date nearest the trigger among those that are not after publication. */
function nearest(candidates: DatedSpan[], trigger: Span, before: string | null): DatedSpan | null {
  let best: DatedSpan | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (before && c.value.date >= before) continue;
    const distance = c.end <= trigger.start ? trigger.start - c.end : Math.max(0, c.start - trigger.end);
    if (distance < bestDistance) [best, bestDistance] = [c, distance];
  }
  return best;
}

/**
 * The progress reports of an article: one per sentence at most, in text order. `extraction` gives
 * the sentences and dates; `published` resolves "yesterday" and dates what the sentence leaves undated.
 */
export function findProgress(
  text: string,
  extraction: Pick<Extraction, "sentences" | "dates" | "stoppedAt">,
  published?: string | null,
): ProgressFinding[] {
  const out: ProgressFinding[] = [];
  const publishedDate = published ? parsePartialDate(published) : null;
  const before = latestDay(published);
  const dates = extraction.dates;
  let d = 0;
  for (const sentence of extraction.sentences) {
    if (extraction.stoppedAt !== undefined && sentence.end > extraction.stoppedAt) break;
    while (d < dates.length && dates[d]!.start < sentence.start) d++;
    if (sentence.end - sentence.start > MAX_SENTENCE) continue;
    const folded = fold(sentence.text);
    const decided = decide(hitsIn(folded.text), folded.text);
    if (!decided) continue;
    const trigger = toSpan(text, folded, sentence.start, decided.hit.start, decided.hit.end);
    const candidates: DatedSpan[] = [];
    for (let k = d; k < dates.length && dates[k]!.end <= sentence.end; k++) {
      const s = dates[k]!;
      candidates.push({ start: s.start, end: s.end, value: dateValue(s), from: "sentence" });
    }
    for (const r of relativeDays(folded.text, published)) {
      const span = toSpan(text, folded, sentence.start, r.start, r.end);
      // A weekday inside a full date ("Monday, June 3") is read with that date.
      if (!candidates.some((c) => c.start < span.end && span.start < c.end))
        candidates.push({ ...span, value: r.value, from: "relative" });
    }
    const found = nearest(candidates, trigger, before);
    out.push({
      kind: "progress",
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      status: decided.status,
      trigger,
      date: found?.value ?? publishedDate,
      dateFrom: found?.from ?? (publishedDate ? "published" : null),
    });
  }
  return out;
}
