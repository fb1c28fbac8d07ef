import { createHash } from "node:crypto";

/** Line endings and Unicode forms differ between copies of one article; neither makes it new. */
export function normalizeSourceText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}

export function contentHash(text: string): string {
  return createHash("sha256").update(normalizeSourceText(text), "utf8").digest("hex");
}
