/**
 * Known countries, people and organizations by any of their names, in any language the gazetteer
 * gives: whole words, case- and accent-insensitive, longest match first.
 */
import { processSingleton } from "../process/singleton";
import { countryNames } from "./country-names";
import { demonymsOf } from "./demonyms";
import { fold, foldString } from "./fold";
import { pickLongest } from "./spans";
import { HONORIFICS, NOT_NAME_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from "./person-titles";
import type { EntitySuggestion, EntityType, GazetteerEntry } from "./types";

interface Hit {
  type: EntityType;
  id: string;
  demonym: boolean;
  /** Acronyms ("MIC", "VNA") must match exactly: folded, "mic" would match a microphone. */
  exact?: string;
  /** A one-word name written with a capital: "Réunion" the island, not "réunion" the meeting. */
  cased?: true;
}

interface Node {
  next: Map<string, Node>;
  hits?: Hit[];
}

export interface CompiledGazetteer {
  /** Tries of names: people and organizations first (a known record's name wins a tie), then countries. */
  roots: Node[];
  /** Country code of each entity, by "type:id", for the direction of commitments. */
  countries: Map<string, string>;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const ACRONYM = /^[\p{Lu}\p{N}]{2,8}$/u;

function tokens(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}

function add(root: Node, name: string, hit: Hit): void {
  const words = tokens(foldString(name));
  if (words.length === 0) return;
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) node.next.set(word, (child = { next: new Map() }));
    node = child;
  }
  const hits = (node.hits ??= []);
  if (!hits.some((h) => h.type === hit.type && h.id === hit.id && h.exact === hit.exact)) hits.push(hit);
}

export function countryOfEntry(entry: GazetteerEntry): string | undefined {
  if (entry.country) return entry.country.toUpperCase();
  return entry.type === "country" && /^[A-Za-z]{2}$/.test(entry.id) ? entry.id.toUpperCase() : undefined;
}

/**
 * The countries' trie: their names, short names, official styles and adjectives, over 100,000
 * names in all (a second and more to build). It depends on the countries alone, which change
 * far less often than people and organizations, so it is kept for as long as they stay the same,
 * once for the process (pages and routes are bundled apart, each with its copy of this module).
 */
const countryTrie = processSingleton("extract-country-trie", () => ({ current: undefined as CountryTrie | undefined }));
type CountryTrie = { key: string; root: Node };

function countriesRoot(entries: readonly GazetteerEntry[]): Node {
  const countries = entries.filter((e) => e.type === "country" && countryOfEntry(e));
  const key = countries.map((e) => `${e.id}:${e.names.join("|")}`).join("\n");
  if (countryTrie.current?.key === key) return countryTrie.current.root;
  const root: Node = { next: new Map() };
  addNames(root, countries);
  // Short names and official styles next: a country's own name comes first on a tie.
  for (const entry of countries) {
    for (const name of countryNames(countryOfEntry(entry)!, entry.names)) {
      const exact = ACRONYM.test(name) ? name : undefined;
      add(root, name, { type: "country", id: entry.id, demonym: false, ...(exact ? { exact } : {}) });
    }
  }
  // Demonyms after names, so that a name spelled like an adjective keeps its own entry first.
  for (const entry of countries) {
    for (const adjective of demonymsOf(countryOfEntry(entry)!)) {
      add(root, adjective, { type: "country", id: entry.id, demonym: true });
    }
  }
  countryTrie.current = { key, root };
  return root;
}

function addNames(root: Node, entries: readonly GazetteerEntry[]): void {
  for (const entry of entries) {
    for (const name of entry.names) {
      const trimmed = name.trim();
      const exact = ACRONYM.test(trimmed) ? trimmed : undefined;
      const cased = tokens(foldString(trimmed)).length === 1 && /^\p{Lu}/u.test(trimmed);
      add(root, trimmed, {
        type: entry.type,
        id: entry.id,
        demonym: false,
        ...(exact ? { exact } : {}),
        ...(cased ? { cased: true as const } : {}),
      });
    }
  }
}

