import Database from "better-sqlite3";
import { sendJson } from "./session";

export const CLOSED = ["fulfilled", "partially_fulfilled", "cancelled"];
export const today = () => new Date().toISOString().slice(0, 10);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const statusChangeUrl = (id: string) => `/api/commitments/${encodeURIComponent(id)}/status-changes`;

export function query<T>(file: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export const countOf = (file: string, sql: string, ...params: unknown[]) =>
  query<{ n: number }>(file, sql, ...params)[0]!.n;

/** Row counts of every table a status change writes to: a partial write shows up as a mismatch. */
export function writeCounts(file: string) {
  const n = (t: string) => countOf(file, `SELECT COUNT(*) AS n FROM "${t}"`);
  return { statusChanges: n("StatusChange"), audits: n("AuditEntry"), citations: n("Citation"), sources: n("Source") };
}

export interface Target {
  id: string;
  version: number;
  status: string;
  sourceId: string;
  quote: string;
}

/** Open commitments, each with a quote from its sources to offer as evidence. */
export function openCommitments(file: string): Target[] {
  return query<Target>(
    file,
    `SELECT c.id, c.version, c.status, ci."sourceId", ci.quote FROM "Commitment" c JOIN "Citation" ci ON ci."commitmentId" = c.id
    WHERE c.status NOT IN ('${CLOSED.join("','")}') GROUP BY c.id ORDER BY c.id`,
  );
}

export function changeBody(
  t: Pick<Target, "sourceId" | "quote">,
  version: number,
  toStatus: string,
  extra: Record<string, unknown> = {},
) {
  return {
    version,
    toStatus,
    effective: today(),
    note: "fault test",
    evidence: { kind: "existing", sourceId: t.sourceId, quote: t.quote },
    ...extra,
  };
}

/** Next status that is always allowed to an editor: open ↔ open, never closing the commitment. */
export const flip = (status: string) => (status === "in_progress" ? "stalled" : "in_progress");

/**
 * Writers, one per target, each posting a change as soon as the last was answered, until told to
 * stop or the server goes away. Records what was acknowledged (2xx) and every other answer.
 */
export function burst(base: string, cookie: string, targets: Target[]) {
  const acknowledged: { id: string; statusChangeId: string; status: string; version: number }[] = [];
  const others: number[] = [];
  let running = true;
  const done = Promise.all(
    targets.map(async (t) => {
      let { version, status } = t;
      while (running) {
        const to = flip(status);
        let reply;
        try {
          reply = await sendJson(base, "POST", statusChangeUrl(t.id), changeBody(t, version, to), { cookie });
        } catch {
          return; // The server went away mid-request: this write was never acknowledged.
        }
        if (reply.status === 201) {
          const body = reply.body as unknown as { statusChangeId: string; version: number; status: string };
          acknowledged.push({
            id: t.id,
            statusChangeId: body.statusChangeId,
            status: body.status,
            version: body.version,
          });
          ({ version, status } = body);
        } else others.push(reply.status);
      }
    }),
  );
  const stop = async () => {
    running = false;
    await done;
  };
  return { acknowledged, others, stop, done };
}
