/** Says when a record's page lists only the first rows of a long relation. */
export function MoreNote({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (total <= shown) return null;
  return (
    <p className="text-sm text-muted">
      Showing the first {shown} of {total} {what}.
    </p>
  );
}
