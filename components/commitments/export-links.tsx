import type { CommitmentFilter } from "@/lib/commitments/schema";
import { filterToQuery, queryString } from "@/lib/commitments/url";

/** Downloads of exactly the filter on screen (all pages, not only the one shown). */
export function ExportLinks({ filter }: { filter: CommitmentFilter }) {
  const href = (format: string) =>
    `/api/v1/exports/commitments${queryString(filterToQuery(filter, { page: undefined, pageSize: undefined, format }))}`;
  const style = "rounded border border-line bg-white px-3 py-1.5 text-sm hover:border-accent";
  return (
    <>
      <a href={href("csv")} download className={style}>
        Export CSV
      </a>
      <a href={href("json")} download className={style}>
        Export JSON
      </a>
    </>
  );
}
