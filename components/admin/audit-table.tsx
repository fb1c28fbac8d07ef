import Link from "next/link";
import type { AuditRow } from "@/lib/audit/queries";
import { EmptyState } from "../ui/empty-state";
import { TableFrame } from "../ui/table-frame";

const PATHS: Record<string, string> = {
  commitment: "/commitments",
  event: "/events",
  document: "/documents",
  source: "/sources",
  person: "/people",
  organization: "/organizations",
};

/** Stored JSON shown as text: a field per line, never interpreted as markup. */
function Snapshot({ json }: { json: string | null }) {
  if (!json) return <span className="text-muted">—</span>;
  let text = json;
  try {
    text = JSON.stringify(JSON.parse(json), null, 1);
  } catch {
    // Shown as stored.
  }
  return <pre className="max-w-xs overflow-x-auto whitespace-pre-wrap break-words text-xs">{text}</pre>;
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (!rows.length) return <EmptyState>No entries match.</EmptyState>;
  return (
    <TableFrame
      caption="Audit entries, newest first"
      head={
        <>
          <th scope="col" className="px-3 py-2">
            When (UTC)
          </th>
          <th scope="col" className="px-3 py-2">
            Who
          </th>
          <th scope="col" className="px-3 py-2">
            What
          </th>
          <th scope="col" className="px-3 py-2">
            Record
          </th>
          <th scope="col" className="px-3 py-2">
            Before
          </th>
          <th scope="col" className="px-3 py-2">
            After
          </th>
        </>
      }
    >
      {rows.map((r) => (
        <tr key={r.id} className="border-b border-line align-top last:border-0">
          <td className="whitespace-nowrap px-3 py-2 tabular-nums">
            {r.at.toISOString().replace("T", " ").slice(0, 19)}
          </td>
          <td className="px-3 py-2">
            {r.user ? (
              <Link
                href={`/admin/audit?userId=${encodeURIComponent(r.user.id)}`}
                className="text-accent hover:underline"
              >
                {r.user.name}
              </Link>
            ) : (
              <span className="text-muted">system</span>
            )}
            {r.token ? (
              <span className="block text-xs text-muted">
                via API token “{r.token.name}” ({r.token.prefix}…)
              </span>
            ) : null}
          </td>
          <td className="px-3 py-2">{r.action.replaceAll("_", " ")}</td>
          <td className="px-3 py-2">
            {PATHS[r.entityType] ? (
              <Link href={`${PATHS[r.entityType]}/${r.entityId}`} className="text-accent hover:underline">
                {r.entityType} {r.entityId}
              </Link>
            ) : (
              `${r.entityType} ${r.entityId}`
            )}
            <Link
              href={`/admin/audit?entityType=${r.entityType}&entityId=${encodeURIComponent(r.entityId)}`}
              className="block text-xs text-muted hover:underline"
            >
              its history
            </Link>
          </td>
          <td className="px-3 py-2">
            <Snapshot json={r.before} />
          </td>
          <td className="px-3 py-2">
            <Snapshot json={r.after} />
          </td>
        </tr>
      ))}
    </TableFrame>
  );
}
