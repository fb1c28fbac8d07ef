/**
 * Visits, meetings, receptions, talks, ceremonies and committee sessions, one suggestion per
 * occasion: mentions of the same one (a headline and the body, "the meeting" later on) are merged,
 * and its span is the clause that states it best.
 */
import { comparePartialDates, parsePartialDate, type PartialDate } from "../dates/partial-date";
import { eventTriggers, lengthInDays, PLANNED, VIRTUAL, VISIT_OF, type Ceremony } from "./event-triggers";
import {
  clause,
  datedBy,
  deicticDate,
  nearestDate,
  peopleIn,
  placeIn,
  rankedSides,
  saysSameDay,
  sidesIn,
  type Clause,
  type Dated,
  type OccasionInput,
} from "./occasion-context";
import { eventTitle } from "./event-titles";
import { within } from "./spans";
import type { EventKind, EventSuggestion, ParticipantRole, Span } from "./types";

interface Mention {
  kind: EventKind;
  ceremony?: Ceremony;
  strength: number;
  anaphoric: boolean;
  trigger: Span;
  segment: Clause;
  dated?: Dated;
  sameDay: boolean;
  score: number;
  visitor?: string;
}

interface Draft {
  kind: EventKind;
  ceremony?: Ceremony;
  mentions: Mention[];
  people: { name: string; role: ParticipantRole }[];
}

/** A sentence where an instrument is told as signed, at the offset of its verb or name. */
export interface Signing {
  sentence: number;
  at: number;
  /** The sentence names who signed: it states the signing better than one that does not. */
  signatories: boolean;
}

function triggersIn(input: OccasionInput, sentence: Span): Omit<Mention, "segment" | "sameDay" | "score">[] {
  const found: Omit<Mention, "segment" | "sameDay" | "score">[] = [];
  for (const trigger of eventTriggers(input.language)) {
    trigger.re.lastIndex = 0;
    for (const m of sentence.text.matchAll(trigger.re)) {
      const end = m.index + m[0].length;
      if (trigger.next && !trigger.next.test(sentence.text.slice(end, end + 60))) continue;
      const start = sentence.start + m.index;
      found.push({
        kind: trigger.kind,
        ...(trigger.ceremony ? { ceremony: trigger.ceremony } : {}),
        strength: trigger.strength,
        anaphoric: Boolean(trigger.anaphoric),
        trigger: { start, end: sentence.start + end, text: m[0] },
      });
    }
  }
  found.sort((a, b) => a.trigger.start - b.trigger.start || b.strength - a.strength);
  // One mention per occasion in a sentence: overlapping words ("his current visit to") and
  // repeated kinds ("inaugurated and handed over") are one; pointing back wins over naming anew.
  const kept: typeof found = [];
  for (const m of found) {
    const same = kept.find(
      (k) =>
        (k.trigger.start < m.trigger.end && m.trigger.start < k.trigger.end) ||
        (!k.anaphoric && !m.anaphoric && family(k.kind, k.ceremony) === family(m.kind, m.ceremony)),
    );
    if (!same) kept.push(m);
    else {
      same.anaphoric ||= m.anaphoric && same.trigger.start < m.trigger.end && m.trigger.start < same.trigger.end;
      if (m.strength > same.strength && !m.anaphoric) Object.assign(same, { ...m, anaphoric: same.anaphoric });
      // "La cérémonie de signature": the specific ceremony names it.
      else if (same.ceremony === "any" && m.ceremony && m.ceremony !== "any") {
        Object.assign(same, { kind: m.kind, ceremony: m.ceremony });
      }
    }
  }
  // "The meeting was co-chaired by …" names no new occasion.
  if (kept.some((k) => k.anaphoric))
    for (const k of kept) if (k.kind === "joint_committee" && k.strength < 4) k.anaphoric = true;
  // "the ninth dialogue, which he co-chaired with …": the verb tells who chaired the occasion
  // the sentence names, not another one.
  const namedTalk = kept.some((k) => !k.anaphoric && k.strength >= 4 && TALKING.includes(k.kind));
  return namedTalk ? kept.filter((k) => !(k.kind === "joint_committee" && k.strength < 4 && !k.anaphoric)) : kept;
}

// Occasions where people talk: "the meeting" may point back at talks, a reception or a session.
const TALKING: EventKind[] = ["meeting", "talks", "reception", "joint_committee", "conference"];

function family(kind: EventKind, ceremony?: Ceremony): string {
  if (ceremony || kind === "signing_ceremony") return "ceremony";
  return kind;
}

function compatibleDates(a?: PartialDate, b?: PartialDate): boolean {
  if (!a || !b) return true;
  const precision =
    a.precision === "year" || b.precision === "year" ? 4 : a.precision === "month" || b.precision === "month" ? 7 : 10;
  if (a.date.slice(0, precision) === b.date.slice(0, precision)) return true;
  if (precision !== 10) return false;
  return Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= 2 * 86_400_000;
}

