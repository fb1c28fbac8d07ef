import { z } from "zod";
import { Prisma } from "../db/client";
import { rawRead } from "../db/read-sql";
import { X, allOf } from "../records/list-sql";
import { eventConditions } from "./filter-sql";
import type { EventFilter } from "./schema";

const { sql, join, raw } = Prisma;

/**
 * The timeline's top level: the events of the filter whose parent it filters out, or that have
 * none, so that a filter never hides a match.
 */
export function timelineConditions(filter: EventFilter): Prisma.Sql[] {
  const parent = raw("p");
  const topLevel = sql`(${X}."parentId" IS NULL OR NOT EXISTS (
    SELECT 1 FROM "Event" ${parent} WHERE ${parent}."id" = ${X}."parentId" AND ${allOf(eventConditions(filter, parent))}))`;
  return [...eventConditions(filter), topLevel];
}

/** Which children and grandchildren of the events `ids` match the filter. */
export const matchingDescendantsRead = rawRead(
  { id: z.string() },
  (filter: EventFilter, ids: readonly string[]) =>
    sql`SELECT ${X}."id" AS id FROM "Event" ${X} WHERE ${allOf(eventConditions(filter))}
      AND (${X}."parentId" IN (${join(ids)}) OR ${X}."parentId" IN (SELECT c."id" FROM "Event" c WHERE c."parentId" IN (${join(ids)})))`,
);
