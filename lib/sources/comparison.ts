import { compareSources, type Comparison } from "./compare";
import {
  getDifferenceFlags,
  getEventSources,
  getSourceTexts,
  type EventRef,
  type SourceMeta,
  type SourceText,
} from "./queries";
import { comparePairSchema } from "./schema";

/** What /sources/compare shows, decided from its query: the page only renders the outcome. */
export type ComparisonView =
  | { status: "not_found" }
  | { status: "invalid"; message: string }
  | { status: "too_few"; event: EventRef; sources: SourceMeta[] }
  | { status: "ok"; event: EventRef | null; choices: SourceMeta[]; sources: SourceText[]; comparison: Comparison };

async function compared(
  event: EventRef | null,
  choices: SourceMeta[],
  ids: readonly string[],
  asOf?: string,
): Promise<ComparisonView> {
  const sources = await getSourceTexts(ids, asOf);
  if (sources.length < ids.length) return { status: "not_found" };
  const flags = await getDifferenceFlags(sources);
  return {
    status: "ok",
    event,
    choices,
    sources,
    comparison: compareSources(
      sources.map((s) => ({ ...s, records: s.citations.map((c) => c.record) })),
      flags,
    ),
  };
}

/**
 * `event` compares two of the event's sources: the two named in `ids` when both report the event,
 * else the two oldest. `ids` alone compares any two sources. Only the two shown are read in
 * full: an event may have dozens of sources, each up to 500,000 characters.
 */
export async function loadComparison(query: { event?: string; ids?: string }, asOf?: string): Promise<ComparisonView> {
  const pair = query.ids === undefined ? null : comparePairSchema.safeParse(query.ids);
  if (query.event) {
    const found = await getEventSources(query.event, asOf);
    if (!found) return { status: "not_found" };
    if (found.sources.length < 2) return { status: "too_few", ...found };
    const reporting = new Set(found.sources.map((s) => s.id));
    const ids =
      pair?.success && pair.data.every((id) => reporting.has(id))
        ? pair.data
        : found.sources.slice(0, 2).map((s) => s.id);
    return compared(found.event, found.sources, ids, asOf);
  }
  if (!pair)
    return { status: "invalid", message: "Name an event (?event=…) or two sources (?ids=first,second) to compare." };
  if (!pair.success)
    return { status: "invalid", message: pair.error.issues[0]?.message ?? "Name two different sources." };
  return compared(null, [], pair.data, asOf);
}
