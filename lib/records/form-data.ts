import { listCountries } from "../countries/queries";
import { fromColumns, toIso } from "../dates/partial-date";
import { prisma } from "../db/client";
import { evidenceSources } from "../status/queries";

/** A stored date as the form shows it: "2019", "2019-03" or "2019-03-14"; "" when there is none. */
export function dateText(date: string | null | undefined, precision: string | null | undefined): string {
  const value = fromColumns(date, precision);
  return value ? toIso(value) : "";
}

/**
 * What the event and document forms offer: countries, and a short list of sources to quote —
 * those the event already cites, then the newest — plus the one a prefill link names.
 */
export async function recordFormChoices(eventId: string | null, sourceId?: string) {
  const [countries, sources, extra] = await Promise.all([
    listCountries(),
    evidenceSources("", eventId),
    sourceId
      ? prisma.source.findUnique({ where: { id: sourceId }, select: { id: true, title: true, language: true } })
      : null,
  ]);
  return { countries, sources: extra && !sources.some((s) => s.id === extra.id) ? [extra, ...sources] : sources };
}
