import { formatPartialDate } from "@/lib/dates/partial-date";
import { languageName } from "@/lib/sources/compare";
import type { SourceMeta } from "@/lib/sources/queries";

function Choice({ label, sources, selected }: { label: string; sources: SourceMeta[]; selected: string }) {
  return (
    <label className="flex min-w-0 flex-1 flex-col gap-1">
      <span className="text-muted">{label}</span>
      {/* Both selects send `ids`: the page reads the repeated key as ids=first,second. */}
      <select
        name="ids"
        defaultValue={selected}
        className="w-full min-w-0 rounded border border-line bg-white px-2 py-1.5"
      >
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {languageName(s.language)} · {s.publisher}
            {s.published ? `, ${formatPartialDate(s.published)}` : ""} · {s.title}
          </option>
        ))}
      </select>
    </label>
  );
}

/** When an event has more than two reports: which two to set side by side. */
export function ComparePicker({
  eventId,
  sources,
  selected,
  asOf,
}: {
  eventId: string;
  sources: SourceMeta[];
  selected: [string, string];
  asOf?: string;
}) {
  return (
    <form
      method="get"
      action="/sources/compare"
      aria-label="Choose the reports to compare"
      className="flex flex-col gap-3 text-sm sm:flex-row sm:items-end"
    >
      <input type="hidden" name="event" value={eventId} />
      {asOf ? <input type="hidden" name="asOf" value={asOf} /> : null}
      <Choice label="Left" sources={sources} selected={selected[0]} />
      <Choice label="Right" sources={sources} selected={selected[1]} />
      <button type="submit" className="rounded border border-line bg-white px-3 py-1.5 hover:bg-slate-50">
        Compare
      </button>
    </form>
  );
}
