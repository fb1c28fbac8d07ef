/**
 * The extraction assistant: from an article's text, suggestions of what is in it (dates, amounts,
 * quantities, known entities, and the sentences that state commitments), each with its exact span.
 *
 * Pure and synchronous: no I/O, no database, safe to import on the server and in the browser.
 *
 *   const result = extract(text, { published: "2019-03", gazetteer });
 *   result.commitments[0].commitmentKind; // "request"
 *   text.slice(result.dates[0].start, result.dates[0].end); // "March 14"
 */
import { extractCommitments } from "./commitments";
import { extractDates } from "./dates";
import { compiled, extractEntities } from "./entities";
import { detectLanguage } from "./language";
import { extractMoney } from "./money";
import { extractQuantities } from "./quantities";
import { splitSentences } from "./sentences";
import { pickLongest } from "./spans";
import type { ExtractOptions, Extraction, Suggestion } from "./types";

export { detectLanguage } from "./language";
export { splitSentences } from "./sentences";
export { compileGazetteer } from "./entities";
export { isDateRange } from "./types";
export type * from "./types";

/**
 * Suggestions for one article. `published` ("2019-03") supplies the years the text leaves out;
 * `gazetteer` lists the known entities (compiled once per array and cached, so pass the same array
 * again to reuse it); `language` skips detection. Each list is in text order and free of overlaps.
 */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const language = options.language ?? detectLanguage(text);
  const sentences = splitSentences(text);
  const dates = extractDates(text, language, options.published);
  const money = extractMoney(text, language);
  // A number already read as part of a date or an amount is not also a quantity ("5 million USD").
  const taken = pickLongest([...dates, ...money]);
  const quantities = extractQuantities(text, language, taken);
  const gazetteer = compiled(options.gazetteer ?? []);
  const entities = extractEntities(text, gazetteer);
  const commitments = extractCommitments({
    text,
    language,
    sentences,
    entities,
    dates,
    money,
    quantities,
    countries: gazetteer.countries,
  });
  return { language, sentences, dates, money, quantities, entities, commitments };
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
