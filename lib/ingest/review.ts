/**
 * The review page's rows: the assistant's suggestions (the contract's shapes, as POST
 * /api/v1/extract answers them) as values an editor corrects inline, and those values as the
 * batch the server action parses. Pure, so the defaults are tested without a browser.
 */
import { COMMITMENT_KINDS, type CommitmentKind } from "../commitments/schema";
import { DOCUMENT_KINDS } from "../documents/schema";
import { EVENT_KINDS } from "../events/schema";
import type { ExtractionJson } from "../extract/schema";
import type { AmountQualifier } from "../money/qualifier";
import type { Status } from "../status/rules";
import { occurrenceAt } from "../sources/quotes";
import type { ReviewBatchInput } from "./schema";

/** One side of a commitment: a country, or an organization (an international body such as ASEAN). */
export interface ReviewSide {
  countryCode: string;
  organizationId: string;
  label: string;
}

interface RowBase {
  /** Stable across ticks: the suggestion's place in the text. */
  key: string;
  keep: boolean;
  /** The span the quote is cut from. */
  start: number;
  end: number;
  title: string;
}

export interface EventRow extends RowBase {
  kind: string;
  startDate: string;
  endDate: string;
  location: string;
  hostCountryCode: string;
  visitingCountryCode: string;
}

export interface DocumentRow extends RowBase {
  kind: string;
  signed: string;
  parties: ReviewSide[];
  /** Index of the event among the suggestions, or null. */
  event: number | null;
}

type Quantity = NonNullable<ExtractionJson["commitments"][number]["quantity"]>;

export interface CommitmentRow extends RowBase {
  kind: CommitmentKind;
  from: ReviewSide;
  to: ReviewSide;
  mutual: boolean;
  amountValue: string;
  amountCurrency: string;
  amountQualifier: AmountQualifier;
  targetDate: string;
  targetEnd: string;
  status: Status;
  statusEffective: string;
  event: number | null;
  quantity: Quantity | null;
  keepQuantity: boolean;
}

export interface ReviewValues {
  events: EventRow[];
  documents: DocumentRow[];
  commitments: CommitmentRow[];
}

export interface ReviewContext {
  sourceId: string;
  text: string;
  language: string;
  published: string | null;
}

const NO_SIDE: ReviewSide = { countryCode: "", organizationId: "", label: "" };
// A title is a few words: a whole sentence is cut at a word before the schema's limit.
const MAX_TITLE = 200;

function shortTitle(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= MAX_TITLE) return flat;
  const cut = flat.slice(0, MAX_TITLE);
  return cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : MAX_TITLE);
}

const oneOf = <T extends string>(list: readonly T[], value: string, fallback: T): T =>
  list.find((k) => k === value) ?? fallback;

// The document kinds' everyday names, as articles write them.
const DOCUMENT_KIND_WORDS: Record<string, (typeof DOCUMENT_KINDS)[number]> = {
  memorandum: "mou",
  memorandum_of_understanding: "mou",
  plan: "cooperation_plan",
  programme: "action_programme",
  statement: "joint_statement",
};

/** A side named by a code in the contract: a country (two capitals) or a body's short code. */
function sideOf(code: string | undefined, bodies: Map<string, { id: string; name: string }>): ReviewSide {
  if (!code) return NO_SIDE;
  if (/^[A-Z]{2}$/.test(code)) return { countryCode: code, organizationId: "", label: code };
  const body = bodies.get(code);
  return body ? { countryCode: "", organizationId: body.id, label: body.name } : NO_SIDE;
}

/**
 * The status a suggestion is recorded with: an agreement (or a signing) is agreed once made;
 * anything else is only announced.
 */
export const defaultStatus = (kind: CommitmentKind): Status => (kind === "agreement" ? "agreed" : "announced");

