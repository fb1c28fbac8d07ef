import type { Metadata } from "next";
import Link from "next/link";
import { AuditTable } from "@/components/admin/audit-table";
import { Forbidden } from "@/components/auth/forbidden";
import { ParamProblems } from "@/components/param-problems";
import { Pagination } from "@/components/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { parsePageFilter, type SearchParams } from "@/lib/records/search-params";
import { AUDIT_ACTIONS } from "@/lib/audit/entry";
import { listAudit } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schema";
import { pageActor } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await pageActor("admin", "/admin/audit");
  if (actor === "forbidden") return <Forbidden role="admin" />;
  const { filter, problems } = parsePageFilter(auditFilterSchema, await searchParams);
  const result = await listAudit(filter);
  const query = Object.fromEntries(
    Object.entries(filter)
      .filter(([k, v]) => v !== undefined && k !== "page" && k !== "pageSize")
      .map(([k, v]) => [k, String(v)]),
  );
  return (
    <div className="space-y-6">
      <PageHeader title="Audit log" eyebrow="Admin">
        Every write by anyone — who, when, which record, before and after — recorded in the same transaction as the
        write. {result.total} entries.
      </PageHeader>
      <ParamProblems problems={problems} />
      <form
        method="get"
        action="/admin/audit"
        aria-label="Filter the audit log"
        className="flex flex-wrap items-end gap-3 rounded border border-line bg-white p-3 text-sm"
      >
        <label className="block">
          Record type
          <input
            name="entityType"
            defaultValue={filter.entityType ?? ""}
            className="mt-1 block rounded border border-line px-2 py-1"
          />
        </label>
        <label className="block">
          Record id
          <input
            name="entityId"
            defaultValue={filter.entityId ?? ""}
            className="mt-1 block rounded border border-line px-2 py-1"
          />
        </label>
        <label className="block">
          What
          <select
            name="action"
            defaultValue={filter.action ?? ""}
            className="mt-1 block rounded border border-line bg-white px-2 py-1"
          >
            <option value="">Any</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        </label>
        {filter.userId ? <input type="hidden" name="userId" value={filter.userId} /> : null}
        <button type="submit" className="rounded bg-accent px-3 py-1.5 font-medium text-white">
          Filter
        </button>
        <Link href="/admin/audit" className="text-accent hover:underline">
          Clear
        </Link>
      </form>
      <AuditTable rows={result.data} />
      <Pagination
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        basePath="/admin/audit"
        query={query}
      />
    </div>
  );
}
