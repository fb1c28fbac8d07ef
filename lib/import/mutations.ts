import "server-only";
import type { Actor } from "../auth/roles";
import { commitmentColumns, sideColumns } from "../commitments/columns";
import { prisma } from "../db/client";
import { cuid } from "../db/cuid";
import { insertRows, type Cell } from "./insert-sql";
import type { Db } from "../db/transaction";
import { AppError } from "../errors/codes";
import { headersKey } from "./mapping";
import { auditRow, eventRows, parentRows } from "./rows";
import type { ImportPlan } from "./preview";
import { earlierImport, importKey, type ImportResult } from "./queries";
import type { ImportKind, ImportMappingValue } from "./schema";
import { titleColumns } from "../records/titles";

// 10,000 rows are some 70,000 inserts: written as multi-row INSERTs (insert-sql.ts), all in one
// transaction, so an import is whole or absent.
const IMPORT_TIMEOUT_MS = 300_000;
const IDEMPOTENCY_PATH = "/import";

export type { ImportResult };

/** The rows of every table a commitments import writes, the audit's included. */
// Every row of a table carries the same columns, defaults included: insertRows writes what it is given.
function rowsOf(
  plan: ImportPlan,
  chunk: ImportPlan["commitments"],
  withParents: boolean,
  actor: Actor,
  now: Date,
): Record<string, Record<string, Cell>[]> {
  const stamps = { createdAt: now, updatedAt: now };
  const audit = auditRow(actor, now);
  const { organizations, people, sources, audits } = parentRows(plan, withParents, actor, now);
  const commitments: Record<string, Cell>[] = [];
  const sides: Record<string, Cell>[] = [];
  const sectors: Record<string, Cell>[] = [];
  const citations: Record<string, Cell>[] = [];
  const changes: Record<string, Cell>[] = [];
  for (const c of chunk) {
    const columns = commitmentColumns(c.input);
    const sideRows = sideColumns(c.input, plan.countryOf);
    commitments.push({ id: c.id, ...columns, status: c.input.status, ...stamps });
    sides.push(...sideRows.map((s) => ({ id: cuid(), ...s, commitmentId: c.id })));
    sectors.push(...[...new Set(c.input.sectors)].map((sectorCode) => ({ commitmentId: c.id, sectorCode })));
    citations.push(...c.citations.map((q) => ({ id: cuid(), ...q, commitmentId: c.id, statusChangeId: null })));
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
      recordedAt: now,
    });
    citations.push({ id: cuid(), ...c.citations[0]!, commitmentId: null, statusChangeId: changeId });
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

// Commitments whose rows are built and written at a time: all 10,000 at once held some 70,000
// row objects beside the plan, more than the server's heap has to spare.
const CHUNK = 1000;

async function write(tx: Db, plan: ImportPlan, actor: Actor): Promise<void> {
  const now = new Date();
  if (plan.kind === "events") return writeRows(tx, eventRows(plan, actor, now));
  for (let i = 0; i === 0 || i < plan.commitments.length; i += CHUNK) {
    await writeRows(tx, rowsOf(plan, plan.commitments.slice(i, i + CHUNK), i === 0, actor, now));
  }
}

async function writeRows(tx: Db, rows: Record<string, Record<string, Cell>[]>): Promise<void> {
  // Parents before the rows that point at them.
  const order = [
    ["Organization", "organizations"],
    ["Person", "people"],
    ["Source", "sources"],
    ["Event", "events"],
    ["Commitment", "commitments"],
    ["CommitmentSide", "sides"],
    ["CommitmentSector", "sectors"],
    ["StatusChange", "changes"],
    ["Citation", "citations"],
    ["AuditEntry", "audits"],
  ] as const;
  for (const [table, key] of order) await insertRows(tx, table, rows[key] ?? []);
}

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && error.code === "P2002";

/**
 * Imports a checked plan: every row or none, in one transaction. `key` is the preview's; the
 * transaction records it with the result, so the same confirmation sent again returns that result.
 */
export async function importRecords(
  plan: ImportPlan,
  actor: Actor,
  confirmation: { key: string; fingerprint: string },
): Promise<ImportResult> {
  const key = importKey(confirmation.key);
  const earlier = await earlierImport(actor.id, confirmation.key, confirmation.fingerprint);
  if (earlier) return earlier;
  const result: ImportResult = {
    kind: plan.kind,
    imported: plan.commitments.length + plan.events.length,
    created: { organizations: plan.organizations.length, people: plan.people.length, sources: plan.sources.length },
    first: [...plan.commitments, ...plan.events]
      .slice(0, 20)
      .map((c) => ({ id: c.id, title: titleColumns(c.input).title })),
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
