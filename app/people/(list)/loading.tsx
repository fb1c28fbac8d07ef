import { PageSkeleton } from "@/components/records/skeleton";

export default function Loading() {
  return <PageSkeleton variant="list" />;
}
