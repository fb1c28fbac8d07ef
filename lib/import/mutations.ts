import "server-only";
import { auditedBy } from "../audit/entry";
import type { Actor } from "../auth/roles";
import { commitmentColumns, sideColumns } from "../commitments/columns";
import { prisma } from "../db/client";
import { cuid } from "../db/cuid";
import type { Db } from "../db/transaction";
import { AppError } from "../errors/codes";
import { headersKey } from "./mapping";
import type { ImportPlan } from "./preview";
import { earlierImport, importKey, type ImportResult } from "./queries";
import type { ImportKind, ImportMappingValue } from "./schema";
import { titleColumns } from "../records/titles";

// 10,000 rows are some 60,000 inserts: written with createMany in slices (one statement per
// slice rather than one per row), all in one transaction, so an import is whole or absent.
const SLICE = 500;
const IMPORT_TIMEOUT_MS = 300_000;
const IDEMPOTENCY_PATH = "/import";

export type { ImportResult };

async function sliced<T>(rows: T[], write: (slice: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += SLICE) await write(rows.slice(i, i + SLICE));
}

/** The rows of every table an import writes, the audit's included. */
function rowsOf(plan: ImportPlan, actor: Actor) {
  const by = auditedBy(actor);
  const audit = (entityType: string, entityId: string, after: unknown) => ({
    id: cuid(),
    userId: by.userId,
    tokenId: by.tokenId,
    action: "import",
    entityType,
    entityId,
    after: JSON.stringify(after),
  });
  const organizations = plan.organizations.map((o) => ({
    id: o.id,
    name: o.name,
    nameEn: o.name,
    kind: "other",
    scope: "national",
    countryCode: o.countryCode,
  }));
  const people = plan.people.map((p) => ({ id: p.id, name: p.name, countryCode: p.countryCode }));
  const sources = plan.sources.map(({ source, fullText, hash }) => ({
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
  }));
  const commitments = [];
  const sides = [];
  const sectors = [];
  const citations = [];
  const changes = [];
  const audits = [
    ...organizations.map((o) => audit("organization", o.id, o)),
    ...people.map((p) => audit("person", p.id, p)),
    ...sources.map((s) => audit("source", s.id, { ...s, fullText: `${s.fullText.length} characters` })),
  ];
  for (const c of plan.commitments) {
    const columns = commitmentColumns(c.input);
    const sideRows = sideColumns(c.input, plan.countryOf);
    commitments.push({ id: c.id, ...columns, status: c.input.status });
    sides.push(...sideRows.map((s) => ({ ...s, commitmentId: c.id })));
    sectors.push(...[...new Set(c.input.sectors)].map((sectorCode) => ({ commitmentId: c.id, sectorCode })));
    citations.push(...c.citations.map((q) => ({ ...q, commitmentId: c.id })));
    const changeId = cuid();
    changes.push({
      id: changeId,
      commitmentId: c.id,
      fromStatus: null,
      toStatus: c.input.status,
      effectiveDate: c.input.statusEffective.date,
      effectivePrecision: c.input.statusEffective.precision,
      editorId: actor.id,
      note: "Imported",
    });
    citations.push({ ...c.citations[0]!, statusChangeId: changeId });
    audits.push(
      audit("commitment", c.id, {
        ...columns,
        amountMinor: columns.amountMinor?.toString() ?? null,
        status: c.input.status,
        sides: sideRows,
        sectors: c.input.sectors,
        row: c.line,
      }),
    );
  }
  return { organizations, people, sources, commitments, sides, sectors, citations, changes, audits };
}

async function write(tx: Db, plan: ImportPlan, actor: Actor): Promise<void> {
  const rows = rowsOf(plan, actor);
  await sliced(rows.organizations, (data) => tx.organization.createMany({ data }));
  await sliced(rows.people, (data) => tx.person.createMany({ data }));
  await sliced(rows.sources, (data) => tx.source.createMany({ data }));
  await sliced(rows.commitments, (data) => tx.commitment.createMany({ data }));
  await sliced(rows.sides, (data) => tx.commitmentSide.createMany({ data }));
  await sliced(rows.sectors, (data) => tx.commitmentSector.createMany({ data }));
  await sliced(rows.changes, (data) => tx.statusChange.createMany({ data }));
  await sliced(rows.citations, (data) => tx.citation.createMany({ data }));
  await sliced(rows.audits, (data) => tx.auditEntry.createMany({ data }));
}

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && error.code === "P2002";

/**
 * Imports a checked plan: every row or none, in one transaction. `key` is the preview's; the
 * transaction records it with the result, so the same confirmation sent again returns that result.
 */
export async function importCommitments(
  plan: ImportPlan,
  actor: Actor,
  confirmation: { key: string; fingerprint: string },
): Promise<ImportResult> {
  const key = importKey(confirmation.key);
  const earlier = await earlierImport(actor.id, confirmation.key, confirmation.fingerprint);
  if (earlier) return earlier;
  const result: ImportResult = {
    imported: plan.commitments.length,
    created: { organizations: plan.organizations.length, people: plan.people.length, sources: plan.sources.length },
    first: plan.commitments.slice(0, 20).map((c) => ({ id: c.id, title: titleColumns(c.input).title })),
    repeated: false,
  };
  try {
    await prisma.$transaction(
      async (tx) => {
        await tx.idempotencyKey.create({
          data: {
            userId: actor.id,
            key,
            method: "POST",
            path: IDEMPOTENCY_PATH,
            fingerprint: confirmation.fingerprint,
            status: 201,
            body: JSON.stringify(result),
          },
        });
        await write(tx, plan, actor);
      },
      { timeout: IMPORT_TIMEOUT_MS },
    );
  } catch (error) {
    // Two presses raced: the other one's transaction holds the key, and its result is the answer.
    if (!isUniqueViolation(error)) throw error;
    const other = await earlierImport(actor.id, confirmation.key, confirmation.fingerprint);
    if (other) return other;
    throw new AppError("conflict", "Records with these ids were saved meanwhile: preview the file again.");
  }
  return result;
}

/** Remembers how this editor mapped a file with these headers, for the next file like it. */
export async function rememberMapping(
  userId: string,
  kind: ImportKind,
  headers: readonly string[],
  mapping: ImportMappingValue,
): Promise<void> {
  const where = { userId_kind_headers: { userId, kind, headers: headersKey(headers) } };
  const value = JSON.stringify(mapping);
  await prisma.importMapping.upsert({
    where,
    create: { userId, kind, headers: headersKey(headers), mapping: value },
    update: { mapping: value },
  });
}
