import "server-only";
import { auditedBy } from "../audit/entry";
import type { Actor } from "../auth/roles";
import { cuid } from "../db/cuid";
import { eventColumns } from "../events/mutations";
import type { Cell } from "./insert-sql";
import type { ImportPlan } from "./preview";

// The rows an import writes besides a commitment's own: the audit's, the records a file creates
// (organizations, people, sources) and a file of events. Every row of a table carries the same
// columns, defaults included: insertRows writes what it is given.

type Rows = Record<string, Cell>[];

/** An audit row of this import, for one record created. */
export function auditRow(actor: Actor, now: Date) {
  const by = auditedBy(actor);
  return (entityType: string, entityId: string, after: unknown) => ({
    id: cuid(),
    at: now,
    userId: by.userId,
    tokenId: by.tokenId,
    action: "import",
    entityType,
    entityId,
    after: JSON.stringify(after),
  });
}

/** The organizations, people and sources a file creates, with their audit rows (none when `withParents` is false). */
export function parentRows(plan: ImportPlan, withParents: boolean, actor: Actor, now: Date) {
  const stamps = { createdAt: now, updatedAt: now };
  const audit = auditRow(actor, now);
  const organizations = (withParents ? plan.organizations : []).map((o) => ({
    id: o.id,
    name: o.name,
    nameEn: o.name,
    kind: "other",
    scope: "national",
    countryCode: o.countryCode,
    ...stamps,
  }));
  const people = (withParents ? plan.people : []).map((p) => ({
    id: p.id,
    name: p.name,
    countryCode: p.countryCode,
    ...stamps,
  }));
  const sources = (withParents ? plan.sources : []).map(({ source, fullText, hash }) => ({
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    language: source.language,
    publishedDate: source.published?.date ?? null,
    publishedPrecision: source.published?.precision ?? null,
    fullText,
    contentHash: hash,
    note: "Imported from a spreadsheet: the text holds only the passages the file quoted.",
    createdAt: now,
  }));
  const audits: Rows = [
    ...organizations.map((o) => audit("organization", o.id, o)),
    ...people.map((p) => audit("person", p.id, p)),
    ...sources.map((s) => audit("source", s.id, { ...s, fullText: `${s.fullText.length} characters` })),
  ];
  return { organizations, people, sources, audits };
}

/** Every row a file of events writes: its sources, its events (parents first, as planned), their quotes. */
export function eventRows(plan: ImportPlan, actor: Actor, now: Date): Record<string, Rows> {
  const audit = auditRow(actor, now);
  const { sources, audits } = parentRows(plan, true, actor, now);
  const events: Rows = [];
  const citations: Rows = [];
  for (const e of plan.events) {
    const columns = eventColumns(e.input);
    events.push({ id: e.id, ...columns, version: 1, createdAt: now, updatedAt: now });
    citations.push(...e.citations.map((q) => ({ id: cuid(), ...q, eventId: e.id })));
    audits.push(audit("event", e.id, { ...columns, citations: e.citations, row: e.line }));
  }
  return { sources, events, citations, audits };
}
