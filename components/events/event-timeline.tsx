import type { TimelineEvent } from "@/lib/events/queries";
import { humanize } from "@/lib/format/labels";
import { DateText } from "../records/date-text";
import { RecordLink } from "../records/record-link";
import { RecordTitle } from "../records/record-title";
import { eventSides } from "./event-sides";

type Level = 3 | 4 | 5 | 6;

function FlagMarker({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="inline-flex items-center gap-1 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950 ring-1 ring-inset ring-amber-400">
      <span aria-hidden="true">⚠</span> {count === 1 ? "1 flag" : `${count} flags`}
    </span>
  );
}

function TimelineItem({
  event,
  level,
  first,
  asOf,
}: {
  event: TimelineEvent;
  level: Level;
  first: Level;
  asOf: string | undefined;
}) {
  const Heading = `h${level}` as const;
  const top = level === first;
  const sides = eventSides(event.host, event.visitor);
  const details = [humanize(event.kind), sides, event.location].filter(Boolean).join(" · ");
  return (
    <li className="relative pl-6">
      <span
        aria-hidden="true"
        className={`absolute top-1.5 -left-[5px] h-2.5 w-2.5 rounded-full ${top ? "bg-accent" : "bg-slate-400"}`}
      />
      <p className="text-sm font-medium text-muted">
        <DateText start={event.start} end={event.end} />
      </p>
      <Heading className={top ? "font-serif text-lg font-semibold" : "font-medium"}>
        <RecordLink href={`/events/${event.id}`} asOf={asOf}>
          <RecordTitle titles={event.titles} />
        </RecordLink>
      </Heading>
      <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
        <span>{details}</span>
        <FlagMarker count={event.flagCount} />
      </p>
      {event.children.length ? (
        <ol aria-label={`Part of ${event.title}`} className="mt-3 space-y-3 border-l border-line">
          {event.children.map((child) => (
            <TimelineItem
              key={child.id}
              event={child}
              level={Math.min(level + 1, 6) as Level}
              first={first}
              asOf={asOf}
            />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

/**
 * Events in date order, grouped by year, each with the sub-events that were part of it nested
 * beneath (the reception on 14 March under the 13–16 March visit). Dates keep their precision.
 * Headings start at `firstLevel` so the timeline fits under whatever heading holds it.
 */
export function EventTimeline({
  events,
  asOf,
  firstLevel = 3,
  byYear = true,
}: {
  events: readonly TimelineEvent[];
  asOf: string | undefined;
  firstLevel?: Level;
  byYear?: boolean;
}) {
  const items = (list: readonly TimelineEvent[]) => (
    <ol className="ml-2 space-y-6 border-l-2 border-line">
      {list.map((event) => (
        <TimelineItem key={event.id} event={event} level={firstLevel} first={firstLevel} asOf={asOf} />
      ))}
    </ol>
  );
  if (!byYear) return items(events);
  const years = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const year = event.start.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return (
    <div className="space-y-8">
      {[...years].map(([year, list]) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`} className="mb-3 font-serif text-2xl font-semibold text-muted">
            {year}
          </h2>
          {items(list)}
        </section>
      ))}
    </div>
  );
}
