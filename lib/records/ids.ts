import { randomBytes } from "node:crypto";

/** A readable, unique id for a new record: its title's words and a short random tail. */
export function newRecordId(title: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .split("-")
    .slice(0, 6)
    .join("-")
    .slice(0, 48);
  return `${slug || "record"}-${randomBytes(3).toString("hex")}`;
}
