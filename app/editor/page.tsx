import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/forbidden";
import { EditorQueueView } from "@/components/queue/editor-queue-view";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page";
import { editorQueue } from "@/lib/queue/queries";

export const metadata: Metadata = { title: "Editor's queue" };

export default async function EditorQueuePage() {
  const actor = await pageActor("editor", "/editor");
  if (actor === "forbidden") return <Forbidden role="editor" />;
  const queue = await editorQueue();
  return (
    <div className="space-y-6">
      <PageHeader title="What needs attention" eyebrow="Editor's queue">
        Overdue commitments, commitments that have not moved for a year, and records without evidence.
      </PageHeader>
      <EditorQueueView queue={queue} />
    </div>
  );
}
