import { SourcesSkeleton } from "@/components/sources/sources-skeleton";

// Reading an article takes up to the time budget: the skeleton shows while it is read.
export default function Loading() {
  return <SourcesSkeleton variant="text" />;
}
