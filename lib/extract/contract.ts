/**
 * The assistant's findings in the shapes of POST /api/v1/extract (lib/extract/schema.ts): what
 * the API answers, the corpus scorer reads and the suggestions page shows.
 */
import { toIso } from "../dates/partial-date";
import { probableMatch } from "./near-miss";
import type { FollowUpMatch } from "./follow-up-match";
import type { ExtractionJson } from "./schema";
import { pickLongest } from "./spans";
import {
  isDateRange,
  type CommitmentSuggestion,
  type DocumentSuggestion,
  type EntitySuggestion,
  type EventSuggestion,
  type Extraction,
  type GazetteerEntry,
  type Language,
  type ProposedEntity,
  type Side,
} from "./types";

type Item<T> = T extends readonly (infer U)[] ? U : never;
type Json<K extends keyof ExtractionJson> = Item<ExtractionJson[K]>;

const spanOf = (s: { start: number; end: number; text: string }) => ({ start: s.start, end: s.end, text: s.text });

/** Looks up what the contract says of a known entity: its name, its side's code. */
export function gazetteerIndex(gazetteer: readonly GazetteerEntry[], language: Language = "en") {
  const byKey = new Map(gazetteer.map((e) => [`${e.type}:${e.id}`, e]));
  const entry = (type: string, id: string) => byKey.get(`${type}:${id}`);
  return {
    /** The record's name, in French for a French article when it has one. */
    name: (type: string, id: string) => {
      const e = entry(type, id);
      return (language === "fr" ? e?.nameFr : undefined) ?? e?.names[0] ?? id;
    },
    /** The code that names the entity's side: its country, or a body's short code. */
    code: (type: string, id: string) => {
      const e = entry(type, id);
      return e?.country ?? e?.body?.code ?? null;
    },
    isBody: (type: string, id: string) => Boolean(entry(type, id)?.body),
  };
}
type Index = ReturnType<typeof gazetteerIndex>;

function entityJson(e: EntitySuggestion, index: Index): Json<"entities"> {
  const type = index.isBody(e.type, e.id) ? "regional_body" : e.type;
  return {
    ...spanOf(e),
    type,
    known: { id: e.id, name: index.name(e.type, e.id), code: index.code(e.type, e.id) },
    proposed: null,
    probably: null,
  };
}

function proposedJson(p: ProposedEntity, index: Index, gazetteer: readonly GazetteerEntry[]): Json<"entities"> {
  if (p.known) {
    const { type, id } = p.known;
    return {
      ...spanOf(p),
      type: index.isBody(type, id) ? "regional_body" : type,
      known: { id, name: index.name(type, id), code: index.code(type, id) },
      proposed: null,
      probably: null,
    };
  }
  const near = p.probably ?? (p.type === "country" ? undefined : probableMatch(p.name, p.type, gazetteer));
  const probably = near ? { id: near.id, name: index.name(near.type, near.id) } : null;
  return {
    ...spanOf(p),
    type: p.type,
    known: null,
    proposed: { name: p.name, country: p.country ?? null, position: p.position ?? null },
    probably,
  };
}

/**
 * Known names and proposed ones in one list, the longest on overlap: "Cambodia's Ministry of
 * Information" over the country inside it. An adjective alone ("Vietnamese") names no actor: it
 * stays in `extraction.entities` for the commitments' sides, not in the editor's list.
 */
function entitiesJson(extraction: Extraction, index: Index, gazetteer: readonly GazetteerEntry[]): Json<"entities">[] {
  type Item = (EntitySuggestion & { from: "known" }) | (ProposedEntity & { from: "proposed" });
  const items: Item[] = [
    ...(extraction.proposed ?? []).map((p) => ({ ...p, from: "proposed" as const })),
    ...extraction.entities.filter((e) => !e.demonym).map((e) => ({ ...e, from: "known" as const })),
  ];
  return pickLongest(items).map((e) => (e.from === "known" ? entityJson(e, index) : proposedJson(e, index, gazetteer)));
}

function sideCodes(side: Side | undefined, index: Index): string[] {
  if (!side) return [];
  const code = side.country ?? (side.entityType && side.entityId ? index.code(side.entityType, side.entityId) : null);
  return code ? [code] : [];
}

