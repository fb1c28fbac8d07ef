import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-semibold tracking-tight">
          Pact
        </Link>
        <nav aria-label="Main" className="flex gap-4 text-sm">
          <Link href="/" className="hover:underline">Commitments</Link>
          <Link href="/api/v1/commitments" prefetch={false} className="hover:underline">API</Link>
        </nav>
      </div>
    </header>
  );
}
