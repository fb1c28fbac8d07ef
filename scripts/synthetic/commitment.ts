import { COMMITMENT_KINDS } from "../../lib/commitments/schema";
import { formatPartialDate } from "../../lib/dates/partial-date";
import { currencyExponent, isKnownCurrency } from "../../lib/money/money";
import { titleColumns } from "../../lib/records/titles";
import { statusHistory, target, type Step, type Target } from "./history";
import type { Random } from "./random";
import { entriesEn, entriesFr, pickSides, writeSides, type Entry, type Parties } from "./sides";
import { KIND_VERBS, SECTORS, UNITS } from "./vocabulary";
import { words, type Cast } from "./world";
import { TextBuilder, type Writer } from "./writer";

export interface Span {
  quote: string;
  start: number;
  end: number;
}
export type Cite = (sourceId: string, span: Span, owner: Record<string, string>) => void;

/** What a visit hands each of its commitments: who met, where it is written, what it links to. */
export interface VisitRecord extends Parties {
  events: { id: string; day: string }[];
  documents: string[];
  en: TextBuilder;
  enId: string;
  fr: TextBuilder | null;
  frId: string;
  cite: Cite;
  now: string;
  followUps: Map<string, { id: string; text: TextBuilder; last: string }>;
}

// Kinds in proportion; only those the app accepts are written (a kind its reads refuse would break
// every list), so `intent` appears once lib/commitments knows it.
const KIND_WEIGHTS: Record<string, number> = { pledge: 40, request: 18, proposal: 14, agreement: 18, intent: 10 };
const KINDS = Object.fromEntries(
  Object.entries(KIND_WEIGHTS).filter(([kind]) => (COMMITMENT_KINDS as readonly string[]).includes(kind)),
);
const STATUS_PHRASES: Record<string, string> = {
  agreed: "both sides formally agreed to go ahead with the plan to",
  in_progress: "work started on the plan to",
  stalled: "officials reported that delays held up the plan to",
  fulfilled: "officials announced the completion of the plan to",
  partially_fulfilled: "part of the plan was delivered to",
  cancelled: "the two governments dropped the plan to",
};
const ONE_WAY_WORDS: Record<string, string> = {
  pledge: "made a pledge to",
  request: "made a request to",
  proposal: "made a proposal to",
  agreement: "made an agreement with",
  intent: "expressed the wish, towards",
};
const MUTUAL_WORDS: Record<string, string> = {
  pledge: "pledged to each other",
  request: "asked each other",
  proposal: "proposed together",
  agreement: "agreed",
  intent: "expressed the shared wish",
};
const MONEY = [5, 10, 20, 50, 120, 300];
const QUALIFIER_WORDS: Record<string, string> = { exact: "", at_least: "at least ", about: "about ", up_to: "up to " };

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function amountOf(rng: Random, currencyOf: string | undefined) {
  const local = currencyOf && isKnownCurrency(currencyOf) ? currencyOf : "EUR";
  const currency = rng.chance(0.6) ? "USD" : local;
  const millions = BigInt(rng.pick(MONEY) * rng.int(1, 10));
  const qualifier = rng.weighted({ exact: 55, at_least: 15, about: 20, up_to: 10 });
  return {
    currency,
    qualifier,
    minor: millions * 1_000_000n * 10n ** BigInt(currencyExponent(currency)),
    text: `${QUALIFIER_WORDS[qualifier]}${millions} million ${currency}`,
  };
}

/**
 * A quantity in one of the shapes the app takes: a target, baseline → target, a change ("an
 * increase of 50 MW"), a change from a baseline, or all three when baseline + change = target.
 */
function quantityOf(rng: Random) {
  const u = rng.pick(UNITS);
  const baseline = rng.int(u.baseline[0], u.baseline[1]);
  const goal = Math.round(baseline * u.factor);
  const shape = rng.weighted({ target: 20, from_to: 45, delta: 15, delta_from: 10, all: 10 });
  const has = (...shapes: string[]) => shapes.includes(shape);
  const q = {
    unit: u.unit,
    scope: u.scope,
    baseline: has("from_to", "delta_from", "all") ? String(baseline) : null,
    target: has("target", "from_to", "all") ? String(goal) : null,
    delta: has("delta", "delta_from", "all") ? String(goal - baseline) : null,
    atLeast: rng.chance(0.1),
  };
  const floor = q.atLeast ? "at least " : "";
  const text = q.target
    ? `, ${q.baseline ? `from ${q.baseline} ` : ""}to ${floor}${q.target} ${u.unit}`
    : `, an increase of ${floor}${q.delta} ${u.unit}${q.baseline ? ` from ${q.baseline}` : ""}`;
  return { ...q, text };
}

function dueText(due: Target | null): string {
  if (!due) return "";
  return due.end
    ? `, between ${formatPartialDate(due.start)} and ${formatPartialDate(due.end)}`
    : `, by ${formatPartialDate(due.start)}`;
}

