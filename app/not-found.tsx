import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="font-serif text-2xl font-semibold">Not found</h1>
      <p className="text-muted">There is no record at this address. It may have been mistyped.</p>
      <Link href="/" className="text-accent hover:underline">
        Back to the commitments
      </Link>
    </div>
  );
}
