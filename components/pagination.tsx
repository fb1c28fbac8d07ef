import Link from "next/link";

export function Pagination({ page, pageSize, total, basePath }: { page: number; pageSize: number; total: number; basePath: string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => `${basePath}?page=${p}`;
  return (
    <nav aria-label="Pagination" className="flex items-center gap-3 text-sm">
      {page > 1 ? <Link href={href(page - 1)} className="text-accent hover:underline">← Previous</Link> : null}
      <span className="text-muted">Page {page} of {pages}</span>
      {page < pages ? <Link href={href(page + 1)} className="text-accent hover:underline">Next →</Link> : null}
    </nav>
  );
}
