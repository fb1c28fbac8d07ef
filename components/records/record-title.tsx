import { titleFor, type TitleLanguage, type Titles } from "@/lib/records/titles";

const LANGUAGE_NAMES: Record<TitleLanguage, string> = { en: "English", fr: "French" };

/**
 * A record's title in the reader's language (English until the interface speaks French), or
 * the other one marked as such; `lang` lets screen readers pronounce it right.
 */
export function RecordTitle({
  titles,
  language = "en",
  noun = "title",
}: {
  titles: Titles;
  language?: TitleLanguage;
  /** What the fallback note calls it: an organization has a name. */
  noun?: "title" | "name";
}) {
  const shown = titleFor(titles, language);
  if (!shown.fallback) return <span lang={shown.language}>{shown.text}</span>;
  return (
    <>
      <span lang={shown.language}>{shown.text}</span>{" "}
      <span className="text-xs font-normal text-muted">
        ({LANGUAGE_NAMES[shown.language]} {noun})
      </span>
    </>
  );
}
