import type { ReactNode } from "react";

/**
 * The frame every data table shares: scrolls sideways on a phone (positioned, so the screen-reader
 * text inside cannot widen the page), a caption for screen readers, the header row's style.
 */
export function TableFrame({ caption, head, children }: { caption: ReactNode; head: ReactNode; children: ReactNode }) {
  return (
    <div className="relative overflow-x-auto rounded border border-line bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-slate-50 text-xs uppercase tracking-wide text-muted">
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