function commitmentJson(c: CommitmentSuggestion, index: Index): Json<"commitments"> {
  const from = sideCodes(c.direction?.from, index);
  const to = sideCodes(c.direction?.to, index);
  const mutual = c.mutual === true;
  const both = [...new Set([...from, ...to])];
  const money = c.money[0];
  const quantity = c.quantities[0];
  const target = c.target;
  return {
    ...spanOf(c),
    title: (c.title ?? c).text,
    kind: c.commitmentKind === "signing" ? "agreement" : c.commitmentKind,
    from: mutual ? both : from,
    to: mutual ? both : to,
    mutual,
    amount: money ? { value: money.value, currency: money.currency, qualifier: money.qualifier ?? "exact" } : null,
    quantity: quantity
      ? {
          baseline: quantity.baseline ?? null,
          target: quantity.target ?? null,
          delta: quantity.delta ?? null,
          unit: quantity.unit,
          atLeast: quantity.atLeast,
        }
      : null,
    target: target
      ? isDateRange(target.value)
        ? { date: toIso(target.value.start), precision: target.value.start.precision, end: toIso(target.value.end) }
        : { date: toIso(target.value), precision: target.value.precision, end: null }
      : null,
    event: null,
  };
}

function eventJson(e: EventSuggestion): Json<"events"> {
  return {
    ...spanOf(e),
    title: e.title,
    kind: e.eventKind,
    startDate: e.date ? toIso(e.date) : null,
    endDate: e.endDate ? toIso(e.endDate) : null,
    precision: e.date?.precision ?? null,
    place: e.place ?? null,
    host: e.host ?? null,
    visitor: e.visitor ?? null,
    participants: e.participants,
  };
}

function documentJson(d: DocumentSuggestion): Json<"documents"> {
  return {
    ...spanOf(d),
    title: d.title,
    kind: d.documentKind,
    signed: d.signed ? toIso(d.signed) : null,
    precision: d.signed?.precision ?? null,
    parties: d.parties,
    signatories: d.signatories.map((s) => ({ name: s.name, for: s.for ?? null })),
    event: d.event ?? null,
  };
}

/**
 * The first of the mentions that read the same and mean the same: a dateline repeated in a
 * caption, an amount restated. The list is of what the article says, each once; a commitment
 * keeps its own dates and amounts at its own offsets.
 */
function onePerText<T extends { text: string }>(items: readonly T[], meaning: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.text}\u0000${meaning(item)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** An extraction as the API answers it, names and codes read from the gazetteer it was made with. */
export function toExtractionJson(extraction: Extraction, gazetteer: readonly GazetteerEntry[]): ExtractionJson {
  const index = gazetteerIndex(gazetteer, extraction.language);
  return {
    language: extraction.language,
    stoppedAt: extraction.stoppedAt ?? null,
    dates: onePerText(extraction.dates, (d) => JSON.stringify(d.value)).map((d) => {
      const range = isDateRange(d.value) ? d.value : null;
      const first = isDateRange(d.value) ? d.value.start : d.value;
      return {
        ...spanOf(d),
        value: toIso(first),
        precision: first.precision,
        until: range ? toIso(range.end) : null,
        relative: Boolean(d.relative || d.inferredYear),
        inferredYear: Boolean(d.inferredYear),
      };
    }),
    amounts: onePerText(extraction.money, (m) => `${m.value} ${m.currency}`).map((m) => ({
      ...spanOf(m),
      value: m.value,
      currency: m.currency,
      qualifier: m.qualifier ?? "exact",
      assumedCurrency: Boolean(m.currencyInferred),
    })),
    quantities: extraction.quantities.map((q) => ({
      ...spanOf(q),
      baseline: q.baseline ?? null,
      target: q.target ?? null,
      delta: q.delta ?? null,
      unit: q.unit,
      atLeast: q.atLeast,
    })),
    entities: entitiesJson(extraction, index, gazetteer),
    events: extraction.events.map(eventJson),
    documents: extraction.documents.map(documentJson),
    // A signing is a document (its own suggestion); it is a commitment only once read as a pledge.
    // Commitments default to the article's main event: the first one it tells.
    commitments: extraction.commitments
      .filter((c) => c.commitmentKind !== "signing")
      .map((c) => ({ ...commitmentJson(c, index), event: extraction.events.length ? 0 : null })),
    statusChanges: [],
  };
}

/** Suggested status changes (lib/extract/follow-up-match.ts) as the API answers them. */
export function statusChangesJson(matches: readonly FollowUpMatch[]): ExtractionJson["statusChanges"] {
  return matches.map((m) => ({
    ...spanOf(m),
    commitment: { id: m.commitment.id, title: m.commitment.title },
    status: m.status,
    date: m.date ? toIso(m.date) : null,
    precision: m.date?.precision ?? null,
  }));
}
