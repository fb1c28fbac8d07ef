/**
 * The assistant's findings in the shapes of POST /api/v1/extract (lib/extract/schema.ts): what
 * the API answers, the corpus scorer reads and the suggestions page shows.
 */
import { toIso } from "../dates/partial-date";
import type { ExtractionJson } from "./schema";
import {
  isDateRange,
  type CommitmentSuggestion,
  type EntitySuggestion,
  type Extraction,
  type GazetteerEntry,
  type Side,
} from "./types";

type Item<T> = T extends readonly (infer U)[] ? U : never;
type Json<K extends keyof ExtractionJson> = Item<ExtractionJson[K]>;

const spanOf = (s: { start: number; end: number; text: string }) => ({ start: s.start, end: s.end, text: s.text });

/** Looks up what the contract says of a known entity: its name, its side's code. */
export function gazetteerIndex(gazetteer: readonly GazetteerEntry[]) {
  const byKey = new Map(gazetteer.map((e) => [`${e.type}:${e.id}`, e]));
  const entry = (type: string, id: string) => byKey.get(`${type}:${id}`);
  return {
    name: (type: string, id: string) => entry(type, id)?.names[0] ?? id,
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

function sideCodes(side: Side | undefined, index: Index): string[] {
  if (!side) return [];
  const code = side.country ?? (side.entityType && side.entityId ? index.code(side.entityType, side.entityId) : null);
  return code ? [code] : [];
}

function commitmentJson(c: CommitmentSuggestion, index: Index): Json<"commitments"> {
  const from = sideCodes(c.direction?.from, index);
  const to = sideCodes(c.direction?.to, index);
  const mutual = c.commitmentKind === "agreement" || c.commitmentKind === "signing";
  const both = [...new Set([...from, ...to])];
  const money = c.money[0];
  const quantity = c.quantities[0];
  const target = c.dates[0];
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
  const index = gazetteerIndex(gazetteer);
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
    entities: extraction.entities.map((e) => entityJson(e, index)),
    events: [],
    documents: [],
    commitments: extraction.commitments.map((c) => commitmentJson(c, index)),
    statusChanges: [],
  };
}
