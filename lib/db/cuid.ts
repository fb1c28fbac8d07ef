import { randomInt } from "node:crypto";
import { hostname } from "node:os";

// The ids Prisma's `@default(cuid())` makes (cuid v1: "c", time, counter, host fingerprint,
// randomness; 25 characters), for rows written with raw SQL that must look like the others:
// sortable by creation time within a process, and unguessable enough for URLs.

const BASE = 36;
const BLOCK = 4;
const DISCRETE = BASE ** BLOCK;

const pad = (text: string, size: number) => text.padStart(size, "0").slice(-size);

let counter = randomInt(DISCRETE);

const fingerprint = (() => {
  const name = hostname();
  let sum = name.length + BASE;
  for (const char of name) sum += char.charCodeAt(0);
  return pad(process.pid.toString(BASE), 2) + pad(sum.toString(BASE), 2);
})();

const randomBlock = () => pad(randomInt(DISCRETE).toString(BASE), BLOCK);

export function cuid(): string {
  counter = counter < DISCRETE - 1 ? counter + 1 : 0;
  return `c${Date.now().toString(BASE)}${pad(counter.toString(BASE), BLOCK)}${fingerprint}${randomBlock()}${randomBlock()}`;
}
