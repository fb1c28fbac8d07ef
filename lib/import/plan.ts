import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "../auth/roles";
import { todayIso, toIso } from "../dates/partial-date";
import { minorToDecimal } from "../money/money";
import { columnsOf, mappingFor } from "./mapping";
import { parseSpreadsheet } from "./parse";
import { planImport, type ImportPlan } from "./preview";
import { importLookups, rememberedMapping, sourcesWithHashes } from "./queries";
import { PREVIEW_ROWS, type ImportKind, type ImportMappingValue, type RowError } from "./schema";
import { titleColumns } from "../records/titles";

// A file read, mapped and checked against Pact: what the preview shows and what a confirmation
// imports. Both run it afresh on the file they are sent, so what is imported is what was checked.

export interface PreviewRow {
  row: number;
  id: string;
  title: string;
  kind: string;
  status: string;
  since: string;
  from: string;
  to: string;
  amount: string | null;
  target: string | null;
  sources: number;
}

export interface ImportPreview {
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
  for (const c of plan.commitments)
    c.citations = c.citations.map((q) => ({ ...q, sourceId: moved.get(q.sourceId) ?? q.sourceId }));
}

/** What a confirmation is: this file, as this kind, with this mapping (or none sent). */
function fingerprintOf(bytes: Buffer, kind: ImportKind, mapping: ImportMappingValue | undefined): string {
  return createHash("sha256")
    .update(bytes)
    .update(JSON.stringify([kind, mapping ?? null]))
    .digest("hex");
}

export async function confirmationFingerprint(input: {
  kind: ImportKind;
  file: File;
  mapping?: ImportMappingValue | undefined;
}): Promise<string> {
  return fingerprintOf(Buffer.from(await input.file.arrayBuffer()), input.kind, input.mapping);
}

export async function checkFile(
  input: { kind: ImportKind; file: File; mapping?: ImportMappingValue | undefined },
  actor: Actor,
  today = todayIso(),
): Promise<CheckedFile> {
  const bytes = Buffer.from(await input.file.arrayBuffer());
  const sheet = await parseSpreadsheet(input.file.name, bytes);
  const remembered = input.mapping ? null : await rememberedMapping(actor.id, input.kind, sheet.headers);
  const mapping = mappingFor(sheet.headers, input.mapping ?? remembered);
  const columns = columnsOf(sheet.headers, mapping);
  const lookups = await importLookups(sheet, columns);
  const plan = planImport(sheet, columns, lookups, today);
  reuseKnownSources(plan, await sourcesWithHashes(plan.sources.map((s) => s.hash)));
  const fingerprint = fingerprintOf(bytes, input.kind, input.mapping);
  const names = new Map<string, string>([
    ...lookups.organizations.map((o) => [o.id, o.name] as const),
    ...lookups.people.map((p) => [p.id, p.name] as const),
    ...[...plan.organizations, ...plan.people].map((r) => [r.id, `${r.name} (new)`] as const),
  ]);
  return {
    headers: sheet.headers,
    mapping,
    mappingFrom: input.mapping ? "given" : remembered ? "remembered" : "suggested",
    plan,
    rows: sheet.rows.length,
    fingerprint,
    names,
  };
}

/** What the preview page shows of a checked file: its first rows as they would be saved, and every error. */
export function previewOf(checked: CheckedFile): ImportPreview {
  const { plan, names } = checked;
  const label = (s: { countryCode?: string; organizationId?: string; personId?: string }) =>
    [s.countryCode, s.organizationId && names.get(s.organizationId), s.personId && names.get(s.personId)]
      .filter(Boolean)
      .join(" · ");
  const shown = plan.commitments.slice(0, PREVIEW_ROWS).map(({ line, id, input, citations }): PreviewRow => {
    const sides = input.sides ?? [];
    return {
      row: line,
      id,
      title: titleColumns(input).title,
      kind: input.kind,
      status: input.status,
      since: toIso(input.statusEffective),
      from: sides
        .filter((s) => s.role !== "receiver")
        .map(label)
        .join("; "),
      to: sides
        .filter((s) => s.role === "receiver")
        .map(label)
        .join("; "),
      amount: input.amount
        ? `${minorToDecimal(input.amount.minor, input.amount.currency)} ${input.amount.currency}`
        : null,
      target: input.target ? toIso(input.target) + (input.target.end ? `–${toIso(input.target.end)}` : "") : null,
      sources: new Set(citations.map((c) => c.sourceId)).size,
    };
  });
  return {
    headers: checked.headers,
    mapping: checked.mapping,
    mappingFrom: checked.mappingFrom,
    rows: checked.rows,
    ready: plan.commitments.length,
    shown,
    errors: plan.errors,
    creates: {
      organizations: plan.organizations.map((o) => o.name),
      people: plan.people.map((p) => p.name),
      sources: plan.sources.map((s) => s.source.title),
    },
    fingerprint: checked.fingerprint,
  };
}
