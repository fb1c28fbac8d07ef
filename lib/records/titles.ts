import { z } from "zod";

/**
 * Titles (and organizations' names) in English and French. A record needs at least one; the
 * stored `title` column is the one shown and sorted on — the English title, or the French one
 * when there is no English — and is derived here only, so the rule lives in one place.
 */
export const TITLE_LANGUAGES = ["en", "fr"] as const;
export type TitleLanguage = (typeof TITLE_LANGUAGES)[number];

export type Titles = { en: string | null; fr: string | null };

const optionalTitle = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((text) => (text ? text : undefined));

/**
 * The two title fields of a form or an API body. `title` (the field every client sent so far) is
 * read as the English title when `titleEn` is absent, so older callers keep working.
 */
export function titlesInput(max = 300) {
  return {
    title: optionalTitle(max),
    titleEn: optionalTitle(max),
    titleFr: optionalTitle(max),
  } as const;
}

type TitleFields = { title?: string; titleEn?: string; titleFr?: string };

/** The refinement every schema with `titlesInput()` applies: one title at least, long enough. */
export function checkTitles(min = 3) {
  return (value: TitleFields, ctx: z.RefinementCtx) => {
    const en = value.titleEn ?? value.title;
    if (!en && !value.titleFr) {
      ctx.addIssue({ code: "custom", path: ["titleEn"], message: "Give a title in English or in French" });
      return;
    }
    for (const [field, text] of [
      ["titleEn", en],
      ["titleFr", value.titleFr],
    ] as const) {
      if (text !== undefined && text.length < min) {
        ctx.addIssue({ code: "custom", path: [field], message: "Give a title of a few words" });
      }
    }
  };
}

/** The stored columns of a record's titles, from parsed input. */
export function titleColumns(value: TitleFields): { title: string; titleEn: string | null; titleFr: string | null } {
  const en = value.titleEn ?? value.title ?? null;
  const fr = value.titleFr ?? null;
  return { title: en ?? fr ?? "", titleEn: en, titleFr: fr };
}

/** The titles of a stored record; rows from before the French titles have only `title`. */
export function storedTitles(row: { title: string; titleEn: string | null; titleFr: string | null }): Titles {
  return { en: row.titleEn ?? (row.titleFr ? null : row.title), fr: row.titleFr };
}

/**
 * The title to show a reader of `language`: theirs when it exists, else the other one, marked
 * with its language so the page can say so (and set `lang` on it).
 */
export function titleFor(titles: Titles, language: TitleLanguage) {
  const other: TitleLanguage = language === "en" ? "fr" : "en";
  const own = titles[language];
  if (own) return { text: own, language, fallback: false };
  return { text: titles[other] ?? "", language: other, fallback: true };
}
