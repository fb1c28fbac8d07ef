/**
 * Which commitment a report of progress concerns: each progress sentence is scored against the
 * commitments Pact holds between the article's countries, by wording (English and French titles),
 * parties, sector and amount. Only a score above MATCH_THRESHOLD, with enough of the title's words,
 * becomes a suggestion, and only when the new status is a move the commitment may make.
 */
import type { PartialDate } from "../dates/partial-date";
import { overlap, stems } from "./follow-up-words";
import type { ProgressFinding, ProgressStatus } from "./progress";
import type { MoneySuggestion, Span } from "./types";

/** A commitment as the matcher needs it: loaded compactly, whatever the size of the database. */
export interface CandidateCommitment {
  id: string;
  title: string;
  titles: string[];
  status: string;
  version: number;
  /** Country codes of its sides. */
  countries: string[];
  /** Names (English, French) of its sectors, and their codes. */
  sectorWords: string[];
  /** Whole currency units as a decimal string, as the extraction gives amounts. */
  amount: { value: string; currency: string } | null;
}

/** What the article around a sentence tells the matcher. */
export interface SentenceContext {
  /** Countries named in the sentence itself (by name, adjective, or a person or body of theirs). */
  countries: ReadonlySet<string>;
  /** Countries named anywhere in the article. */
  articleCountries: ReadonlySet<string>;
  /** Amounts in the sentence. */
  money: readonly MoneySuggestion[];
  /** The sentence before it: "the centre" often points back to the name given there. */
  previous: string | null;
}

export interface FollowUpMatch extends Span {
  commitment: { id: string; title: string; status: string; version: number };
  status: ProgressStatus;
  date: PartialDate | null;
  trigger: Span;
  score: number;
}

// Weights of the four signals (their sum is 1) and the bar a match must clear. Wording decides
// most: many commitments share a pair of countries and a sector, few share a title's words.
const WEIGHTS = { wording: 0.5, parties: 0.2, sector: 0.15, amount: 0.15 } as const;
export const MATCH_THRESHOLD = 0.4;
// Parties and sector alone never make a match: some of the title's words must be there.
export const MIN_WORDING = 0.3;
// Suggestions per sentence: a sentence may report on a few things ("the school and the clinic").
const PER_SENTENCE = 3;

/** A candidate with its words stemmed once, however many sentences it is scored against. */
export interface PreparedCandidate {
  candidate: CandidateCommitment;
  titles: Set<string>[];
  sectors: Set<string>;
}

export function prepareCandidate(candidate: CandidateCommitment): PreparedCandidate {
  return {
    candidate,
    titles: candidate.titles.map(stems),
    sectors: new Set(candidate.sectorWords.flatMap((w) => [...stems(w)])),
  };
}

/** The part of the signals a commitment earns for one sentence, from 0 to 1. */
export function scoreCandidate(
  { candidate, titles, sectors }: PreparedCandidate,
  sentence: ReadonlySet<string>,
  /** The sentence's words and those of the sentence before it. */
  withPrevious: ReadonlySet<string>,
  context: SentenceContext,
): { score: number; wording: number } {
  const wording = Math.max(
    0,
    ...titles.map((title) => {
      // Words from the sentence before count half.
      const here = overlap(title, sentence);
      const near = overlap(title, withPrevious);
      return Math.max(here, here + (near - here) / 2);
    }),
  );
  const sides = new Set(candidate.countries);
  let parties = 0;
  for (const c of sides) {
    if (context.countries.has(c)) parties += 1;
    else if (context.articleCountries.has(c)) parties += 0.5;
  }
  parties = sides.size ? parties / sides.size : 0;
  const sector = [...sectors].some((s) => sentence.has(s)) ? 1 : 0;
  const amount =
    candidate.amount &&
    context.money.some((m) => m.currency === candidate.amount!.currency && m.value === candidate.amount!.value)
      ? 1
      : 0;
  const score =
    WEIGHTS.wording * wording + WEIGHTS.parties * parties + WEIGHTS.sector * sector + WEIGHTS.amount * amount;
  return { score: Math.round(score * 1000) / 1000, wording };
}

/**
 * The status changes the progress sentences suggest, best match first, one per commitment.
 * `isLegal(from, to)` says whether a commitment may move so (lib/status/rules.ts for an editor).
 */
export function matchFollowUps(
  findings: readonly { finding: ProgressFinding; context: SentenceContext }[],
  candidates: readonly CandidateCommitment[],
  isLegal: (from: string, to: ProgressStatus) => boolean,
): FollowUpMatch[] {
  const best = new Map<string, FollowUpMatch>();
  const prepared = candidates.map(prepareCandidate);
  for (const { finding, context } of findings) {
    const sentence = stems(finding.text);
    const previous = context.previous ? stems(context.previous) : new Set<string>();
    const scored: FollowUpMatch[] = [];
    const near = new Set([...sentence, ...previous]);
    for (const p of prepared) {
      const c = p.candidate;
      if (!isLegal(c.status, finding.status)) continue;
      const { score, wording } = scoreCandidate(p, sentence, near, context);
      if (score < MATCH_THRESHOLD || wording < MIN_WORDING) continue;
      scored.push({
        start: finding.start,
        end: finding.end,
        text: finding.text,
        commitment: { id: c.id, title: c.title, status: c.status, version: c.version },
        status: finding.status,
        date: finding.date,
        trigger: finding.trigger,
        score,
      });
    }
    scored.sort((a, b) => b.score - a.score);
    for (const m of scored.slice(0, PER_SENTENCE)) {
      const seen = best.get(m.commitment.id);
      if (!seen || m.score > seen.score) best.set(m.commitment.id, m);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.start - b.start);
}
