/**
 * Instruments named as signed, exchanged or to be signed, one suggestion per instrument: later
 * mentions ("the agreement", "it was signed") add signatories and dates to the one they point at.
 */
import { foldString } from "./fold";
import {
  COMPLEMENT,
  COUNT,
  cuePattern,
  DEMONSTRATIVE,
  headPattern,
  isPlural,
  isStatement,
  kindOf,
  PENDING,
  nextInstrumentAt,
  REFERENCE,
  STATEMENT_CUE_RE,
} from "./instruments";
import { lineItems, listItems, type ListItem } from "./document-lists";
import {
  datedBy,
  deicticDate,
  nearestDate,
  rankedSides,
  saysSameDay,
  sidesIn,
  type Dated,
  type OccasionInput,
} from "./occasion-context";
import type { Signing } from "./events";
import { readSignatories } from "./signatories";
import { pickLongest, within } from "./spans";
import type { DocumentSuggestion, Language, Span } from "./types";

type Role = "named" | "reference" | "count" | "item";

interface Mention extends Span {
  role: Role;
  head: string;
  title: string;
  cueAt: number;
  sentence: Span;
}

/** A document being assembled, with what picks its best mention. */
export interface DocumentDraft {
  doc: DocumentSuggestion;
  score: number;
  dated?: Dated;
  /** Amounts named where it was introduced: a later mention with the same amount is the same deal. */
  amounts: string[];
  /** The first sentence that introduced it (not a reference): where its signing is told. */
  introducedIn: Span;
  sameDay: boolean;
}

