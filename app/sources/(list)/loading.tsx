import { SourcesSkeleton } from "@/components/sources/sources-skeleton";

export default function Loading() {
  return <SourcesSkeleton variant="list" />;
}
