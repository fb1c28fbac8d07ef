"use client";

import { TextField } from "./fields";

type Path = (string | number)[];

/**
 * A record's title in English and in French, side by side: either may be left empty, not both
 * (the schema's `checkTitles` reports a missing pair on the English field). A French source's
 * record can be entered with its French title only; the page then shows it marked as French.
 */
export function TitleFields({
  en,
  fr,
  set,
  errorFor,
}: {
  en: string;
  fr: string;
  set: (path: Path, value: unknown) => void;
  errorFor: (path: Path) => string | undefined;
}) {
  const hint = "Give it in English, in French, or both: at least one.";
  return (
    <>
      <TextField
        label="Title (English)"
        value={en}
        hint={hint}
        onChange={(x) => set(["titleEn"], x)}
        error={errorFor(["titleEn"])}
      />
      <TextField
        label="Title (French)"
        value={fr}
        onChange={(x) => set(["titleFr"], x)}
        error={errorFor(["titleFr"])}
      />
    </>
  );
}
