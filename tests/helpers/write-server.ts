import { copyFileSync, existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { integrationPort } from "./ports";
import { startServer, TMP_DIR } from "./server";

// Write servers take the 40th and later usable ports above INTEGRATION_PORT (below are the read server and the
// files that start servers of their own), each test file on its own port: its place among the
// integration files. A server that outlived its file can then never answer for the next one.
const WRITE_PORT_OFFSET = 40;
const INTEGRATION_DIR = path.resolve("tests/integration");

function writePort(testFile: string): number {
  const files = readdirSync(INTEGRATION_DIR)
    .filter((name) => name.endsWith(".test.ts"))
    .sort();
  const place = files.indexOf(path.basename(testFile));
  if (place < 0) throw new Error(`ownWriteServer() is for files in tests/integration, not ${testFile}`);
  return integrationPort(WRITE_PORT_OFFSET + place);
}

/**
 * A copy of the database the integration setup seeded and gave the test accounts (the one the
 * read server serves, as it was before that server started), for one test file to change.
 */
export function seededCopy(name: string): string {
  const seeded = inject("seededDatabaseFile");
  // Copied as a plain file: valid only while no SQLite journal is pending beside it.
  if (existsSync(`${seeded}-wal`)) throw new Error(`${seeded} has a -wal file: it is open or was not closed cleanly`);
  const file = path.join(TMP_DIR, `${name}.db`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  copyFileSync(seeded, file);
  return file;
}

/**
 * A server of this test file's own, on its own copy of the seeded database, started before the
 * file's tests and stopped after them: what the file writes, no other file sees, so write tests
 * cannot depend on each other's order. Call it at the top of the file, before other hooks.
 */
export function ownWriteServer(): { readonly baseURL: string; readonly databaseFile: string } {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let file: string | undefined;
  beforeAll(async () => {
    const testFile = expect.getState().testPath;
    if (!testFile) throw new Error("ownWriteServer() runs in a test file");
    const port = writePort(testFile);
    file = seededCopy(`write-${path.basename(testFile, ".test.ts")}-${port}`);
    server = await startServer(file, port);
  });
  afterAll(() => server?.stop());
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the write server is not started yet: use it in a test or a hook");
    return value;
  };
  return {
    get baseURL() {
      return started(server).baseURL;
    },
    get databaseFile() {
      return started(file);
    },
  };
}
