import type { Metadata } from "next";
import { CommitmentTable } from "@/components/commitment-table";
import { Pagination } from "@/components/pagination";
import { listCommitments } from "@/lib/commitments/queries";
import { commitmentFilterSchema } from "@/lib/commitments/schema";

export const metadata: Metadata = { title: "Commitments" };

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // The home page accepts only a page number; a bad one falls back to the first page.
  const parsed = commitmentFilterSchema.safeParse({ page: typeof params.page === "string" ? params.page : undefined });
  const filter = parsed.success ? parsed.data : commitmentFilterSchema.parse({});
  const result = await listCommitments(filter);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-semibold">Commitments</h1>
        <p className="mt-1 text-muted">
          What the governments promised, asked and agreed — and where each stands. {result.total} in all.
        </p>
      </div>
      <CommitmentTable commitments={result.data} />
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} basePath="/" />
    </div>
  );
}