export function compileGazetteer(entries: readonly GazetteerEntry[]): CompiledGazetteer {
  const countries = new Map<string, string>();
  for (const entry of entries) {
    const country = countryOfEntry(entry);
    if (country) countries.set(`${entry.type}:${entry.id}`, country);
  }
  // People and organizations (and countries that are not ISO codes): a few hundred names, built per call.
  const root: Node = { next: new Map() };
  addNames(
    root,
    entries.filter((e) => !(e.type === "country" && countryOfEntry(e))),
  );
  return { roots: [root, countriesRoot(entries)], countries };
}

const compiledCache = new WeakMap<readonly GazetteerEntry[], CompiledGazetteer>();

/** Compiles once per gazetteer array: callers that keep their array pay the cost once. */
export function compiled(entries: readonly GazetteerEntry[]): CompiledGazetteer {
  let result = compiledCache.get(entries);
  if (!result) compiledCache.set(entries, (result = compileGazetteer(entries)));
  return result;
}

// Between two words of a name: spaces, an apostrophe or a hyphen, or a dot inside an
// abbreviation ("U.S."); never a comma or a sentence's full stop.
const JOINER = /^(?:[\s'-]+|\.(?!\s))$/u;

const CAPITALISED_BEFORE = /(\p{Lu}[\p{L}\p{M}'’-]*)\.?[ \u00a0]+$/u;
const CAPITALISED_AFTER = /^[ \u00a0]+(\p{Lu}[\p{L}\p{M}-]*)/u;

/**
 * Whether a name sits inside a longer capitalised name: "Hung" in "Nguyen Ba Hung", "United
 * Nations" in "United Nations Convention …", "China" in "South China Sea". A title, an honorific or
 * a sentence's first word before it is not a longer name ("Mr Hung", "In China"). A country is
 * checked before it only: "Bangladesh Prime Minister" names the country.
 */
function insideLongerName(text: string, start: number, end: number, side: "before" | "after" | "both"): boolean {
  const after = side === "before" ? null : CAPITALISED_AFTER.exec(text.slice(end, end + 40));
  // "Party General Secretary": a title after a name does not lengthen it.
  if (after && !isTitleWord(foldString(after[1]!))) return true;
  if (side === "after") return false;
  const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!before) return false;
  const word = foldString(before[1]!);
  return !(isTitleWord(word) || HONORIFICS.has(word) || NOT_NAME_WORDS.has(word));
}

const isTitleWord = (word: string) => TITLE_HEADS.has(word) || TITLE_MODIFIERS.has(word);

export function extractEntities(text: string, gazetteer: CompiledGazetteer): EntitySuggestion[] {
  const folded = fold(text);
  const words = [...folded.text.matchAll(TOKEN)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const candidates: EntitySuggestion[] = [];
  for (let i = 0; i < words.length; i++) {
    let best: EntitySuggestion | null = null;
    for (const root of gazetteer.roots) {
      let node: Node | undefined = root;
      for (let j = i; j < words.length && node; j++) {
        if (j > i && !JOINER.test(folded.text.slice(words[j - 1]!.end, words[j]!.start))) break;
        node = node.next.get(words[j]!.word);
        if (!node?.hits) continue;
        const start = folded.from[words[i]!.start]!;
        const end = folded.to[words[j]!.end - 1]!;
        const surface = text.slice(start, end);
        const capital = /^\p{Lu}/u.test(surface);
        const hits = node.hits.filter(
          (h) =>
            (h.exact === undefined || h.exact === surface) &&
            (!h.cased || capital) &&
            (h.exact !== undefined ||
              h.demonym ||
              !insideLongerName(text, start, end, h.type === "country" ? "before" : j > i ? "after" : "both")),
        );
        if (hits.length === 0) continue;
        // Another trie's match as long or longer stands.
        if (best && best.end >= end) continue;
        const [first, ...rest] = hits;
        const others = rest.filter((h) => h.id !== first!.id || h.type !== first!.type);
        best = {
          kind: "entity",
          type: first!.type,
          id: first!.id,
          start,
          end,
          text: surface,
          ...(others.length > 0 ? { alternatives: others.map((h) => ({ type: h.type, id: h.id })) } : {}),
          ...(first!.demonym ? { demonym: true as const } : {}),
        };
      }
    }
    if (best) candidates.push(best);
  }
  return pickLongest(candidates);
}