/** One commitment of a visit: its row, sides, sectors, history, the sentences quoted for it. */
export function writeCommitment(rng: Random, w: Writer, cast: Cast, v: VisitRecord, earlier: string[]): void {
  const id = rng.id();
  const kind = rng.weighted(KINDS);
  const { direction, entries } = pickSides(rng, cast, v, kind);
  const sectors = rng.sample(SECTORS, Number(rng.weighted({ 1: 60, 2: 30, 3: 10 })));
  const objectAt = rng.int(0, sectors[0]!.objects.length - 1);
  const verbs = KIND_VERBS[kind]!;
  const verbAt = rng.int(0, verbs.en.length - 1);
  const where = entries.find((e) => e.role !== "giver" && e.country)?.country ?? v.host;
  const city = rng.chance(0.5) ? rng.pick(where.cities) : null;
  const en = `${verbs.en[verbAt]} ${sectors[0]!.objects[objectAt]}${city ? ` in ${city}` : ""}`;
  const fr = `${verbs.fr[verbAt]} ${sectors[0]!.objectsFr[objectAt]}${city ? ` à ${city}` : ""}`;
  // A French title when the French report names it; a few only there (no English title at all).
  const frenchOnly = v.fr !== null && rng.chance(0.06);
  const titles = titleColumns({
    titleEn: frenchOnly ? undefined : en,
    titleFr: frenchOnly || (v.fr && rng.chance(0.35)) || rng.chance(0.04) ? fr : undefined,
  });
  const event = rng.pick(v.events);
  const first = entries[0]!;
  const amount =
    kind !== "proposal" && kind !== "intent" && rng.chance(0.3)
      ? amountOf(rng, first.country?.currency ?? undefined)
      : null;
  const qty = rng.chance(0.1) ? quantityOf(rng) : null;
  const due = target(rng, event.day);
  const what = `${amount ? ` worth ${amount.text}` : ""}${qty?.text ?? ""}${dueText(due)}`;
  const givers = entries.filter((e) => e.role === "giver");
  const receivers = entries.filter((e) => e.role === "receiver");
  const sentence =
    direction === "mutual"
      ? `${capital(entriesEn(entries))} ${MUTUAL_WORDS[kind]}: ${lower(en)}${what}.`
      : `${capital(entriesEn(givers))} ${ONE_WAY_WORDS[kind]} ${entriesEn(receivers)}: ${lower(en)}${what}.`;
  const sentenceFr =
    direction === "mutual"
      ? `${capital(entriesFr(entries))} se sont engagés mutuellement (${kind}) : ${lower(fr)}.`
      : `${capital(entriesFr(givers))} s'est engagé envers ${entriesFr(receivers)} (${kind}) : ${lower(fr)}.`;
  const history = statusHistory(rng, { date: event.day, precision: "day" }, v.now);
  const last = history.at(-1)!;
  const documentId = v.documents.length && rng.chance(0.5) ? rng.pick(v.documents) : null;
  // Sectors first: with foreign keys off during the load, the commitment's own insert trigger
  // then indexes its sector names once, instead of re-indexing the row for every sector.
  for (const s of sectors) w.insert("CommitmentSector", { commitmentId: id, sectorCode: s.code });
  w.insert("Commitment", {
    id,
    ...titles,
    description: frenchOnly ? sentenceFr : sentence,
    kind,
    direction,
    amountMinor: amount?.minor ?? null,
    amountCurrency: amount?.currency ?? null,
    amountQualifier: amount?.qualifier ?? null,
    quantityBaseline: qty?.baseline ?? null,
    quantityTarget: qty?.target ?? null,
    quantityDelta: qty?.delta ?? null,
    quantityUnit: qty?.unit ?? null,
    quantityScope: qty?.scope ?? null,
    quantityAtLeast: qty?.atLeast ? 1 : 0,
    targetDate: due?.start.date ?? null,
    targetPrecision: due?.start.precision ?? null,
    targetEndDate: due?.end?.date ?? null,
    targetEndPrecision: due?.end?.precision ?? null,
    targetDeadline: due?.deadline ?? null,
    eventId: event.id,
    documentId,
    status: last.toStatus,
    version: history.length,
    createdAt: history[0]!.recordedAt,
    updatedAt: last.recordedAt,
  });
  writeSides(w, id, entries);
  if (!frenchOnly) v.cite(v.enId, v.en.add(sentence), { commitmentId: id });
  if (v.fr && (frenchOnly || rng.chance(0.6))) v.cite(v.frId, v.fr.add(sentenceFr), { commitmentId: id });
  writeHistory(rng, w, id, history, titles.title, first, v);
  if (earlier.length && rng.chance(0.05))
    w.insert("CommitmentLink", { id: rng.id(), fromId: id, toId: rng.pick(earlier), kind: "follow_up_of", note: null });
  if (earlier.length < 200) earlier.push(id);
  else earlier[rng.int(0, 199)] = id;
}

/** The history rows; each later change is backed by a sentence in that year's review of the visit. */
function writeHistory(
  rng: Random,
  w: Writer,
  commitmentId: string,
  history: Step[],
  title: string,
  reporter: Entry,
  v: VisitRecord,
) {
  const reporterName = reporter.country?.name ?? reporter.org?.name ?? "";
  for (const [i, step] of history.entries()) {
    const id = rng.id();
    w.insert("StatusChange", {
      id,
      commitmentId,
      fromStatus: step.fromStatus,
      toStatus: step.toStatus,
      effectiveDate: step.effective.date,
      effectivePrecision: step.effective.precision,
      note: rng.chance(0.4) ? `Reported by ${reporterName}.` : null,
      correctsId: null,
      editorId: null,
      recordedAt: step.recordedAt,
    });
    if (i === 0) {
      v.cite(v.enId, v.en.add(`The announcement of the plan to ${lower(title)} was welcomed by both sides.`), {
        statusChangeId: id,
      });
      continue;
    }
    const year = step.recordedAt.slice(0, 4);
    const day = step.recordedAt.slice(0, 10);
    const review = v.followUps.get(year) ?? { id: rng.id(), text: new TextBuilder(), last: day };
    v.followUps.set(year, review);
    // The review is published once its last change was recorded, so as of a day it never shows later news.
    if (day > review.last) review.last = day;
    v.cite(review.id, review.text.add(`${words(step.effective)}, ${STATUS_PHRASES[step.toStatus]} ${lower(title)}.`), {
      statusChangeId: id,
    });
  }
}
