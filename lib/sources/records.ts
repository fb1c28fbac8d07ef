import { formatPartialDate, fromColumns } from "../dates/partial-date";
import { humanize } from "../format/labels";
import { STATUS_LABELS, isStatus } from "../status/rules";

/** The kinds of record a citation can back (API v1 names them in this order). */
export const CITED_TYPES = ["commitment", "event", "document", "statusChange", "flag"] as const;
export type CitedType = (typeof CITED_TYPES)[number];

/** What a link from a highlight leads to: status changes and flags have no page of their own. */
export type SubjectType = "commitment" | "event" | "document" | "organization";

export interface Subject {
  type: SubjectType;
  id: string;
  title: string;
}

/** A record a source's citation supports, ready to be shown and linked. */
export interface CitedRecord {
  /** `type:id`: one record, however many of its citations the text holds. */
  key: string;
  type: CitedType;
  id: string;
  /** How the record reads in a list: the title, or what the change or flag says. */
  title: string;
  /** What a link to it says, naming its kind: "Commitment: National cyber…". */
  label: string;
  subject: Subject;
  /** The subject's page, without the as-of day (the component adds it). */
  href: string;
}

type Ref = { id: string; title: string };

/** The shape a citation is loaded in (see `citedRecordSelect` in queries.ts). */
export interface CitationTargets {
  commitment: Ref | null;
  event: Ref | null;
  document: Ref | null;
  statusChange: {
    id: string;
    toStatus: string;
    effectiveDate: string;
    effectivePrecision: string;
    commitment: Ref;
  } | null;
  flag: {
    id: string;
    kind: string;
    field: string;
    message: string;
    commitment: Ref | null;
    event: Ref | null;
    organization: { id: string; name: string } | null;
  } | null;
}

export const SUBJECT_NAMES: Record<SubjectType, string> = {
  commitment: "Commitment",
  event: "Event",
  document: "Document",
  organization: "Organization",
};

const PATHS: Record<SubjectType, string> = {
  commitment: "/commitments",
  event: "/events",
  document: "/documents",
  organization: "/organizations",
};

export const hrefOf = (subject: Subject) => `${PATHS[subject.type]}/${encodeURIComponent(subject.id)}`;
export const subjectLabel = (subject: Subject) => `${SUBJECT_NAMES[subject.type]}: ${subject.title}`;

function record(type: CitedType, id: string, title: string, label: string, subject: Subject): CitedRecord {
  return { key: `${type}:${id}`, type, id, title, label, subject, href: hrefOf(subject) };
}

function direct(type: "commitment" | "event" | "document", ref: Ref): CitedRecord {
  const subject = { type, id: ref.id, title: ref.title };
  return record(type, ref.id, ref.title, subjectLabel(subject), subject);
}

type FlagTargets = Pick<NonNullable<CitationTargets["flag"]>, "commitment" | "event" | "organization">;

/** The record a flag concerns, whose page shows it: its commitment, else its event, else its organization. */
export function flagSubjectOf(f: FlagTargets): Subject | null {
  if (f.commitment) return { type: "commitment", ...f.commitment };
  if (f.event) return { type: "event", ...f.event };
  if (f.organization) return { type: "organization", id: f.organization.id, title: f.organization.name };
  return null;
}

/** The record one citation backs; null only for a row that breaks the model's one-record rule. */
export function citedRecordOf(c: CitationTargets): CitedRecord | null {
  if (c.commitment) return direct("commitment", c.commitment);
  if (c.event) return direct("event", c.event);
  if (c.document) return direct("document", c.document);
  if (c.statusChange) {
    const s = c.statusChange;
    const subject: Subject = { type: "commitment", ...s.commitment };
    const status = isStatus(s.toStatus) ? STATUS_LABELS[s.toStatus] : humanize(s.toStatus);
    const date = fromColumns(s.effectiveDate, s.effectivePrecision);
    const when = date ? `, ${formatPartialDate(date)}` : "";
    return record(
      "statusChange",
      s.id,
      `${status}${when}: ${subject.title}`,
      `Status change to ${status}${when}, of ${subjectLabel(subject)}`,
      subject,
    );
  }
  if (c.flag) {
    const f = c.flag;
    const subject = flagSubjectOf(f);
    if (!subject) return null;
    return record(
      "flag",
      f.id,
      f.message,
      `Flag (${humanize(f.kind).toLowerCase()}, ${f.field}) on ${subjectLabel(subject)}`,
      subject,
    );
  }
  return null;
}

export const CITED_TYPE_ORDER: readonly CitedType[] = ["event", "document", "commitment", "statusChange", "flag"];

export const CITED_TYPE_NAMES: Record<CitedType, string> = {
  event: "Events",
  document: "Documents",
  commitment: "Commitments",
  statusChange: "Status changes",
  flag: "Flags",
};

/** Records grouped by type (in CITED_TYPE_ORDER), each group in the order given; empty groups left out. */
export function groupByType<T extends { type: CitedType }>(records: readonly T[]): { type: CitedType; records: T[] }[] {
  return CITED_TYPE_ORDER.map((type) => ({ type, records: records.filter((r) => r.type === type) })).filter(
    (g) => g.records.length,
  );
}

/**
 * Numbers each record a source supports in order of its first citation, so the same record
 * carries the same number wherever the text cites it and in the list below the text.
 */
export function numberRecords(
  citations: readonly { start: number; end: number; record: CitedRecord }[],
): { record: CitedRecord; n: number }[] {
  const seen = new Map<string, { record: CitedRecord; n: number }>();
  for (const c of [...citations].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (!seen.has(c.record.key)) seen.set(c.record.key, { record: c.record, n: seen.size + 1 });
  }
  return [...seen.values()];
}

/**
 * One numbering for texts shown together: a record cited by both reports carries the same
 * number in both columns, the first text's records first.
 */
export function numberRecordsAcross(
  texts: readonly (readonly { start: number; end: number; record: CitedRecord }[])[],
): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const citations of texts) {
    for (const { record } of numberRecords(citations))
      if (!numbers.has(record.key)) numbers.set(record.key, numbers.size + 1);
  }
  return numbers;
}
