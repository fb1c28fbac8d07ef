import "server-only";
import { createHash } from "node:crypto";
import { prisma, Prisma } from "../db/client";
import { AppError } from "../errors/codes";

/** How long a key is remembered: a client retrying later than this sends a new request. */
export const IDEMPOTENCY_LIFETIME_MS = 24 * 60 * 60 * 1000;

// A row whose answer is not written yet: its request is still running (or died; it expires).
const PENDING = 0;

// Visible ASCII, as the IETF draft's examples and every common client's UUIDs are.
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export type KeyedRequest = { userId: string; key: string; method: string; path: string; body: string };
export type KeptAnswer = { status: number; text: string; replayed: boolean };

/** The key a request sent, or null; a malformed one is refused by its header's name. */
export function idempotencyKeyOf(request: Request): string | null {
  const key = request.headers.get("idempotency-key");
  if (key === null) return null;
  if (!KEY_PATTERN.test(key))
    throw new AppError(
      "invalid_parameter",
      "Send 1 to 255 visible ASCII characters, such as a UUID.",
      "Idempotency-Key",
    );
  return key;
}

const fingerprintOf = (body: string) => createHash("sha256").update(body).digest("hex");

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Runs `produce` at most once per account and key. The key's row is inserted before the write
 * and the unique (userId, key) index lets one request in: a concurrent twin finds the row and is
 * told to retry, a later one gets the kept answer. Only a success is kept; a refused request frees
 * its key, so the client may correct it and send it again with the same key.
 */
export async function onceForKey(
  request: KeyedRequest,
  produce: () => Promise<{ status: number; text: string }>,
): Promise<KeptAnswer> {
  // Expired keys are purged lazily, by the requests that use keys: no timer to run.
  await prisma.idempotencyKey.deleteMany({
    where: { createdAt: { lt: new Date(Date.now() - IDEMPOTENCY_LIFETIME_MS) } },
  });
  const fingerprint = fingerprintOf(request.body);
  const where = { userId_key: { userId: request.userId, key: request.key } };
  try {
    await prisma.idempotencyKey.create({
      data: {
        userId: request.userId,
        key: request.key,
        method: request.method,
        path: request.path,
        fingerprint,
        status: PENDING,
        body: "",
      },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const kept = await prisma.idempotencyKey.findUnique({ where });
    if (!kept) throw new AppError("idempotency_in_progress");
    if (kept.method !== request.method || kept.path !== request.path || kept.fingerprint !== fingerprint)
      throw new AppError("idempotency_key_reused", undefined, "Idempotency-Key");
    if (kept.status === PENDING) throw new AppError("idempotency_in_progress", undefined, "Idempotency-Key");
    return { status: kept.status, text: kept.body, replayed: true };
  }
  try {
    const answer = await produce();
    await prisma.idempotencyKey.update({ where, data: { status: answer.status, body: answer.text } });
    return { ...answer, replayed: false };
  } catch (error) {
    await prisma.idempotencyKey.delete({ where }).catch(() => undefined);
    throw error;
  }
}
