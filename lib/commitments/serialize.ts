import type { z } from "zod";
import type { CitationJson, DateJson } from "../api/response-schema";
import { changeInForce, historyAsOf } from "../as-of/status";
import { fromColumns, toIso, type PartialDate } from "../dates/partial-date";
import { rangeFromColumns, type PartialDateRange } from "../dates/range";
import { minorToDecimal } from "../money/money";
import { isAmountQualifier } from "../money/qualifier";
import { isOverdue } from "../status/rules";
import { summarizeParts } from "./parts";
import { fromAndTo } from "./sides";
import type { CommitmentRow, CommitmentSummaryRow } from "./rows-sql";

import type { commitmentJsonSchema, commitmentSummaryJsonSchema } from "./schema";

export type { CitationJson, DateJson };
export type CommitmentJson = z.infer<typeof commitmentJsonSchema>;
export type CommitmentSummaryJson = z.infer<typeof commitmentSummaryJsonSchema>;

export function dateJson(value: PartialDate | null): DateJson | null {
  return value ? { date: toIso(value), precision: value.precision } : null;
}

/** A target as API v1 gives it: a date, with `end` only when it is a range. */
export function targetJson(value: PartialDateRange | null): (DateJson & { end?: DateJson }) | null {
  if (!value) return null;
  const start = dateJson(value)!;
  return value.end ? { ...start, end: dateJson(value.end)! } : start;
}

export function citationJson(c: {
  id: string;
  sourceId: string;
  quote: string;
  startOffset: number;
  endOffset: number;
  source: { language: string; title: string };
}): CitationJson {
  return {
    id: c.id,
    sourceId: c.sourceId,
    quote: c.quote,
    language: c.source.language,
    sourceTitle: c.source.title,
    start: c.startOffset,
    end: c.endOffset,
  };
}

/** A commitment as other records list it (an event's outcomes, a person's pledges…). */
export const commitmentRef = (c: { id: string; title: string; kind: string; status: string }) => ({
  id: c.id,
  title: c.title,
  kind: c.kind,
  status: c.status,
});

/** An organization or person as a link: id and name. */
export const ref = (value: { id: string; name: string } | null) => (value ? { id: value.id, name: value.name } : null);

type SideRow = CommitmentSummaryRow["sides"][number];

const partyJson = (side: SideRow | null) =>
  side && {
    country: side.country?.code ?? null,
    countryName: side.country?.name ?? null,
    organization: side.organization,
    person: side.person,
  };

/** `from` and `to` as API v1 gave them before sides: the first giver and receiver (or parties). */
function partiesJson(sides: SideRow[]) {
  const { from, to } = fromAndTo(sides);
  return { from: partyJson(from), to: partyJson(to) };
}

/** A commitment as a table row shows it; `row.status` is already the one in force on `asOf`. */
export function toCommitmentSummaryJson(
  row: CommitmentSummaryRow,
  today: string,
  asOf?: string,
): CommitmentSummaryJson {
  const target = rangeFromColumns(row.targetDate, row.targetPrecision, row.targetEndDate, row.targetEndPrecision);
  const status = row.status;
  return {
    id: row.id,
    title: row.title,
    titleEn: row.titleEn,
    titleFr: row.titleFr,
    kind: row.kind,
    status,
    direction: row.direction,
    sides: row.sides,
    ...partiesJson(row.sides),
    sectors: row.sectors.map((s) => s.sectorCode),
    amount:
      row.amountMinor !== null && row.amountCurrency
        ? {
            value: minorToDecimal(row.amountMinor, row.amountCurrency),
            currency: row.amountCurrency,
            // Amounts stored before qualifiers were exact (the migration says so); null means the same.
            qualifier: isAmountQualifier(row.amountQualifier) ? row.amountQualifier : "exact",
          }
        : null,
    target: targetJson(target),
    overdue: isOverdue(target, status, asOf ?? today),
    event: row.event
      ? {
          id: row.event.id,
          title: row.event.title,
          start: dateJson(fromColumns(row.event.startDate, row.event.startPrecision)),
        }
      : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The public JSON of a commitment (API v1 and the pages share it). */
export function toCommitmentJson(row: CommitmentRow, today: string, asOf?: string): CommitmentJson {
  // As of a day, the history stops there and the status is the change then in force.
  const history = asOf ? historyAsOf(row.statusChanges, asOf) : row.statusChanges;
  const s = toCommitmentSummaryJson(
    { ...row, status: asOf ? (changeInForce(row.statusChanges, asOf)?.toStatus ?? row.status) : row.status },
    today,
    asOf,
  );
  return {
    id: s.id,
    title: s.title,
    titleEn: s.titleEn,
    titleFr: s.titleFr,
    description: row.description,
    kind: s.kind,
    status: s.status,
    direction: s.direction,
    sides: s.sides,
    from: s.from,
    to: s.to,
    sectors: s.sectors,
    amount: s.amount,
    quantity:
      (row.quantityTarget !== null || row.quantityDelta !== null) && row.quantityUnit
        ? {
            baseline: row.quantityBaseline,
            target: row.quantityTarget,
            delta: row.quantityDelta,
            unit: row.quantityUnit,
            scope: row.quantityScope,
            atLeast: row.quantityAtLeast,
          }
        : null,
    target: s.target,
    overdue: s.overdue,
    eventId: row.eventId,
    documentId: row.documentId,
    event: s.event,
    document: row.document ? { id: row.document.id, title: row.document.title } : null,
    citations: row.citations.map(citationJson),
    statusHistory: history.map((change) => ({
      id: change.id,
      from: change.fromStatus,
      to: change.toStatus,
      effective: dateJson(fromColumns(change.effectiveDate, change.effectivePrecision)),
      note: change.note,
      correctsId: change.correctsId,
      editor: ref(change.editor),
      recordedAt: change.recordedAt.toISOString(),
      citations: change.citations.map(citationJson),
    })),
    flags: row.flags,
    links: [
      ...row.linksOut.map((l) => ({ kind: l.kind, direction: "out" as const, commitmentId: l.toId, note: l.note })),
      ...row.linksIn.map((l) => ({ kind: l.kind, direction: "in" as const, commitmentId: l.fromId, note: l.note })),
    ],
    ...summarizeParts(
      row.amountMinor !== null && row.amountCurrency
        ? { minor: row.amountMinor, currency: row.amountCurrency, qualifier: row.amountQualifier }
        : null,
      row.partAmounts,
    ),
    version: row.version,
    updatedAt: s.updatedAt,
  };
}

type SideOfRecord = { role: string; commitment: { id: string; title: string; kind: string; status: string } };

/** An organization's or a person's commitments as API v1 lists them; a party gives and receives. */
export function givenAndReceivedJson(sides: readonly SideOfRecord[]) {
  const pick = (roles: string[]) => [
    ...new Map(
      sides.filter((s) => roles.includes(s.role)).map((s) => [s.commitment.id, commitmentRef(s.commitment)]),
    ).values(),
  ];
  return { commitmentsGiven: pick(["giver", "party"]), commitmentsReceived: pick(["receiver", "party"]) };
}
