import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "../auth/roles";
import { todayIso, toIso } from "../dates/partial-date";
import { minorToDecimal } from "../money/money";
import { columnsOf, kindOfHeaders, mappingFor } from "./mapping";
import { parseSpreadsheet } from "./parse";
import { planImport, type ImportPlan } from "./preview";
import { planEventImport } from "./preview-events";
import { importLookups, rememberedMapping, sourcesWithHashes } from "./queries";
import { PREVIEW_ROWS, type ImportKind, type ImportMappingValue, type RowError } from "./schema";
import { titleColumns } from "../records/titles";

// A file read, mapped and checked against Pact: what the preview shows and what a confirmation
// imports. Both run it afresh on the file they are sent, so what is imported is what was checked.

/** A row as it would be saved, in the preview table's columns (`head`) for its kind. */
export interface PreviewRow {
  row: number;
  id: string;
  cells: string[];
}

export interface ImportPreview {
  kind: ImportKind;
  head: string[];
  headers: string[];
  mapping: ImportMappingValue;
  /** "remembered" when this editor mapped a file with these headers before. */
  mappingFrom: "remembered" | "suggested" | "given";
  rows: number;
  ready: number;
  shown: PreviewRow[];
  errors: RowError[];
  creates: { organizations: string[]; people: string[]; sources: string[] };
  fingerprint: string;
}

export interface CheckedFile {
  kind: ImportKind;
  headers: string[];
  mapping: ImportMappingValue;
  mappingFrom: ImportPreview["mappingFrom"];
  plan: ImportPlan;
  rows: number;
  fingerprint: string;
  names: Map<string, string>;
}

/** A new source whose text Pact already holds is that source: its citations point there instead. */
function reuseKnownSources(plan: ImportPlan, known: Map<string, string>): void {
  const moved = new Map<string, string>();
  plan.sources = plan.sources.filter(({ source, hash }) => {
    const id = known.get(hash);
    if (id) moved.set(source.id, id);
    return !id;
  });
  if (!moved.size) return;
  for (const c of [...plan.commitments, ...plan.events])
    c.citations = c.citations.map((q) => ({ ...q, sourceId: moved.get(q.sourceId) ?? q.sourceId }));
}

/** What a confirmation is: this file, as this kind (or none said), with this mapping (or none sent). */
function fingerprintOf(bytes: Buffer, kind: ImportKind | undefined, mapping: ImportMappingValue | undefined): string {
  return createHash("sha256")
    .update(bytes)
    .update(JSON.stringify([kind ?? null, mapping ?? null]))
    .digest("hex");
}

export async function confirmationFingerprint(input: {
  kind?: ImportKind | undefined;
  file: File;
  mapping?: ImportMappingValue | undefined;
}): Promise<string> {
  return fingerprintOf(Buffer.from(await input.file.arrayBuffer()), input.kind, input.mapping);
}

export async function checkFile(
  input: { kind?: ImportKind | undefined; file: File; mapping?: ImportMappingValue | undefined },
  actor: Actor,
  today = todayIso(),
): Promise<CheckedFile> {
  const bytes = Buffer.from(await input.file.arrayBuffer());
  const sheet = await parseSpreadsheet(input.file.name, bytes);
  const kind = input.kind ?? kindOfHeaders(sheet.headers);
  const remembered = input.mapping ? null : await rememberedMapping(actor.id, kind, sheet.headers);
  const mapping = mappingFor(sheet.headers, input.mapping ?? remembered, kind);
  const columns = columnsOf(sheet.headers, mapping);
  const lookups = await importLookups(sheet, columns);
  const plan =
    kind === "events" ? planEventImport(sheet, columns, lookups) : planImport(sheet, columns, lookups, today);
  reuseKnownSources(plan, await sourcesWithHashes(plan.sources.map((s) => s.hash)));
  const fingerprint = fingerprintOf(bytes, input.kind, input.mapping);
  const names = new Map<string, string>([
    ...lookups.organizations.map((o) => [o.id, o.name] as const),
    ...lookups.people.map((p) => [p.id, p.name] as const),
    ...[...plan.organizations, ...plan.people].map((r) => [r.id, `${r.name} (new)`] as const),
  ]);
  return {
    kind,
    headers: sheet.headers,
    mapping,
    mappingFrom: input.mapping ? "given" : remembered ? "remembered" : "suggested",
    plan,
    rows: sheet.rows.length,
    fingerprint,
    names,
  };
}

const COMMITMENT_HEAD = ["Title", "Kind", "Status (since)", "From", "To", "Amount", "Target", "Sources"];
const EVENT_HEAD = ["Title", "Kind", "Start", "End", "Host", "Visitor", "Parent", "Sources"];

const sourceCount = (citations: { sourceId: string }[]) => String(new Set(citations.map((c) => c.sourceId)).size);

function commitmentRows(checked: CheckedFile): PreviewRow[] {
  const { plan, names } = checked;
  const label = (s: { countryCode?: string; organizationId?: string; personId?: string }) =>
    [s.countryCode, s.organizationId && names.get(s.organizationId), s.personId && names.get(s.personId)]
      .filter(Boolean)
      .join(" · ");
  return plan.commitments.slice(0, PREVIEW_ROWS).map(({ line, id, input, citations }): PreviewRow => {
    const sides = input.sides ?? [];
    const side = (receiver: boolean) =>
      sides
        .filter((s) => (s.role === "receiver") === receiver)
        .map(label)
        .join("; ");
    return {
      row: line,
      id,
      cells: [
        titleColumns(input).title,
        input.kind,
        `${input.status} (${toIso(input.statusEffective)})`,
        side(false),
        side(true),
        input.amount ? `${minorToDecimal(input.amount.minor, input.amount.currency)} ${input.amount.currency}` : "—",
        input.target ? toIso(input.target) + (input.target.end ? `–${toIso(input.target.end)}` : "") : "—",
        sourceCount(citations),
      ],
    };
  });
}

function eventRows(checked: CheckedFile): PreviewRow[] {
  // The file's order, not the parents-first order the rows are written in.
  const byLine = [...checked.plan.events].sort((a, b) => a.line - b.line);
  return byLine.slice(0, PREVIEW_ROWS).map(({ line, id, input, citations }) => ({
    row: line,
    id,
    cells: [
      titleColumns(input).title,
      input.kind,
      toIso(input.start),
      input.end ? toIso(input.end) : "—",
      input.hostCountryCode ?? "—",
      input.visitingCountryCode ?? "—",
      input.parentId ?? "—",
      sourceCount(citations),
    ],
  }));
}

/** What the preview page shows of a checked file: its first rows as they would be saved, and every error. */
export function previewOf(checked: CheckedFile): ImportPreview {
  const { plan } = checked;
  const events = checked.kind === "events";
  return {
    kind: checked.kind,
    head: events ? EVENT_HEAD : COMMITMENT_HEAD,
    shown: events ? eventRows(checked) : commitmentRows(checked),
    headers: checked.headers,
    mapping: checked.mapping,
    mappingFrom: checked.mappingFrom,
    rows: checked.rows,
    ready: plan.commitments.length + plan.events.length,
    errors: plan.errors,
    creates: {
      organizations: plan.organizations.map((o) => o.name),
      people: plan.people.map((p) => p.name),
      sources: plan.sources.map((s) => s.source.title),
    },
    fingerprint: checked.fingerprint,
  };
}
