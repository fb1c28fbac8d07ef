import type { z } from "zod";
import { checkTitles, storedTitles, titleColumns, titlesInput, type Titles } from "../records/titles";

/**
 * An organization's names follow the rule of every record's titles (lib/records/titles.ts):
 * English and French, at least one, the shown `name` derived from them. Only the field names
 * differ (`name`, `nameEn`, `nameFr`), so these wrappers rename and delegate rather than
 * restate the rule.
 */

export type NameFields = { name?: string; nameEn?: string; nameFr?: string };

const FIELD_OF_TITLE: Record<string, string> = { title: "name", titleEn: "nameEn", titleFr: "nameFr" };

const asTitles = (value: NameFields) => ({ title: value.name, titleEn: value.nameEn, titleFr: value.nameFr });

/** The name fields of a form or an API body; `name` (what clients sent so far) reads as the English name. */
export function namesInput(max = 200) {
  const titles = titlesInput(max);
  return { name: titles.title, nameEn: titles.titleEn, nameFr: titles.titleFr } as const;
}

/** The titles' refinement, its issues moved to the name fields and worded for names. */
export function checkNames() {
  // Names may be short ("Viettel"): any non-blank name is enough.
  const check = checkTitles(1);
  return (value: NameFields, ctx: z.RefinementCtx) => {
    const renamed = {
      value: asTitles(value),
      addIssue: (issue: Parameters<z.RefinementCtx["addIssue"]>[0]) => {
        if (typeof issue === "string") return ctx.addIssue(issue.replace("title", "name"));
        ctx.addIssue({
          ...issue,
          path: issue.path?.map((key) => FIELD_OF_TITLE[String(key)] ?? key),
          message: issue.message?.replace("title", "name"),
        });
      },
    } as unknown as z.RefinementCtx;
    check(asTitles(value), renamed);
  };
}

/** The stored name columns, from parsed input. */
export function nameColumns(value: NameFields): { name: string; nameEn: string | null; nameFr: string | null } {
  const { title, titleEn, titleFr } = titleColumns(asTitles(value));
  return { name: title, nameEn: titleEn, nameFr: titleFr };
}

/** The names of a stored organization, for `RecordTitle` and `titleFor`. */
export function storedNames(row: { name: string; nameEn: string | null; nameFr: string | null }): Titles {
  return storedTitles({ title: row.name, titleEn: row.nameEn, titleFr: row.nameFr });
}
