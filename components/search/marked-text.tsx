import type { MarkedText as Marked } from "@/lib/search/fts";

/** Text with its matched terms in <mark>, built as elements: stored text is never HTML. */
export function MarkedText({ value }: { value: Marked }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  value.matches.forEach(([start, end], i) => {
    if (start > at) parts.push(value.text.slice(at, start));
    parts.push(
      <mark key={i} className="rounded-sm bg-yellow-100 px-0.5 text-ink">
        {value.text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < value.text.length) parts.push(value.text.slice(at));
  return <>{parts}</>;
}
