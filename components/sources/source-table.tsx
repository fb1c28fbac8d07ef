import Link from "next/link";
import { withAsOf } from "@/lib/as-of/url";
import { parsePartialDate } from "@/lib/dates/partial-date";
import type { SourceJson } from "@/lib/sources/serialize";
import { languageName } from "@/lib/sources/compare";
import { PublishedDate } from "./source-meta";
import { TableFrame } from "../ui/table-frame";

/** The sources list: a table, scrolled sideways on a phone rather than squeezed. */
export function SourceTable({ sources, asOf }: { sources: SourceJson[]; asOf?: string }) {
  return (
    <TableFrame
      caption="Sources with their publisher, language, publication date and number of citations"
      head={
        <>
          <th scope="col" className="px-3 py-2">
            Title
          </th>
          <th scope="col" className="px-3 py-2">
            Publisher
          </th>
          <th scope="col" className="px-3 py-2">
            Language
          </th>
          <th scope="col" className="px-3 py-2">
            Published
          </th>
          <th scope="col" className="px-3 py-2 text-right">
            Citations
          </th>
        </>
      }
    >
      {sources.map((s) => (
        <tr key={s.id} className="border-b border-line align-top last:border-0">
          <td className="min-w-56 px-3 py-2">
            {/* The title is in the source's language, the page around it in English. */}
            <Link
              href={withAsOf(`/sources/${encodeURIComponent(s.id)}`, asOf)}
              lang={s.language}
              className="font-medium text-accent hover:underline"
            >
              {s.title}
            </Link>
          </td>
          <td className="min-w-40 px-3 py-2">{s.publisher}</td>
          <td className="px-3 py-2 whitespace-nowrap">{languageName(s.language)}</td>
          <td className="px-3 py-2 whitespace-nowrap">
            <PublishedDate published={s.published ? parsePartialDate(s.published.date) : null} />
          </td>
          <td className="px-3 py-2 text-right tabular-nums">{s.citationCount}</td>
        </tr>
      ))}
    </TableFrame>
  );
}
