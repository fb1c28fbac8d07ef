import { languageName } from "@/lib/sources/compare";

/**
 * A plain GET form: it works without JavaScript and leaves the filter in the URL. Changing the
 * language starts again from the first page; the as-of day is kept.
 */
export function LanguageFilter({ languages, current, asOf }: { languages: { language: string; count: number }[]; current?: string; asOf?: string }) {
  // A language no source has (yet, or as of the day) stays selected rather than silently reset.
  const options = current && !languages.some((l) => l.language === current) ? [...languages, { language: current, count: 0 }] : languages;
  return (
    <form method="get" action="/sources" role="search" aria-label="Filter sources" className="flex flex-wrap items-end gap-2 text-sm">
      {asOf ? <input type="hidden" name="asOf" value={asOf} /> : null}
      <label className="flex flex-col gap-1">
        <span className="text-muted">Language</span>
        <select name="language" defaultValue={current ?? ""} className="rounded border border-line bg-white px-2 py-1.5">
          <option value="">All languages</option>
          {options.map((l) => (
            <option key={l.language} value={l.language}>{languageName(l.language)} ({l.count})</option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded border border-line bg-white px-3 py-1.5 hover:bg-slate-50">Filter</button>
    </form>
  );
}