// Where a title stops: a verb, an amount, the signatories or a place.
const TITLE_STOP =
  /\s+(?:(?:was|were|is|are|has|have|had|will|would|a été|ont été|ont|est|sont|sera|signed|sign[ée]e?s?|by|par|with|avec|worth|amounting|valued|d['’]un montant|at|which|that|qui|que|dont|visant|aimed|for)\s|(?:in|à|en|on|to)\s(?=\p{Lu}|\d)|le\s(?=\d))|[,;:.()«»"“”]/u;
const LEFT_STOP =
  /^(?:was|were|is|are|has|have|had|been|be|with|and|et|by|par|for|to|that|which|qui|que|signed|signé|witnessed|de|du|des|on|sur|in|à|en|at)$/iu;

function titleCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The noun phrase around a head: modifiers to its left, its naming complement to its right. */
function phrase(
  language: Language,
  sentence: Span,
  headStart: number,
  headEnd: number,
): { start: number; end: number; det?: string } {
  const from = Math.max(sentence.start, headStart - 80);
  const before = sentence.text.slice(from - sentence.start, headStart - sentence.start);
  const tokens = [...before.matchAll(/\S+/gu)];
  let start = headStart;
  let det: string | undefined;
  let lowercase = 0;
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= 8; i--) {
    const token = tokens[i]![0];
    const bare = token.replace(/[«»"“”]/gu, "");
    if (COUNT.test(bare) || REFERENCE.test(bare) || /^(?:an?|une?)$/iu.test(bare) || /^l['’]$/iu.test(bare)) {
      det = bare;
      // A count is part of what the set is called: "22 accords".
      if (COUNT.test(bare)) start = from + tokens[i]!.index;
      break;
    }
    if (LEFT_STOP.test(bare) || /[,;:.]$/u.test(token)) break;
    if (/^\p{Ll}/u.test(bare) && !/^(?:of|d['’].*)$/u.test(bare) && ++lowercase > 2) break;
    start = from + tokens[i]!.index;
  }
  // "l'accord": the article is glued to the head.
  const glued = /(?:^|\s)([lL]['’])$/u.exec(before);
  if (glued && start === headStart) det = glued[1];
  let end = headEnd;
  const rest = sentence.text.slice(headEnd - sentence.start, headEnd - sentence.start + 160);
  if (COMPLEMENT.test(rest)) {
    const stop = TITLE_STOP.exec(rest.replace(/^\s*\S+/u, (w) => " ".repeat(w.length)));
    end = headEnd + (stop ? stop.index : rest.length);
    const next = nextInstrumentAt(language, rest.slice(0, end - headEnd));
    if (next !== undefined) end = headEnd + next;
  }
  while (end > headEnd && /\s/u.test(sentence.text[end - 1 - sentence.start]!)) end--;
  return { start, end, ...(det ? { det } : {}) };
}

function mentionsIn(input: OccasionInput, sentence: Span): Mention[] {
  const cue = cuePattern(input.language).exec(sentence.text) ?? STATEMENT_CUE_RE.exec(sentence.text);
  if (!cue) return [];
  const statementOnly = !cuePattern(input.language).test(sentence.text);
  const cueAt = sentence.start + cue.index;
  const heads = [...sentence.text.matchAll(headPattern(input.language))];
  const all: Mention[] = [];
  for (const h of heads) {
    const headStart = sentence.start + h.index;
    const headEnd = headStart + h[0].length;
    if (statementOnly && !isStatement(h[0])) continue;
    const np = phrase(input.language, sentence, headStart, headEnd);
    // A bare head with nothing to tell it apart ("Signature de convention") names no instrument.
    if (!np.det && np.start === headStart && np.end === headEnd) continue;
    const text = input.text.slice(np.start, np.end);
    const complement = input.text.slice(headEnd, np.end);
    let role: Role = "named";
    if (np.det && COUNT.test(np.det)) role = isPlural(h[0]) ? "count" : "named";
    else if (isPlural(h[0])) continue;
    else if ((np.det && REFERENCE.test(np.det) && complement.trim() === "") || DEMONSTRATIVE.test(complement)) {
      role = "reference";
    }
    const title = titleCase(role === "count" ? text : text.replace(/^(?:the|an?|une?)\s+/iu, ""));
    all.push({ start: np.start, end: np.end, text, role, head: h[0], title, cueAt, sentence });
  }
  // "a line of credit (LoC) agreement": the longest phrase holds the others.
  const out = pickLongest(all);
  // The instrument signed is the one nearest the verb: after it ("signed an MoU on …"), or before
  // it in the passive ("an exchange of notes … was signed"). Others in the sentence are what it
  // amends or implements.
  const after = out.filter((m) => m.start >= cueAt).sort((a, b) => a.start - b.start)[0];
  const before = out.filter((m) => m.end <= cueAt).sort((a, b) => b.end - a.end)[0];
  const chosen = after && (!before || after.start - cueAt <= 80) ? after : before;
  if (chosen && chosen === after) return [chosen, ...coordinated(input, out, chosen)];
  if (!chosen && /^(?:it|il|elle)\s/iu.test(sentence.text)) {
    return [{ ...sentence, role: "reference", head: "", title: "", cueAt, sentence }];
  }
  return chosen ? [chosen] : [];
}

// "signed an MoU on X and an agreement on Y": instruments joined to the one signed by a bare
// conjunction or comma are signed by the same verb.
const JOINED =
  /^\s*(?:[,;]\s*)?(?:(?:and|et|as well as|ainsi que|along with)\s+|ainsi qu['’])?(?:(?:an?|the|une?|un|le|la|les)\s+|l['’])?$/iu;
function coordinated(input: OccasionInput, mentions: Mention[], chosen: Mention): Mention[] {
  const out: Mention[] = [];
  let last = chosen;
  for (const m of mentions.filter((x) => x.start > chosen.start).sort((a, b) => a.start - b.start)) {
    if (m.role === "reference" || !JOINED.test(input.text.slice(last.end, m.start))) break;
    out.push({ ...m, role: m.role === "count" ? "count" : "named" });
    last = m;
  }
  return out;
}

function itemMentions(input: OccasionInput, sentence: Span, lines: ListItem[] = []): Mention[] {
  return (lines.length ? lines : listItems(sentence)).map((item) => {
    const head = headPattern(input.language).exec(item.text);
    const stripped = item.text.replace(/^(?:(?:the|an?|au|aux|à la|le|la|les|une?)\s+|(?:à l|l)['’])/iu, "");
    const intro = item.intro.replace(/^(\p{L}+?)s(?=\s|$)/u, "$1");
    const generic = /^(?:documents?|instruments?|textes?|accords?|agreements?)$/iu.test(item.intro);
    const title = item.counted
      ? `${titleCase(intro)} ${stripped}`
      : head || generic
        ? titleCase(stripped)
        : `${titleCase(intro)} – ${stripped}`;
    return { ...item, role: "item" as const, head: head?.[0] ?? item.intro, title, cueAt: item.start, sentence };
  });
}

// "… signed by H.E.Mr. Taro Yamada": a sentence cut after an honorific goes on in the next one.
function withHonorifics(input: OccasionInput, sentence: Span): Span {
  let end = sentence.end;
  let i = input.sentences.findIndex((s) => s.start === sentence.start);
  while (
    i >= 0 &&
    i + 1 < input.sentences.length &&
    /(?:Mr|Mrs|Ms|Dr|M|Mme|H\.E|S\.E)\.$/u.test(input.text.slice(end - 4, end))
  ) {
    end = input.sentences[++i]!.end;
  }
  return { start: sentence.start, end, text: input.text.slice(sentence.start, end) };
}

function sameTitle(a: string, b: string): boolean {
  return foldString(a) === foldString(b);
}

function draftOf(input: OccasionInput, m: Mention, parties: string[], previous?: Dated): DocumentDraft {
  const inner = m.role === "item" ? undefined : headPattern(input.language).exec(m.text.slice(m.head.length))?.[0];
  const kind = m.role === "count" ? "other" : kindOf(m.head, inner);
  const pending = PENDING.test(m.sentence.text);
  const found = nearestDate(input, m.sentence, m.cueAt, false);
  const dated = found ? datedBy(found) : (deicticDate(input, m.sentence) ?? undefined);
  const sameDay = !dated && saysSameDay(m.sentence);
  const signatories = readSignatories(input, withHonorifics(input, m.sentence), parties);
  const doc: DocumentSuggestion = {
    kind: "document",
    start: m.start,
    end: m.end,
    text: m.text,
    documentKind: kind,
    title: m.title,
    ...(pending ? { pending: true as const } : {}),
    parties,
    signatories,
  };
  const sameDayDate = sameDay && previous ? previous : undefined;
  return {
    doc,
    score: (signatories.length ? 2 : 0) + (dated || sameDayDate ? 1 : 0),
    ...((dated ?? sameDayDate) ? { dated: dated ?? sameDayDate } : {}),
    amounts: within(input.money, m.sentence).map((a) => `${a.value} ${a.currency}`),
    introducedIn: m.sentence,
    sameDay,
  };
}

/** Replaces a document's span with a better mention's: the one with signatories, then a date. */
function absorb(into: DocumentDraft, other: DocumentDraft): void {
  if (other.score > into.score) {
    const { start, end, text } = other.doc;
    const keepTitle = into.doc.title;
    into.doc = { ...into.doc, start, end, text, title: keepTitle };
    into.score = other.score;
  }
  if (other.doc.signatories.length > into.doc.signatories.length) into.doc.signatories = other.doc.signatories;
  into.dated ??= other.dated;
}

/** Every instrument of the article, in the order they are first named, and where each is told signed. */
export function readDocuments(input: OccasionInput): { drafts: DocumentDraft[]; signings: Signing[] } {
  const signings: Signing[] = [];
  const ranked = rankedSides(input).slice(0, 2);
  const drafts: DocumentDraft[] = [];
  const counts: DocumentDraft[] = [];
  let listed = false;
  let lastDated: Dated | undefined;
  const inLists = new Set<number>();
  input.sentences.forEach((sentence, index) => {
    if (inLists.has(index)) return;
    const lines = lineItems(input.sentences, index);
    for (const i of lines.used) inLists.add(i);
    const items = itemMentions(input, sentence, lines.items);
    listed ||= items.length > 0;
    const mentions = items.length > 0 ? items : mentionsIn(input, sentence);
    for (const m of mentions) {
      const named = sidesIn(input, m.sentence);
      const parties = named.length >= 2 ? named.slice(0, 2) : [...new Set([...named, ...ranked])].slice(0, 2);
      const draft = draftOf(input, m, parties, lastDated);
      if (draft.dated) lastDated = draft.dated;
      const last = drafts[drafts.length - 1];
      // Where a signing is told: a new instrument, or one pointed back at with its signatories.
      // An instrument still to be signed tells no signing that took place.
      const tells = !draft.doc.pending && (m.role !== "reference" || draft.doc.signatories.length > 0);
      if (tells && !signings.some((s) => s.sentence === index)) {
        signings.push({
          sentence: index,
          at: m.role === "item" ? m.sentence.start : m.cueAt,
          signatories: draft.doc.signatories.length > 0,
        });
      }
      if (m.role === "reference") {
        if (last) absorb(last, draft);
        continue;
      }
      const same = drafts.find(
        (d) =>
          sameTitle(d.doc.title, draft.doc.title) ||
          (m.role === "named" && draft.amounts.some((a) => d.amounts.includes(a))),
      );
      if (same && m.role !== "item") absorb(same, draft);
      else if (m.role === "count") counts.push(draft);
      else drafts.push(draft);
    }
  });
  // A set counted and then listed is told by its list: the count adds nothing.
  return { drafts: listed ? drafts : [...drafts, ...counts].sort((a, b) => a.doc.start - b.doc.start), signings };
}
