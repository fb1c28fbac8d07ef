/**
 * Names Pact does not know yet, proposed from their context (see names-people.ts and
 * names-orgs.ts), and every further mention of them: an acronym defined in parentheses, the full
 * name again, a surname alone or after "Mr". A mention that turns out to name a known record (an
 * acronym defined for it) carries that record.
 */
import { gapBetween, SPACE, tokenize, type Token } from "./name-tokens";
import { acronymDefinitions, proposeOrganizations } from "./names-orgs";
import { isNameWord, nameRuns, proposePeople, type Run } from "./names-people";
import { overlapsAny, pickLongest } from "./spans";
import { FRENCH_ORG_HEADS, HONORIFICS, NOT_ORG_HEADS, ORG_HEADS } from "./person-titles";
import type { EntitySuggestion, ProposedEntity } from "./types";

// Words of a government's official style around a country's name ("Republic of Korea").
const STYLE = new Set(
  "republic kingdom of the people's peoples socialist democratic federal islamic united arab state royal government republique royaume de du la populaire democratique socialiste".split(
    " ",
  ),
);

const spanOf = (text: string, tokens: readonly Token[], from: number, to: number) => ({
  start: tokens[from]!.start,
  end: tokens[to]!.end,
  text: text.slice(tokens[from]!.start, tokens[to]!.end),
});

function acronymMentions(text: string, tokens: readonly Token[], known: readonly EntitySuggestion[]): ProposedEntity[] {
  const out: ProposedEntity[] = [];
  for (const d of acronymDefinitions(text, tokens)) {
    const long = spanOf(text, tokens, d.from, d.to);
    const words = tokens.slice(d.from, d.to + 1);
    const exact = known.find((e) => e.start === long.start && e.end === long.end);
    const countries = new Set(words.filter((w) => w.known?.type === "country").map((w) => w.known!.id));
    const styled =
      countries.size === 1 && words.every((w) => w.known?.type === "country" || STYLE.has(w.folded))
        ? words.find((w) => w.known?.type === "country")!.known
        : undefined;
    const record = exact ?? styled;
    const isOrg =
      words.some((w) => ORG_HEADS.has(w.folded) || FRENCH_ORG_HEADS.has(w.folded)) &&
      !words.some((w) => NOT_ORG_HEADS.has(w.folded));
    if (!record && !isOrg) continue;
    const base = record
      ? { type: record.type, known: { type: record.type, id: record.id } }
      : { type: "organization" as const };
    const name = long.text;
    if (!record) out.push({ kind: "proposed", ...base, ...long, name });
    for (const t of tokens) {
      if (t.text === d.acronym) out.push({ kind: "proposed", ...base, start: t.start, end: t.end, text: t.text, name });
    }
  }
  return out;
}

/** Surnames and repeated full names of the people proposed, and "Mr X" linked to "First X". */
function personMentions(text: string, tokens: readonly Token[], runs: readonly Run[], people: ProposedEntity[]) {
  const fullByLast = new Map<string, Set<string>>();
  for (const p of people) {
    const parts = p.name.split(" ");
    if (parts.length > 1) fullByLast.set(parts.at(-1)!, (fullByLast.get(parts.at(-1)!) ?? new Set()).add(p.name));
  }
  const singles = new Set(people.filter((p) => !p.name.includes(" ")).map((p) => p.name));
  const out: ProposedEntity[] = [];
  // A name written in full once without a title, and with "Mr" or a title elsewhere.
  for (const { first, last } of runs) {
    const name = text.slice(tokens[first]!.start, tokens[last]!.end);
    const surname = tokens[last]!.text;
    const known = fullByLast.get(surname);
    if (first === last || !(singles.has(surname) || known?.has(name))) continue;
    if (singles.has(surname) && !known) fullByLast.set(surname, new Set([name]));
    if (fullByLast.get(surname)?.has(name))
      out.push({ kind: "proposed", type: "person", ...spanOf(text, tokens, first, last), name });
  }
  for (const p of people) {
    const full = fullByLast.get(p.name);
    if (!p.name.includes(" ") && full?.size === 1) p.name = [...full][0]!;
  }
  for (let k = 0; k < tokens.length; k++) {
    const full = fullByLast.get(tokens[k]!.text);
    if (full?.size !== 1) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    const joined = (a: Token | undefined, b: Token | undefined) => a && b && SPACE.test(gapBetween(text, a, b));
    if ((joined(prev, tokens[k]) && isNameWord(prev!)) || (joined(tokens[k], next) && isNameWord(next!))) continue;
    const honorific = prev && HONORIFICS.has(prev.folded) && /^\.?\s+$/u.test(gapBetween(text, prev, tokens[k]!));
    out.push({
      kind: "proposed",
      type: "person",
      ...spanOf(text, tokens, honorific ? k - 1 : k, k),
      name: [...full][0]!,
    });
  }
  return out;
}

export function proposeNames(text: string, known: readonly EntitySuggestion[]): ProposedEntity[] {
  const tokens = tokenize(text, known);
  const runs = nameRuns(text, tokens);
  const people = proposePeople(text, tokens, runs);
  const orgs = proposeOrganizations(text, tokens);
  const acronyms = acronymMentions(text, tokens, known);
  const first = pickLongest([...people, ...orgs, ...acronyms]);
  const more = personMentions(text, tokens, runs, people).filter((m) => !overlapsAny(first, m));
  const out: ProposedEntity[] = [];
  for (const p of pickLongest([...first, ...more])) {
    const inside = known.filter((e) => e.type !== "country" && e.start >= p.start && e.end <= p.end);
    if (inside.some((e) => e.start === p.start && e.end === p.end)) continue;
    // A longer form of a known name ("Cambodia's Ministry of Information"): that record, at this span.
    if (inside.length === 1 && !p.known)
      out.push({ ...p, type: inside[0]!.type, known: { type: inside[0]!.type, id: inside[0]!.id } });
    else out.push(p);
  }
  return out;
}
