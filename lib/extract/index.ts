/**
 * The extraction assistant: from an article's text, suggestions of what is in it (dates, amounts,
 * quantities, known entities, and the sentences that state commitments), each with its exact span.
 *
 * No I/O, no database, safe to import on the server and in the browser.
 *
 *   const result = extract(text, { published: "2019-03", gazetteer });
 *   result.commitments[0].commitmentKind; // "request"
 *   text.slice(result.dates[0].start, result.dates[0].end); // "March 14"
 */
import { ExtractionRun } from "./run";
import type { ExtractOptions, Extraction, Suggestion } from "./types";

export { detectLanguage } from "./language";
export { splitSentences } from "./sentences";
export { compileGazetteer } from "./entities";
export { isDateRange } from "./types";
export type * from "./types";

/**
 * Suggestions for one article, synchronously and whatever it takes. `published` ("2019-03")
 * supplies the years the text leaves out; `gazetteer` lists the known entities (compiled once per
 * array and cached, so pass the same array again to reuse it); `language` skips detection. Each
 * list is in text order and free of overlaps.
 */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const run = new ExtractionRun(text, options);
  while (run.step());
  return run.result();
}

// How long extraction holds the event loop before letting other work run.
const SLICE_MS = 10;

const yieldToEventLoop = () =>
  new Promise<void>((resolve) => (typeof setImmediate === "function" ? setImmediate(resolve) : setTimeout(resolve, 0)));

/**
 * `extract` for a server: it hands the event loop back every SLICE_MS, so that other requests are
 * served while a long text is read, and stops reading new text once `budgetMs` have passed
 * (finishing the commitments of what it read, which costs less than reading it). The result's
 * `stoppedAt` then says where it stopped. Every step's work grows linearly with its chunk, so no
 * text holds the loop for more than a few milliseconds at a time.
 */
export async function extractWithin(
  text: string,
  options: ExtractOptions,
  { budgetMs }: { budgetMs: number },
): Promise<Extraction> {
  const started = performance.now();
  let slice = started;
  const run = new ExtractionRun(text, options);
  while (run.step()) {
    const now = performance.now();
    if (now - started >= budgetMs) run.stop();
    if (now - slice >= SLICE_MS) {
      await yieldToEventLoop();
      slice = performance.now();
    }
  }
  return run.result();
}

/** Every suggestion of an extraction in one list, in text order (a commitment before what it contains). */
export function allSuggestions(extraction: Extraction): Suggestion[] {
  const all: Suggestion[] = [
    ...extraction.commitments,
    ...extraction.dates,
    ...extraction.money,
    ...extraction.quantities,
    ...extraction.entities,
  ];
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}
