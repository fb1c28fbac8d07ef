import { formatDateRange, formatPartialDate, fromColumns } from "../dates/partial-date";
import { rangeFromColumns } from "../dates/range";
import { STATUS_LABELS, isStatus } from "../status/rules";
import { escapeXml as escapeHtml, type AtomEntry } from "./atom";
import type { EvidenceRow, StatusChangeRow } from "./rows";

// Rows → Atom entries: pure, so the words and links of an entry are tested without a server.

/** The year the feeds' tag URIs were minted: part of every id, so it never changes. */
const TAG_YEAR = "2026";

/**
 * A stable, globally unique id (RFC 4151 tag URI) from the public address's host and a record's
 * own id: the same change has the same id in every feed that carries it, on every fetch.
 */
export function tagUri(base: string, specific: string): string {
  return `tag:${new URL(base).hostname},${TAG_YEAR}:${specific}`;
}

const statusName = (status: string | null) => (status && isStatus(status) ? STATUS_LABELS[status] : (status ?? ""));

/** A name that may be shown to anyone; an address-like name (an email) is not. */
export function publicName(name: string | null | undefined): string | undefined {
  const trimmed = name?.trim();
  return trimmed && !trimmed.includes("@") ? trimmed : undefined;
}

/** Only web addresses become links: a stored `javascript:` address would run in a feed reader. */
const webAddress = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

const anchor = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

/** At most this many quotes an entry: the evidence, not the whole file. */
const QUOTES_PER_ENTRY = 3;

/** Each quote verbatim, with its source (in Pact, where the span is highlighted, and the original). */
export function evidenceHtml(base: string, citations: readonly EvidenceRow[]): string {
  return citations
    .slice(0, QUOTES_PER_ENTRY)
    .map(({ id, quote, source }) => {
      const original = webAddress(source.url);
      const credit = [
        anchor(`${base}/sources/${encodeURIComponent(source.id)}#citation-${encodeURIComponent(id)}`, source.title),
        escapeHtml(source.publisher),
        ...(original ? [anchor(original, "original")] : []),
      ].join(", ");
      return `<blockquote lang="${escapeHtml(source.language)}"><p>“${escapeHtml(quote)}”</p></blockquote><p>— ${credit}</p>`;
    })
    .join("");
}

export const commitmentUrl = (base: string, id: string) => `${base}/commitments/${encodeURIComponent(id)}`;

/**
 * One status change. A correction says so and links the entry it corrects; an entry later
 * corrected says that too, and its `updated` moves to the correction, so readers fetch it anew.
 * History is append-only: both stay, as on the commitment's page.
 */
export function statusChangeEntry(base: string, row: StatusChangeRow): AtomEntry {
  const page = commitmentUrl(base, row.commitment.id);
  const move = row.fromStatus
    ? `${statusName(row.fromStatus)} → ${statusName(row.toStatus)}`
    : statusName(row.toStatus);
  const effective = fromColumns(row.effectiveDate, row.effectivePrecision);
  const corrections = row.correctedBy.map((c) => c.recordedAt.getTime());
  const html = [
    `<p><strong>${escapeHtml(move)}</strong>${effective ? `, effective ${escapeHtml(formatPartialDate(effective))}` : ""}.</p>`,
    row.correctsId
      ? `<p>Corrects ${anchor(`${page}#change-${encodeURIComponent(row.correctsId)}`, "an earlier entry")}.</p>`
      : "",
    corrections.length ? "<p>Corrected by a later entry.</p>" : "",
    row.note ? `<p>${escapeHtml(row.note)}</p>` : "",
    evidenceHtml(base, row.citations),
    `<p>${anchor(page, "The commitment in Pact")}</p>`,
  ].join("");
  return {
    id: tagUri(base, `status-change/${row.id}`),
    title: `${row.correctsId ? "Correction: " : ""}${row.commitment.title}: ${move}`,
    updated: new Date(Math.max(row.recordedAt.getTime(), ...corrections)),
    published: row.recordedAt,
    links: [{ rel: "alternate", type: "text/html", href: `${page}#change-${encodeURIComponent(row.id)}` }],
    author: publicName(row.editor?.name),
    contentHtml: html,
  };
}

export interface OverdueRow {
  id: string;
  title: string;
  targetDate: string | null;
  targetPrecision: string | null;
  targetEndDate: string | null;
  targetEndPrecision: string | null;
  deadline: string;
  status: string;
}

/**
 * A commitment that became overdue, dated on the day it did (the first day after its target).
 * Its id carries the deadline: a new target that passes in turn is a new entry.
 */
export function overdueEntry(base: string, row: OverdueRow, citations: readonly EvidenceRow[]): AtomEntry {
  const page = commitmentUrl(base, row.id);
  const target = rangeFromColumns(row.targetDate, row.targetPrecision, row.targetEndDate, row.targetEndPrecision);
  const since = new Date(`${row.deadline}T00:00:00Z`);
  const html = [
    `<p>${target ? `Due ${escapeHtml(formatDateRange(target, target.end))}; o` : "O"}verdue since ${escapeHtml(formatPartialDate({ date: row.deadline, precision: "day" }))}. Status: <strong>${escapeHtml(statusName(row.status))}</strong>.</p>`,
    evidenceHtml(base, citations),
    `<p>${anchor(page, "The commitment in Pact")}</p>`,
  ].join("");
  return {
    id: tagUri(base, `overdue/${row.id}/${row.deadline}`),
    title: `Overdue: ${row.title}`,
    updated: since,
    published: since,
    links: [{ rel: "alternate", type: "text/html", href: page }],
    contentHtml: html,
  };
}