// An inauguration is often a handover too ("inaugurated and handed over"); a groundbreaking or
// a signing is its own occasion.
const ceremonyGroup = (c?: Ceremony) => (c === "handover" ? "inauguration" : c);

function compatible(draft: Draft, m: Mention): boolean {
  if (family(draft.kind, draft.ceremony) !== family(m.kind, m.ceremony)) return false;
  const [a, b] = [ceremonyGroup(draft.ceremony), ceremonyGroup(m.ceremony)];
  if (a && b && a !== b && a !== "any" && b !== "any") return false;
  // Two visits by different visitors are two visits.
  const visitor = draft.mentions[0]!.visitor;
  if (draft.kind === "visit" && visitor && m.visitor && visitor !== m.visitor) return false;
  const dated = draft.mentions.find((d) => d.dated?.from === "text")?.dated;
  return compatibleDates(dated?.date, m.dated?.from === "text" ? m.dated.date : undefined);
}

function rolesIn(input: OccasionInput, m: Mention): { name: string; role: ParticipantRole }[] {
  return peopleIn(input, m.segment).map((p) => {
    const before = p.end <= m.trigger.start;
    const lead = input.text.slice(Math.max(m.segment.start, p.start - 40), p.start);
    let role: ParticipantRole = "participant";
    if (m.kind === "joint_committee") role = "co-chair";
    else if (/presence|présence|witness|present/iu.test(lead) || /witness|assisté/iu.test(m.trigger.text))
      role = "witness";
    else if (/invitation/iu.test(lead)) role = "host";
    else if (m.kind === "visit") {
      const visitOf = VISIT_OF.test(input.text.slice(m.trigger.end, m.trigger.end + 40));
      role = before !== visitOf ? "visitor" : "host";
    } else if (m.kind === "reception")
      role = before !== /received by|reçue? .*par/iu.test(m.trigger.text) ? "host" : "visitor";
    return { name: p.text, role };
  });
}

function sides(input: OccasionInput, m: Mention, ranked: string[]): { host?: string; visitor?: string } {
  if (VIRTUAL.test(m.segment.text)) return {};
  if (m.kind !== "visit" && m.kind !== "reception") return {};
  const before = sidesIn(input, { start: input.sentences[m.segment.sentence]!.start, end: m.trigger.start, text: "" });
  const after = sidesIn(input, { start: m.trigger.end, end: m.segment.end, text: "" });
  const visitOf = m.kind === "visit" && VISIT_OF.test(input.text.slice(m.trigger.end, m.trigger.end + 40));
  let first = visitOf ? after[0] : before[before.length - 1];
  let second = after.find((c) => c !== first);
  if (/received by|reçue? .*par/iu.test(m.trigger.text)) [first, second] = [second, first];
  first ??= ranked.find((c) => c !== second);
  second ??= ranked.find((c) => c !== first);
  const [visitor, host] = m.kind === "visit" ? [first, second] : [second, first];
  return { ...(host ? { host } : {}), ...(visitor ? { visitor } : {}) };
}

function publicationFallback(input: OccasionInput): Dated | undefined {
  const published = input.published ? parsePartialDate(input.published) : null;
  if (!published) return undefined;
  // A day only when the text itself carries it (a dateline); otherwise the month is what is sure.
  const printed = input.dates.some(
    (d) => !("start" in d.value) && d.value.date === published.date && d.value.precision === "day",
  );
  const date: PartialDate =
    published.precision === "day" && !printed
      ? { date: `${published.date.slice(0, 7)}-01`, precision: "month" }
      : published;
  return { date, from: "publication" };
}