/** The review page's first values: nothing ticked, every field as the assistant read it. */
export function reviewValues(x: ExtractionJson, published: string | null): ReviewValues {
  const bodies = new Map(
    x.entities.flatMap((e) =>
      e.type === "regional_body" && e.known?.code ? [[e.known.code, { id: e.known.id, name: e.known.name }]] : [],
    ),
  );
  const eventDate = (index: number | null) => (index === null ? null : (x.events[index]?.startDate ?? null));
  return {
    events: x.events.map((e) => ({
      key: `event-${e.start}`,
      keep: false,
      start: e.start,
      end: e.end,
      title: shortTitle(e.title || e.text),
      kind: oneOf(EVENT_KINDS, e.kind, "other"),
      startDate: e.startDate ?? "",
      endDate: e.endDate ?? "",
      location: e.place ?? "",
      hostCountryCode: e.host && /^[A-Z]{2}$/.test(e.host) ? e.host : "",
      visitingCountryCode: e.visitor && /^[A-Z]{2}$/.test(e.visitor) ? e.visitor : "",
    })),
    documents: x.documents.map((d) => ({
      key: `document-${d.start}`,
      keep: false,
      start: d.start,
      end: d.end,
      title: shortTitle(d.title || d.text),
      kind: oneOf(DOCUMENT_KINDS, d.kind, DOCUMENT_KIND_WORDS[d.kind] ?? "other"),
      // The date the sentence gives, else the event's: never the publication date.
      signed: d.signed ?? eventDate(d.event) ?? "",
      parties: d.parties.map((code) => sideOf(code, bodies)).filter((s) => s.label),
      event: d.event,
    })),
    commitments: x.commitments.map((c) => {
      const kind = oneOf(COMMITMENT_KINDS, c.kind, "pledge");
      // A mutual commitment lists every party on both sides: its two sides are the first two parties.
      const parties = c.mutual ? [...new Set([...c.from, ...c.to])] : [];
      const [from, to] = c.mutual ? [parties[0], parties[1]] : [c.from[0], c.to[0]];
      return {
        key: `commitment-${c.start}`,
        keep: false,
        start: c.start,
        end: c.end,
        title: shortTitle(c.title || c.text),
        kind,
        from: sideOf(from, bodies),
        to: sideOf(to, bodies),
        mutual: c.mutual,
        amountValue: c.amount?.value ?? "",
        amountCurrency: c.amount?.currency ?? "USD",
        amountQualifier: c.amount?.qualifier ?? "exact",
        targetDate: c.target?.date ?? "",
        targetEnd: c.target?.end ?? "",
        status: defaultStatus(kind),
        // When it was said: at its event; the publication date only when no event is known.
        statusEffective: eventDate(c.event) ?? published ?? "",
        event: c.event,
        quantity: c.quantity,
        keepQuantity: Boolean(c.quantity),
      };
    }),
  };
}

/** The quote a row carries: its span of the article, at its occurrence there. */
export function quoteOf(ctx: ReviewContext, row: { start: number; end: number }) {
  const quote = ctx.text.slice(row.start, row.end);
  return { sourceId: ctx.sourceId, quote, occurrence: occurrenceAt(ctx.text, quote, row.start) };
}

const opt = (text: string) => (text.trim() ? text.trim() : undefined);

function titleOf(ctx: ReviewContext, title: string) {
  return ctx.language === "fr" ? { titleFr: opt(title) } : { titleEn: opt(title) };
}

const entryOf = (side: ReviewSide) =>
  side.organizationId ? { organizationId: side.organizationId } : { countryCode: opt(side.countryCode) };

function quantityOf(q: Quantity) {
  return {
    unit: q.unit,
    atLeast: q.atLeast,
    ...(q.baseline ? { baseline: q.baseline } : {}),
    ...(q.target ? { target: q.target } : {}),
    ...(q.delta ? { delta: q.delta } : {}),
  };
}

/** Where each kept row lands in the batch: its index there, by key. */
export function batchIndex(values: ReviewValues): Map<string, number> {
  const index = new Map<string, number>();
  for (const rows of [values.events, values.documents, values.commitments])
    rows.filter((r) => r.keep).forEach((r, i) => index.set(r.key, i));
  return index;
}

/** The ticked rows as the batch the server action parses (lib/ingest/schema.ts). */
export function batchInput(values: ReviewValues, ctx: ReviewContext): ReviewBatchInput {
  const index = batchIndex(values);
  const eventAt = (i: number | null) => {
    const row = i === null ? undefined : values.events[i];
    return row?.keep ? (index.get(row.key) ?? null) : null;
  };
  return {
    sourceId: ctx.sourceId,
    events: values.events
      .filter((r) => r.keep)
      .map((r) => ({
        record: {
          ...titleOf(ctx, r.title),
          kind: r.kind as (typeof EVENT_KINDS)[number],
          start: r.startDate,
          end: opt(r.endDate),
          location: opt(r.location),
          hostCountryCode: opt(r.hostCountryCode),
          visitingCountryCode: opt(r.visitingCountryCode),
          citations: [quoteOf(ctx, r)],
        },
      })),
    documents: values.documents
      .filter((r) => r.keep)
      .map((r) => ({
        event: eventAt(r.event),
        record: {
          ...titleOf(ctx, r.title),
          kind: r.kind as (typeof DOCUMENT_KINDS)[number],
          signed: opt(r.signed),
          parties: r.parties.map(entryOf),
          citations: [quoteOf(ctx, r)],
        },
      })),
    commitments: values.commitments
      .filter((r) => r.keep)
      .map((r) => ({
        event: eventAt(r.event),
        record: {
          ...titleOf(ctx, r.title),
          kind: r.kind,
          direction: r.mutual ? "mutual" : "one_way",
          sides: [
            { role: r.mutual ? "party" : "giver", ...entryOf(r.from) },
            { role: r.mutual ? "party" : "receiver", ...entryOf(r.to) },
          ],
          amount: opt(r.amountValue)
            ? { value: r.amountValue.trim(), currency: r.amountCurrency.trim(), qualifier: r.amountQualifier }
            : null,
          quantity: r.quantity && r.keepQuantity ? quantityOf(r.quantity) : null,
          target: opt(r.targetDate)
            ? opt(r.targetEnd)
              ? { date: r.targetDate, end: r.targetEnd }
              : r.targetDate
            : null,
          status: r.status,
          statusEffective: r.statusEffective,
          citations: [quoteOf(ctx, r)],
        },
      })),
  };
}
