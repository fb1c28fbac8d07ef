"use client";

import Link from "next/link";
import { useState, useTransition, type FormEvent } from "react";
import { confirmImportAction, previewImportAction } from "@/lib/import/actions";
import type { ImportResult } from "@/lib/import/mutations";
import type { ImportPreview } from "@/lib/import/plan";
import { MAX_IMPORT_BYTES, type ImportKind, type ImportMappingValue, type RowError } from "@/lib/import/schema";
import { FormAlert } from "../forms/fields";
import { MappingTable } from "./mapping-table";
import { PreviewView, RowErrors } from "./preview-view";

const button = "rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60";

// "" lets the server tell from the headers (Pact's events export has start, no status).
const KINDS: [ImportKind | "", string][] = [
  ["", "As its headers say"],
  ["commitments", "Commitments"],
  ["events", "Events"],
];

function formData(file: File, kind: ImportKind | "", mapping: ImportMappingValue | null, key?: string): FormData {
  const data = new FormData();
  data.set("kind", kind);
  data.set("file", file);
  if (mapping) data.set("mapping", JSON.stringify(mapping));
  if (key) data.set("key", key);
  return data;
}

/** Upload, map, check, confirm: nothing is written before the last step. */
export function ImportForm() {
  const [pending, startTransition] = useTransition();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<ImportKind | "">("");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  // The mapping the editor edited, sent with the next check; null while the server's stands.
  const [mapping, setMapping] = useState<ImportMappingValue | null>(null);
  const [edited, setEdited] = useState(false);
  // Drawn at each check: the confirmation of that preview, so a second press imports nothing more.
  const [key, setKey] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState<RowError[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);

  function check(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    setError(null);
    setRefused([]);
    setResult(null);
    if (!file) return setError("Choose a CSV or XLSX file.");
    if (file.size > MAX_IMPORT_BYTES) return setError("The file is larger than 20 MB: split it into smaller files.");
    startTransition(async () => {
      const answer = await previewImportAction(formData(file, kind, edited ? mapping : null));
      if (!answer.ok) return setError(answer.error.message);
      setPreview(answer.data);
      setMapping(answer.data.mapping);
      setEdited(false);
      setKey(crypto.randomUUID());
    });
  }

  function confirm() {
    if (!file || !preview) return;
    setError(null);
    startTransition(async () => {
      const answer = await confirmImportAction(formData(file, preview.kind, preview.mapping, key));
      if (!answer.ok) {
        setError(answer.error.message);
        const current = answer.error.current as { errors?: RowError[] } | undefined;
        setRefused(current?.errors ?? []);
        return;
      }
      setResult(answer.data);
    });
  }

  const ready = preview && !edited && preview.errors.length === 0 && preview.ready > 0;
  return (
    <div className="space-y-6">
      <form onSubmit={check} className="space-y-3 rounded border border-line bg-white p-4">
        <div className="space-y-1">
          <label htmlFor="import-file" className="block font-medium">
            Spreadsheet (CSV or XLSX, up to 20 MB)
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setMapping(null);
              setEdited(false);
              setResult(null);
            }}
            className="block text-sm"
          />
          <p className="text-sm text-muted">
            One commitment or one event per row, with a header row. Each row needs its evidence: a quote with its
            source&apos;s address and title, or the citations column of Pact&apos;s export.
          </p>
        </div>
        <div className="space-y-1">
          <label htmlFor="import-kind" className="block font-medium">
            The file holds
          </label>
          <select
            id="import-kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ImportKind | "");
              setPreview(null);
              setMapping(null);
              setEdited(false);
            }}
            className="rounded border border-line bg-white px-2 py-1"
          >
            {KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending || !file} className={button}>
          {preview ? "Check again" : "Check the file"}
        </button>
      </form>
      <FormAlert message={error} />
      {result ? (
        <div role="status" className="space-y-2 rounded border border-emerald-300 bg-emerald-50 p-4 text-sm">
          <p className="font-medium">
            {result.repeated ? "This file was already imported by this confirmation: nothing more was written. " : ""}
            {result.imported} {result.kind} imported
            {result.created.organizations + result.created.people + result.created.sources
              ? `, with ${result.created.organizations} new organizations, ${result.created.people} new people and ${result.created.sources} new sources`
              : ""}
            .
          </p>
          <ul className="list-disc pl-5">
            {result.first.map((c) => (
              <li key={c.id}>
                <Link href={`/${result.kind}/${c.id}`} className="text-accent hover:underline">
                  {c.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <RowErrors errors={refused} />
      {preview && mapping ? (
        <MappingTable
          kind={preview.kind}
          headers={preview.headers}
          mapping={mapping}
          from={preview.mappingFrom}
          onChange={(header, field) => {
            setMapping({ ...mapping, [header]: field as ImportMappingValue[string] });
            setEdited(true);
          }}
        />
      ) : null}
      {preview ? <PreviewView preview={preview} /> : null}
      {preview && !result ? (
        <div className="space-y-2">
          {edited ? <p className="text-sm text-muted">You changed the columns: check the file again first.</p> : null}
          <button type="button" onClick={confirm} disabled={pending || !ready} className={button}>
            Import {preview.ready} {preview.kind}
          </button>
        </div>
      ) : null}
    </div>
  );
}
