import { z } from "zod";

/**
 * An alias list that names each alias once: the database keeps one row per record and alias,
 * so a repeat is refused beside the field instead of failing as a server error.
 */
export function distinctAliases<T extends z.ZodType<{ alias: string }>>(item: T) {
  return z
    .array(item)
    .max(50)
    .default([])
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((a, i) => {
        if (seen.has(a.alias))
          ctx.addIssue({ code: "custom", message: "This alias is already listed", path: [i, "alias"] });
        seen.add(a.alias);
      });
    });
}
