import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { changeBody, flip, openCommitments, query, statusChangeUrl } from "../helpers/faults";
import { runScript, startServer, TMP_DIR } from "../helpers/server";
import { login, sendJson } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { seededCopy } from "../helpers/write-server";
import { integrationPort } from "../helpers/ports";

// A server of its own, stopped by the test: port 22 above the integration port (faults.test.ts
// holds 10–19, openapi-fresh-server.test.ts 20–21).
const PORT = integrationPort(22);

const sidecars = (file: string) => ["-wal", "-shm"].filter((suffix) => existsSync(file + suffix));

describe("a server stopped with SIGTERM", () => {
  it("leaves no -wal/-shm, its writes are in the database file itself, and db:restore replaces it without --force", async () => {
    const file = seededCopy(`clean-stop-${PORT}`);
    const backup = path.join(TMP_DIR, `clean-stop-backup-${PORT}.db`);
    rmSync(backup, { force: true });

    const server = await startServer(file, PORT);
    let stopped = false;
    let statusChangeId: string;
    try {
      const [target] = openCommitments(file);
      const cookie = await login(server.baseURL, TEST_USERS.editor);
      const reply = await sendJson(
        server.baseURL,
        "POST",
        statusChangeUrl(target!.id),
        changeBody(target!, target!.version, flip(target!.status)),
        { cookie },
      );
      expect(reply.status, JSON.stringify(reply.body)).toBe(201);
      statusChangeId = (reply.body as { statusChangeId: string }).statusChangeId;
      // While it serves, the WAL is there: what the stop must leave behind is not trivially nothing.
      expect(sidecars(file)).toEqual(["-wal", "-shm"]);
      const made = runScript(file, "db:backup", ["--out", backup]);
      expect(made.status, made.output).toBe(0);

      await server.stop();
      stopped = true;
    } finally {
      if (!stopped) await server.stop();
    }

    expect(sidecars(file)).toEqual([]);
    const restored = runScript(file, "db:restore", ["--from", backup]);
    expect(restored.status, restored.output).toBe(0);
    // The file that was replaced holds the write: the stop checkpointed it out of the WAL.
    const aside = /kept as (\S+\.db)/.exec(restored.stdout)?.[1];
    expect(aside, restored.output).toBeTruthy();
    expect(query(aside!, `SELECT id FROM "StatusChange" WHERE id = ?`, statusChangeId)).toHaveLength(1);
  }, 120_000);
});
