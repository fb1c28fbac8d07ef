import { z } from "zod";

/** A comma-separated query parameter ("VN,KH"; a repeated key arrives joined the same way). */
export const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(",")
            .map((v) => v.trim())
            .filter(Boolean)
        : value,
    z.array(item).max(50),
  );

/** The paging parameters every list shares; spread into a list's strict filter schema. */
export const pageParams = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

/** The sorts of a list of names (people, organizations). */
export const NAME_SORTS = ["name", "-name"] as const;
export type NameSort = (typeof NAME_SORTS)[number];

export interface Page<T> {
  data: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** How many rows to skip for a page; pages are 1-based. */
export function skipOf(filter: { page: number; pageSize: number }): number {
  return (filter.page - 1) * filter.pageSize;
}
