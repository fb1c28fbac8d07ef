/**
 * Events and documents together: instruments are read first, so that the sentences telling a
 * signing become signing ceremonies; then each document is tied to the occasion it was signed at
 * and, when its own sentence gives no date, takes that occasion's.
 */
import { readDocuments } from "./documents";
import { readEvents } from "./events";
import type { OccasionInput } from "./occasion-context";
import type { DocumentSuggestion, EventSuggestion } from "./types";

export function readOccasions(input: OccasionInput): { events: EventSuggestion[]; documents: DocumentSuggestion[] } {
  const { drafts, signings } = readDocuments(input);
  const events = readEvents(input, signings);
  const ceremonies = events.map((e, i) => [e, i] as const).filter(([e]) => e.eventKind === "signing_ceremony");
  const documents = drafts.map(({ doc, dated, introducedIn }) => {
    // The ceremony told in the document's sentence, else the last one before it, else the first
    // occasion of the article.
    const at =
      ceremonies.find(([e]) => e.start < introducedIn.end && introducedIn.start < e.end) ??
      [...ceremonies].reverse().find(([e]) => e.start <= introducedIn.start) ??
      ceremonies[0] ??
      (events.length ? ([events[0]!, 0] as const) : undefined);
    const signed = doc.pending ? undefined : (dated?.date ?? at?.[0].date);
    return { ...doc, ...(signed ? { signed } : {}), ...(at ? { event: at[1] } : {}) };
  });
  return { events, documents };
}