function addDays(date: PartialDate, days: number): PartialDate {
  const d = new Date(`${date.date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return { date: d.toISOString().slice(0, 10), precision: "day" };
}

/** Every occasion of the article, in the order it is first told. */
export function readEvents(input: OccasionInput, signings: readonly Signing[]): EventSuggestion[] {
  const drafts: Draft[] = [];
  const ranked = rankedSides(input).slice(0, 2);
  let lastDate: Dated | undefined;
  input.sentences.forEach((sentence, index) => {
    const found = triggersIn(input, sentence);
    const signing = signings.find((s) => s.sentence === index);
    if (signing && !found.some((f) => family(f.kind, f.ceremony) === "ceremony")) {
      // Named signatories state the signing better than the count of what was signed.
      const strength = signing.signatories ? 2 : 1;
      const trigger = { start: signing.at, end: signing.at, text: "" };
      found.push({ kind: "signing_ceremony", ceremony: "signing", strength, anaphoric: false, trigger });
      found.sort((a, b) => a.trigger.start - b.trigger.start);
    }
    const named = found.filter((f) => !f.anaphoric);
    for (const f of found.filter((f) => f.anaphoric)) {
      const target = [...drafts]
        .reverse()
        .find(
          (d) =>
            family(d.kind, d.ceremony) === family(f.kind, f.ceremony) ||
            (TALKING.includes(f.kind) && TALKING.includes(d.kind)),
        );
      const role: ParticipantRole = /co-?(?:chair|présid)/iu.test(sentence.text) ? "co-chair" : "participant";
      const people = peopleIn(input, sentence).map((p) => ({ name: p.text, role }));
      target?.people.push(...people);
    }
    named.forEach((f, k) => {
      const start = k === 0 ? sentence.start : f.trigger.start;
      const end = k + 1 < named.length ? named[k + 1]!.trigger.start : sentence.end;
      const segment = clause(input.text, start, end, index);
      const found = nearestDate(input, segment, f.trigger.start);
      const dated = found ? datedBy(found) : (deicticDate(input, segment) ?? undefined);
      const sameDay = !dated && saysSameDay(segment);
      const m: Mention = {
        ...f,
        segment,
        ...(dated ? { dated } : sameDay && lastDate ? { dated: lastDate } : {}),
        sameDay,
        // What states an occasion best: a phrase naming it, a date of its own, its place, and a
        // sentence about nothing else.
        score:
          f.strength +
          (dated?.from === "text" ? 2 : dated || sameDay ? 1 : 0) +
          (placeIn(input, segment) ? 1 : 0) +
          (named.length === 1 ? 1 : 0),
      };
      if (m.dated) lastDate = m.dated;
      if (m.kind === "visit") {
        const visitor = sides(input, m, ranked).visitor;
        if (visitor) m.visitor = visitor;
      }
      const target = [...drafts].reverse().find((d) => compatible(d, m));
      if (target) {
        target.mentions.push(m);
        if (target.ceremony === "any" && m.ceremony) target.ceremony = m.ceremony;
        if (target.kind === "other" && m.kind === "signing_ceremony") target.kind = m.kind;
      } else drafts.push({ kind: m.kind, ...(m.ceremony ? { ceremony: m.ceremony } : {}), mentions: [m], people: [] });
    });
  });
  return finish(input, drafts, ranked);
}

function finish(input: OccasionInput, drafts: Draft[], ranked: string[]): EventSuggestion[] {
  const fallback = publicationFallback(input);
  // The occasion an undated one borrows its date from: one told as held, not one planned or dated
  // after the article ("the next session … in 2027" dates no signing the article reports).
  const held = (m: Mention) =>
    m.dated?.from === "text" &&
    !PLANNED.test(m.segment.text) &&
    (!input.published || m.dated.date.date.slice(0, 7) <= input.published.slice(0, 7));
  const main = drafts.find((d) => d.mentions.some(held));
  const mainDate = main?.mentions.find(held)?.dated;
  const visit = drafts.find((d) => d.kind === "visit" || d.kind === "reception");
  let visitSides: { host?: string; visitor?: string } = {};
  const out: EventSuggestion[] = [];
  for (const draft of drafts) {
    const best = draft.mentions.reduce((a, b) => (b.score > a.score ? b : a));
    const planned = PLANNED.test(best.segment.text);
    const dated =
      best.dated ??
      draft.mentions.find((m) => m.dated?.from === "text")?.dated ??
      draft.mentions.find((m) => m.dated)?.dated ??
      (planned ? undefined : ((draft.kind !== "visit" && draft !== main ? mainDate : undefined) ?? fallback));
    const days = lengthInDays(best.segment.text);
    const endDate =
      dated?.endDate ?? (dated && days && dated.date.precision === "day" ? addDays(dated.date, days - 1) : undefined);
    const virtual = draft.mentions.some((m) => VIRTUAL.test(m.segment.text));
    let side = virtual ? {} : sides(input, best, ranked);
    if (draft === visit) visitSides = side;
    else if (!virtual && !side.host && !side.visitor) side = visitSides;
    const place = virtual ? "videoconference" : draft.mentions.map((m) => placeIn(input, m.segment)).find(Boolean);
    const people = [...draft.mentions.flatMap((m) => rolesIn(input, m)), ...draft.people];
    const participants = people.filter((p, i) => people.findIndex((q) => q.name === p.name) === i);
    const { start, end, text } = best.segment;
    const event: EventSuggestion = {
      kind: "event",
      start,
      end,
      text,
      eventKind: draft.kind,
      title: "",
      trigger: best.trigger,
      ...(dated ? { date: dated.date, dateFrom: dated === mainDate && draft !== main ? "event" : dated.from } : {}),
      ...(endDate && dated && comparePartialDates(endDate, dated.date) >= 0 ? { endDate } : {}),
      ...(place ? { place } : {}),
      ...side,
      ...(virtual ? { virtual: true as const } : {}),
      participants,
    };
    event.title = eventTitle(input, event, draft.ceremony, within(input.entities, best.segment));
    out.push(event);
  }
  return out;
}
